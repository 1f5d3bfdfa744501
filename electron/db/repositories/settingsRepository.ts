import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../client';
import { settings } from '../schema';

/**
 * Small JSON values by key. A stored value that no longer fits its schema (an older app
 * wrote it, or it was edited by hand) falls back to the default instead of failing.
 */
export function createSettingsRepository(db: Db) {
  return {
    read<T>(key: string, schema: z.ZodType<T>, fallback: T): T {
      const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get();
      if (!row) return fallback;
      try {
        const parsed = schema.safeParse(JSON.parse(row.value));
        return parsed.success ? parsed.data : fallback;
      } catch {
        return fallback;
      }
    },

    write(key: string, value: unknown, now: number): void {
      const json = JSON.stringify(value);
      db.insert(settings)
        .values({ key, value: json, updatedAt: now })
        .onConflictDoUpdate({ target: settings.key, set: { value: json, updatedAt: now } })
        .run();
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
