/**
 * Which exporter wrote a CSV file, from its header row (found by content, past LinkedIn's
 * preamble). formats.md §2–3: LinkedIn has First Name + Last Name + Connected On; newer Google
 * has First Name + Labels (or numbered `… - Value` columns); older Google has Name + Given Name
 * + Group Membership; Outlook (desktop and Outlook.com) has its own column names; anything else is
 * generic and needs a column mapping.
 */
import { Columns, readHeader } from './columns';

export type CsvFormat = 'linkedin' | 'google' | 'outlook' | 'generic';

/** Columns only Outlook writes; two of them (or `E-mail Address`) make a file Outlook's. */
const OUTLOOK_COLUMNS = ['E-mail Address', 'E-mail 2 Address', 'Mobile Phone', 'Business Phone', 'Home Phone', 'Job Title', 'Web Page', 'Categories', 'Business City'];

export function detectHeaderFormat(header: readonly string[]): CsvFormat {
  const cols = new Columns(header);
  if (cols.has('First Name') && cols.has('Last Name') && cols.has('Connected On')) return 'linkedin';
  if (cols.has('Name') && cols.has('Given Name') && cols.has('Group Membership')) return 'google';
  const googleNumbered = cols.matching(/^(E-mail|Phone) \d+ - Value$/i).length > 0;
  if (cols.has('First Name') && (cols.has('Labels') || googleNumbered)) return 'google';
  if (cols.has('Given Name') && googleNumbered) return 'google';
  if (cols.has('E-mail Address') || OUTLOOK_COLUMNS.filter((c) => cols.has(c)).length >= 2) return 'outlook';
  return 'generic';
}

/** The format of a file, from its header; 'generic' when there is no header to recognise. */
export function detectCsvFormat(text: string): CsvFormat {
  return detectHeaderFormat(readHeader(text));
}
