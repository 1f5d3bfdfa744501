import { describe, expect, it } from 'vitest';
import { emptyRecord } from '../../electron/core/contacts/contactRecord';
import { detectCsvFormat, headerKey, parseContactsCsv, parseGenericCsv, readHeader, suggestMapping, type CsvMapping } from '../../electron/core/contacts/csv';
import { csvFixture } from '../support/csvFixtures';

const FILE = 'contacts.csv';

describe('a hand-made French CSV (semicolons, day-first dates)', () => {
  const text = csvFixture('genericFrench.csv');

  it('is generic, and its header gets a sensible suggested mapping', () => {
    expect(detectCsvFormat(text)).toBe('generic');
    expect(suggestMapping(readHeader(text))).toEqual({
      Prénom: 'givenName',
      Nom: 'familyName',
      'Adresse e-mail': 'email',
      'Téléphone portable': 'phone',
      Entreprise: 'organisation',
      Poste: 'title',
      'Date de naissance': 'birthday',
      Ville: 'location',
      Notes: 'notes',
      Étiquettes: 'tags',
      Twitter: 'x',
      'Site web': 'website',
    });
  });

  it('reads every field through the suggested mapping', () => {
    const parsed = parseContactsCsv(text, FILE);
    expect(parsed.format).toBe('generic');
    expect(parsed.header).toHaveLength(12);
    expect(parsed.problems).toEqual([]);
    expect(parsed.records).toEqual([
      {
        ...emptyRecord(FILE, 2),
        displayName: 'Élodie Martin',
        givenName: 'Élodie',
        familyName: 'Martin',
        identities: [
          { kind: 'email', value: 'elodie.martin@example.fr', label: null },
          { kind: 'phone', value: '06 12 34 56 78', label: null },
          { kind: 'x', value: '@elodiem', label: null },
          { kind: 'website', value: 'https://elodie.example.fr', label: null },
        ],
        organisation: 'Société Générale',
        title: 'Analyste',
        birthday: '1990-05-17',
        location: 'Paris',
        notes: 'Rencontrée au salon VivaTech',
        tags: ['Clients', 'Salons'],
      },
      {
        ...emptyRecord(FILE, 3),
        displayName: 'Jean-Luc Dubois',
        givenName: 'Jean-Luc',
        familyName: 'Dubois',
        identities: [
          // Two addresses in one cell are two identities.
          { kind: 'email', value: 'jl.dubois@example.fr', label: null },
          { kind: 'email', value: 'jl@perso.example.fr', label: null },
          { kind: 'phone', value: '+33 6 98 76 54 32', label: null },
          // A LinkedIn address in the website column is a LinkedIn identity.
          { kind: 'linkedin', value: 'https://www.linkedin.com/in/jldubois', label: null },
        ],
        organisation: 'Indépendant',
        title: 'Consultant',
        // 03/12/1985 is day first, as the column's 17/05/1990 shows.
        birthday: '1985-12-03',
        location: 'Lyon',
        notes: 'Préfère être appelé\nle matin',
        tags: ['Amis'],
      },
      // The notes cell above spans two lines, so this row starts on line 5; line 6 is blank.
      { ...emptyRecord(FILE, 5), displayName: 'Chloé Bernard', givenName: 'Chloé', familyName: 'Bernard' },
    ]);
  });

  it('reads the same from Excel’s "CSV UTF-8" (BOM, CRLF)', () => {
    expect(parseContactsCsv(`\uFEFF${text.replace(/\n/g, '\r\n')}`, FILE).records).toEqual(parseContactsCsv(text, FILE).records);
  });
});

describe('suggestMapping', () => {
  it.each<[string, string[], CsvMapping]>([
    [
      'English',
      ['Name', 'E-mail', 'Phone', 'Company', 'Job Title', 'Birthday', 'Notes', 'Tags', 'City', 'Twitter', 'LinkedIn URL', 'Website', 'Nickname'],
      {
        Name: 'displayName',
        'E-mail': 'email',
        Phone: 'phone',
        Company: 'organisation',
        'Job Title': 'title',
        Birthday: 'birthday',
        Notes: 'notes',
        Tags: 'tags',
        City: 'location',
        Twitter: 'x',
        'LinkedIn URL': 'linkedin',
        Website: 'website',
        Nickname: 'nickname',
      },
    ],
    ['French, one name column', ['Nom', 'Courriel', 'Téléphone', 'Société', 'Fonction', 'Surnom'], { Nom: 'displayName', Courriel: 'email', Téléphone: 'phone', Société: 'organisation', Fonction: 'title', Surnom: 'nickname' }],
    [
      'German',
      ['Vorname', 'Name', 'E-Mail-Adresse', 'Telefon', 'Firma', 'Position', 'Geburtstag', 'Notizen', 'Gruppen', 'Ort'],
      { Vorname: 'givenName', Name: 'familyName', 'E-Mail-Adresse': 'email', Telefon: 'phone', Firma: 'organisation', Position: 'title', Geburtstag: 'birthday', Notizen: 'notes', Gruppen: 'tags', Ort: 'location' },
    ],
    [
      'Spanish',
      ['Nombre', 'Apellidos', 'Correo electrónico', 'Teléfono móvil', 'Empresa', 'Cargo', 'Fecha de nacimiento', 'Notas', 'Etiquetas', 'Ciudad'],
      {
        Nombre: 'givenName',
        Apellidos: 'familyName',
        'Correo electrónico': 'email',
        'Teléfono móvil': 'phone',
        Empresa: 'organisation',
        Cargo: 'title',
        'Fecha de nacimiento': 'birthday',
        Notas: 'notes',
        Etiquetas: 'tags',
        Ciudad: 'location',
      },
    ],
    ['Spanish, one name column', ['Nombre', 'Correo'], { Nombre: 'displayName', Correo: 'email' }],
    ['Italian', ['Nome', 'Cognome', 'Email', 'Cellulare', 'Azienda', 'Ruolo'], { Nome: 'givenName', Cognome: 'familyName', Email: 'email', Cellulare: 'phone', Azienda: 'organisation', Ruolo: 'title' }],
    ['Dutch', ['Voornaam', 'Achternaam', 'E-mailadres', 'Telefoonnummer', 'Bedrijf', 'Functie'], { Voornaam: 'givenName', Achternaam: 'familyName', 'E-mailadres': 'email', Telefoonnummer: 'phone', Bedrijf: 'organisation', Functie: 'title' }],
    [
      'columns that only describe others, and unknown ones',
      ['Full Name', 'E-mail 1 - Type', 'E-mail 1 - Value', 'Phonetic First Name', 'ID', 'Score', 'Department'],
      { 'Full Name': 'displayName', 'E-mail 1 - Type': 'ignore', 'E-mail 1 - Value': 'email', 'Phonetic First Name': 'ignore', ID: 'ignore', Score: 'ignore', Department: 'ignore' },
    ],
  ])('guesses %s headers', (_language, headers, mapping) => {
    expect(suggestMapping(headers)).toEqual(mapping);
  });
});

describe('headerKey', () => {
  it('is the same for the same columns in any order, case or spacing, and differs otherwise', () => {
    const key = headerKey(['Nom', 'Prénom', 'Adresse e-mail']);
    expect(key).toMatch(/^csv-headers:v1:[0-9a-f]{32}$/);
    expect(headerKey([' adresse  E-MAIL', 'prénom', 'NOM'])).toBe(key);
    expect(headerKey(['Nom', 'Prénom'])).not.toBe(key);
    expect(headerKey(['Nom', 'Prénom', 'Adresse e-mail', 'Ville'])).not.toBe(key);
  });
});

describe('parseGenericCsv with a chosen mapping', () => {
  const text = [
    'Who\tFirst\tLast\tMail (work)\tMail (home)\tTel\tX\tIn\tOrg\tDept\tRole\tBorn\tComments\tMore\tGroups\tTown\tCountry\tInternal id',
    'Dr Sam\tSam\tLee\tsam@acme.example\tsam@example.com ::: sam2@example.com\t+44 7700 900123; +44 20 7946 0000\t@samlee\thttps://linkedin.com/in/samlee?trk=x\tAcme\t-\tCTO\t5/17/1990\tMet in Lisbon\tLikes tea\tvip; climbing|friends\tOxford\tUK\tA-17',
    'Ana\t\t\t\t\t\t\t\t\t\t\t12/1/1985',
  ].join('\n');
  const mapping: CsvMapping = {
    Who: 'displayName',
    First: 'givenName',
    Last: 'familyName',
    'Mail (work)': 'email',
    'Mail (home)': 'email',
    Tel: 'phone',
    X: 'x',
    In: 'linkedin',
    Org: 'organisation',
    Dept: 'organisation',
    Role: 'title',
    Born: 'birthday',
    Comments: 'notes',
    More: 'notes',
    Groups: 'tags',
    Town: 'location',
    Country: 'location',
    'Internal id': 'ignore',
  };

  it('maps every field, joins columns of one field, labels identities by header when there are several', () => {
    const { records, problems } = parseGenericCsv(text, FILE, mapping);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      {
        ...emptyRecord(FILE, 2),
        displayName: 'Dr Sam',
        givenName: 'Sam',
        familyName: 'Lee',
        identities: [
          { kind: 'email', value: 'sam@acme.example', label: 'Mail (work)' },
          { kind: 'email', value: 'sam@example.com', label: 'Mail (home)' },
          { kind: 'email', value: 'sam2@example.com', label: 'Mail (home)' },
          { kind: 'phone', value: '+44 7700 900123', label: null },
          { kind: 'phone', value: '+44 20 7946 0000', label: null },
          { kind: 'x', value: '@samlee', label: null },
          { kind: 'linkedin', value: 'https://linkedin.com/in/samlee', label: null },
        ],
        // "-" is a placeholder, not a department.
        organisation: 'Acme',
        title: 'CTO',
        // Month first: the column's 12/1/1985 cannot tell, 5/17/1990 can.
        birthday: '1990-05-17',
        location: 'Oxford, UK',
        notes: 'Comments: Met in Lisbon\n\nMore: Likes tea',
        tags: ['vip', 'climbing', 'friends'],
      },
      { ...emptyRecord(FILE, 3), displayName: 'Ana', birthday: '1985-12-01' },
    ]);
  });

  it('reads a file of any known exporter through the mapping when one is given', () => {
    const linkedIn = csvFixture('linkedin2018.csv');
    const parsed = parseContactsCsv(linkedIn, FILE, { mapping: { 'First Name': 'displayName', 'Email Address': 'email' } });
    expect(parsed.format).toBe('generic');
    expect(parsed.records.map((r) => [r.displayName, r.identities.map((i) => i.value)])).toEqual([
      ['Claus', ['claus.bergh@approveit.dk']],
      ['Yugam', ['urn:li:member:664293716']],
      ['Priya', ['priya.n@example.in']],
    ]);
  });

  it('refuses the file as a whole when no column is mapped', () => {
    const refused = { records: [], problems: [{ file: FILE, line: null, message: 'No column is mapped to a contact field: choose what the columns hold.' }] };
    expect(parseGenericCsv(text, FILE, {})).toEqual(refused);
    expect(parseGenericCsv(text, FILE, { Who: 'ignore', Nowhere: 'email' })).toEqual(refused);
    expect(parseGenericCsv(text, FILE, { Org: 'organisation', Groups: 'tags' }).problems).toEqual([
      { file: FILE, line: null, message: 'No column is mapped to a name, email, phone or profile: choose at least one.' },
    ]);
  });

  it('leaves out a row with no name and no identity, and keeps a named row’s unreadable birthday in its notes', () => {
    const csv = 'Name,Company,Birthday\nAnn,Acme,31/02/1990\n,Ghost Inc.,\n,,1990-13-01\n';
    const { records, problems } = parseGenericCsv(csv, FILE, { Name: 'displayName', Company: 'organisation', Birthday: 'birthday' });
    expect(records).toEqual([{ ...emptyRecord(FILE, 2), displayName: 'Ann', organisation: 'Acme', notes: 'Birthday in the file, not understood as a date: "31/02/1990"' }]);
    expect(problems).toEqual([
      { file: FILE, line: 3, message: 'No name, email, phone or profile in this row: left out.' },
      { file: FILE, line: 4, message: 'No name, email, phone or profile in this row (Birthday in the file, not understood as a date: "1990-13-01"): left out.' },
    ]);
  });
});
