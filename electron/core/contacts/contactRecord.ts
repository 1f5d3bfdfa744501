import type { IdentityKind } from '../../../shared/vocabulary/identity';

/**
 * One contact as a parser reads it from a file (vCard, LinkedIn / Google / Outlook / any CSV),
 * before any matching against the database: what the file says, cleaned (trimmed, decoded,
 * dates in our forms) but not yet validated as identities. The import layer turns records into
 * people (new, updated or duplicate) and shows the problems in its preview.
 */
export interface ContactRecord {
  /** Where it came from, for the preview and the report: the file name and the line it starts on (1-based). */
  source: { file: string; line: number };
  displayName: string | null;
  givenName: string | null;
  familyName: string | null;
  nickname: string | null;
  /**
   * Ways to reach or recognise them, raw as the file writes them (an email, a phone number,
   * an X handle or x.com URL, a LinkedIn URL, a website…) with the file's label if any
   * ("work", "mobile", an Apple X-ABLabel). The core normalises them with normaliseIdentity.
   */
  identities: { kind: IdentityKind; value: string; label: string | null }[];
  organisation: string | null;
  title: string | null;
  /** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown (Apple writes 1604 for that). */
  birthday: string | null;
  anniversary: string | null;
  location: string | null;
  notes: string | null;
  /** Groups, categories, Google labels (without `* myContacts` / `* starred`). */
  tags: string[];
  /** Inline photo bytes (base64) with their type, or a URI the file points to (never fetched). */
  photo: { mime: string; base64: string } | { uri: string } | null;
  /** LinkedIn's "Connected On" as `YYYY-MM-DD`: becomes an online touchpoint (LinkedIn, "connected"). */
  connectedOn: string | null;
  /** The file's own id for the record (vCard UID), for idempotent re-imports. */
  externalId: string | null;
}

/** A record the parser could not read, or read only in part: never dropped silently. */
export interface ContactProblem {
  file: string;
  /** 1-based line where the record starts, or null for a whole-file problem. */
  line: number | null;
  message: string;
}

export interface ParsedContacts {
  records: ContactRecord[];
  /** Records with a problem are listed here and left out of `records` (the user chooses "skip N invalid"). */
  problems: ContactProblem[];
}

export function emptyRecord(file: string, line: number): ContactRecord {
  return {
    source: { file, line },
    displayName: null,
    givenName: null,
    familyName: null,
    nickname: null,
    identities: [],
    organisation: null,
    title: null,
    birthday: null,
    anniversary: null,
    location: null,
    notes: null,
    tags: [],
    photo: null,
    connectedOn: null,
    externalId: null,
  };
}
