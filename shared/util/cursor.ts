// Keyset cursors are opaque to clients: base64url of a JSON tuple of the sort key and id.

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export type CursorKey = readonly (string | number | null)[];

export function encodeCursor(key: CursorKey): string {
  return toBase64Url(JSON.stringify(key));
}

/** Returns null for anything that is not a cursor this app produced with `arity` parts. */
export function decodeCursor(cursor: string, arity: number): CursorKey | null {
  try {
    const value: unknown = JSON.parse(fromBase64Url(cursor));
    if (!Array.isArray(value) || value.length !== arity) return null;
    const valid = value.every((v) => v === null || typeof v === 'string' || typeof v === 'number');
    return valid ? (value as CursorKey) : null;
  } catch {
    return null;
  }
}
