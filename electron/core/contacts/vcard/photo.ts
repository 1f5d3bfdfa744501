// PHOTO in its forms (formats.md §4.4): base64 inline (3.0 `ENCODING=b`, 2.1 `ENCODING=BASE64`,
// Mac's bare `BASE64`, all `ENCODING=b` after contentLine.ts), a 4.0 `data:` URI, or a web
// address, kept as a URI and never fetched.
import type { ContactRecord } from '../contactRecord';

type Photo = NonNullable<ContactRecord['photo']>;

const IMAGE_TYPES: Record<string, string> = {
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  bmp: 'image/bmp',
  tiff: 'image/tiff',
  webp: 'image/webp',
  heic: 'image/heic',
};
/** The first bytes of each image format, as they start in base64. */
const SIGNATURES: [string, string][] = [
  ['/9j/', 'image/jpeg'],
  ['iVBORw0KGgo', 'image/png'],
  ['R0lGOD', 'image/gif'],
  ['UklGR', 'image/webp'],
  ['Qk', 'image/bmp'],
];
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function mimeOf(type: string | null, base64: string): string {
  const word = type?.trim().toLowerCase() ?? '';
  if (/^[a-z]+\/[a-z0-9.+-]+$/.test(word)) return word;
  const known = IMAGE_TYPES[word.replace(/^image\//, '')];
  if (known) return known;
  return SIGNATURES.find(([start]) => base64.startsWith(start))?.[1] ?? 'application/octet-stream';
}

/** Base64 bytes with their type, or null when the text is not base64. */
export function inlinePhoto(data: string, type: string | null): Photo | null {
  const base64 = data.replace(/\s+/g, '');
  if (!BASE64.test(base64) || base64.length % 4 === 1) return null;
  return { mime: mimeOf(type, base64), base64 };
}

/**
 * A photo, or null when the value is none of the forms (a broken data URI, base64 with stray
 * characters, a URI that is not http(s): `file:` or `cid:` would point into the user's machine
 * or a mail that is not there).
 */
export function photoOf(value: string, valueType: string, encoding: string | null, type: string | null): Photo | null {
  if (!value) return null;
  if (encoding?.toLowerCase() === 'b') return inlinePhoto(value, type);
  if (/^data:/i.test(value)) {
    const comma = value.indexOf(',');
    const header = comma < 0 ? '' : value.slice(5, comma);
    if (!/;base64$/i.test(header)) return null;
    return inlinePhoto(value.slice(comma + 1), header.split(';')[0] || type);
  }
  if (/^https?:\/\//i.test(value)) return { uri: value };
  // 3.0 PHOTO's default type is binary: base64 without an ENCODING parameter, seen in the wild.
  return valueType === 'uri' ? null : inlinePhoto(value, type);
}
