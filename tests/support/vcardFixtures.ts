import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The .vcf fixtures, one per exporter (see vcardFixtures/README.md for the quirks in each). */
export const VCARD_FIXTURES_DIR = fileURLToPath(new URL('./vcardFixtures/', import.meta.url));

export type VcardFixture = 'apple-ios' | 'apple-macos' | 'google' | 'outlook' | 'android' | 'rfc9554-v4' | 'malformed';

export function readVcardFixture(name: VcardFixture): Buffer {
  return readFileSync(`${VCARD_FIXTURES_DIR}${name}.vcf`);
}

/** One card from its property lines, with BEGIN/END and a VERSION (unless `version` is null). */
export function vcard(lines: string[], version: string | null = '3.0', eol = '\r\n'): string {
  return ['BEGIN:VCARD', ...(version ? [`VERSION:${version}`] : []), ...lines, 'END:VCARD', ''].join(eol);
}

/** Quoted-printable bytes of UTF-8 text, every non-alphanumeric byte encoded (as Android does). */
export function qpUtf8(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => (/[A-Za-z0-9]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

const PHOTO = Buffer.from(Array.from({ length: 1500 }, (_, i) => (i * 31) % 256)).toString('base64');

function folded(line: string): string {
  const out: string[] = [];
  for (let i = 0; i < line.length; i += 74) out.push((i === 0 ? '' : ' ') + line.slice(i, i + 74));
  return out.join('\r\n');
}

/**
 * `count` cards as a phone or mail export would hold them, cycling through the exporters' forms:
 * Apple 3.0 (groups, labels, social profiles, omitted-year birthday, a photo on every tenth),
 * Google 3.0 (folded, escaped URLs), Outlook 2.1 (quoted-printable with soft breaks, bare types)
 * and vCard 4.0 (SOCIALPROFILE, tel: URIs). For the speed figure: every card is valid.
 */
export function realisticVcards(count: number): string {
  const cards: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 4;
    if (kind === 0) {
      cards.push(
        vcard([
          `N:Rivera${i};Alex;;;`,
          `FN:Alex Rivera${i}`,
          'ORG:Rivera\\, Hart & Co.;Partnerships;',
          'TITLE:Head of Partnerships',
          `item1.EMAIL;type=INTERNET;type=pref:alex${i}@rivera.example`,
          'item1.X-ABLabel:_$!<Other>!$_',
          `TEL;type=CELL;type=VOICE;type=pref:+44 7700 ${String(i).padStart(6, '0')}`,
          `item2.URL:https\\://twitter.com/alex_${i}`,
          'item2.X-ABLabel:Twitter',
          `X-SOCIALPROFILE;type=twitter;x-user=ar${i}:x-apple:ar${i}`,
          'BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-17',
          'item3.ADR;type=HOME;type=pref:;;12 Harbour Row;Bristol;;BS1 5TY;United Kingdom',
          'NOTE:Met at Web Summit 2023\\, Lisbon.\\nIntroduced by Priya.',
          'CATEGORIES:Conference,Partners',
          ...(i % 10 === 0 ? [folded(`PHOTO;ENCODING=b;TYPE=JPEG:${PHOTO}`)] : []),
          `UID:apple-${i}`,
        ]),
      );
    } else if (kind === 1) {
      cards.push(
        vcard([
          `FN:María González ${i}`,
          `N:González ${i};María;;;`,
          `EMAIL;TYPE=INTERNET;TYPE=HOME:maria${i}@gmail.example`,
          'TEL;TYPE=CELL:+34 600 123 456',
          'ADR;TYPE=WORK:;;Calle Mayor 1;Madrid;Comunidad de Madrid;28013;Spain',
          'ORG:Acme Ibérica',
          'BDAY:1996-04-15',
          `item1.URL:https\\://www.linkedin.com/in/maria-${i}`,
          'item1.X-ABLabel:LinkedIn',
          folded('NOTE:She said \\"call me after the launch\\"\\, so I will. Notes from Google are folded at seventy-five characters.'),
          'CATEGORIES:myContacts,Friends',
        ]),
      );
    } else if (kind === 2) {
      cards.push(
        vcard(
          [
            `N;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:M=FCller${i};J=FCrgen`,
            `FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=`,
            `=C3=BCller${i}`,
            'TEL;WORK;VOICE:+49 30 1234567',
            'TEL;CELL;VOICE:+49 170 1234567',
            `EMAIL;PREF;INTERNET:j.mueller${i}@cafenoir.example`,
            'NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0A=',
            'Second line',
            'BDAY:19800322',
            'X-MS-ANNIVERSARY:20120801',
          ],
          '2.1',
        ),
      );
    } else {
      cards.push(
        vcard(
          [
            `UID:urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
            `FN:Wen Li ${i}`,
            `N:Li ${i};Wen;;;`,
            `EMAIL;TYPE=work:wen${i}@lab.example`,
            'TEL;VALUE=uri;TYPE="cell,voice":tel:+1-555-555-0123',
            `SOCIALPROFILE;SERVICE-TYPE=Mastodon:https://fosstodon.org/@wen${i}`,
            'BDAY:--0203',
            'ANNIVERSARY:20090808T1430-0500',
          ],
          '4.0',
        ),
      );
    }
  }
  return cards.join('');
}
