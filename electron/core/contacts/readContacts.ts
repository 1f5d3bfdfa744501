import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ContactFormat, CsvMapping } from '../../../shared/domain/contacts';
import { AppError } from '../../../shared/ipc/result';
import type { ContactProblem, ContactRecord } from './contactRecord';
import { type CsvFormat, MAX_CSV_BYTES, decodeCsvBytes, detectHeaderFormat, headerKey, parseContactsCsv, readHeader, suggestMapping } from './csv';
import { normaliseHeader } from './csv/mapping';
import { VCARD_LIMITS, parseVcards } from './vcard/parseVcards';

/** The largest contacts file read at all (each parser has its own, equal or smaller, cap). */
export const MAX_CONTACTS_FILE_BYTES = 50 * 1024 * 1024;

/** An iCalendar file, read once and handed to the calendar import. */
export interface CalendarFile {
  calendar: Buffer;
  file: string;
}

export interface ReadContacts {
  format: ContactFormat;
  file: string;
  records: ContactRecord[];
  problems: ContactProblem[];
  header: string[];
  mapping: CsvMapping | null;
  /** For a CSV read through a mapping: the key its header set is remembered under. */
  mappingKey: string | null;
}

const CSV_FORMATS: Record<Exclude<CsvFormat, 'generic'>, ContactFormat> = { linkedin: 'linkedin', google: 'google-csv', outlook: 'outlook-csv' };
const FORMAT_NAMES: Record<ContactFormat, string> = {
  vcard: 'a vCard file',
  linkedin: 'a LinkedIn Connections.csv',
  'google-csv': 'a Google Contacts CSV',
  'outlook-csv': 'an Outlook contacts CSV',
  csv: 'a CSV file',
  ics: 'an iCalendar file',
};

function invalid(file: string, message: string): AppError {
  return new AppError('INVALID_INPUT', `${file}: ${message}. Nothing was imported.`, { file });
}

/** What the first bytes say: vCard or iCalendar by their BEGIN line, otherwise a CSV. */
export function sniffFormat(bytes: Buffer, path: string): 'vcard' | 'ics' | 'csv' {
  const head = bytes.subarray(0, 4096).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').replace(/\0/g, '').trimStart().toUpperCase();
  if (head.startsWith('BEGIN:VCARD')) return 'vcard';
  if (head.startsWith('BEGIN:VCALENDAR')) return 'ics';
  const ext = extname(path).toLowerCase();
  if (ext === '.vcf' || ext === '.vcard') return 'vcard';
  if (ext === '.ics' || ext === '.ical') return 'ics';
  return 'csv';
}

/**
 * Reads a contacts file into records and problems. The format is the caller's or recognised
 * from the content; a CSV of a known exporter is recognised by its header, any other CSV is
 * read through the caller's mapping, else the remembered one for that header, else the
 * suggested one. A file that cannot be read at all (too big, binary, not the format named)
 * is one INVALID_INPUT naming the file; nothing is written. An iCalendar file comes back as
 * its bytes, for the calendar import.
 */
export async function readContacts(path: string, req: { format?: ContactFormat | undefined; mapping?: CsvMapping | undefined }, remembered: (key: string) => CsvMapping | null): Promise<ReadContacts | CalendarFile> {
  const file = basename(path);
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new AppError(error.code === 'ENOENT' ? 'NOT_FOUND' : 'INVALID_INPUT', `${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`, { path });
  });
  if (!info.isFile()) throw invalid(file, 'is not a file');
  if (info.size > MAX_CONTACTS_FILE_BYTES) throw invalid(file, `is ${(info.size / 1048576).toFixed(0)} MB; contacts files over ${MAX_CONTACTS_FILE_BYTES / 1048576} MB are not read`);
  const bytes = await readFile(path);
  const sniffed = sniffFormat(bytes, path);
  const format = req.format ?? (sniffed === 'csv' ? undefined : sniffed);
  if (format === 'ics') return { calendar: bytes, file };

  if (format === 'vcard') {
    if (sniffed !== 'vcard' && bytes.includes(0)) throw invalid(file, 'is not a vCard file (it holds binary data)');
    if (bytes.length > VCARD_LIMITS.fileBytes) throw invalid(file, `is over ${VCARD_LIMITS.fileBytes / 1048576} MB`);
    const parsed = parseVcards(bytes, file);
    wholeFile(parsed.records, parsed.problems, file);
    return { format: 'vcard', file, ...parsed, header: [], mapping: null, mappingKey: null };
  }

  if (bytes.length > MAX_CSV_BYTES) throw invalid(file, `is over ${MAX_CSV_BYTES / 1048576} MB`);
  const decoded = decodeCsvBytes(bytes);
  if ('error' in decoded) throw invalid(file, decoded.error);
  const header = readHeader(decoded.text);
  const key = header.length > 0 ? headerKey(header) : null;
  const generic = format === 'csv' || (format === undefined && detectHeaderFormat(header) === 'generic');
  const chosen = generic ? (req.mapping ?? (key ? remembered(key) : null)) : null;
  const mapping = generic ? (chosen ? fitMapping(chosen, header) : suggestMapping(header)) : undefined;
  const parsed = parseContactsCsv(decoded.text, file, mapping ? { mapping } : {});
  const detected: ContactFormat = parsed.format === 'generic' ? 'csv' : CSV_FORMATS[parsed.format];
  if (format && format !== 'csv' && detected !== format) {
    throw invalid(file, `is not ${FORMAT_NAMES[format]} (its header reads ${JSON.stringify(parsed.header.slice(0, 6).join(', '))}); choose "any CSV" to map its columns`);
  }
  // A CSV read through a mapping keeps its whole-file problem ("no column is mapped to a name"): the mapping screen fixes it.
  if (detected !== 'csv' || header.length === 0) wholeFile(parsed.records, parsed.problems, file);
  return {
    format: detected,
    file,
    records: parsed.records,
    problems: parsed.problems,
    header: parsed.header,
    mapping: detected === 'csv' ? (mapping ?? suggestMapping(parsed.header)) : null,
    mappingKey: detected === 'csv' ? key : null,
  };
}

/**
 * A mapping (remembered, or from a file) read against this file's header: headers are matched
 * as the remembered key matches them (case, spacing and punctuation aside), so "Email" in one
 * export and "email" in the next keep their column.
 */
function fitMapping(mapping: CsvMapping, header: string[]): CsvMapping {
  const folded = new Map(Object.entries(mapping).map(([h, field]) => [normaliseHeader(h), field]));
  const fitted: CsvMapping = {};
  for (const h of header) {
    const field = mapping[h.trim()] ?? folded.get(normaliseHeader(h));
    if (field) fitted[h.trim()] = field;
  }
  return fitted;
}

/** A problem for the whole file with no record read means the file is unusable: one clear error instead of an empty preview. */
function wholeFile(records: ContactRecord[], problems: ContactProblem[], file: string): void {
  const fatal = problems.find((p) => p.line === null);
  if (fatal && records.length === 0) throw invalid(file, fatal.message.replace(/\.$/, ''));
}
