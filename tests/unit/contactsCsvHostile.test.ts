import { describe, expect, it } from 'vitest';
import { MAX_CSV_ROWS, decodeCsvBytes, detectCsvFormat, parseContactsCsv, parseLinkedIn } from '../../electron/core/contacts/csv';
import { csvFixture } from '../support/csvFixtures';

const FILE = 'hostile.csv';
const HEADER = 'Name,Email';
const lines = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i)).join('\n');

/** Parses and checks it did not take long (a hang would hit the test timeout anyway). */
function timed(text: string, limitMs = 5000) {
  const start = performance.now();
  const parsed = parseContactsCsv(text, FILE);
  expect(performance.now() - start).toBeLessThan(limitMs);
  return parsed;
}

const wholeFile = (message: string) => ({ records: [], problems: [{ file: FILE, line: null, message }] });
const problemsOf = (text: string) => parseContactsCsv(text, FILE).problems;

describe('whole-file refusals (one problem, line null)', () => {
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21, 0x00, 0xb7, 0xac, 0xce, 0x34]).toString('latin1');
  it.each([
    ['an empty file', '', 'The file is empty.'],
    ['blank lines only', '\n\r\n  \n', 'The file is empty.'],
    ['zip bytes', zip.repeat(100), 'The file holds binary data, not CSV text.'],
    ['control characters', '\u0001\u0002\u0003\u0004abc'.repeat(1000), 'The file holds binary data, not CSV text.'],
    ['a vCard', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam\r\nEND:VCARD\r\n', 'This is a vCard file, not CSV: import it as vCard.'],
    ['a calendar', 'BEGIN:VCALENDAR\nEND:VCALENDAR\n', 'This is a calendar (.ics) file, not CSV.'],
    ['JSON', '[{"name": "Sam"}]', 'This looks like JSON, not CSV.'],
    ['HTML', '<!DOCTYPE html><html><body>Sign in</body></html>', 'This looks like HTML or XML, not CSV.'],
    ['an X archive file', 'window.YTD.following.part0 = []', 'This is a file from an X archive, not CSV.'],
    ['a header with an unclosed quote', 'Name,"Email\nSam,sam@example.com\n', 'The header row (line 1) cannot be read: A quote opened in this row is never closed. Check the quotes.'],
  ])('%s', (_what, text, message) => {
    expect(parseContactsCsv(text, FILE)).toMatchObject(wholeFile(message));
    expect(detectCsvFormat(text)).toBe('generic');
  });

  it('a file over 50 MB, before reading a row', () => {
    const text = `${HEADER}\n${'Sam,sam@example.com\n'.repeat(2_700_000)}`;
    expect(text.length).toBeGreaterThan(50 * 1024 * 1024);
    expect(timed(text, 1000)).toMatchObject(wholeFile('The file is over 50 MB: not a contacts export.'));
  });

  it('more than 200,000 rows, stopping there', () => {
    const text = `${HEADER}\n${lines(MAX_CSV_ROWS + 1, (i) => `P${i},p${i}@example.com`)}`;
    expect(timed(text)).toMatchObject(wholeFile('The file has more than 200,000 rows.'));
    expect(parseContactsCsv(`${HEADER}\n${lines(MAX_CSV_ROWS, (i) => `P${i},p${i}@example.com`)}`, FILE).records).toHaveLength(MAX_CSV_ROWS);
  });

  it('a line of millions of commas (which would make one giant row in memory)', () => {
    expect(timed(`${HEADER}\n${','.repeat(20_000_000)}`, 1000)).toMatchObject(wholeFile('A line has more than 10,000 cells: not a contacts file.'));
  });

  it('a file that is mostly broken rows, after the first thousand', () => {
    const text = `${HEADER}\n${lines(100_000, (i) => `"P${i},p${i}@example.com`)}`;
    expect(timed(text, 2000)).toMatchObject(wholeFile('More than 1,000 rows cannot be read (the first on line 2): this is not a well-formed CSV file.'));
    const ragged = `${HEADER}\n${lines(100_000, (i) => 'a,b,c,'.repeat(i % 5) + `x${i}`)}`;
    expect(timed(ragged, 2000)).toMatchObject(wholeFile('More than 1,000 rows cannot be read (the first on line 3): this is not a well-formed CSV file.'));
  });

  it('prose, whose "header" has no column to map', () => {
    expect(timed(lines(100_000, (i) => `This is line ${i} of a letter. It says nothing.`))).toMatchObject(wholeFile('No column is mapped to a contact field: choose what the columns hold.'));
    // "not a list" reads as a tags column, which alone cannot make a record.
    expect(timed(lines(100_000, (i) => `This is line ${i} of a letter, not a list.`))).toMatchObject(wholeFile('No column is mapped to a name, email, phone or profile: choose at least one.'));
  });
});

describe('rows that cannot be read: listed by physical line, never dropped silently', () => {
  it('an unclosed quote at the end of the file', () => {
    const { records, problems } = parseContactsCsv(`${HEADER}\nAnn,ann@example.com\nBob,"bob@example.com\nCid,cid@example.com\n`, FILE);
    expect(problems).toEqual([{ file: FILE, line: 3, message: 'A quote opened in this row is never closed. Check the quotes.' }]);
    // The lines the quote swallowed are read again on their own.
    expect(records.map((r) => [r.source.line, r.displayName])).toEqual([
      [2, 'Ann'],
      [4, 'Cid'],
    ]);
  });

  it('an unclosed quote that runs into the next quoted cell', () => {
    const text = `${HEADER},Company\nAnn,"ann@example.com,Acme\nBob,bob@example.com,Initech\nCid,cid@example.com,"Globex, Inc."\nDee,dee@example.com,Umbrella\n`;
    const { records, problems } = parseContactsCsv(text, FILE);
    expect(problems).toEqual([{ file: FILE, line: 2, message: 'A quote opened in this row does not close where it should: the row runs on to line 4. Check the quotes.' }]);
    expect(records.map((r) => [r.source.line, r.displayName, r.organisation])).toEqual([
      [3, 'Bob', 'Initech'],
      [4, 'Cid', 'Globex, Inc.'],
      [5, 'Dee', 'Umbrella'],
    ]);
  });

  it('text after a closing quote', () => {
    expect(problemsOf(`${HEADER}\n"Ann" Lee,ann@example.com\nBob,bob@example.com\n`)).toEqual([
      { file: FILE, line: 2, message: 'A quoted value is followed by more text before the next delimiter. Check the quotes.' },
    ]);
  });

  it('keeps a quote inside an unquoted cell as a character', () => {
    const { records, problems } = parseContactsCsv(`${HEADER}\nJoe "JJ" Smith,jj@example.com\nBob,bob@example.com\n`, FILE);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.source.line, r.displayName])).toEqual([
      [2, 'Joe "JJ" Smith'],
      [3, 'Bob'],
    ]);
  });

  it('more cells than the header (a comma without quotes), but not fewer or extra empty ones', () => {
    const { records, problems } = parseContactsCsv(`${HEADER},Company\nAnn,ann@example.com,Globex, Inc.\nBob,bob@example.com\nCid,cid@example.com,Acme,,\n`, FILE);
    expect(problems).toEqual([{ file: FILE, line: 2, message: 'The row has 4 cells where the header has 3: a value with a delimiter in it but no quotes? Left out.' }]);
    expect(records.map((r) => r.displayName)).toEqual(['Bob', 'Cid']);
  });

  it('counts physical lines through quoted line breaks (LF, CRLF, CR) and blank lines', () => {
    const text = ['Name,Notes', 'Ann,"one\r\ntwo\r\nthree"', '', '', 'Bob,"a\rb"', '   ', 'Cid,plain', ',', 'Dee,"x', '', 'y"'].join('\r\n');
    const { records, problems } = parseContactsCsv(text, FILE, { mapping: { Name: 'displayName', Notes: 'notes' } });
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.source.line, r.displayName, r.notes])).toEqual([
      [2, 'Ann', 'one\ntwo\nthree'],
      // Line 5 and 6 are empty, 9 has only spaces and 11 only a comma: no rows.
      [7, 'Bob', 'a\nb'],
      [10, 'Cid', 'plain'],
      [12, 'Dee', 'x\n\ny'],
    ]);
  });

  it('a row longer than a million characters, and what follows it', () => {
    const text = `${HEADER},Notes\nAnn,ann@example.com,"${'x\n'.repeat(600_000)}"\nBob,bob@example.com,short\n`;
    const { records, problems } = timed(text, 2000);
    expect(problems).toEqual([{ file: FILE, line: 2, message: 'The row is longer than 1,000,000 characters: left out.' }]);
    expect(records.map((r) => [r.source.line, r.displayName])).toEqual([[600_003, 'Bob']]);
  });
});

describe('hostile input does not hang', () => {
  it('a 100,000-line file', () => {
    const { records, problems } = timed(`${HEADER}\n${lines(100_000, (i) => `Person ${i},p${i}@example.com`)}`, 3000);
    expect(records).toHaveLength(100_000);
    expect(problems).toEqual([]);
  });

  it('a giant quoted field, closed or not', () => {
    expect(timed(`${HEADER}\nAnn,"${'x'.repeat(30_000_000)}"\nBob,bob@example.com\n`, 2000).records.map((r) => r.displayName)).toEqual(['Bob']);
    const unclosed = timed(`${HEADER}\nAnn,"${'x'.repeat(30_000_000)}\nBob,bob@example.com\n`, 2000);
    expect(unclosed.problems.map((p) => p.line)).toEqual([2]);
    expect(unclosed.records.map((r) => r.displayName)).toEqual(['Bob']);
  });

  it('binary bytes after a good header, and random bytes as UTF-8', () => {
    const bytes = Buffer.alloc(1_000_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + (i >> 8)) % 256;
    expect(timed(`${HEADER}\nAnn,ann@example.com\n${bytes.toString('latin1')}`).problems).toEqual([{ file: FILE, line: null, message: 'The file holds binary data, not CSV text.' }]);
    expect(timed(new TextDecoder().decode(bytes)).problems).toEqual([{ file: FILE, line: null, message: 'The file holds binary data, not CSV text.' }]);
  });

  it('quotes and commas sprinkled at random over a real export: always a result, lines in range and in order', () => {
    const original = csvFixture('linkedinCurrent.csv');
    const lineCount = original.split('\n').length;
    let seed = 42;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 300; round++) {
      const chars = [...original];
      for (let k = 0; k < 1 + Math.floor(next() * 4); k++) chars.splice(Math.floor(next() * chars.length), 0, '"\n,\r'[Math.floor(next() * 4)]!);
      const { records, problems } = parseLinkedIn(chars.join(''), FILE);
      const recordLines = records.map((r) => r.source.line);
      expect(recordLines).toEqual([...recordLines].sort((a, b) => a - b));
      for (const line of [...recordLines, ...problems.map((p) => p.line ?? 1)]) {
        expect(line).toBeGreaterThanOrEqual(1);
        expect(line).toBeLessThanOrEqual(lineCount + 4);
      }
    }
  });
});

describe('decodeCsvBytes', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it.each([
    ['UTF-8', encode('Name\nÉlodie\n')],
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Name\nÉlodie\n')])],
    ['UTF-16 LE with a BOM (Outlook "Unicode")', new Uint8Array([0xff, 0xfe, ...Buffer.from('Name\nÉlodie\n', 'utf16le')])],
    ['UTF-16 BE with a BOM', new Uint8Array([0xfe, 0xff, ...Buffer.from('Name\nÉlodie\n', 'utf16le').swap16()])],
    ['Windows-1252 (Outlook desktop in Western Europe)', new Uint8Array([...encode('Name\n'), 0xc9, ...encode('lodie\n')])],
  ])('reads %s', (_what, bytes) => {
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Name\nÉlodie\n' });
  });

  it('refuses over 50 MB without decoding', () => {
    expect(decodeCsvBytes(new Uint8Array(50 * 1024 * 1024 + 1))).toEqual({ error: 'The file is over 50 MB (50.0 MB): not a contacts export.' });
  });
});
