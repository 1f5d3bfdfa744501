/**
 * The column mapping of a hand-made CSV: what each header means, a first guess from common header
 * names in English, French, German, Spanish, Italian, Portuguese and Dutch, and a stable key for
 * the header set under which the app remembers the user's mapping.
 */
import { createHash } from 'node:crypto';
import type { CSV_FIELDS } from '../../../../shared/domain/contacts';

// The fields are the contract's (the mapping screen and the CLI send them): one list.
export { CSV_FIELDS } from '../../../../shared/domain/contacts';
export type CsvField = (typeof CSV_FIELDS)[number];

/** Header (as in the file, trimmed) → what its column holds. Headers left out are ignored. */
export type CsvMapping = Record<string, CsvField>;

/** Lower case, accents off, punctuation as spaces: "Adresse e-mail" → "adresse e mail". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Columns that describe another column (a label, a type) or a reading aid: never a field themselves. */
const NEVER = /\b(type|typ|tipo|label|phonetic|yomi|department|abteilung|departement|departamento|prefix|suffix)\b/;

/** Checked in this order: the first match wins (email before location: "adresse e-mail" is an email). */
const RULES: [Exclude<CsvField, 'ignore'>, RegExp][] = [
  ['x', /^(x|x handle|x twitter)$|\btwitter\b/],
  ['linkedin', /\blinked ?in\b/],
  ['email', /\b(e ?mail(adres|adresse|address)?|mail|courriel|correo|posta elettronica)\b/],
  ['phone', /\b(phone|telephone|tel|telefon|telefono|telefone|telefoon|telefoonnummer|mobile|mobil|cell|cellphone|cellulare|portable|handy|movil|celular|gsm|mobiel)\b/],
  ['website', /\b(website|web|url|homepage|home page|site|webseite|homepage|sitio|pagina|sito|blog|internet)\b/],
  ['birthday', /\b(birthday|birth|dob|birthdate|anniversaire|naissance|geburtstag|geburtsdatum|cumpleanos|nacimiento|compleanno|nascita|nascimento|verjaardag|geboortedatum)\b/],
  ['notes', /\b(notes?|comments?|remarks?|description|commentaires?|remarques?|notiz(en)?|bemerkung(en)?|kommentare?|anmerkung(en)?|notas?|comentarios?|observaciones|observacoes|osservazioni|opmerkingen|notities|memo)\b/],
  ['nickname', /\b(nickname|nick|alias|surnom|pseudo|spitzname|apodo|soprannome|apelido|bijnaam|roepnaam)\b/],
  ['givenName', /\b(first name|firstname|given name|forename|first|prenom|vorname|nombre de pila|primer nombre|nome proprio|primeiro nome|voornaam)\b/],
  ['familyName', /\b(last name|lastname|surname|family name|last|nom de famille|nachname|familienname|zuname|apellidos?|cognome|sobrenome|achternaam)\b/],
  ['title', /\b(title|job|position|role|poste|fonction|titre|beruf|jobtitel|stellung|cargo|puesto|ruolo|funzione|qualifica|functie|occupation)\b/],
  ['organisation', /\b(company|organi[sz]ation|org|employer|entreprise|societe|organisme|firma|unternehmen|arbeitgeber|empresa|compania|organizacion|azienda|societa|ditta|bedrijf|organisatie|werkgever)\b/],
  ['tags', /\b(tags?|labels?|groups?|group membership|categories|category|etiquettes?|groupes?|gruppen?|kategorien?|kategorie|schlagworter|etiquetas?|grupos?|categorias?|etichette|gruppi|categorie|groepen|lists?)\b/],
  ['location', /\b(location|city|town|address|country|region|lieu|ville|adresse|pays|ort|stadt|wohnort|anschrift|land|ciudad|direccion|pais|ubicacion|localidad|citta|indirizzo|paese|luogo|cidade|endereco|plaats|stad|woonplaats|adres)\b/],
  ['displayName', /\b(full name|fullname|display name|nom complet|nom et prenom|nom prenom|vollstandiger name|nombre completo|nome completo|volledige naam|contact|contact name)\b/],
];

/** "Name" on its own: the family name beside a first-name column, the first name beside a surname column, else the full name. */
const AMBIGUOUS_NAME = /^(name|nom|nombre|nome|naam|namn|navn)$/;

/** A first guess at the mapping of a header row; unknown headers map to 'ignore'. */
export function suggestMapping(headers: readonly string[]): CsvMapping {
  const mapping: CsvMapping = {};
  const ambiguous: string[] = [];
  for (const raw of headers) {
    const header = raw.trim();
    if (!header || header in mapping) continue;
    const n = normaliseHeader(header);
    if (AMBIGUOUS_NAME.test(n)) {
      ambiguous.push(header);
      mapping[header] = 'displayName';
      continue;
    }
    mapping[header] = NEVER.test(n) ? 'ignore' : (RULES.find(([, pattern]) => pattern.test(n))?.[0] ?? 'ignore');
  }
  const fields = new Set(Object.values(mapping));
  for (const header of ambiguous) {
    if (fields.has('givenName') && !fields.has('familyName')) mapping[header] = 'familyName';
    else if (fields.has('familyName') && !fields.has('givenName')) mapping[header] = 'givenName';
  }
  return mapping;
}

/**
 * A stable key for a set of headers, under which the app stores the mapping the user chose:
 * the same columns in any order (and any case or spacing) give the same key.
 */
export function headerKey(headers: readonly string[]): string {
  const names = [...new Set(headers.map((h) => h.trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean))].sort();
  return `csv-headers:v1:${createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 32)}`;
}
