import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../../electron/core/contacts/contactRecord';
import { parseVcards } from '../../electron/core/contacts/vcard/parseVcards';
import { normaliseIdentity } from '../../shared/vocabulary/identity';
import { readVcardFixture, type VcardFixture } from '../support/vcardFixtures';

// One fixture per exporter, written from formats.md §4 (see tests/support/vcardFixtures/README.md).

function parse(name: VcardFixture) {
  return parseVcards(readVcardFixture(name), `${name}.vcf`);
}

function byName(records: ContactRecord[], displayName: string | null): ContactRecord {
  const found = records.find((r) => r.displayName === displayName);
  if (!found) throw new Error(`no record ${displayName}`);
  return found;
}

const JPEG_START = '/9j/4AAQSkZJRgABAQAAAQABAAAAAQIDBAUG';
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('vCard fixtures, one per exporter', () => {
  it('Apple iOS 3.0: CR CR LF, groups and labels, every social form, omitted year, inline photo', () => {
    const { records, problems } = parse('apple-ios');
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.displayName, r.source.line])).toEqual([
      ['Alex Rivera', 1],
      ['Northwind Studio', 42],
      ['Priya Natarajan', 54],
    ]);
    const alex = records[0]!;
    expect(alex).toMatchObject({
      source: { file: 'apple-ios.vcf', line: 1 },
      givenName: 'Alex',
      familyName: 'Rivera',
      nickname: 'Lex',
      organisation: 'Rivera, Hart & Co.',
      title: 'Head of Partnerships',
      birthday: '--05-17',
      anniversary: '2015-06-20',
      location: 'Bristol, United Kingdom',
      notes: 'Met at Web Summit 2023, Lisbon.\nIntroduced by Priya.',
      tags: ['Conference', 'Partners'],
      externalId: '5A1B2C3D-0000-4000-8000-1234567890AB',
      connectedOn: null,
    });
    expect(alex.identities).toEqual([
      { kind: 'email', value: 'alex@rivera.example', label: 'other' },
      { kind: 'email', value: 'alex.rivera@hart.example', label: 'work' },
      { kind: 'phone', value: '+44 7700 900123', label: 'mobile' },
      { kind: 'phone', value: '+44 7700 900456', label: 'iphone mobile' },
      { kind: 'phone', value: '+44 20 7946 0000', label: 'Studio (Bristol)' },
      { kind: 'website', value: 'https://rivera.example/about', label: 'homepage' },
      { kind: 'x', value: 'alexr_old', label: null },
      { kind: 'x', value: 'alexrivera', label: null },
      { kind: 'instagram', value: 'alex.rivera.photo', label: null },
      { kind: 'linkedin', value: 'http://www.linkedin.com/in/alexrivera', label: null },
      { kind: 'other', value: 'skype:alex.rivera', label: 'skype' },
    ]);
    expect(alex.photo).toMatchObject({ mime: 'image/jpeg' });
    expect(alex.photo && 'base64' in alex.photo && alex.photo.base64.startsWith(JPEG_START)).toBe(true);
    expect(alex.photo && 'base64' in alex.photo && Buffer.from(alex.photo.base64, 'base64').subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));

    const company = records[1]!;
    expect(company).toMatchObject({ givenName: null, familyName: null, organisation: 'Northwind Studio' });
    expect(company.identities).toEqual([
      { kind: 'email', value: 'hello@northwind.example', label: 'work' },
      { kind: 'x', value: 'northwind', label: null },
    ]);
    const priya = records[2]!;
    expect(priya.birthday).toBe('1988-02-29');
    expect(priya.identities).toEqual([
      { kind: 'phone', value: '+91 98765 43210', label: 'Dad (Vignesh Jeyaraj)' },
      { kind: 'x', value: 'priya_n', label: null },
    ]);
  });

  it('Apple macOS 3.0: PHOTO;BASE64 with two-space LF continuations, unfolded long note, older twitter profile', () => {
    const { records, problems } = parse('apple-macos');
    expect(problems).toEqual([]);
    expect(records).toHaveLength(1);
    const taro = records[0]!;
    expect(taro).toMatchObject({ displayName: 'Taro Yamada', organisation: 'Example Corp', birthday: '1980-01-15' });
    expect(taro.photo).toEqual({ mime: 'image/png', base64: PNG });
    expect(taro.notes).toMatch(/^Long note that Contacts on the Mac writes on one line, however long it is: we talked about robotics, tea, and the best ramen in Shinjuku; we/);
    expect(taro.notes).toMatch(/; end\.$/);
    expect(taro.identities).toEqual([
      { kind: 'email', value: 'taro@example.co.jp', label: 'work' },
      { kind: 'phone', value: '+81-3-1234-5678', label: 'work' },
      { kind: 'x', value: 'taro', label: null },
      { kind: 'website', value: 'http://www.ibm.com', label: 'homepage' },
    ]);
  });

  it('Google 3.0: 75-octet folds (inside UTF-8 text too), escaped URLs, labelled twitter and LinkedIn URLs, X-TWITTER, photo URL', () => {
    const { records, problems } = parse('google');
    expect(problems).toEqual([]);
    const maria = byName(records, 'María González');
    expect(maria).toMatchObject({
      givenName: 'María',
      familyName: 'González',
      nickname: 'Mari',
      organisation: 'Acme Ibérica',
      title: 'Directora de Tecnología e Innovación — Oficina Técnica de Ingeniería Española',
      birthday: '1996-04-15',
      anniversary: '2019-09-14',
      location: 'Madrid, Comunidad de Madrid, Spain',
      notes: 'She said "call me after the launch", so I will. Notes from Google are folded at seventy-five characters, one space.',
      tags: ['Friends', 'Madrid'],
      photo: { uri: 'https://lh3.googleusercontent.com/contacts/AAAAexample=s96' },
    });
    expect(maria.identities).toEqual([
      { kind: 'email', value: 'maria.gonzalez@gmail.example', label: 'home' },
      { kind: 'email', value: 'mgonzalez@acme.example', label: 'work' },
      { kind: 'phone', value: '+34 600 123 456', label: 'mobile' },
      { kind: 'x', value: 'mariagz', label: null },
      { kind: 'linkedin', value: 'https://www.linkedin.com/in/maria-gonzalez-123', label: null },
      { kind: 'x', value: 'mariagz_es', label: null },
      { kind: 'x', value: 'mariagz_dev', label: null },
    ]);
    // A card with only an email is a record; the import layer names it.
    const onlyEmail = records[1]!;
    expect(onlyEmail).toMatchObject({ displayName: null, givenName: null, familyName: null, tags: [], source: { line: 27 } });
    expect(onlyEmail.identities).toEqual([{ kind: 'email', value: 'only.an.email@example.com', label: null }]);
  });

  it('Outlook 2.1: quoted-printable with soft breaks and CHARSET, bare types, blank-line-ended photo, windows-1252', () => {
    const { records, problems } = parse('outlook');
    expect(problems).toEqual([]);
    const [mike, jurgen] = records;
    expect(mike).toMatchObject({
      displayName: 'Michael Angstadt',
      givenName: 'Michael',
      familyName: 'Angstadt',
      organisation: 'TheCompany',
      title: 'TheJobTitle',
      birthday: '1922-03-10',
      anniversary: '2012-08-01',
      location: 'New York, NY, USA',
      notes:
        'This is the NOTE field\t\nI assume it encodes this text inside a NOTE vCard type.\n' +
        "But I'm not sure because there's text formatting going on here.\nIt does not preserve the formatting",
    });
    expect(mike!.identities).toEqual([
      { kind: 'phone', value: '(111) 555-1111', label: 'work' },
      { kind: 'phone', value: '(111) 555-2222', label: 'home' },
      { kind: 'phone', value: '(111) 555-4444', label: 'mobile' },
      { kind: 'phone', value: '(111) 555-3333', label: 'work fax' },
      { kind: 'website', value: 'http://mikeangstadt.name', label: 'work' },
      { kind: 'email', value: 'mike.angstadt@gmail.com', label: null },
    ]);
    expect(mike!.photo).toMatchObject({ mime: 'image/jpeg' });
    expect(mike!.photo && 'base64' in mike!.photo && mike!.photo.base64.startsWith(JPEG_START)).toBe(true);
    expect(jurgen).toMatchObject({
      source: { line: 37 },
      displayName: 'Jürgen Müller',
      givenName: 'Jürgen',
      familyName: 'Müller',
      organisation: 'Café Noir GmbH',
      location: 'Köln, Deutschland',
      notes: 'Likes € and 🍰\nC:\\Users\\jm, Desktop',
    });
  });

  it('Android 2.1 and 3.0: a soft break inside a UTF-8 sequence, bare quoted-printable, bare photo type', () => {
    const { records, problems } = parse('android');
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.displayName, r.givenName, r.familyName])).toEqual([
      ['Иван Иванов', 'Иван', 'Иванов'],
      ['José García', 'José', 'García'],
      ['Chidi Okafor', 'Chidi', 'Okafor'],
    ]);
    const [ivan, jose, chidi] = records;
    expect(ivan).toMatchObject({ organisation: 'Romashka', birthday: '1985-11-02', photo: { mime: 'image/jpeg' } });
    expect(ivan!.identities).toEqual([
      { kind: 'phone', value: '+7 912 345-67-89', label: 'mobile' },
      { kind: 'phone', value: '+7 495 123-45-67', label: 'home' },
      { kind: 'email', value: 'ivan@example.ru', label: 'home' },
    ]);
    expect(jose!.identities).toEqual([{ kind: 'phone', value: '555 0199', label: 'work' }]);
    expect(chidi).toMatchObject({ nickname: 'Chi' });
    expect(chidi!.identities).toContainEqual({ kind: 'x', value: 'chidi_o', label: null });
  });

  it('vCard 4.0: RFC 9554 SOCIALPROFILE, data: photo, --MMDD birthday, tel: URI, text and date-time birthdays', () => {
    const { records, problems } = parse('rfc9554-v4');
    expect(problems).toEqual([]);
    const [wen, ada, grace] = records;
    expect(wen).toMatchObject({
      displayName: 'Dr. Wen Li',
      givenName: 'Wen',
      familyName: 'Li',
      nickname: 'Wendy, WL',
      organisation: 'Lab of Things',
      title: 'Principal Investigator',
      birthday: '--02-03',
      anniversary: '2009-08-08',
      location: 'Boston, MA, USA',
      notes: 'Line one\nLine two, with a comma; and a semicolon',
      tags: ['Research', 'Boston'],
      photo: { mime: 'image/png', base64: PNG },
      externalId: 'urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1',
    });
    expect(wen!.identities).toEqual([
      { kind: 'email', value: 'wen.li@lab.example', label: 'work' },
      { kind: 'phone', value: '+1-555-555-0123', label: 'mobile' },
      { kind: 'x', value: 'wenli', label: null },
      { kind: 'linkedin', value: 'https://www.linkedin.com/in/wen-li-lab', label: null },
      { kind: 'mastodon', value: 'https://fosstodon.org/@wenli', label: null },
      { kind: 'website', value: 'https://github.com/wenli', label: 'github' },
      { kind: 'x', value: 'wenli_lab', label: null },
      { kind: 'other', value: 'xmpp:wen@lab.example', label: 'xmpp' },
      { kind: 'website', value: 'https://wenli.example', label: null },
    ]);
    expect(ada).toMatchObject({ displayName: 'Ada Circa', birthday: null });
    expect(grace).toMatchObject({ displayName: 'Grace Time', birthday: '1953-10-15' });
    expect(grace!.identities).toEqual([{ kind: 'phone', value: '+44-20-7946-0999', label: null }]);
  });

  it('every identity from every exporter fixture passes the core normaliser of its kind', () => {
    const fixtures: VcardFixture[] = ['apple-ios', 'apple-macos', 'google', 'outlook', 'android', 'rfc9554-v4'];
    for (const name of fixtures) {
      for (const record of parse(name).records) {
        for (const identity of record.identities) {
          const result = normaliseIdentity(identity.kind, identity.value);
          expect({ name, identity, result }).not.toMatchObject({ result: { error: expect.any(String) } });
        }
      }
    }
  });

  it('malformed cards become problems on the line their card starts, and the good cards around them still parse', () => {
    const { records, problems } = parse('malformed');
    expect(records.map((r) => [r.displayName, r.source.line])).toEqual([
      ['Good One', 2],
      ['Good Two', 10],
      ['Good Three', 36],
    ]);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [1, 'Text outside BEGIN:VCARD … END:VCARD is not a contact'],
      [7, 'This card has no END:VCARD (the next card or the end of the file comes first)'],
      [14, 'This card has no name, email or phone number'],
      [19, 'Line 21: bad quoted-printable sequence "=ZZ"'],
      [23, 'Line 25: binary data, not text'],
      [27, 'Line 30: not a vCard property (no ":")'],
      [32, 'Line 34: unknown CHARSET "x-unknown-9"'],
      [41, 'Text outside BEGIN:VCARD … END:VCARD is not a contact'],
    ]);
    expect(problems.every((p) => p.file === 'malformed.vcf')).toBe(true);
  });
});
