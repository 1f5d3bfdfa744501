import type { ContactFormat, ContactPreviewRow, CsvMapping } from '../../../../shared/domain/contacts';
import { tidyPath } from '../imports/importText';

type CsvField = CsvMapping[string];
export type RecordOutcome = ContactPreviewRow['outcome'];

/** How each reading is named on screen, in the order the format select offers them. */
export const FORMAT_LABELS: Record<ContactFormat, string> = {
  vcard: 'vCard (.vcf)',
  linkedin: 'LinkedIn connections',
  'google-csv': 'Google Contacts CSV',
  'outlook-csv': 'Outlook CSV',
  csv: 'Any CSV (choose the columns)',
  ics: 'iCalendar (.ics)',
};

/** The same, short, for a sentence: "Read as any CSV". */
export const FORMAT_NAMES: Record<ContactFormat, string> = {
  vcard: 'vCard',
  linkedin: 'LinkedIn connections',
  'google-csv': 'Google Contacts CSV',
  'outlook-csv': 'Outlook CSV',
  csv: 'any CSV',
  ics: 'iCalendar',
};

/** Every reading, in the select's order (values from the labels: the renderer imports only types from shared/domain). */
export const CONTACT_FORMAT_LIST = Object.keys(FORMAT_LABELS) as ContactFormat[];

/** What a column of a hand-made CSV can hold, in plain words, in the order the select lists them. */
export const CSV_FIELD_LABELS: Record<CsvField, string> = {
  displayName: 'Full name',
  givenName: 'First name',
  familyName: 'Last name',
  nickname: 'Nickname',
  email: 'Email',
  phone: 'Phone',
  x: 'X handle',
  linkedin: 'LinkedIn URL',
  website: 'Website',
  organisation: 'Company',
  title: 'Job title',
  birthday: 'Birthday',
  notes: 'Notes',
  tags: 'Tags',
  location: 'Location',
  ignore: 'Ignore',
};

export const CSV_FIELD_LIST = Object.keys(CSV_FIELD_LABELS) as CsvField[];

export const OUTCOME_LABELS: Record<RecordOutcome, string> = { new: 'New', update: 'Update', duplicate: 'Duplicate', invalid: 'Invalid' };
export const OUTCOME_LIST = Object.keys(OUTCOME_LABELS) as RecordOutcome[];

/** The accept list of the browser's file input: what the core can read. */
export const CONTACTS_ACCEPT = '.vcf,.vcard,.csv,.ics,.txt,text/vcard,text/csv,text/calendar,text/plain';

/** A CSV read through a column mapping: the one reading the mapping table applies to. */
export const readsColumns = (format: ContactFormat, header: string[]) => format === 'csv' && header.length > 0;

/** A pasted contacts file path, tidied, or why the core could not use it (see tidyPath). */
export const tidyContactsPath = (raw: string) => tidyPath(raw, { missing: 'Paste the path of the contacts file (.vcf, .csv or .ics).', example: '/home/you/Downloads/contacts.vcf' });

/** The problems a refusal carries in its details, when the core sent them. */
export function problemsOf(details: unknown): { file: string; line: number | null; message: string }[] {
  const list = Array.isArray(details) ? details : (details as { problems?: unknown } | null)?.problems;
  if (!Array.isArray(list)) return [];
  return list.filter((p): p is { file: string; line: number | null; message: string } => typeof p?.message === 'string' && typeof p?.file === 'string');
}
