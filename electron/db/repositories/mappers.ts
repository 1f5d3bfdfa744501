import type { Ref } from '../../../shared/domain/common';
import type { Initiator, Touchpoint, TouchpointChannel, TouchpointKind } from '../../../shared/domain/touchpoint';
import type { touchpoints } from '../schema';

/** Epoch ms (SQLite) → ISO-8601 UTC (contract). */
export function iso(ms: number): string;
export function iso(ms: number | null): string | null;
export function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

export type TouchpointRow = typeof touchpoints.$inferSelect;

/** A touchpoint row with its event and participants (by name) → the Touchpoint DTO. */
export function toTouchpoint(row: TouchpointRow, event: Ref | null, participants: Ref[]): Touchpoint {
  return {
    id: row.id,
    at: iso(row.at),
    channel: row.channel as TouchpointChannel,
    initiatedBy: row.initiatedBy as Initiator,
    kind: row.kind as TouchpointKind,
    event,
    note: row.note,
    participants,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    deletedAt: iso(row.deletedAt),
  };
}
