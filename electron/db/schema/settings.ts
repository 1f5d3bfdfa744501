import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Small key/value settings stored as JSON text. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: integer('updated_at').notNull(),
});
