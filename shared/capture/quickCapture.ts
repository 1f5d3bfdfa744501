import { type IdentityKind, normaliseIdentity } from '../vocabulary/identity';

/**
 * Quick capture: one line typed right after meeting someone, turned into a structured
 * preview. Whatever the parser cannot place goes into `note`, never dropped.
 *
 *   Chuck Flagg @theflaggagency met at Gilda's Club lunch, likes aviation art #prospect
 */
export interface CapturedIdentity {
  kind: IdentityKind;
  value: string;
}

export interface Capture {
  displayName: string | null;
  identities: CapturedIdentity[];
  /** Name of the event where we met ("met at …"); matched to an existing event later. */
  event: string | null;
  interests: string[];
  tags: string[];
  organisation: string | null;
  title: string | null;
  location: string | null;
  /** Name of the person who introduced us ("via Sam", "introduced by Sam"). */
  introducedBy: string | null;
  /** `today`, `yesterday`, `last week` or an ISO date, resolved against a clock later. */
  when: string | null;
  /** What we talked about / promised: every part of the line not placed elsewhere. */
  note: string | null;
}

type Field = 'event' | 'interests' | 'organisation' | 'location' | 'introducedBy' | 'title' | 'note';

// Phrase openers, longest first so "met at" wins over "at". Each captures until the next
// opener, a sentence break, a tag, or the end of the line.
const OPENERS: [RegExp, Field][] = [
  [/^(?:met|meeting|saw)\s+(?:him|her|them)?\s*(?:at|during|@)\s+/i, 'event'],
  [/^(?:introduced\s+by|intro(?:duced)?\s+via|via|through)\s+/i, 'introducedBy'],
  [/^(?:likes|loves|into|enjoys|fan\s+of|interested\s+in|interests?:|passionate\s+about|cares\s+about)\s+/i, 'interests'],
  [/^(?:works\s+(?:at|for)|working\s+at|employed\s+at|founder\s+of|ceo\s+of|cto\s+of|from\s+company)\s+/i, 'organisation'],
  [/^(?:lives\s+in|based\s+in|located\s+in|from)\s+/i, 'location'],
  [/^(?:role:|title:|is\s+an?|is\s+the)\s+/i, 'title'],
  [/^(?:promised|todo:?|to\s+do:?|follow\s+up:?|send\s+(?:him|her|them)|talked\s+about|discussed|note:)\s*/i, 'note'],
];

const WHEN = /^(today|yesterday|last\s+week|this\s+morning|tonight|on\s+\d{4}-\d{2}-\d{2}|\d{4}-\d{2}-\d{2})\b/i;
const TAG = /^#([\p{L}\p{N}_-]{1,50})/u;
const EMAIL = /^(?:mailto:)?[^\s@,;]+@[^\s@,;]+\.[A-Za-z]{2,}/;
const MASTODON = /^@[A-Za-z0-9_.-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const HANDLE = /^@[A-Za-z0-9_]{1,15}\b/;
const URL_LIKE = /^(?:https?:\/\/)?(?:www\.|mobile\.|m\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/[^\s,;]*/i;
const PHONE = /^\+?\d[\d\s().-]{6,}\d/;

function urlKind(url: string): IdentityKind {
  if (/(^|\/\/|\.)(x|twitter)\.com\//i.test(url)) return 'x';
  if (/linkedin\.com\//i.test(url)) return 'linkedin';
  if (/instagram\.com\//i.test(url)) return 'instagram';
  if (/\/@[A-Za-z0-9_]+\/?$/.test(url)) return 'mastodon';
  return 'website';
}

function cleanPhrase(text: string): string {
  return text.replace(/^[\s,;:.–—-]+|[\s,;:.–—-]+$/g, '').replace(/\s+/g, ' ');
}

function splitList(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\band\b|&|\+)\s*/i)
    .map(cleanPhrase)
    .filter(Boolean);
}

interface Token {
  kind: 'identity' | 'tag' | 'when' | 'opener' | 'break' | 'word';
  text: string;
  identity?: CapturedIdentity;
  field?: Field;
}

/** Splits the line into recognised tokens and plain words, keeping the original text of each. */
function tokenise(line: string): Token[] {
  const tokens: Token[] = [];
  let rest = line.trim();
  const take = (n: number) => {
    const text = rest.slice(0, n);
    rest = rest.slice(n).replace(/^\s+/, '');
    return text;
  };
  while (rest.length > 0) {
    const identity = (kind: IdentityKind | ((s: string) => IdentityKind), m: RegExpExecArray): boolean => {
      const text = m[0];
      const k = typeof kind === 'function' ? kind(text) : kind;
      const normalised = normaliseIdentity(k, text);
      if ('error' in normalised) return false;
      tokens.push({ kind: 'identity', text: take(text.length), identity: { kind: k, value: normalised.value } });
      return true;
    };
    let m: RegExpExecArray | null;
    if ((m = MASTODON.exec(rest)) && identity('mastodon', m)) continue;
    if ((m = HANDLE.exec(rest)) && identity('x', m)) continue;
    if ((m = EMAIL.exec(rest)) && identity('email', m)) continue;
    if ((m = URL_LIKE.exec(rest)) && identity(urlKind, m)) continue;
    if ((m = PHONE.exec(rest)) && m[0].replace(/\D/g, '').length >= 7 && identity('phone', m)) continue;
    if ((m = TAG.exec(rest))) {
      tokens.push({ kind: 'tag', text: take(m[0].length) });
      continue;
    }
    if ((m = WHEN.exec(rest))) {
      tokens.push({ kind: 'when', text: take(m[0].length) });
      continue;
    }
    const opener = OPENERS.find(([re]) => re.test(rest));
    if (opener) {
      tokens.push({ kind: 'opener', text: take(opener[0].exec(rest)![0].length), field: opener[1] });
      continue;
    }
    if ((m = /^[,;.!?]+(?=\s|$)|^[–—]|^\s-\s/.exec(rest))) {
      tokens.push({ kind: 'break', text: take(m[0].length) });
      continue;
    }
    m = /^[^\s,;]+[,;.!?]*/.exec(rest)!;
    // Keep trailing punctuation as a break so "lunch," ends the event phrase.
    const word = m[0].replace(/[,;.!?]+$/, '');
    tokens.push({ kind: 'word', text: take(word.length || m[0].length) });
  }
  return tokens;
}

function resolveWhen(text: string): string {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  if (t === 'this morning' || t === 'tonight') return 'today';
  return t.replace(/^on /, '');
}

const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$|^(?:de|da|del|van|von|der|den|di|du|le|la|bin|al|ibn|ter|y)$/u;

/** Parses one capture line; pure and total (any input gives a result). */
export function parseQuickCapture(input: string): Capture {
  const line = input.replace(/\s+/g, ' ').trim().slice(0, 2000);
  const tokens = tokenise(line);
  const capture: Capture = {
    displayName: null,
    identities: [],
    event: null,
    interests: [],
    tags: [],
    organisation: null,
    title: null,
    location: null,
    introducedBy: null,
    when: null,
    note: null,
  };
  const notes: string[] = [];
  let i = 0;

  // The name: leading capitalised words (with particles like "van", "de") before anything else.
  const nameWords: string[] = [];
  while (i < tokens.length && tokens[i]!.kind === 'word' && NAME_WORD.test(tokens[i]!.text) && nameWords.length < 6) {
    nameWords.push(tokens[i]!.text);
    i++;
  }
  // A trailing particle is not part of a name ("Sam de" → "Sam").
  while (nameWords.length > 1 && /^[\p{Ll}]/u.test(nameWords.at(-1)!)) {
    nameWords.pop();
    i--;
  }
  if (nameWords.length > 0) capture.displayName = nameWords.join(' ');

  let field: Field | null = null;
  let phrase: string[] = [];
  const flush = () => {
    const text = cleanPhrase(phrase.join(' '));
    phrase = [];
    if (!text) return;
    switch (field) {
      case 'interests':
        capture.interests.push(...splitList(text));
        break;
      case 'event':
      case 'organisation':
      case 'location':
      case 'introducedBy':
      case 'title':
        if (capture[field] === null) capture[field] = text;
        else notes.push(text);
        break;
      default:
        notes.push(text);
    }
  };

  for (; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.kind) {
      case 'identity':
        if (!capture.identities.some((x) => x.kind === token.identity!.kind && x.value === token.identity!.value)) {
          capture.identities.push(token.identity!);
        }
        break;
      case 'tag': {
        const tag = token.text.slice(1);
        if (!capture.tags.some((t) => t.toLowerCase() === tag.toLowerCase())) capture.tags.push(tag);
        break;
      }
      case 'when':
        if (capture.when === null) capture.when = resolveWhen(token.text);
        else phrase.push(token.text);
        break;
      case 'opener':
        flush();
        field = token.field!;
        if (field === 'note') phrase.push(token.text.trim());
        break;
      case 'break':
        flush();
        field = null;
        break;
      case 'word':
        phrase.push(token.text);
        break;
    }
  }
  flush();

  // A line that is only a handle still names someone.
  if (capture.displayName === null) {
    const handle = capture.identities.find((x) => x.kind === 'x' || x.kind === 'instagram' || x.kind === 'mastodon');
    const email = capture.identities.find((x) => x.kind === 'email');
    capture.displayName = handle ? `@${handle.value}` : email ? email.value.split('@')[0]! : null;
  }
  capture.note = notes.length > 0 ? notes.join('; ') : null;
  return capture;
}
