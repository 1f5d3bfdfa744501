import { describe, expect, it } from 'vitest';
import { emptyRecord } from '../../electron/core/contacts/contactRecord';
import { detectCsvFormat, parseContactsCsv, parseGoogleCsv } from '../../electron/core/contacts/csv';
import { GOOGLE_NEWER, GOOGLE_OLDER, csvFile } from '../support/csvFixtures';

const FILE = 'contacts.csv';

/** The newer export: a full row with every kind of field, and a sparse one. */
const newer = csvFile(GOOGLE_NEWER, [
  {
    'First Name': 'Sam',
    'Middle Name': 'J.',
    'Last Name': 'Lee',
    'Name Prefix': 'Dr.',
    'Name Suffix': 'Jr.',
    Nickname: 'Sammy',
    'File As': 'Lee, Sam',
    'Organization Name': 'Acme',
    'Organization Title': 'CTO',
    'Organization Department': 'Engineering',
    Birthday: '1990-05-17',
    Notes: 'Met at the conference.\nLikes climbing.',
    Photo: 'https://lh3.googleusercontent.com/contacts/ABC123',
    Labels: '* myContacts ::: * starred ::: Family ::: Climbing club',
    'E-mail 1 - Label': '* Home',
    'E-mail 1 - Value': 'sam@example.com ::: sam2@example.com',
    'E-mail 2 - Label': 'Work',
    'E-mail 2 - Value': 'sam.lee@acme.example',
    'Phone 1 - Label': 'Mobile',
    'Phone 1 - Value': '+44 7700 900123',
    'Phone 2 - Label': 'Hauptnummer',
    'Phone 2 - Value': '+49 30 1234567 ::: +49 30 7654321',
    'Address 1 - Label': 'Home',
    'Address 1 - Formatted': '1 High Street\nOxford OX1 1AA\nUK',
    'Address 1 - City': 'Oxford',
    'Address 1 - Country': 'UK',
    'Website 1 - Label': 'Profile',
    'Website 1 - Value': 'https://twitter.com/samlee ::: https://www.linkedin.com/in/samlee?trk=abc',
    'Website 2 - Label': 'Blog',
    'Website 2 - Value': 'https://sam.example.org',
    'Event 1 - Label': 'Anniversary',
    'Event 1 - Value': '2015-06-20',
    'Event 2 - Label': 'First climb',
    'Event 2 - Value': '2019-03-02',
    'Relation 1 - Label': 'Spouse',
    'Relation 1 - Value': 'Alex',
    'Custom Field 1 - Label': 'Instagram',
    'Custom Field 1 - Value': '@samclimbs',
  },
  {
    'First Name': 'Ana',
    'Last Name': 'García',
    Birthday: '--05-17',
    Labels: '* myContacts',
    'Phone 1 - Label': '',
    'Phone 1 - Value': '612 345 678',
    'Website 1 - Label': 'Twitter',
    'Website 1 - Value': '@ana_g',
    'Address 1 - City': 'Sevilla',
    'Address 1 - Region': 'Andalucía',
    'Address 1 - Country': 'Spain',
  },
]);

describe('Google Contacts CSV, newer header', () => {
  it('is recognised by First Name + Labels', () => {
    expect(detectCsvFormat(newer)).toBe('google');
    expect(parseContactsCsv(newer, FILE).format).toBe('google');
  });

  it('maps every field: names, organisation, dates, notes, photo, labels, numbered groups', () => {
    const { records, problems } = parseGoogleCsv(newer, FILE);
    expect(problems).toEqual([]);
    expect(records[0]).toEqual({
      ...emptyRecord(FILE, 2),
      displayName: 'Sam J. Lee Jr.',
      givenName: 'Sam',
      familyName: 'Lee',
      nickname: 'Sammy',
      identities: [
        // ` ::: ` splits one cell into several identities; the label is kept for each, without Google's "* ".
        { kind: 'email', value: 'sam@example.com', label: 'home' },
        { kind: 'email', value: 'sam2@example.com', label: 'home' },
        { kind: 'email', value: 'sam.lee@acme.example', label: 'work' },
        { kind: 'phone', value: '+44 7700 900123', label: 'mobile' },
        // A label the user wrote is kept as written.
        { kind: 'phone', value: '+49 30 1234567', label: 'Hauptnummer' },
        { kind: 'phone', value: '+49 30 7654321', label: 'Hauptnummer' },
        // X and LinkedIn addresses among the websites, LinkedIn's ?trk= dropped.
        { kind: 'x', value: 'https://twitter.com/samlee', label: 'profile' },
        { kind: 'linkedin', value: 'https://www.linkedin.com/in/samlee', label: 'profile' },
        { kind: 'website', value: 'https://sam.example.org', label: 'blog' },
        { kind: 'instagram', value: '@samclimbs', label: 'Instagram' },
      ],
      organisation: 'Acme',
      title: 'CTO',
      birthday: '1990-05-17',
      anniversary: '2015-06-20',
      location: '1 High Street, Oxford OX1 1AA, UK',
      notes: 'Met at the conference.\nLikes climbing.\n\nFirst climb: 2019-03-02',
      tags: ['Family', 'Climbing club'],
      photo: { uri: 'https://lh3.googleusercontent.com/contacts/ABC123' },
    });
    expect(records[1]).toEqual({
      ...emptyRecord(FILE, 6),
      displayName: 'Ana García',
      givenName: 'Ana',
      familyName: 'García',
      identities: [
        { kind: 'phone', value: '612 345 678', label: null },
        // A bare handle under a "Twitter" label is an X handle.
        { kind: 'x', value: '@ana_g', label: 'Twitter' },
      ],
      birthday: '--05-17',
      location: 'Sevilla, Andalucía, Spain',
    });
  });

  it('takes any number of numbered groups, in number order', () => {
    const header = ['First Name', 'Labels', ...Array.from({ length: 12 }, (_, i) => [`E-mail ${i + 1} - Label`, `E-mail ${i + 1} - Value`]).flat()];
    const cells: Record<string, string> = { 'First Name': 'Many' };
    for (let i = 12; i >= 1; i--) cells[`E-mail ${i} - Value`] = `m${i}@example.com`;
    const { records } = parseGoogleCsv(csvFile(header, [cells]), FILE);
    expect(records[0]!.identities.map((i) => i.value)).toEqual(Array.from({ length: 12 }, (_, i) => `m${i + 1}@example.com`));
  });

  it('uses File As when there is no name, and leaves out a row with nothing to know the person by', () => {
    const text = csvFile(GOOGLE_NEWER, [
      { 'File As': 'Acme Reception', 'Phone 1 - Value': '+1 555 0100' },
      { 'Organization Name': 'Ghost Inc.', Notes: 'no way to reach' },
    ]);
    const { records, problems } = parseGoogleCsv(text, FILE);
    expect(records.map((r) => [r.displayName, r.identities.length])).toEqual([['Acme Reception', 1]]);
    expect(problems).toEqual([{ file: FILE, line: 3, message: 'No name, email, phone or profile in this row: left out.' }]);
  });

  it('keeps an impossible birthday of a named contact in the notes', () => {
    const { records } = parseGoogleCsv(csvFile(GOOGLE_NEWER, [{ 'First Name': 'Bo', Birthday: '1990-02-30', Notes: 'Old friend' }]), FILE);
    expect(records[0]).toMatchObject({ birthday: null, notes: 'Old friend\n\nBirthday in the file, not understood as a date: "1990-02-30"' });
  });
});

describe('Google Contacts CSV, older header', () => {
  const older = csvFile(GOOGLE_OLDER, [
    {
      Name: 'Sam Lee',
      'Given Name': 'Sam',
      'Additional Name': 'J.',
      'Family Name': 'Lee',
      Nickname: 'Sammy',
      Birthday: '--05-17',
      Location: 'Oxford',
      Notes: 'Old export',
      'Group Membership': '* myContacts ::: * Friends ::: Climbing',
      'E-mail 1 - Type': '* Work',
      'E-mail 1 - Value': 'sam@acme.example',
      'E-mail 2 - Type': 'Other',
      'E-mail 2 - Value': 'sam@example.com ::: sam@old.example',
      'Phone 1 - Type': 'Mobile',
      'Phone 1 - Value': '+44 7700 900123',
      'Organization 1 - Type': 'Work',
      'Organization 1 - Name': 'Acme',
      'Organization 1 - Title': 'CTO',
      'Website 1 - Type': 'Home Page',
      'Website 1 - Value': 'x.com/samlee',
    },
    { 'Given Name': 'Ana', 'Family Name': 'García', 'Address 1 - Formatted': 'Calle Mayor 1\n41001 Sevilla', 'E-mail 1 - Value': 'ana@example.es' },
  ]);

  it('is recognised by Name + Given Name + Group Membership', () => {
    expect(detectCsvFormat(older)).toBe('google');
  });

  it('maps - Type like - Label, Organization N, Group Membership and Location', () => {
    const { records, problems } = parseGoogleCsv(older, FILE);
    expect(problems).toEqual([]);
    expect(records[0]).toEqual({
      ...emptyRecord(FILE, 2),
      displayName: 'Sam Lee',
      givenName: 'Sam',
      familyName: 'Lee',
      nickname: 'Sammy',
      identities: [
        { kind: 'email', value: 'sam@acme.example', label: 'work' },
        { kind: 'email', value: 'sam@example.com', label: 'other' },
        { kind: 'email', value: 'sam@old.example', label: 'other' },
        { kind: 'phone', value: '+44 7700 900123', label: 'mobile' },
        { kind: 'x', value: 'x.com/samlee', label: 'home page' },
      ],
      organisation: 'Acme',
      title: 'CTO',
      birthday: '--05-17',
      location: 'Oxford',
      notes: 'Old export',
      tags: ['Friends', 'Climbing'],
    });
    // No Name cell: the name is made from its parts; the formatted address is the location.
    expect(records[1]).toMatchObject({ displayName: 'Ana García', location: 'Calle Mayor 1, 41001 Sevilla' });
  });
});
