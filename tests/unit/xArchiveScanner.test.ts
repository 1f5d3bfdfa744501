import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../electron/core/xArchive/archiveError';
import { JsonArrayScanner } from '../../electron/core/xArchive/jsonArrayScanner';

// The scanner cuts elements out of the byte stream itself, so its string/escape/depth tracking must
// agree with a real JSON parser on every input, however the bytes are chunked. These compare it
// with JSON.parse of the whole text on seeded random documents, intact and corrupted.

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TRICKY = ['"', '\\', '\\\\', '\\"', '{', '}', '[', ']', ',', ':', ' ', '\n', 'é', '🇵🇹', '\u2028', '\t', 'x', '1626922779105759235'];

function value(r: () => number, depth: number): unknown {
  const k = Math.floor(r() * (depth > 3 ? 4 : 7));
  if (k === 0) return Array.from({ length: 1 + Math.floor(r() * 6) }, () => TRICKY[Math.floor(r() * TRICKY.length)]).join('');
  if (k === 1) return Math.floor(r() * 2e6) / 100 - 1e4;
  if (k === 2) return r() < 0.5 ? r() < 0.5 : null;
  if (k === 3) return String(Math.floor(r() * 1e15));
  if (k <= 5) return Array.from({ length: Math.floor(r() * 4) }, () => value(r, depth + 1));
  return Object.fromEntries(Array.from({ length: Math.floor(r() * 4) }, (_, i) => [`k${i}${TRICKY[Math.floor(r() * 4)]}`, value(r, depth + 1)]));
}

/** Runs the scanner over `bytes` in random chunks; returns the elements or the ArchiveError. */
function scan(bytes: Buffer, r: () => number): unknown[] | ArchiveError {
  const scanner = new JsonArrayScanner('data/t.js', 1 << 20);
  const out: unknown[] = [];
  try {
    for (let i = 0; i < bytes.length; ) {
      const size = 1 + Math.floor(r() * (r() < 0.3 ? 3 : 40));
      scanner.push(bytes.subarray(i, i + size), out);
      i += size;
    }
    scanner.end(out);
    return out;
  } catch (err) {
    if (err instanceof ArchiveError) return err;
    throw err;
  }
}

function reference(body: string): unknown[] | 'invalid' {
  try {
    const v: unknown = JSON.parse(body);
    return Array.isArray(v) ? v : 'invalid';
  } catch {
    return 'invalid';
  }
}

describe('JsonArrayScanner agrees with JSON.parse', () => {
  it('on valid arrays of awkward values, in any chunking, pretty or compact', () => {
    const r = rng(20260901);
    for (let n = 0; n < 400; n++) {
      const items = Array.from({ length: Math.floor(r() * 6) }, () => value(r, 0));
      const body = JSON.stringify(items, null, r() < 0.5 ? 2 : undefined);
      const text = r() < 0.5 ? `window.YTD.tweets.part0 = ${body}` : body;
      expect(scan(Buffer.from(text), r)).toEqual(items);
    }
  });

  it('on corrupted arrays: it refuses exactly what JSON.parse refuses, and reads the rest identically', () => {
    const r = rng(7);
    const edits = ['', '"', '\\', '{', '}', '[', ']', ',', ':', 'x', ' ', '\n', '1', '-', 't'];
    let refused = 0;
    for (let n = 0; n < 1500; n++) {
      const items = Array.from({ length: 1 + Math.floor(r() * 4) }, () => value(r, 0));
      let body = JSON.stringify(items, null, r() < 0.5 ? 2 : undefined);
      for (let e = 1 + Math.floor(r() * 2); e > 0; e--) {
        const at = Math.floor(r() * body.length);
        body = body.slice(0, at) + edits[Math.floor(r() * edits.length)] + body.slice(at + (r() < 0.5 ? 1 : 0));
      }
      body = Buffer.from(body).toString('utf8'); // an edit may split a surrogate pair: compare on what the bytes say
      const expected = reference(body);
      const got = scan(Buffer.from(`window.YTD.x.part0 = ${body}`), r);
      if (expected === 'invalid') {
        expect(got, body).toBeInstanceOf(ArchiveError);
        const err = got as ArchiveError;
        expect(err.message, body).toMatch(/^data\/t\.js: (not JSON|truncated JSON|not an X data file) at line \d+, column \d+ \(byte \d+\): /);
        refused++;
      } else expect(got, body).toEqual(expected);
    }
    expect(refused).toBeGreaterThan(500); // the corruption really exercised the error paths
  });

  it('reports the same position whatever the chunking', () => {
    const text = 'window.YTD.t.part0 = [\n  { "a" : "x\\"y" },\n  { "b" : [ 1, 2, }\n]';
    const r = rng(3);
    const messages = new Set(Array.from({ length: 50 }, () => (scan(Buffer.from(text), r) as ArchiveError).message));
    expect([...messages]).toEqual(['data/t.js: not JSON at line 3, column 19 (byte 61): unexpected "}"']);
  });
});
