import type { ImportProblem } from '../../../shared/domain/xArchive';
import type { z } from 'zod';
import {
  AccountRecord,
  ConversationRecord,
  FollowerRecord,
  FollowingRecord,
  ScreenNameChangeRecord,
  TweetRecord,
  describeProblem,
  parseIsoDate,
} from './records';
import { addConversation, type DayOf } from './dmFacts';
import { addTweet } from './tweetFacts';

export interface HandleSeen {
  handle: string;
  seenAt: number | null;
  source: string;
}

/** What the archive says about one account other than the owner. */
export interface AccountFacts {
  id: string;
  handle: string | null;
  name: string | null;
  /** When the newest handle/name was seen (tweet time), to keep the newest across files. */
  seenAt: number;
  handles: Map<string, HandleSeen>;
  following: boolean;
  follower: boolean;
}

export type InteractionKind = 'dm' | 'group_dm' | 'reply' | 'mention' | 'retweet';

/** One future touchpoint: a DM conversation-day or one of the owner's tweets. */
export interface InteractionFacts {
  id: string;
  kind: InteractionKind;
  at: number;
  initiatedBy: 'me' | 'them';
  sent: number;
  received: number;
  note: string | null;
  accountIds: Set<string>;
}

export interface OwnerFacts {
  accountId: string;
  handle: string | null;
  name: string | null;
  handles: HandleSeen[];
}

export interface ArchiveCounts {
  tweets: number;
  replies: number;
  mentions: number;
  retweets: number;
  dmConversations: number;
  dmMessages: number;
  following: number;
  followers: number;
}

export type FactsFile = 'account' | 'screenNameChange' | 'following' | 'follower' | 'directMessages' | 'directMessagesGroup' | 'tweets';

/**
 * Collects the facts of an archive record by record, so the files can be streamed: only the
 * accounts and interactions are kept, never the records. The owner must be known (from
 * account.js or the manifest) before DMs and tweets are added.
 */
export class ArchiveFacts {
  owner: OwnerFacts | null = null;
  readonly accounts = new Map<string, AccountFacts>();
  readonly interactions = new Map<string, InteractionFacts>();
  readonly counts: ArchiveCounts = { tweets: 0, replies: 0, mentions: 0, retweets: 0, dmConversations: 0, dmMessages: 0, following: 0, followers: 0 };
  readonly problems: ImportProblem[] = [];
  /** Conversation ids seen, so one split over records counts once. */
  readonly conversations = new Set<string>();
  /** Problems beyond this many are counted, not listed. */
  private static readonly MAX_PROBLEMS = 200;
  problemCount = 0;

  constructor(readonly dayOf: DayOf) {}

  setOwner(accountId: string, handle: string | null, name: string | null): void {
    this.owner ??= { accountId, handle, name, handles: [] };
    if (handle) this.owner.handle = handle;
    if (name) this.owner.name = name;
  }

  problem(file: string, index: number | null, message: string): void {
    this.problemCount++;
    if (this.problems.length < ArchiveFacts.MAX_PROBLEMS) this.problems.push({ file, index, message });
  }

  /** The account with this id (created on first sight); null for the owner and for X's `-1` placeholder. */
  account(id: string | undefined | null): AccountFacts | null {
    if (!id || id.startsWith('-') || id === '0' || id === this.owner?.accountId) return null;
    let found = this.accounts.get(id);
    if (!found) {
      found = { id, handle: null, name: null, seenAt: -Infinity, handles: new Map(), following: false, follower: false };
      this.accounts.set(id, found);
    }
    return found;
  }

  /** Records a handle (and name) seen for an account at a time; the newest sighting names it. */
  sawHandle(account: AccountFacts, handle: string | undefined | null, name: string | undefined | null, at: number | null, source: string): void {
    if (!handle || !/^[A-Za-z0-9_]{1,15}$/.test(handle)) return;
    const key = handle.toLowerCase();
    const seen = account.handles.get(key);
    if (!seen) account.handles.set(key, { handle, seenAt: at, source });
    else if (at !== null && (seen.seenAt === null || at > seen.seenAt)) seen.seenAt = at;
    const when = at ?? -Infinity;
    if (account.handle === null || when >= account.seenAt) {
      account.handle = handle;
      if (name) account.name = name.slice(0, 200);
      account.seenAt = when;
    } else if (!account.name && name) account.name = name.slice(0, 200);
  }

  /** Adds one record of a data file; a record of the wrong shape becomes a problem, not a failure. */
  add(file: FactsFile, fileName: string, index: number, record: unknown): void {
    const parsed = <T extends z.ZodType>(schema: T): z.output<T> | null => {
      const result = schema.safeParse(record);
      if (result.success) return result.data;
      this.problem(fileName, index, describeProblem(result.error));
      return null;
    };
    switch (file) {
      case 'account': {
        const r = parsed(AccountRecord);
        if (r) this.setOwner(r.account.accountId, r.account.username, r.account.accountDisplayName ?? null);
        return;
      }
      case 'screenNameChange': {
        const r = parsed(ScreenNameChangeRecord);
        if (r && this.owner) {
          const change = r.screenNameChange.screenNameChange;
          this.owner.handles.push({ handle: change.changedFrom, seenAt: parseIsoDate(change.changedAt), source: 'screen-name-change' });
        }
        return;
      }
      case 'following': {
        const r = parsed(FollowingRecord);
        const account = r && this.account(r.following.accountId);
        if (account && !account.following) {
          account.following = true;
          this.counts.following++;
        }
        return;
      }
      case 'follower': {
        const r = parsed(FollowerRecord);
        const account = r && this.account(r.follower.accountId);
        if (account && !account.follower) {
          account.follower = true;
          this.counts.followers++;
        }
        return;
      }
      case 'directMessages':
      case 'directMessagesGroup': {
        const r = parsed(ConversationRecord);
        if (r) addConversation(this, r, file === 'directMessagesGroup', fileName, index);
        return;
      }
      case 'tweets': {
        const r = parsed(TweetRecord);
        if (r) addTweet(this, r, fileName, index);
        return;
      }
    }
  }

  /** Accounts followed both ways. */
  mutuals(): number {
    let n = 0;
    for (const a of this.accounts.values()) if (a.following && a.follower) n++;
    return n;
  }

  resolved(): number {
    let n = 0;
    for (const a of this.accounts.values()) if (a.handle) n++;
    return n;
  }
}
