import { describe, expect, it } from 'vitest';
import { emptyRecord } from '../../electron/core/contacts/contactRecord';
import { detectCsvFormat, parseContactsCsv, parseOutlookCsv } from '../../electron/core/contacts/csv';
import { OUTLOOK_COM, OUTLOOK_DESKTOP, csvFile } from '../support/csvFixtures';

const FILE = 'outlook.csv';

/** As the desktop wizard writes it: every value quoted, CRLF, and (as one tool reports) a BOM. */
const desktop = csvFile(
  OUTLOOK_DESKTOP,
  [
    {
      Title: 'Dr.',
      'First Name': 'Sam',
      'Middle Name': 'J.',
      'Last Name': 'Lee',
      Suffix: 'Jr.',
      Company: 'Acme',
      Department: 'Engineering',
      'Job Title': 'CTO',
      'Business City': 'London',
      'Business Country/Region': 'United Kingdom',
      'Home City': 'Oxford',
      'Home Country/Region': 'United Kingdom',
      "Assistant's Phone": '+44 20 7946 0999',
      'Business Fax': '+44 20 7946 0001',
      'Business Phone': '+44 20 7946 0000',
      'Mobile Phone': '+44 7700 900123',
      'Home Phone': '+44 1865 000000',
      Anniversary: '6/20/2015',
      Birthday: '5/17/1990',
      Categories: 'Business;Climbing',
      'E-mail Address': 'sam.lee@acme.example',
      'E-mail Type': 'SMTP',
      'E-mail Display Name': 'Sam Lee (sam.lee@acme.example)',
      'E-mail 2 Address': '/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=sam',
      'E-mail 2 Type': 'EX',
      'E-mail 2 Display Name': 'Sam Lee (sam@corp.example)',
      'E-mail 3 Address': '/o=ExchangeLabs/ou=Exchange/cn=old',
      'E-mail 3 Type': 'EX',
      'E-mail 3 Display Name': 'Sam (old)',
      Notes: 'Met at the conference.\r\nLikes climbing.',
      'Web Page': 'https://x.com/samlee',
    },
    { 'First Name': 'Ana', 'Last Name': 'García', Birthday: '0/0/00', Anniversary: '0/0/00', 'E-mail Address': 'ana@example.es', Categories: 'myContacts;starred' },
    { Company: 'Ghost Inc.', Birthday: '0/0/00' },
    { 'First Name': 'Bo', Birthday: '2/30/1990' },
  ],
  { quoteAll: true, eol: '\r\n', bom: true },
);

describe('Outlook desktop CSV', () => {
  it('is recognised by its columns', () => {
    expect(detectCsvFormat(desktop)).toBe('outlook');
    expect(parseContactsCsv(desktop, FILE).format).toBe('outlook');
  });

  it('maps names, company, phones by label, emails, web page, dates month first, notes and categories', () => {
    const { records, problems } = parseOutlookCsv(desktop, FILE);
    expect(records[0]).toEqual({
      ...emptyRecord(FILE, 2),
      // The title (Dr.) is a form of address, not part of the name.
      displayName: 'Sam J. Lee Jr.',
      givenName: 'Sam',
      familyName: 'Lee',
      identities: [
        { kind: 'email', value: 'sam.lee@acme.example', label: null },
        // An Exchange path is not an address: the one in the display name is taken instead…
        { kind: 'email', value: 'sam@corp.example', label: null },
        // …and dropped when there is none (E-mail 3). Faxes and the assistant's phone are not theirs.
        { kind: 'phone', value: '+44 7700 900123', label: 'mobile' },
        { kind: 'phone', value: '+44 1865 000000', label: 'home' },
        { kind: 'phone', value: '+44 20 7946 0000', label: 'work' },
        { kind: 'x', value: 'https://x.com/samlee', label: null },
      ],
      organisation: 'Acme',
      title: 'CTO',
      birthday: '1990-05-17',
      anniversary: '2015-06-20',
      location: 'Oxford, United Kingdom',
      notes: 'Met at the conference.\nLikes climbing.',
      tags: ['Business', 'Climbing'],
    });
    // 0/0/00 is Outlook's "no date"; Google's Outlook export writes myContacts;starred as categories.
    expect(records[1]).toEqual({
      ...emptyRecord(FILE, 4),
      displayName: 'Ana García',
      givenName: 'Ana',
      familyName: 'García',
      identities: [{ kind: 'email', value: 'ana@example.es', label: null }],
    });
    // An impossible date on a named row goes to the notes.
    expect(records[2]).toMatchObject({ displayName: 'Bo', birthday: null, notes: 'Birthday in the file, not understood as a date: "2/30/1990"' });
    expect(problems).toEqual([{ file: FILE, line: 5, message: 'No name, email, phone or profile in this row: left out.' }]);
  });

  it('reads the older Business Country column too', () => {
    const header = OUTLOOK_DESKTOP.map((h) => h.replace('Country/Region', 'Country'));
    const { records } = parseOutlookCsv(csvFile(header, [{ 'First Name': 'Kim', 'Business City': 'Berlin', 'Business Country': 'Germany' }]), FILE);
    expect(records[0]).toMatchObject({ displayName: 'Kim', location: 'Berlin, Germany' });
  });
});

describe('Outlook.com CSV', () => {
  const com = csvFile(OUTLOOK_COM, [
    {
      'First Name': 'Kim',
      'Last Name': 'Park',
      Nickname: 'KP',
      'E-mail Address': 'kim@example.com',
      'E-mail 2 Address': 'kim.park@work.example',
      'Mobile Phone': '010-1234-5678',
      'Primary Phone': '02-123-4567',
      'Job Title': 'Designer',
      Company: 'Studio',
      Location: 'Seoul',
      'Personal Web Page': 'www.linkedin.com/in/kimpark',
      'Web Page': 'https://kim.example',
      Birthday: '1988-11-03',
      Notes: 'Portfolio review',
    },
  ]);

  it('is recognised and read', () => {
    expect(detectCsvFormat(com)).toBe('outlook');
    expect(parseOutlookCsv(com, FILE)).toEqual({
      problems: [],
      records: [
        {
          ...emptyRecord(FILE, 2),
          displayName: 'Kim Park',
          givenName: 'Kim',
          familyName: 'Park',
          nickname: 'KP',
          identities: [
            { kind: 'email', value: 'kim@example.com', label: null },
            { kind: 'email', value: 'kim.park@work.example', label: null },
            { kind: 'phone', value: '010-1234-5678', label: 'mobile' },
            { kind: 'phone', value: '02-123-4567', label: 'main' },
            { kind: 'website', value: 'https://kim.example', label: null },
            { kind: 'linkedin', value: 'www.linkedin.com/in/kimpark', label: 'personal' },
          ],
          organisation: 'Studio',
          title: 'Designer',
          birthday: '1988-11-03',
          location: 'Seoul',
          notes: 'Portfolio review',
        },
      ],
    });
  });

  it.each([
    ['5/17/1990', '1990-05-17'],
    ['12/1/1985', '1985-12-01'],
    ['5/17/90', '1990-05-17'],
    ['5/17/1990 12:00:00 AM', '1990-05-17'],
    ['1990-05-17', '1990-05-17'],
    ['17.05.1990', '1990-05-17'],
  ])('reads the birthday %s as %s', (birthday, iso) => {
    expect(parseOutlookCsv(csvFile(OUTLOOK_COM, [{ 'First Name': 'X', Birthday: birthday }]), FILE).records[0]!.birthday).toBe(iso);
  });

  it.each(['0/0/00', '0/0/0000', '1/1/4501'])('reads %s as no birthday, silently', (birthday) => {
    expect(parseOutlookCsv(csvFile(OUTLOOK_COM, [{ 'First Name': 'X', Birthday: birthday }]), FILE).records[0]).toMatchObject({ birthday: null, notes: null });
  });
});
