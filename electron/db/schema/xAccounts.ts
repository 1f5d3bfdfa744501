import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps } from './columns';
import { imports } from './imports';
import { people } from './people';
import { touchpoints } from './touchpoints';

/**
 * An X account seen in the user's archive, keyed on its numeric id (handles change, the id
 * does not). It may stay unlinked: its interactions wait here, and become touchpoints on a
 * person only once the account is linked to one.
 */
export const xAccounts = sqliteTable(
  'x_accounts',
  {
    accountId: text('account_id').primaryKey(),
    /** Newest handle seen, without `@`; null while unresolved. */
    handle: text('handle'),
    /** Lower-case handle: lookups by handle. */
    handleKey: text('handle_key'),
    name: text('name'),
    /** JSON `[{handle, seenAt, source}]`, oldest first. */
    handles: text('handles').notNull().default('[]'),
    /** The user's own account ("me"). */
    isOwner: integer('is_owner', { mode: 'boolean' }).notNull().default(false),
    following: integer('following', { mode: 'boolean' }).notNull().default(false),
    follower: integer('follower', { mode: 'boolean' }).notNull().default(false),
    /** Figures over its interactions, kept by the import and linking code. */
    messagesSent: integer('messages_sent').notNull().default(0),
    messagesReceived: integer('messages_received').notNull().default(0),
    mentionsByMe: integer('mentions_by_me').notNull().default(0),
    repliesByMe: integer('replies_by_me').notNull().default(0),
    lastAt: integer('last_at'),
    personId: text('person_id').references(() => people.id),
    /** auto | accepted | manual | created */
    linkedBy: text('linked_by'),
    /** The user named it by hand (an unresolved id); imports keep their name. */
    namedByHand: integer('named_by_hand', { mode: 'boolean' }).notNull().default(false),
    /** The import that first saw it. */
    importId: text('import_id').references(() => imports.id),
    ...timestamps,
  },
  (t) => [
    index('x_accounts_handle_idx').on(t.handleKey),
    index('x_accounts_person_idx').on(t.personId),
    index('x_accounts_unlinked_idx').on(t.lastAt).where(sql`person_id IS NULL AND is_owner = 0`),
  ],
);

/**
 * One conversation-day of DMs, or one of the user's tweets (reply, mention, retweet), kept
 * whether or not its accounts are linked. `id` is the source's external id, so importing
 * the same or a newer archive adds only what is new.
 */
export const xInteractions = sqliteTable(
  'x_interactions',
  {
    id: text('id').primaryKey(),
    /** dm | group_dm | reply | mention | retweet */
    kind: text('kind').notNull(),
    at: integer('at').notNull(),
    /** me | them: who sent the first message of the day, or `me` for the user's tweets. */
    initiatedBy: text('initiated_by').notNull(),
    /** Messages by the user and by others (DMs; 0 for tweets). */
    sent: integer('sent').notNull().default(0),
    received: integer('received').notNull().default(0),
    note: text('note'),
    /** The touchpoint it became once one of its accounts was linked to a person. */
    touchpointId: text('touchpoint_id').references(() => touchpoints.id),
    importId: text('import_id').references(() => imports.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('x_interactions_import_idx').on(t.importId), index('x_interactions_touchpoint_idx').on(t.touchpointId)],
);

/** The other accounts in an interaction (DM partner, group members, those replied to or mentioned). */
export const xInteractionAccounts = sqliteTable(
  'x_interaction_accounts',
  {
    interactionId: text('interaction_id')
      .notNull()
      .references(() => xInteractions.id),
    accountId: text('account_id')
      .notNull()
      .references(() => xAccounts.accountId),
  },
  (t) => [primaryKey({ columns: [t.interactionId, t.accountId] }), index('x_interaction_accounts_account_idx').on(t.accountId, t.interactionId)],
);

/** A suggested person for an unlinked account, with why; recomputed after each import. */
export const xMatchCandidates = sqliteTable(
  'x_match_candidates',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => xAccounts.accountId),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    confidence: real('confidence').notNull(),
    /** JSON `[{code, text}]`. */
    reasons: text('reasons').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.personId] }), index('x_match_candidates_confidence_idx').on(t.confidence)],
);

/** "Not this person": remembered so a re-import never suggests the pair again. */
export const xMatchRejections = sqliteTable(
  'x_match_rejections',
  {
    accountId: text('account_id').notNull(),
    personId: text('person_id').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.personId] })],
);
