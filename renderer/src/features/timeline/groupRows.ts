export type TimelineRow<T> = { kind: 'header'; key: string; label: string } | { kind: 'item'; key: string; item: T };

/** Flattens a newest-first list into rows with a heading before each new group (month, day). */
export function groupRows<T>(items: T[], keyOf: (item: T) => string, groupOf: (item: T) => string, heading: (group: string) => string): TimelineRow<T>[] {
  const rows: TimelineRow<T>[] = [];
  let last: string | null = null;
  for (const item of items) {
    const group = groupOf(item);
    if (group !== last) {
      rows.push({ kind: 'header', key: `group:${group}`, label: heading(group) });
      last = group;
    }
    rows.push({ kind: 'item', key: keyOf(item), item });
  }
  return rows;
}
