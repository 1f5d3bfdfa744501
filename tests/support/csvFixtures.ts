/**
 * CSV fixtures for the contacts import: the static files under csvFixtures/ (written from
 * formats.md's documented exports and quirks), the documented headers with a row writer, and a
 * deterministic LinkedIn Connections.csv generator for the speed check.
 */
import { readFileSync } from 'node:fs';
import { csvCell } from './csvFixtures/headers';

export * from './csvFixtures/headers';

/** The text of a static fixture in tests/support/csvFixtures/. */
export function csvFixture(name: string): string {
  return readFileSync(new URL(`./csvFixtures/${name}`, import.meta.url), 'utf8');
}

export const LINKEDIN_PREAMBLE = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  '',
];

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Joe', 'Olga', 'Goran', 'Marieke', 'Alana', 'Igor', 'Sam', 'Priya', 'Chloé', 'Jürgen', 'Søren', 'Ana', 'Wei', 'Fatima', 'Kwame', 'Zoë'];
const LAST = ['Hambleton', 'Szewczyk', 'Stipetić', 'Konterman🔸', 'Whitfield', 'Petrov', 'Lee', 'Natarajan', 'Bernard', 'Müller', 'Ødegaard', 'García', 'Zhang', 'Haddad', 'Mensah', "O'Brien"];
const COMPANIES = ['Cakewalk', 'McKinney Rogers', '80,000 Hours', 'Codup', ' -', 'Acme', 'Initech', 'Globex, Inc.', 'Umbrella', ''];
const POSITIONS = ['Founding SDR', 'Principal Consultant, Business Performance', 'Full Stack Developer', 'CTO', 'Advisor', 'Product Manager', ''];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface LinkedInCsvOptions {
  /** 'current' (preamble, URL column, `09 Oct 2024`) or '2018' (no preamble or URL, `"1/8/18, 6:14 PM"`). */
  format?: 'current' | '2018';
}

/**
 * A LinkedIn Connections.csv of `rows` connections, the same for the same seed: names with
 * accents and emoji, about one in ten with a trailing space or a tab, quoted commas in companies
 * and positions, a company of ` -` now and then, one email in eight, percent-encoded slugs.
 */
export function linkedInCsv(rows: number, seed: number, options: LinkedInCsvOptions = {}): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const current = (options.format ?? 'current') === 'current';
  const lines = current ? [...LINKEDIN_PREAMBLE, 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'] : ['First Name,Last Name,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < rows; i++) {
    const first = pick(FIRST) + (next() < 0.05 ? ' ' : next() < 0.05 ? '\t' : '');
    const last = pick(LAST);
    const slug = encodeURIComponent(`${first.trim()}-${last}`.toLowerCase()) + `-${i.toString(36)}`;
    const email = next() < 0.125 ? `${first.trim()}.${i}@example.com`.toLowerCase() : '';
    // LinkedIn writes ` -` unquoted; anything with a comma is quoted.
    const company = pick(COMPANIES).replace(/^.*,.*$/, (c) => csvCell(c));
    const position = csvCell(pick(POSITIONS));
    const day = 1 + Math.floor(next() * 28);
    const month = Math.floor(next() * 12);
    const year = 2010 + Math.floor(next() * 16);
    const name = [csvCell(first).replace(/^"(.*)"$/, '$1'), csvCell(last)];
    if (current) {
      const date = `${String(day).padStart(2, '0')} ${MONTHS[month]} ${year}`;
      lines.push([...name, `https://www.linkedin.com/in/${slug}`, email, company, position, date].join(','));
    } else {
      const hour = 1 + Math.floor(next() * 12);
      const date = `"${month + 1}/${day}/${String(year % 100).padStart(2, '0')}, ${hour}:${String(Math.floor(next() * 60)).padStart(2, '0')} ${next() < 0.5 ? 'AM' : 'PM'}"`;
      lines.push([...name, email || `urn:li:member:${100000000 + i}`, company, position, date].join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}
