import type { ImportRecord } from '../../../../shared/domain/xArchive';

const numberFormat = new Intl.NumberFormat();

export const formatCount = (n: number) => numberFormat.format(n);

/** "1 match", "12 matches": English plurals, with the number formatted for the locale. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

const KINDS: Record<string, string> = {
  x: 'X archive',
  x_archive: 'X archive',
  'x-archive': 'X archive',
  vcard: 'vCard contacts',
  linkedin: 'LinkedIn connections',
  'google-csv': 'Google contacts',
  google_csv: 'Google contacts',
  'outlook-csv': 'Outlook contacts',
  outlook_csv: 'Outlook contacts',
  csv: 'CSV contacts',
  ical: 'Calendar',
  ics: 'Calendar',
};

export function importKindLabel(kind: string): string {
  return KINDS[kind] ?? kind.replace(/[_-]+/g, ' ');
}

/** Stats the history shows, in this order, when the import recorded them. */
const HEADLINE: [key: string, one: string, many?: string][] = [
  ['accounts', 'account'],
  ['dmMessages', 'DM'],
  ['touchpointsCreated', 'touchpoint'],
  ['matchesSuggested', 'match', 'matches'],
  ['created', 'new person', 'new people'],
  ['updated', 'person updated', 'people updated'],
  ['eventsCreated', 'event'],
];

const numberAt = (stats: ImportRecord['stats'], key: string): number | null => {
  const value = stats?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

/** "412 accounts · 1,203 DMs · 96 touchpoints · 12 matches" from whatever the record kept; noughts left out. */
export function importHeadline(record: ImportRecord): string {
  return HEADLINE.flatMap(([key, one, many]) => {
    const n = numberAt(record.stats, key);
    return n ? [plural(n, one, many)] : [];
  }).join(' · ');
}

/** "@handle" of the archive's owner, when the import recorded it. */
export function importOwner(record: ImportRecord): string | null {
  const owner = record.stats?.owner as { handle?: unknown } | null | undefined;
  return typeof owner?.handle === 'string' && owner.handle ? `@${owner.handle}` : null;
}

export function touchpointsOf(record: ImportRecord): number | null {
  return numberAt(record.stats, 'touchpointsCreated');
}

/** What a path box asks for when it is empty, and an example full path. */
export interface PathWords {
  missing: string;
  example: string;
}

const ARCHIVE_PATH: PathWords = { missing: 'Paste the path of the archive .zip or of the folder it was extracted into.', example: '/home/you/Downloads/twitter.zip' };

/**
 * What the user can paste, tidied: Windows' "Copy as path" wraps it in quotes. Null with a
 * reason when the core could not use it: it needs a full path on its own machine.
 */
export function tidyPath(raw: string, words: PathWords = ARCHIVE_PATH): { path: string } | { problem: string } {
  const path = raw.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
  if (!path) return { problem: words.missing };
  if (path.startsWith('~')) return { problem: `Write the full path: Rapport does not expand ~ (for example ${words.example}).` };
  if (!/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path)) return { problem: 'Write the full path, starting with / (or a drive letter such as C:\\ on Windows).' };
  return { path };
}
