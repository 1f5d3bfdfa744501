/**
 * A small X archive with a story, for core and CLI tests: the owner @rapport_me, Ada (mutual,
 * DMs both ways on two days, a reply, an earlier handle), Grace (followed, mentioned,
 * retweeted), Bob Smith (mentioned; "Robert Smith" by nickname), an unresolved DM partner who
 * follows the owner, and a group DM. Ids beyond 2^53 on purpose.
 */
import { type ArchiveSpec, account, dmConversation, follower, following, screenNameChange, tweet, writeArchive } from './xArchiveFixture';

export const ME = '1139858422302748672';
export const ADA = '1626922779105759235';
export const GRACE = '732980797985148928';
export const BOB = '9007199254740993';
export const QUIET = '98765432109876543210';
export const LIN = '5550000000000000001';

const at = (iso: string) => new Date(iso);

export function storyFiles(extraTweets: unknown[] = []): ArchiveSpec['files'] {
  return {
    account: [account({ accountId: ME, username: 'rapport_me', displayName: 'Robin Me' })],
    screenNameChange: [screenNameChange({ accountId: ME, changedAt: at('2021-05-01T10:00:00Z'), from: 'robin_old', to: 'rapport_me' })],
    following: [following(ADA), following(GRACE)],
    follower: [follower(ADA), follower(QUIET)],
    directMessages: [
      dmConversation({
        ownerId: ME,
        participants: [ADA],
        messages: [
          { id: '3', senderId: ME, text: 'See you there!', createdAt: at('2024-03-02T10:05:00Z') },
          { id: '2', senderId: ADA, text: 'Coming to Config?', createdAt: at('2024-03-02T10:00:00Z') },
          { id: '1', senderId: ME, text: 'Loved your talk', createdAt: at('2024-01-10T09:00:00Z') },
        ],
      }),
      dmConversation({
        ownerId: ME,
        participants: [QUIET],
        messages: [{ id: '4', senderId: QUIET, text: 'hey, remember me?', createdAt: at('2024-04-01T08:00:00Z') }],
      }),
    ],
    directMessagesGroup: [
      dmConversation({
        ownerId: ME,
        participants: [ADA, GRACE, LIN],
        conversationId: '1500000000000000001',
        messages: [{ id: '5', senderId: GRACE, text: 'Dinner on Friday?', createdAt: at('2024-05-03T18:00:00Z') }],
      }),
    ],
    tweets: [
      tweet({ id: '1700000000000000001', text: 'great talk', createdAt: at('2023-02-18T12:33:11Z'), replyTo: { id: ADA, handle: 'ada_l', name: 'Ada Lovelace' } }),
      tweet({ id: '1600000000000000001', text: 'hello @ada_old', createdAt: at('2022-01-01T12:00:00Z'), mentions: [{ id: ADA, handle: 'ada_old', name: 'Ada L.' }] }),
      tweet({
        id: '1700000000000000002',
        text: 'thanks @gracehopper and @bobsmith',
        createdAt: at('2023-02-19T12:00:00Z'),
        mentions: [
          { id: GRACE, handle: 'gracehopper', name: 'Grace Hopper' },
          { id: BOB, handle: 'bobsmith', name: 'Bob Smith 🚀' },
        ],
      }),
      tweet({ id: '1700000000000000003', text: 'RT @gracehopper: nanoseconds', createdAt: at('2023-03-01T08:00:00Z'), mentions: [{ id: GRACE, handle: 'gracehopper', name: 'Grace Hopper' }] }),
      tweet({ id: '1700000000000000004', text: 'just me, no one else', createdAt: at('2023-03-02T08:00:00Z') }),
      ...extraTweets,
    ],
  };
}

export function writeStory(dir: string, spec: Partial<ArchiveSpec> = {}): Promise<string> {
  return writeArchive(dir, { layout: 'zip', files: storyFiles(), ...spec });
}

export { tweet };
