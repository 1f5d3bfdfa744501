import type { RefObject } from 'react';
import { type ListRow, useListKeys } from '../../lib/useListKeys';

/** What the single-letter keys do to one row; a row without an action ignores its key. */
export interface RowActions {
  open?(): void;
  done?(): void;
  log?(): void;
  snooze?(): void;
  dismiss?(): void;
}

export interface KeyRow extends RowActions {
  key: string;
}

/** The legend shown under `?`: the same words as the buttons. */
export const ROW_KEYS: { keys: string[]; label: string }[] = [
  { keys: ['j', '↓'], label: 'Next' },
  { keys: ['k', '↑'], label: 'Previous' },
  { keys: ['Enter'], label: 'Open' },
  { keys: ['d'], label: 'Done' },
  { keys: ['l'], label: 'Log touchpoint (done & log)' },
  { keys: ['s'], label: 'Snooze' },
  { keys: ['x'], label: 'Dismiss / not now' },
  { keys: ['?'], label: 'Show or hide these keys' },
];

const ACTION_KEYS = { d: 'done', l: 'log', s: 'snooze', x: 'dismiss' } as const;

/**
 * Today's and Reminders' rows on the shared list keys (lib/useListKeys): j/k or the arrows
 * move the focus, Enter opens, d/l/s/x act on the focused row.
 */
export function useRowKeys(container: RefObject<HTMLElement | null>, rows: KeyRow[], onHelp: () => void) {
  const listRows: ListRow[] = rows.map((row) => ({
    key: row.key,
    open: row.open,
    keys: Object.fromEntries(Object.entries(ACTION_KEYS).map(([letter, action]) => [letter, row[action]])),
  }));
  return useListKeys(container, listRows, onHelp);
}
