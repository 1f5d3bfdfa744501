import { MAX_IDENTITIES_PER_REQUEST, MAX_NOTES, MAX_PHOTO_BYTES } from '../../../shared/domain/person';
import type { ContactProblem } from '../../../shared/domain/contacts';
import { normaliseIdentity, type IdentityKind } from '../../../shared/vocabulary/identity';
import { sniffImage } from '../../db/repositories/photoBytes';
import type { ContactRecord } from './contactRecord';

export interface RecordIdentity {
  kind: IdentityKind;
  value: string;
  display: string;
  label: string | null;
}

/** The single-valued fields an import fills when a person has none (never overwrites). */
export const FILL_FIELDS = ['givenName', 'familyName', 'nickname', 'location', 'birthday'] as const;
export type FillField = (typeof FILL_FIELDS)[number];

/** A record's values checked and normalised the way the app stores them. */
export interface RecordValues {
  line: number;
  /** The file's own id for the contact (vCard UID, LinkedIn member URN), if any. */
  externalId: string | null;
  displayName: string;
  fields: Partial<Record<FillField, string>>;
  /** Notes the record brings: its own, plus what had nowhere else to go (an anniversary, an unreadable email). */
  notes: string | null;
  identities: RecordIdentity[];
  tags: string[];
  position: { organisation: string; title: string | null } | null;
  connectedOn: string | null;
  photo: { mime: 'image/jpeg' | 'image/png' | 'image/webp'; bytes: Buffer } | null;
}

const LIMITS: Record<FillField | 'displayName', number> = { displayName: 200, givenName: 200, familyName: 200, nickname: 200, location: 300, birthday: 10 };
const BIRTHDAY = /^(\d{4}-|--)(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function realDay(day: string): boolean {
  if (!BIRTHDAY.test(day)) return false;
  const year = day.startsWith('--') ? 2000 : Number(day.slice(0, 4));
  const date = new Date(Date.UTC(year, Number(day.slice(-5, -3)) - 1, Number(day.slice(-2))));
  return date.getUTCDate() === Number(day.slice(-2));
}

const KIND_WORDS: Record<IdentityKind, string> = {
  email: 'email',
  phone: 'phone',
  x: 'X handle',
  linkedin: 'LinkedIn profile',
  mastodon: 'Mastodon address',
  instagram: 'Instagram handle',
  website: 'website',
  other: 'contact detail',
};
export const kindWord = (kind: IdentityKind) => KIND_WORDS[kind];

/**
 * Checks and normalises one record. Nothing the file said is dropped silently: a value the
 * app cannot store as it is (an unreadable email, an impossible birthday, text over a limit)
 * goes to the notes or is cut, with a warning naming the file and line. Returns a problem
 * instead when nothing identifies the record (no name and no usable identity).
 */
export function recordValues(record: ContactRecord, warn: (problem: ContactProblem) => void): RecordValues | { problem: string } {
  const { file, line } = record.source;
  const note = (message: string) => warn({ file, line, message });
  const extraNotes: string[] = [];

  const identities: RecordIdentity[] = [];
  const overflow: string[] = [];
  const seen = new Set<string>();
  for (const raw of record.identities) {
    const normalised = normaliseIdentity(raw.kind, raw.value);
    if ('error' in normalised) {
      note(`${KIND_WORDS[raw.kind]} "${raw.value.slice(0, 80)}" ${normalised.error}: kept in the notes`);
      extraNotes.push(`${KIND_WORDS[raw.kind]}: ${raw.value}`);
      continue;
    }
    const key = `${raw.kind} ${normalised.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (identities.length === MAX_IDENTITIES_PER_REQUEST) {
      overflow.push(`${KIND_WORDS[raw.kind]}: ${normalised.display}`);
      continue;
    }
    identities.push({ kind: raw.kind, value: normalised.value, display: normalised.display, label: raw.label?.slice(0, 100) || null });
  }

  if (overflow.length > 0) {
    note(`${overflow.length} more emails, phones or profiles than the ${MAX_IDENTITIES_PER_REQUEST} a person keeps: kept in the notes`);
    extraNotes.push(...overflow);
  }

  const fields: Partial<Record<FillField, string>> = {};
  for (const field of FILL_FIELDS) {
    const value = record[field]?.trim();
    if (!value) continue;
    if (field === 'birthday' && !realDay(value)) {
      note(`birthday "${value}" is not a real date: kept in the notes`);
      extraNotes.push(`Birthday: ${value}`);
      continue;
    }
    if (value.length > LIMITS[field]) note(`${field} is longer than ${LIMITS[field]} characters: cut`);
    fields[field] = value.slice(0, LIMITS[field]);
  }
  if (record.anniversary) extraNotes.push(`Anniversary: ${record.anniversary}`);

  const nameParts = [record.givenName, record.familyName].filter(Boolean).join(' ').trim();
  let displayName = record.displayName?.trim() || nameParts || record.nickname?.trim() || identities[0]?.display || '';
  if (!displayName) return { problem: 'No name and no usable email, phone or profile: left out' };
  if (displayName.length > LIMITS.displayName) {
    note(`name is longer than ${LIMITS.displayName} characters: cut`);
    displayName = displayName.slice(0, LIMITS.displayName);
  }

  let position: RecordValues['position'] = null;
  const title = record.title?.trim().slice(0, 200) || null;
  if (record.organisation?.trim()) position = { organisation: record.organisation.trim().slice(0, 200), title };
  else if (title) extraNotes.push(`Title: ${title}`);

  let photo: RecordValues['photo'] = null;
  if (record.photo && 'uri' in record.photo) note('the photo is a link, not fetched (nothing leaves this computer): left out');
  if (record.photo && 'base64' in record.photo) {
    const bytes = Buffer.from(record.photo.base64, 'base64');
    const mime = sniffImage(bytes);
    if (!mime) note('the photo is not a JPEG, PNG or WebP image: left out');
    else if (bytes.length > MAX_PHOTO_BYTES) note(`the photo is over ${MAX_PHOTO_BYTES / 1024} KB: left out`);
    else photo = { mime, bytes };
  }

  let notes = [record.notes?.trim(), ...extraNotes].filter(Boolean).join('\n') || null;
  if (notes && notes.length > MAX_NOTES) {
    note(`notes are longer than ${MAX_NOTES} characters: cut`);
    notes = notes.slice(0, MAX_NOTES);
  }
  const tags = record.tags.map((t) => t.trim().slice(0, 100)).filter(Boolean);
  return { line, externalId: record.externalId?.slice(0, 300) || null, displayName, fields, notes, identities, tags, position, connectedOn: record.connectedOn, photo };
}
