import { describe, expect, it } from 'vitest';
import type { ContactRecord } from '../../electron/core/contacts/contactRecord';
import { parseVcards } from '../../electron/core/contacts/vcard/parseVcards';
import { normaliseIdentity } from '../../shared/vocabulary/identity';
import { vcard } from '../support/vcardFixtures';

/** The one record a card gives (failing with its problems otherwise). */
function one(lines: string[], version: string | null = '3.0'): ContactRecord {
  const { records, problems } = parseVcards(vcard(['FN:Someone', ...lines], version), 'test.vcf');
  expect(problems).toEqual([]);
  expect(records).toHaveLength(1);
  return records[0]!;
}

describe('vCard names', () => {
  it.each<[string, string[], Partial<ContactRecord>]>([
    ['FN and N', ['FN:Ada Lovelace', 'N:Lovelace;Ada;;;'], { displayName: 'Ada Lovelace', givenName: 'Ada', familyName: 'Lovelace' }],
    ['N only: the display name is built from it', ['N:Lovelace;Ada;King;Countess;'], { displayName: 'Ada King Lovelace', givenName: 'Ada', familyName: 'Lovelace' }],
    ['an empty FN falls back to N', ['FN:', 'N:Lovelace;Ada;;;'], { displayName: 'Ada Lovelace' }],
    ['FN only', ['FN:Prince'], { displayName: 'Prince', givenName: null, familyName: null }],
    ['N with a comma list of given names', ['N:Doe;John,Johnny;;;'], { displayName: 'John Johnny Doe', givenName: 'John Johnny', familyName: 'Doe' }],
    ['N with an escaped comma and semicolon', ['N:Smith\\, Jr.\\;x;John;;;'], { familyName: 'Smith, Jr.;x', givenName: 'John' }],
    ['N with only a family name and no semicolons', ['N:Cher'], { displayName: 'Cher', familyName: 'Cher', givenName: null }],
    ['NICKNAME, several values', ['FN:Robert', 'NICKNAME:Bob,Bobby'], { nickname: 'Bob, Bobby' }],
  ])('%s', (_label, lines, expected) => {
    const { records, problems } = parseVcards(vcard([...lines, 'EMAIL:x@example.com']), 'n.vcf');
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject(expected);
  });

  it('a card with only a nickname, or only a phone, is a record; with neither name nor email nor phone it is a problem', () => {
    const { records, problems } = parseVcards(
      vcard(['NICKNAME:Bee']) + vcard(['TEL:+1 555 0100']) + vcard(['ORG:Acme', 'URL:https://acme.example', 'NOTE:hi']),
      'n.vcf',
    );
    expect(records.map((r) => [r.nickname, r.identities[0]?.kind ?? null])).toEqual([
      ['Bee', null],
      [null, 'phone'],
    ]);
    expect(problems).toEqual([{ file: 'n.vcf', line: 9, message: 'This card has no name, email or phone number' }]);
  });
});

describe('vCard fields', () => {
  it('ORG (first component), TITLE, NOTE, UID', () => {
    expect(one(['ORG:ABC\\, Inc.;North American Division;Marketing', 'TITLE:CEO', 'NOTE:one\\ntwo', 'UID:urn:uuid:1234'])).toMatchObject({
      organisation: 'ABC, Inc.',
      title: 'CEO',
      notes: 'one\ntwo',
      externalId: 'urn:uuid:1234',
    });
    expect(one(['ORG:A\\;B;Div'])).toMatchObject({ organisation: 'A;B' });
    expect(one([])).toMatchObject({ organisation: null, title: null, notes: null, externalId: null, connectedOn: null });
  });

  it('several NOTEs are joined; a 3.0 NOTE with bare commas keeps them', () => {
    expect(one(['NOTE:first', 'NOTE:second, with a bare comma']).notes).toBe('first\n\nsecond, with a bare comma');
  });

  it('ADR gives city, region, country; the preferred address wins; a street alone gives none', () => {
    expect(one(['ADR;TYPE=home:;;1 Main St;Springfield;IL;62701;USA']).location).toBe('Springfield, IL, USA');
    expect(one(['ADR;TYPE=home:;;1 Main St;Springfield;;;', 'ADR;TYPE=work,pref:;;;Berlin;;;Germany']).location).toBe('Berlin, Germany');
    expect(one(['ADR;TYPE=home:;;1 Main St;;;;', 'ADR:;;;;;;Japan']).location).toBe('Japan');
    expect(one(['ADR:;;1 Main St;;;;']).location).toBeNull();
    expect(one(['ADR;HOME:;;Street 1;Oslo'], '2.1').location).toBe('Oslo');
  });

  it('CATEGORIES become tags: every line, each once, without Google system groups', () => {
    expect(one(['CATEGORIES:Friends,Work\\, old', 'CATEGORIES:friends,Friends,myContacts,starred,* starred']).tags).toEqual(['Friends', 'Work, old', 'friends']);
    expect(one(['CATEGORIES:A,B'], '2.1').tags).toEqual(['A', 'B']);
  });

  it('a card without VERSION reads as 3.0', () => {
    expect(one(['TEL;TYPE=CELL:123'], null).identities).toEqual([{ kind: 'phone', value: '123', label: 'mobile' }]);
  });
});

describe('vCard birthdays and anniversaries', () => {
  it.each<[string, string | null]>([
    ['BDAY:1990-05-17', '1990-05-17'],
    ['BDAY:19900517', '1990-05-17'],
    ['BDAY:--0517', '--05-17'],
    ['BDAY:--05-17', '--05-17'],
    ['BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-17', '--05-17'],
    ['BDAY;X-APPLE-OMIT-YEAR=1604:16041231', '--12-31'],
    ['BDAY:1604-05-17', '--05-17'],
    ['BDAY:0000-05-17', '--05-17'],
    ['BDAY;X-APPLE-OMIT-YEAR=1900:1900-03-04', '--03-04'],
    ['BDAY;value=date:2012-06-06', '2012-06-06'],
    ['BDAY:1953-10-15T23:10:00Z', '1953-10-15'],
    ['BDAY:1987-09-27T08:30:00-06:00', '1987-09-27'],
    ['BDAY:2000-02-29', '2000-02-29'],
    ['BDAY:--02-29', '--02-29'],
    ['BDAY:1900-02-29', null],
    ['BDAY:1990-02-30', null],
    ['BDAY:1990-13-01', null],
    ['BDAY:1990', null],
    ['BDAY:1990-05', null],
    ['BDAY;VALUE=text:circa 1800', null],
    ['BDAY:garbage', null],
  ])('3.0 %s → %s', (line, expected) => {
    expect(one([line]).birthday).toBe(expected);
  });

  it.each<[string, string, string | null]>([
    ['4.0', 'BDAY:19800322', '1980-03-22'],
    ['4.0', 'BDAY:--0203', '--02-03'],
    ['4.0', 'BDAY:---17', null],
    ['4.0', 'BDAY:19531015T231000Z', '1953-10-15'],
    ['4.0', 'BDAY;VALUE=text:circa 1800', null],
    ['2.1', 'BDAY:19800322', '1980-03-22'],
    ['2.1', 'BDAY:1980-03-22', '1980-03-22'],
  ])('%s %s → %s', (version, line, expected) => {
    expect(one([line], version).birthday).toBe(expected);
  });

  it('the first readable BDAY wins', () => {
    expect(one(['BDAY:garbage', 'BDAY:1990-01-02', 'BDAY:1991-01-02']).birthday).toBe('1990-01-02');
  });

  it.each<[string, string[], string | null]>([
    ['4.0', ['ANNIVERSARY:20090808T1430-0500'], '2009-08-08'],
    ['4.0', ['ANNIVERSARY:--0808'], '--08-08'],
    ['3.0', ['X-ANNIVERSARY:2011-01-13'], '2011-01-13'],
    ['2.1', ['X-MS-ANNIVERSARY:20110113'], '2011-01-13'],
    ['3.0', ['X-EVOLUTION-ANNIVERSARY:2011-01-13'], '2011-01-13'],
    ['3.0', ['item1.X-ABDATE;type=pref:2008-12-11', 'item1.X-ABLabel:_$!<Anniversary>!$_'], '2008-12-11'],
    ['3.0', ['ITEM1.X-ABDATE:20081211', 'ITEM1.X-ABLABEL:_$!<Anniversary>!$_'], '2008-12-11'],
    ['3.0', ['item1.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-12-11', 'item1.X-ABLabel:_$!<Anniversary>!$_'], '--12-11'],
    ['3.0', ['item1.X-ABDATE:2008-12-11', 'item1.X-ABLabel:First met'], null],
  ])('%s %j → anniversary %s', (version, lines, expected) => {
    expect(one(lines, version).anniversary).toBe(expected);
  });
});

describe('vCard identities', () => {
  it('EMAIL and TEL with their labels from TYPE (CELL is mobile) or the group X-ABLabel', () => {
    expect(
      one([
        'EMAIL;TYPE=INTERNET;TYPE=pref:a@example.com',
        'EMAIL;TYPE=INTERNET,HOME:b@example.com',
        'TEL;TYPE=WORK,FAX:205246\\;\\;\\,\\;',
        'TEL;TYPE="WORK,VOICE":+1 555 0101',
        'item1.TEL:+1 555 0102',
        'item1.X-ABLabel:_$!<Mobile>!$_',
        'item2.EMAIL;type=INTERNET;type=WORK:c@example.com',
        'item2.X-ABLabel:Dad (Vignesh Jeyaraj)',
        'item3.TEL:+1 555 0103',
        'item3.X-ABLabel:_$!<AssistantPhone>!$_',
      ]).identities,
    ).toEqual([
      { kind: 'email', value: 'a@example.com', label: null },
      { kind: 'email', value: 'b@example.com', label: 'home' },
      { kind: 'phone', value: '205246;;,;', label: 'work fax' },
      { kind: 'phone', value: '+1 555 0101', label: 'work' },
      { kind: 'phone', value: '+1 555 0102', label: 'mobile' },
      { kind: 'email', value: 'c@example.com', label: 'Dad (Vignesh Jeyaraj)' },
      { kind: 'phone', value: '+1 555 0103', label: 'assistantphone' },
    ]);
  });

  it('vCard 2.1 bare types, and 4.0 tel: and mailto: URIs', () => {
    expect(one(['TEL;CELL;VOICE:555-1234', 'TEL;WORK;FAX:555-9999', 'EMAIL;PREF;INTERNET:a@example.com'], '2.1').identities).toEqual([
      { kind: 'phone', value: '555-1234', label: 'mobile' },
      { kind: 'phone', value: '555-9999', label: 'work fax' },
      { kind: 'email', value: 'a@example.com', label: null },
    ]);
    expect(one(['TEL;VALUE=uri;TYPE=home:tel:+1-555-0100', 'EMAIL:mailto:b@example.com'], '4.0').identities).toEqual([
      { kind: 'phone', value: '+1-555-0100', label: 'home' },
      { kind: 'email', value: 'b@example.com', label: null },
    ]);
  });

  it('the same identity twice (any case) is listed once, with its first label', () => {
    expect(one(['EMAIL;TYPE=work:A@example.com', 'EMAIL;TYPE=home:a@example.com', 'URL:https://x.com/Jo', 'X-TWITTER:@jo']).identities).toEqual([
      { kind: 'email', value: 'A@example.com', label: 'work' },
      { kind: 'x', value: 'Jo', label: null },
    ]);
  });

  // formats.md §4.3, every writer's form, each → kind x with the handle.
  it.each<[string, string, string[]]>([
    ['Apple older X-SOCIALPROFILE', '3.0', ['X-SOCIALPROFILE;type=twitter;x-user=taro:http://twitter.com/taro']],
    ['Apple newer iOS x-apple', '3.0', ['X-SOCIALPROFILE;type=twitter;x-user=taro:x-apple:taro']],
    ['Apple newer iOS, type=x', '3.0', ['X-SOCIALPROFILE;type=x;x-user=taro:x-apple:taro']],
    ['generic X-SOCIALPROFILE TYPE=twitter', '3.0', ['X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/taro']],
    ['generic X-SOCIALPROFILE TYPE=TWITTER', '3.0', ['X-SOCIALPROFILE;TYPE=TWITTER:https://twitter.com/taro']],
    ['generic X-SOCIALPROFILE TYPE=Twitter, escaped colon', '3.0', ['X-SOCIALPROFILE;TYPE=Twitter:https\\://twitter.com/taro']],
    ['X-SOCIALPROFILE without a type, x.com URL', '3.0', ['X-SOCIALPROFILE:https://x.com/taro']],
    ['vCard 2.1 X-SOCIALPROFILE with a bare type', '2.1', ['X-SOCIALPROFILE;TWITTER:https://twitter.com/taro']],
    ['itemN.URL labelled Twitter (Google)', '3.0', ['item1.URL:https\\://twitter.com/taro', 'item1.X-ABLabel:Twitter']],
    ['itemN.URL labelled X', '3.0', ['item1.URL:https\\://x.com/taro', 'item1.X-ABLabel:X']],
    ['itemN.URL labelled Twitter, upper-case group', '3.0', ['ITEM1.URL:taro', 'item1.X-ABLABEL:twitter']],
    ['itemN.URL labelled _$!<Twitter>!$_', '3.0', ['item2.URL:@taro', 'item2.X-ABLabel:_$!<Twitter>!$_']],
    ['URL;TYPE=other twitter.com', '3.0', ['URL;TYPE=other:http\\://twitter.com/taro']],
    ['URL twitter.com/#!/', '3.0', ['URL:https://twitter.com/#!/taro']],
    ['URL mobile.twitter.com with a status', '3.0', ['URL:https://mobile.twitter.com/taro/status/1']],
    ['URL x.com/@handle', '3.0', ['URL:https://www.x.com/@taro']],
    ['URL without a scheme', '3.0', ['URL:x.com/taro']],
    ['X-TWITTER handle', '3.0', ['X-TWITTER:taro']],
    ['X-TWITTER @handle', '3.0', ['X-TWITTER:@taro']],
    ['X-TWITTER URL', '3.0', ['X-TWITTER:https\\://twitter.com/taro']],
    ['IMPP x-apple with an X-SERVICE-TYPE', '3.0', ['IMPP;X-SERVICE-TYPE=Twitter:x-apple:taro']],
    ['IMPP twitter: scheme', '3.0', ['IMPP:twitter:@taro']],
    ['IMPP x: scheme, 4.0', '4.0', ['IMPP:x:taro']],
    ['RFC 9554 SOCIALPROFILE with USERNAME', '4.0', ['SOCIALPROFILE;SERVICE-TYPE=Twitter;USERNAME=taro:https://twitter.com/taro']],
    ['RFC 9554 SOCIALPROFILE, SERVICE-TYPE=X', '4.0', ['SOCIALPROFILE;SERVICE-TYPE=X:https://x.com/taro']],
    ['RFC 9554 SOCIALPROFILE, old X- parameters', '4.0', ['SOCIALPROFILE;X-SERVICE-TYPE=twitter;X-USER=taro:https://twitter.com/taro']],
    ['RFC 9554 SOCIALPROFILE, username only', '4.0', ['SOCIALPROFILE;SERVICE-TYPE=Twitter:taro']],
  ])('X handle: %s', (_label, version, lines) => {
    const { identities } = one(lines, version);
    expect(identities).toEqual([{ kind: 'x', value: expect.stringMatching(/^@?taro$/), label: null }]);
    expect(normaliseIdentity('x', identities[0]!.value)).toEqual({ value: 'taro', display: '@taro' });
  });

  it.each<[string, string, string[], { kind: string; value: string; label: string | null }]>([
    ['a LinkedIn URL', '3.0', ['URL:https://www.linkedin.com/in/ada'], { kind: 'linkedin', value: 'https://www.linkedin.com/in/ada', label: null }],
    ['a LinkedIn URL labelled LinkedIn', '3.0', ['item1.URL:https\\://www.linkedin.com/in/ada', 'item1.X-ABLabel:LinkedIn'], { kind: 'linkedin', value: 'https://www.linkedin.com/in/ada', label: null }],
    ['Apple LinkedIn profile', '3.0', ['X-SOCIALPROFILE;type=linkedin;x-user=ada:http\\://www.linkedin.com/in/ada'], { kind: 'linkedin', value: 'http://www.linkedin.com/in/ada', label: null }],
    ['Apple newer LinkedIn profile', '3.0', ['X-SOCIALPROFILE;type=linkedin;x-user=ada:x-apple:ada'], { kind: 'linkedin', value: 'ada', label: null }],
    ['RFC 9554 LinkedIn', '4.0', ['SOCIALPROFILE;SERVICE-TYPE=LinkedIn:https://www.linkedin.com/in/ada'], { kind: 'linkedin', value: 'https://www.linkedin.com/in/ada', label: null }],
    ['Apple Instagram', '3.0', ['X-SOCIALPROFILE;type=Instagram;x-user=ada.pics:x-apple:ada.pics'], { kind: 'instagram', value: 'ada.pics', label: null }],
    ['an Instagram URL', '3.0', ['URL:https://www.instagram.com/ada.pics/'], { kind: 'instagram', value: 'https://www.instagram.com/ada.pics/', label: null }],
    ['RFC 9554 Mastodon', '4.0', ['SOCIALPROFILE;SERVICE-TYPE=Mastodon:https://mastodon.social/@ada'], { kind: 'mastodon', value: 'https://mastodon.social/@ada', label: null }],
    ['Apple Mastodon with @user@host', '3.0', ['X-SOCIALPROFILE;type=mastodon;x-user=@ada@mastodon.social:x-apple:@ada@mastodon.social'], { kind: 'mastodon', value: '@ada@mastodon.social', label: null }],
    ['a Facebook profile URL', '3.0', ['X-SOCIALPROFILE;type=facebook:http://www.facebook.com/ada'], { kind: 'website', value: 'http://www.facebook.com/ada', label: 'facebook' }],
    ['a Facebook user name', '3.0', ['X-SOCIALPROFILE;type=facebook;x-user=ada:x-apple:ada'], { kind: 'other', value: 'ada', label: 'facebook' }],
    ['a home page', '3.0', ['item1.URL:http\\://ada.example', 'item1.X-ABLabel:_$!<HomePage>!$_'], { kind: 'website', value: 'http://ada.example', label: 'homepage' }],
    ['a work URL', '2.1', ['URL;WORK:http://ada.example/work'], { kind: 'website', value: 'http://ada.example/work', label: 'work' }],
    ['netflix.com is not x.com', '3.0', ['URL:https://netflix.com/ada'], { kind: 'website', value: 'https://netflix.com/ada', label: null }],
    ['a twitter.com page that is not a person', '3.0', ['URL:https://twitter.com/intent/tweet?text=hi'], { kind: 'website', value: 'https://twitter.com/intent/tweet?text=hi', label: null }],
    ['a Skype IMPP', '3.0', ['IMPP;X-SERVICE-TYPE=Skype;type=HOME;type=pref:skype:ada.l'], { kind: 'other', value: 'skype:ada.l', label: 'skype' }],
    ['an XMPP IMPP', '3.0', ['IMPP;X-SERVICE-TYPE=GTalk:xmpp:ada@example.com'], { kind: 'other', value: 'xmpp:ada@example.com', label: 'gtalk' }],
  ])('%s', (_label, version, lines, expected) => {
    expect(one(lines, version).identities).toEqual([expected]);
  });
});

describe('vCard photos', () => {
  const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
  const JPEG = '/9j/4AAQSkZJRgABAQAAAQABAAD';

  it.each<[string, string, string[], ContactRecord['photo']]>([
    ['3.0 ENCODING=b', '3.0', [`PHOTO;ENCODING=b;TYPE=JPEG:${JPEG}`], { mime: 'image/jpeg', base64: JPEG }],
    ['3.0 ENCODING=b, folded', '3.0', [`PHOTO;ENCODING=b;TYPE=PNG:${PNG.slice(0, 30)}`, ` ${PNG.slice(30, 60)}`, ` ${PNG.slice(60)}`], { mime: 'image/png', base64: PNG }],
    ['3.0 TYPE=image/png', '3.0', [`PHOTO;ENCODING=b;TYPE=image/png:${PNG}`], { mime: 'image/png', base64: PNG }],
    ['3.0 without TYPE: the bytes tell', '3.0', [`PHOTO;ENCODING=b:${PNG}`], { mime: 'image/png', base64: PNG }],
    ['Mac bare BASE64', '3.0', [`PHOTO;BASE64:`, `  ${PNG.slice(0, 40)}`, `  ${PNG.slice(40)}`], { mime: 'image/png', base64: PNG }],
    ['2.1 ENCODING=BASE64', '2.1', [`PHOTO;ENCODING=BASE64;TYPE=JPEG:${JPEG}`], { mime: 'image/jpeg', base64: JPEG }],
    ['2.1 bare type', '2.1', [`PHOTO;ENCODING=BASE64;JPEG:${JPEG}`], { mime: 'image/jpeg', base64: JPEG }],
    ['2.1 unindented lines ended by a blank line', '2.1', [`PHOTO;ENCODING=BASE64;TYPE=PNG:`, PNG.slice(0, 40), PNG.slice(40), ''], { mime: 'image/png', base64: PNG }],
    ['4.0 data: URI', '4.0', [`PHOTO:data:image/png;base64,${PNG}`], { mime: 'image/png', base64: PNG }],
    ['4.0 data: URI with parameters', '4.0', [`PHOTO:data:image/jpeg;charset=x;base64,${JPEG}`], { mime: 'image/jpeg', base64: JPEG }],
    ['3.0 VALUE=uri', '3.0', ['PHOTO;VALUE=uri:http://example.com/a.jpg'], { uri: 'http://example.com/a.jpg' }],
    ['4.0 https URI', '4.0', ['PHOTO:https://example.com/a.jpg'], { uri: 'https://example.com/a.jpg' }],
    ['3.0 URL without VALUE=uri', '3.0', ['PHOTO:https://example.com/a.jpg'], { uri: 'https://example.com/a.jpg' }],
    ['a file: URI is not kept', '3.0', ['PHOTO;VALUE=uri:file:///etc/passwd'], null],
    ['a data: URI that is not base64', '4.0', ['PHOTO:data:image/svg+xml,<svg/>'], null],
    ['base64 with stray characters', '3.0', ['PHOTO;ENCODING=b;TYPE=JPEG:not base64!'], null],
  ])('%s', (_label, version, lines, expected) => {
    expect(one(lines, version).photo).toEqual(expected);
  });
});
