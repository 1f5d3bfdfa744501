import type { ArchiveFacts, InteractionKind } from './archiveFacts';
import { type Tweet, parseTweetDate } from './records';

const idOf = (m: { id_str?: string | undefined; id?: string | undefined }) => m.id_str ?? m.id ?? null;

/**
 * One of the owner's tweets: it names accounts (mentions and the account replied to carry
 * id, handle and name: the archive's only offline source of handles) and, when it reaches
 * someone else, becomes an interaction started by the owner: a reply, a mention, or a
 * retweet of their post ("RT @handle: …").
 */
export function addTweet(facts: ArchiveFacts, tweet: Tweet, fileName: string, index: number): void {
  const owner = facts.owner;
  const id = tweet.id_str ?? tweet.id;
  const at = parseTweetDate(tweet.created_at);
  if (!id || at === null) {
    facts.problem(fileName, index, id ? `tweet ${id}: created_at "${tweet.created_at.slice(0, 40)}" is not a tweet date` : 'tweet without an id');
    return;
  }
  facts.counts.tweets++;
  const text = tweet.full_text ?? tweet.text ?? '';
  const mentions = tweet.entities?.user_mentions ?? [];
  for (const m of mentions) {
    const account = facts.account(idOf(m));
    if (account) facts.sawHandle(account, m.screen_name, m.name, at, 'tweet');
  }
  const replyTo = tweet.in_reply_to_user_id_str ?? tweet.in_reply_to_user_id ?? null;
  const replied = facts.account(replyTo);
  if (replied) facts.sawHandle(replied, tweet.in_reply_to_screen_name, null, at, 'reply');
  if (!owner) return;

  let kind: InteractionKind;
  const accountIds = new Set<string>();
  if (text.startsWith('RT @')) {
    // The retweeted author is the first mention; the rest belong to their post, not to the owner.
    const author = facts.account(mentions[0] ? idOf(mentions[0]) : null);
    if (!author) return;
    kind = 'retweet';
    accountIds.add(author.id);
    facts.counts.retweets++;
  } else {
    if (replied) accountIds.add(replied.id);
    // The @-prefixes X writes before a reply's text are not mentions by the owner: in a thread
    // of replies to themselves they would make everyone the thread started with "mentioned".
    const start = Number(tweet.display_text_range?.[0] ?? 0);
    for (const m of mentions) {
      if (Number(m.indices?.[0] ?? start) < start) continue;
      const account = facts.account(idOf(m));
      if (account) accountIds.add(account.id);
    }
    if (accountIds.size === 0) return;
    kind = replied ? 'reply' : 'mention';
    if (replied) facts.counts.replies++;
    else facts.counts.mentions++;
  }
  facts.interactions.set(`x:tweet:${id}`, {
    id: `x:tweet:${id}`,
    kind,
    at,
    initiatedBy: 'me',
    sent: 0,
    received: 0,
    note: text.slice(0, 500) || null,
    accountIds,
  });
}
