import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../../electron/core/contacts/contactRecord';
import { parseVcards } from '../../electron/core/contacts/vcard/parseVcards';
import { qpUtf8, vcard } from '../support/vcardFixtures';

// Folding, line ends, escaping, quoted-printable and charsets as the exporters write them (formats.md §4.1, §4.6).

function records(input: string | Buffer) {
  const parsed = parseVcards(input, 's.vcf');
  expect(parsed.problems).toEqual([]);
  return parsed.records;
}

function only(input: string | Buffer): ContactRecord {
  const found = records(input);
  expect(found).toHaveLength(1);
  return found[0]!;
}

const NOTE_FOLDED = 'NOTE:The quick brown\r\n  fox\r\n\tjumps';

describe('vCard line ends and folding', () => {
  it.each<[string, string]>([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR CR LF (iOS 5)', '\r\r\n'],
    ['CR (classic Mac)', '\r'],
  ])('%s line ends, with folds after them, leave no stray CR', (_label, eol) => {
    const text = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Ada', ' Lovelace', 'NOTE:one', '\ttwo', 'EMAIL:ada@example.com', 'END:VCARD', ''].join(eol);
    expect(only(text)).toMatchObject({ displayName: 'AdaLovelace', notes: 'onetwo', identities: [{ kind: 'email', value: 'ada@example.com', label: null }] });
  });

  it('unfolding removes the line end and one space or tab: a second space belongs to the value', () => {
    expect(only(vcard(['FN:Ada', NOTE_FOLDED])).notes).toBe('The quick brown foxjumps');
  });

  it('a fold inside a parameter or the property name (RSVP=TRU\\r\\n E)', () => {
    const record = only(vcard(['F', ' N:Ada', 'TEL;TY', ' PE=CE', ' LL:+1 555 0100']));
    expect(record.displayName).toBe('Ada');
    expect(record.identities).toEqual([{ kind: 'phone', value: '+1 555 0100', label: 'mobile' }]);
  });

  it('a fold between the bytes of one UTF-8 character (against the RFC) still reads, as bytes are decoded after joining', () => {
    const bytes = Buffer.concat([Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jos\xc3', 'latin1'), Buffer.from('\r\n \xa9\r\nEND:VCARD\r\n', 'latin1')]);
    expect(only(bytes).displayName).toBe('José');
  });

  it('mixed line ends inside one file (Mac PHOTO lines end in LF only)', () => {
    expect(only('BEGIN:VCARD\r\nVERSION:3.0\nFN:Mixed\r\r\nEMAIL:m@example.com\rEND:VCARD').displayName).toBe('Mixed');
  });

  it('blank lines and whitespace-only lines between and inside cards are ignored', () => {
    const text = '\r\n\r\nBEGIN:VCARD\r\nVERSION:3.0\r\n\r\nFN:A\r\n   \r\nEND:VCARD\r\n\r\n\r\nBEGIN:VCARD\r\nFN:B\r\nEND:VCARD\r\n\r\n';
    expect(records(text).map((r) => [r.displayName, r.source.line])).toEqual([
      ['A', 3],
      ['B', 11],
    ]);
  });

  it('BEGIN and END in any case, with trailing spaces; a UTF-8 BOM; a UTF-16 file with its BOM', () => {
    expect(only('begin:vcard  \r\nversion:3.0\r\nfn:Lower\r\nend:VCard \r\n').displayName).toBe('Lower');
    expect(only(Buffer.from('\ufeffBEGIN:VCARD\r\nFN:Bom\r\nEND:VCARD\r\n', 'utf8')).displayName).toBe('Bom');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('BEGIN:VCARD\r\nFN:Zoë Wide\r\nEND:VCARD\r\n', 'utf16le')]);
    expect(only(utf16).displayName).toBe('Zoë Wide');
    const utf16be = Buffer.from(Buffer.from('\ufeffBEGIN:VCARD\r\nFN:Big\r\nEND:VCARD\r\n', 'utf16le').swap16());
    expect(only(utf16be).displayName).toBe('Big');
  });

  it('a string input (already text) with non-ASCII values', () => {
    expect(only(vcard(['FN:Zoë Ñandú 日本 🍰'])).displayName).toBe('Zoë Ñandú 日本 🍰');
  });
});

describe('vCard escaping', () => {
  it.each<[string, string, string]>([
    ['comma, semicolon, backslash, newline', 'NOTE:a\\,b\\;c\\\\d\\ne\\Nf', 'a,b;c\\d\ne\nf'],
    ['Google and Apple over-escape a colon', 'NOTE:http\\://example.com', 'http://example.com'],
    ['Google escapes double quotes', 'NOTE:She said \\"hi\\"', 'She said "hi"'],
    ['an escaped backslash before a colon stays a backslash', 'NOTE:C\\\\:drive', 'C\\:drive'],
    ['an escaped backslash before n is not a newline', 'NOTE:a\\\\nb', 'a\\nb'],
    ['a lone trailing backslash is kept', 'NOTE:end\\', 'end\\'],
  ])('3.0 %s', (_label, line, expected) => {
    expect(only(vcard(['FN:E', line])).notes).toBe(expected);
  });

  it('escapes in structured values: ORG and ADR components, TEL', () => {
    const record = only(vcard(['FN:E', 'ORG:Rivera\\, Hart \\; Co.;Sales', 'ADR:;;1 Main St\\, Apt 2;Saint-Denis\\, Île;;;France', 'TEL;TYPE="WORK,FAX":205246\\;\\;\\,\\;']));
    expect(record).toMatchObject({ organisation: 'Rivera, Hart ; Co.', location: 'Saint-Denis, Île, France' });
    expect(record.identities).toEqual([{ kind: 'phone', value: '205246;;,;', label: 'work fax' }]);
  });

  it('URLs and X- properties, which ical.js does not unescape', () => {
    const record = only(vcard(['FN:E', 'URL:https\\://example.com/a\\,b', 'X-TWITTER:\\@ada']));
    expect(record.identities).toEqual([
      { kind: 'website', value: 'https://example.com/a,b', label: null },
      { kind: 'x', value: 'ada', label: null },
    ]);
  });

  it('vCard 2.1: a backslash is text, a comma is text, \\; is a semicolon', () => {
    const record = only(vcard(['N:Smith, Jr.;John;;;', 'FN:John Smith, Jr.', 'NOTE:C:\\Users\\n, and\\; more', 'ORG:A\\;B;Div'], '2.1'));
    expect(record).toMatchObject({ familyName: 'Smith, Jr.', givenName: 'John', displayName: 'John Smith, Jr.', notes: 'C:\\Users\\n, and; more', organisation: 'A;B' });
  });

  it('parameters: quoted values with colons and semicolons, RFC 6868 carets, repeated and comma-listed TYPE', () => {
    const record = only(
      vcard(['FN:E', 'X-SOCIALPROFILE;TYPE=twitter;X-USER="a:b;c":https://twitter.com/real_one', 'EMAIL;TYPE=work;TYPE="home,pref":e@example.com', 'ADR;LABEL="1 Main^nTown ^\'X^\'":;;1 Main;Town;;;']),
    );
    expect(record.identities).toEqual([
      { kind: 'x', value: 'real_one', label: null },
      { kind: 'email', value: 'e@example.com', label: 'work home' },
    ]);
    expect(record.location).toBe('Town');
  });
});

describe('vCard quoted-printable and CHARSET', () => {
  it('soft breaks anywhere, also inside a UTF-8 sequence, and a QP value ending in = before END:VCARD', () => {
    const name = qpUtf8('Ἀριστοτέλης Σταγειρίτης');
    const broken = name.match(/.{1,7}/g)!.join('=\r\n');
    const record = only(vcard([`FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${broken}`, 'NOTE;ENCODING=QUOTED-PRINTABLE:last=0D=0Aline='], '2.1'));
    expect(record.displayName).toBe('Ἀριστοτέλης Σταγειρίτης');
    expect(record.notes).toBe('last\nline');
  });

  it('QP parameters in every spelling: ENCODING=, bare, lower case; CHARSET quoted or not', () => {
    const lines = ['FN;ENCODING=QUOTED-PRINTABLE;CHARSET="UTF-8":A=C3=A9', 'NICKNAME;QUOTED-PRINTABLE;CHARSET=utf-8:B=C3=A9', 'TITLE;quoted-printable:C=C3=A9', 'NOTE;Encoding=Quoted-Printable;Charset=ISO-8859-1:D=E9'];
    expect(only(vcard(lines, '2.1'))).toMatchObject({ displayName: 'Aé', nickname: 'Bé', title: 'Cé', notes: 'Dé' });
  });

  it('charsets: windows-1252, ISO-8859-2, Shift_JIS, KOI8-R, and 8-bit values without QP', () => {
    const card = Buffer.concat([
      Buffer.from('BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=windows-1252;ENCODING=QUOTED-PRINTABLE:=80 Caf=E9\r\n', 'latin1'),
      Buffer.from('N;CHARSET=ISO-8859-2;ENCODING=QUOTED-PRINTABLE:=A3=F3d=BC;=A6wi=EA;;;\r\n', 'latin1'),
      Buffer.from('ORG;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=93=FA=96=7B\r\n', 'latin1'),
      Buffer.from('TITLE;CHARSET=KOI8-R:\xf0\xd2\xc9\xd7\xc5\xd4\r\n', 'latin1'),
      Buffer.from('NOTE;CHARSET=ISO-8859-1:r\xe9sum\xe9\r\nEND:VCARD\r\n', 'latin1'),
    ]);
    expect(only(card)).toMatchObject({ displayName: '€ Café', familyName: 'Łódź', givenName: 'Świę', organisation: '日本', title: 'Привет', notes: 'résumé' });
  });

  it('8-bit parameter values and backslashes in parameters', () => {
    const card = Buffer.concat([Buffer.from('BEGIN:VCARD\r\nFN:P\r\n', 'utf8'), Buffer.from('X-SOCIALPROFILE;TYPE=facebook;X-USER=Zo\xc3\xab\\x:x-apple:z\r\nEND:VCARD\r\n', 'latin1')]);
    expect(only(card).identities).toEqual([{ kind: 'other', value: 'Zoë\\x', label: 'facebook' }]);
  });

  it('8-bit values without CHARSET: UTF-8, or windows-1252 when they are not UTF-8 (older Outlook)', () => {
    const card = Buffer.concat([Buffer.from('BEGIN:VCARD\r\nFN:Zoë\r\n', 'utf8'), Buffer.from('ORG:Caf\xe9 \x80 \x93q\x94\r\nEND:VCARD\r\n', 'latin1')]);
    expect(only(card)).toMatchObject({ displayName: 'Zoë', organisation: 'Café € “q”' });
  });

  it('QP in a 3.0 card (Apple LABEL, sabre/dav #857) is decoded too', () => {
    expect(only(vcard(['FN:Q', 'NOTE;ENCODING=QUOTED-PRINTABLE:a=0D=0Ab=2C c'])).notes).toBe('a\nb, c');
  });

  it.each<[string, string, RegExp]>([
    ['a bad QP sequence', 'FN;ENCODING=QUOTED-PRINTABLE:Bad=G1', /^Line 3: bad quoted-printable sequence "=G1"$/],
    ['a truncated QP sequence', 'FN;ENCODING=QUOTED-PRINTABLE:Bad=4', /^Line 3: bad quoted-printable sequence "=4"$/],
    ['QP bytes that are not the CHARSET', 'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=28', /^Line 3: text that is not valid UTF-8$/],
    ['an unknown CHARSET', 'FN;CHARSET=x-klingon;ENCODING=QUOTED-PRINTABLE:Qapla=E9', /^Line 3: unknown CHARSET "x-klingon"$/],
  ])('%s is a problem for that card only', (_label, line, message) => {
    const parsed = parseVcards(vcard([line], '2.1') + vcard(['FN:Fine']), 'q.vcf');
    expect(parsed.records.map((r) => r.displayName)).toEqual(['Fine']);
    expect(parsed.problems).toEqual([{ file: 'q.vcf', line: 1, message: expect.stringMatching(message) }]);
  });
});
