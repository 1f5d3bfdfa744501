import { eq } from 'drizzle-orm';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from '../client';
import { people } from '../schema';

/** The display name of an existing person (archived included); NOT_FOUND otherwise. */
export function requirePerson(db: Db, id: string): string {
  const row = db.select({ name: people.displayName }).from(people).where(eq(people.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', `No person with id ${id}`, { id });
  return row.name;
}

/** Bumps a person's updatedAt after a change to one of their parts (identities, jobs, links). */
export function touchPerson(db: Db, id: string, now: number): void {
  db.update(people).set({ updatedAt: now }).where(eq(people.id, id)).run();
}
