/**
 * The exporters' headers as formats.md §3 documents them, and a writer that fills rows by column
 * name, so a test states only the cells it is about. Where formats.md elides columns with `...`,
 * the numbered groups are spelled out (Google) and the Outlook desktop list is completed from the
 * wizard's published column list; every documented name is kept in its documented place.
 */

const numbered = (group: string, n: number, parts: string[]) => Array.from({ length: n }, (_, i) => parts.map((p) => `${group} ${i + 1} - ${p}`)).flat();

/** Google, newer format (First Name … Labels, then `- Label` / `- Value` groups). */
export const GOOGLE_NEWER = [
  ...'First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels'.split(','),
  ...numbered('E-mail', 3, ['Label', 'Value']),
  ...numbered('Phone', 3, ['Label', 'Value']),
  ...numbered('Address', 1, ['Label', 'Formatted', 'Street', 'City', 'PO Box', 'Region', 'Postal Code', 'Country', 'Extended Address']),
  ...numbered('Website', 2, ['Label', 'Value']),
  ...numbered('Event', 2, ['Label', 'Value']),
  ...numbered('Relation', 1, ['Label', 'Value']),
  ...numbered('Custom Field', 1, ['Label', 'Value']),
];

/** Google, older format (Name, Given Name … Group Membership, then `- Type` / `- Value` groups). */
export const GOOGLE_OLDER = [
  ...'Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership'.split(','),
  ...numbered('E-mail', 2, ['Type', 'Value']),
  ...numbered('Phone', 2, ['Type', 'Value']),
  ...numbered('Address', 1, ['Type', 'Formatted', 'Street', 'City', 'PO Box', 'Region', 'Postal Code', 'Country', 'Extended Address']),
  ...numbered('Organization', 1, ['Type', 'Name', 'Yomi Name', 'Title', 'Department', 'Symbol', 'Location', 'Job Description']),
  ...numbered('Website', 1, ['Type', 'Value']),
];

/** Outlook desktop (Import/Export wizard); every value is quoted in its files. */
export const OUTLOOK_DESKTOP = [
  'Title', 'First Name', 'Middle Name', 'Last Name', 'Suffix', 'Company', 'Department', 'Job Title',
  'Business Street', 'Business Street 2', 'Business Street 3', 'Business City', 'Business State', 'Business Postal Code', 'Business Country/Region',
  'Home Street', 'Home Street 2', 'Home Street 3', 'Home City', 'Home State', 'Home Postal Code', 'Home Country/Region',
  'Other Street', 'Other Street 2', 'Other Street 3', 'Other City', 'Other State', 'Other Postal Code', 'Other Country/Region',
  "Assistant's Phone", 'Business Fax', 'Business Phone', 'Business Phone 2', 'Callback', 'Car Phone', 'Company Main Phone', 'Home Fax', 'Home Phone', 'Home Phone 2',
  'ISDN', 'Mobile Phone', 'Other Fax', 'Other Phone', 'Pager', 'Primary Phone', 'Radio Phone', 'TTY/TDD Phone', 'Telex',
  'Account', 'Anniversary', "Assistant's Name", 'Billing Information', 'Birthday', 'Business Address PO Box', 'Categories', 'Children', 'Directory Server',
  'E-mail Address', 'E-mail Type', 'E-mail Display Name', 'E-mail 2 Address', 'E-mail 2 Type', 'E-mail 2 Display Name', 'E-mail 3 Address', 'E-mail 3 Type', 'E-mail 3 Display Name',
  'Gender', 'Government ID Number', 'Hobby', 'Home Address PO Box', 'Initials', 'Internet Free Busy', 'Keywords', 'Language', 'Location', "Manager's Name", 'Mileage',
  'Notes', 'Office Location', 'Organizational ID Number', 'Other Address PO Box', 'Priority', 'Private', 'Profession', 'Referred By', 'Sensitivity', 'Spouse',
  'User 1', 'User 2', 'User 3', 'User 4', 'Web Page',
];

/** Outlook.com (People), as documented in full. */
export const OUTLOOK_COM =
  "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,Business Phone 2,Mobile Phone,Car Phone,Other Phone,Primary Phone,Pager,Business Fax,Home Fax,Other Fax,Company Main Phone,Callback,Radio Phone,Telex,TTY/TDD Phone,IMAddress,Job Title,Department,Company,Office Location,Manager's Name,Assistant's Name,Assistant's Phone,Company Yomi,Business Street,Business City,Business State,Business Postal Code,Business Country/Region,Home Street,Home City,Home State,Home Postal Code,Home Country/Region,Other Street,Other City,Other State,Other Postal Code,Other Country/Region,Personal Web Page,Spouse,Schools,Hobby,Location,Web Page,Birthday,Anniversary,Notes".split(
    ',',
  );

/** One CSV cell: quoted when it must be (or always, as Outlook desktop writes). */
export function csvCell(value: string, quoteAll = false): string {
  return quoteAll || /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export interface CsvWriteOptions {
  eol?: '\n' | '\r\n';
  bom?: boolean;
  quoteAll?: boolean;
  /** Lines written before the header (a preamble). */
  before?: string[];
}

/** A CSV file with `header`, one row per object (cells by column name; missing ones empty). */
export function csvFile(header: readonly string[], rows: Record<string, string>[], options: CsvWriteOptions = {}): string {
  const eol = options.eol ?? '\n';
  const unknown = rows.flatMap((r) => Object.keys(r)).filter((k) => !header.includes(k));
  if (unknown.length) throw new Error(`csvFile: no such column(s): ${[...new Set(unknown)].join(', ')}`);
  const line = (cells: string[]) => cells.map((c) => csvCell(c, options.quoteAll)).join(',');
  const lines = [...(options.before ?? []), line([...header]), ...rows.map((r) => line(header.map((h) => r[h] ?? '')))];
  return (options.bom ? '\uFEFF' : '') + lines.join(eol) + eol;
}
