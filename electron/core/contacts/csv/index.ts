/**
 * The CSV side of the contacts import (issue 7): LinkedIn Connections.csv, Google Contacts,
 * Outlook, and any CSV through a column mapping, all read into ContactRecords with problems by
 * file and line. Nothing here touches the database; the import layer matches and applies.
 */
import type { ParsedContacts } from '../contactRecord';
import { parseTable } from './columns';
import { detectHeaderFormat, type CsvFormat } from './detect';
import { genericMapper } from './generic';
import { googleMapper } from './google';
import { linkedInMapper } from './linkedin';
import { suggestMapping, type CsvMapping } from './mapping';
import { outlookMapper } from './outlook';

export { readHeader } from './columns';
export { detectCsvFormat, detectHeaderFormat, type CsvFormat } from './detect';
export { decodeCsvBytes, MAX_CSV_BYTES, MAX_CSV_ROWS, MAX_ROW_CHARS } from './fileChecks';
export { parseGenericCsv } from './generic';
export { parseGoogleCsv } from './google';
export { parseLinkedIn } from './linkedin';
export { CSV_FIELDS, headerKey, suggestMapping, type CsvField, type CsvMapping } from './mapping';
export { parseOutlookCsv } from './outlook';

export interface ParseCsvOptions {
  /** For a generic file: the mapping the user chose. Without it, suggestMapping's guess is used. */
  mapping?: CsvMapping;
}

/** What parseContactsCsv read, with the format it recognised (for the preview's wording). */
export interface ParsedCsv extends ParsedContacts {
  format: CsvFormat;
  /** The header row as read (trimmed), for the mapping screen; [] when the file was refused. */
  header: string[];
}

/**
 * Reads a contacts CSV of any of the known exporters, recognised by its header; any other file
 * (or any file at all when `options.mapping` is given) through that mapping, else the suggested one. One pass over the file: the header is read
 * once and the format decided from it.
 */
export function parseContactsCsv(text: string, file: string, options: ParseCsvOptions = {}): ParsedCsv {
  let format: CsvFormat = 'generic';
  let header: string[] = [];
  const parsed = parseTable(text, file, (table) => {
    header = table.header;
    // A mapping the caller chose is explicit: the file is read through it whatever its header.
    format = options.mapping ? 'generic' : detectHeaderFormat(table.header);
    switch (format) {
      case 'linkedin':
        return linkedInMapper(table.header);
      case 'google':
        return googleMapper(table.header);
      case 'outlook':
        return outlookMapper(table.header);
      case 'generic':
        return genericMapper(table.header, options.mapping ?? suggestMapping(table.header), table.rows);
    }
  });
  return { ...parsed, format, header };
}
