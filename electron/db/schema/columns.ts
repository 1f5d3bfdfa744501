import { integer, text } from 'drizzle-orm/sqlite-core';

// Timestamps are integer epoch milliseconds in SQLite and ISO-8601 strings in the contract.
export const timestamps = {
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
};

/** Soft delete: rows are never removed by the user, only marked, so history and sync survive. */
export const softDelete = {
  deletedAt: integer('deleted_at'),
};

export const textId = () => text('id').primaryKey();
