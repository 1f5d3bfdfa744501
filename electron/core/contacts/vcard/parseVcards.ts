// vCard 2.1, 3.0 and 4.0 files as Apple, Google, Outlook and Android write them → ContactRecords
// (issue 7). lines.ts joins lines, contentLine.ts turns each into vCard 3.0/4.0 that ical.js
// reads, ical.js parses each card on its own (one bad card does not stop the others), and
// mapCard.ts maps its jCard. Nothing here reads the network or the disk.
import ICAL from 'ical.js';
import type { ContactProblem, ContactRecord, ParsedContacts } from '../contactRecord';
import { normaliseLine, VcardLineError, type CardSyntax } from './contentLine';
import type { JProperty } from './jcard';
import { readSource, scanCards, type RawCard } from './lines';
import { mapCard } from './mapCard';

export const VCARD_LIMITS = {
  /** A whole file over this is refused unread. */
  fileBytes: 50 * 1024 * 1024,
  /** A card over this (a photo of several MB is still fine) is one problem, not parsed. */
  cardBytes: 5 * 1024 * 1024,
} as const;

// C0 controls but tab, CR and LF, DEL, and U+FFFD (text a caller decoded from bytes that were not).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BINARY = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFD]/;
const VERSION = /^VERSION\s*:\s*(\S+)/i;

/** Why one card was left out; becomes a ContactProblem on the card's first line. */
class CardError extends Error {}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** ical.js quotes the whole offending line in its messages: a line may be megabytes long. */
function shorten(message: string): string {
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}

function readCard(card: RawCard, bytes: boolean, file: string): ContactRecord {
  if (card.oversized) throw new CardError(`This card is ${megabytes(card.size)} MB; cards over ${megabytes(VCARD_LIMITS.cardBytes)} MB are not read`);
  if (!card.ended) throw new CardError('This card has no END:VCARD (the next card or the end of the file comes first)');
  let version: string | null = null;
  for (const { line, text } of card.lines) {
    if (BINARY.test(text)) throw new CardError(`Line ${line}: binary data, not text`);
    version ??= VERSION.exec(text)?.[1] ?? null;
  }
  const syntax: CardSyntax = { v21: version === '2.1' || version === '2.0', bytes };
  const out = ['BEGIN:VCARD'];
  if (version === null) out.push('VERSION:3.0');
  for (const { line, text } of card.lines) {
    try {
      out.push(normaliseLine(text, syntax));
    } catch (error) {
      if (error instanceof VcardLineError) throw new CardError(`Line ${line}: ${error.message}`);
      throw error;
    }
  }
  out.push('END:VCARD', '');
  let jcard: unknown;
  try {
    jcard = ICAL.parse(out.join('\r\n'));
  } catch (error) {
    throw new CardError(`This card could not be read: ${shorten(error instanceof Error ? error.message : String(error))}`);
  }
  const props = (jcard as [string, JProperty[]])[1];
  const record = mapCard(props, file, card.line);
  const reachable = record.identities.some((i) => i.kind === 'email' || i.kind === 'phone');
  if (!record.displayName && !record.givenName && !record.familyName && !record.nickname && !reachable) {
    throw new CardError('This card has no name, email or phone number');
  }
  return record;
}

/** Byte length of a string without encoding it, stopping once past `cap`. */
function byteLengthOver(text: string, cap: number): number | null {
  if (text.length * 3 <= cap) return null;
  const bytes = Buffer.byteLength(text, 'utf8');
  return bytes > cap ? bytes : null;
}

/**
 * Reads a .vcf file. Every card becomes a record, or a problem on the line its BEGIN:VCARD is
 * on (no END, no name/email/phone, a line that is not a property, a bad quoted-printable
 * sequence or charset, binary data, over VCARD_LIMITS.cardBytes), and the others still parse.
 * Text outside any card is a problem on its first line; a file over VCARD_LIMITS.fileBytes, or
 * with no card, is one problem with line null. Records come in file order; problems by line.
 */
export function parseVcards(input: string | Buffer, file: string): ParsedContacts {
  const tooBig = typeof input === 'string' ? byteLengthOver(input, VCARD_LIMITS.fileBytes) : input.length > VCARD_LIMITS.fileBytes ? input.length : null;
  if (tooBig !== null) {
    return { records: [], problems: [{ file, line: null, message: `The file is ${megabytes(tooBig)} MB; vCard files over ${megabytes(VCARD_LIMITS.fileBytes)} MB are not read` }] };
  }
  const source = readSource(input);
  const scan = scanCards(source.text, VCARD_LIMITS.cardBytes);
  const records: ContactRecord[] = [];
  const problems: ContactProblem[] = scan.stray.map((line) => ({ file, line, message: 'Text outside BEGIN:VCARD … END:VCARD is not a contact' }));
  for (const card of scan.cards) {
    try {
      records.push(readCard(card, source.bytes, file));
    } catch (error) {
      // Whatever a hostile card makes the pre-processor or ical.js throw stays this card's problem.
      const message = error instanceof CardError ? error.message : `This card could not be read: ${shorten(String(error))}`;
      problems.push({ file, line: card.line, message });
    }
  }
  if (scan.cards.length === 0) problems.push({ file, line: null, message: 'The file holds no vCard (no BEGIN:VCARD line)' });
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { records, problems };
}
