import { describe, expect, it } from 'vitest';
import { parseVcards, VCARD_LIMITS } from '../../electron/core/contacts/vcard/parseVcards';
import { realisticVcards, vcard } from '../support/vcardFixtures';

// Hostile and huge input (issue 7): caps, binary garbage, 100,000 lines or cards, and inputs
// built to make a naive line joiner or regex quadratic. Each must answer, fast, with problems
// on the right lines, and leave the good cards around it alone.

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/** Deterministic pseudo-random bytes (xorshift32). */
function garbage(length: number, seed = 7): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const GOOD = vcard(['FN:Before', 'EMAIL:before@example.com']);
const AFTER = vcard(['FN:After', 'EMAIL:after@example.com']);

describe('vCard caps', () => {
  it('a file over 50 MB is one problem (line null), not read', () => {
    const big = Buffer.alloc(VCARD_LIMITS.fileBytes + 1, 'a');
    const { value, ms } = timed(() => parseVcards(big, 'big.vcf'));
    expect(value).toEqual({ records: [], problems: [{ file: 'big.vcf', line: null, message: 'The file is 50.0 MB; vCard files over 50.0 MB are not read' }] });
    expect(ms).toBeLessThan(200);
    const bigText = 'é'.repeat(VCARD_LIMITS.fileBytes / 2 + 1); // 2 bytes each in UTF-8
    expect(parseVcards(bigText, 'big.vcf').problems).toEqual([{ file: 'big.vcf', line: null, message: expect.stringMatching(/^The file is 50\.0 MB/) }]);
  });

  it('a card over 5 MB (a huge folded photo) is a problem on its first line; the cards around it parse', () => {
    const photo = 'A'.repeat(6 * 1024 * 1024).replace(/(.{74})/g, '$1\r\n ');
    const text = GOOD + vcard(['FN:Huge', `PHOTO;ENCODING=b;TYPE=JPEG:${photo}`]) + AFTER;
    const { value, ms } = timed(() => parseVcards(text, 'photo.vcf'));
    expect(value.records.map((r) => r.displayName)).toEqual(['Before', 'After']);
    expect(value.problems).toEqual([{ file: 'photo.vcf', line: 6, message: expect.stringMatching(/^This card is 6\.\d MB; cards over 5\.0 MB are not read$/) }]);
    expect(ms).toBeLessThan(3000);
  });

  it('a 10 MB line is a problem on its card; the cards around it parse', () => {
    const text = GOOD + vcard(['FN:Long', `NOTE:${'x'.repeat(10 * 1024 * 1024)}`]) + AFTER;
    const { value, ms } = timed(() => parseVcards(Buffer.from(text), 'line.vcf'));
    expect(value.records.map((r) => r.displayName)).toEqual(['Before', 'After']);
    expect(value.problems).toEqual([{ file: 'line.vcf', line: 6, message: expect.stringMatching(/^This card is 10\.0 MB/) }]);
    expect(ms).toBeLessThan(3000);
  });

  it('a 4 MB photo, under the cap, is read whole', () => {
    const base64 = Buffer.alloc(3 * 1024 * 1024, 7).toString('base64');
    const text = vcard(['FN:Photo', `PHOTO;ENCODING=b;TYPE=JPEG:${base64.replace(/(.{74})/g, '$1\r\n ')}`]);
    const { value, ms } = timed(() => parseVcards(Buffer.from(text), 'p.vcf'));
    expect(value.problems).toEqual([]);
    expect(value.records[0]!.photo).toEqual({ mime: 'image/jpeg', base64 });
    expect(ms).toBeLessThan(3000);
  });
});

describe('vCard garbage', () => {
  it('an empty file, or one of blank lines, holds no vCard', () => {
    for (const input of ['', '\r\n\r\n  \n', Buffer.alloc(0)]) {
      expect(parseVcards(input, 'e.vcf')).toEqual({ records: [], problems: [{ file: 'e.vcf', line: null, message: 'The file holds no vCard (no BEGIN:VCARD line)' }] });
    }
  });

  it('1 MB of random bytes: problems, no records, no exception', () => {
    const { value, ms } = timed(() => parseVcards(garbage(1024 * 1024), 'random.bin'));
    expect(value.records).toEqual([]);
    expect(value.problems).toContainEqual({ file: 'random.bin', line: null, message: 'The file holds no vCard (no BEGIN:VCARD line)' });
    expect(value.problems).toContainEqual({ file: 'random.bin', line: 1, message: 'Text outside BEGIN:VCARD … END:VCARD is not a contact' });
    expect(ms).toBeLessThan(1000);
  });

  it('random bytes inside cards make those cards problems; a good card after them parses', () => {
    const chunks: Buffer[] = [];
    for (let i = 0; i < 50; i++) chunks.push(Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\n'), garbage(2000, i + 1), Buffer.from('\r\nEND:VCARD\r\n'));
    chunks.push(Buffer.from(AFTER));
    const { records, problems } = parseVcards(Buffer.concat(chunks), 'mixed.vcf');
    expect(records.map((r) => r.displayName)).toContain('After');
    expect(problems.length).toBeGreaterThanOrEqual(50);
    expect(problems.every((p) => p.file === 'mixed.vcf' && typeof p.line === 'number')).toBe(true);
  });

  it('text a caller decoded from bytes that were not text (U+FFFD) is binary data', () => {
    expect(parseVcards(vcard(['FN:Bad \ufffd name']) + AFTER, 's.vcf').problems).toEqual([{ file: 's.vcf', line: 1, message: 'Line 3: binary data, not text' }]);
  });

  it('100,000 lines of text outside any card: one problem for the run, fast', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `not a vcard ${i}`).join('\n');
    const { value, ms } = timed(() => parseVcards(text, 'lines.txt'));
    expect(value.problems).toEqual([
      { file: 'lines.txt', line: null, message: 'The file holds no vCard (no BEGIN:VCARD line)' },
      { file: 'lines.txt', line: 1, message: 'Text outside BEGIN:VCARD … END:VCARD is not a contact' },
    ]);
    expect(ms).toBeLessThan(2000);
  });

  it('100,000 BEGIN:VCARD lines without END: 100,000 problems, fast', () => {
    const { value, ms } = timed(() => parseVcards('BEGIN:VCARD\n'.repeat(100_000), 'begin.vcf'));
    expect(value.records).toEqual([]);
    expect(value.problems).toHaveLength(100_000);
    expect(value.problems[99_999]).toEqual({ file: 'begin.vcf', line: 100_000, message: 'This card has no END:VCARD (the next card or the end of the file comes first)' });
    expect(ms).toBeLessThan(3000);
  });
});

describe('vCard inputs built to be slow', () => {
  it.each<[string, () => string]>([
    ['a QP value with 200,000 soft breaks', () => `FN;ENCODING=QUOTED-PRINTABLE:${'=41=\r\n'.repeat(200_000)}=41`],
    ['a value folded into 1,000,000 one-character lines', () => `NOTE:${'\r\n x'.repeat(1_000_000)}`],
    ['base64 in 200,000 unindented lines (2.1)', () => `PHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n${'QUJD\r\n'.repeat(200_000)}`],
  ])('%s', (_label, line) => {
    const text = GOOD + vcard(['EMAIL:slow@example.com', line()], '2.1') + AFTER;
    const { value, ms } = timed(() => parseVcards(text, 'slow.vcf'));
    expect(value.problems).toEqual([]);
    expect(value.records).toHaveLength(3);
    expect(ms).toBeLessThan(3000);
  });

  it.each<[string, () => string]>([
    ['1,000,000 CRs', () => '\r'.repeat(1_000_000)],
    ['1,000,000 CRs before an LF', () => `${'\r'.repeat(1_000_000)}\n`],
    ['a 1 MB parameter with an unclosed quote', () => `X-A;B="${'q'.repeat(1024 * 1024)}`],
    ['a 1 MB property name', () => `${'A'.repeat(1024 * 1024)}:x`],
    ['a 1 MB run of backslashes', () => `NOTE:${'\\'.repeat(1024 * 1024)}`],
    ['500,000 parameters on one property', () => `X-A${';a'.repeat(500_000)}:v`],
    ['a 1 MB run of = in a QP value', () => `NOTE;ENCODING=QUOTED-PRINTABLE:${'='.repeat(1024 * 1024)}x`],
    ['a 1 MB run of spaces after BEGIN', () => `BEGIN:VCARD${' '.repeat(1024 * 1024)}x`],
  ])('%s inside a card: answered fast, the cards around it parse', (_label, line) => {
    const text = GOOD + vcard(['FN:Slow', line()]) + AFTER;
    const { value, ms } = timed(() => parseVcards(text, 'slow.vcf'));
    expect(value.records.map((r) => r.displayName)).toEqual(expect.arrayContaining(['Before', 'After']));
    expect(ms).toBeLessThan(2000);
  });
});

describe('vCard speed', () => {
  it('10,000 realistic cards (Apple, Google, Outlook 2.1, 4.0; photos on some) parse in ≤ 1.5 s', () => {
    const text = Buffer.from(realisticVcards(10_000));
    parseVcards(text, 'warm.vcf'); // the first run pays for compiling the parser
    const { value, ms } = timed(() => parseVcards(text, 'realistic.vcf'));
    expect(value.problems).toEqual([]);
    expect(value.records).toHaveLength(10_000);
    expect(value.records.filter((r) => r.photo !== null)).toHaveLength(500);
    expect(ms).toBeLessThan(1500);
  });

  it('100,000 small cards parse in a few seconds', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => vcard([`FN:Person ${i}`, `EMAIL:p${i}@example.com`])).join('');
    const { value, ms } = timed(() => parseVcards(text, 'many.vcf'));
    expect(value.problems).toEqual([]);
    expect(value.records).toHaveLength(100_000);
    expect(value.records[99_999]!.source.line).toBe(99_999 * 5 + 1);
    expect(ms).toBeLessThan(5000);
  });
});
