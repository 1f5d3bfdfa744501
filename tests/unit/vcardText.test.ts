import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVcards } from '../../electron/core/contacts/vcard/parseVcards';
import { contentLine, escapeText, foldLine, paramValue, structuredValue, unescapeText, unfoldLines } from '../../electron/core/contacts/vcard/text';
import { qpUtf8, vcard } from '../support/vcardFixtures';

// The writer half (for the vCard 4.0 export) and its round trips against the reader.

const octets = (line: string) => Buffer.byteLength(line, 'utf8');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Characters that matter to escaping and folding, mixed with any code point. */
const unit = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('\\', ',', ';', ':', '\n', ' ', '\t', '"', '^', 'n', 'N', 'é', '日', '🍰', '\u0301') },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
const text = fc.string({ unit, maxLength: 300 });
/** What a card can carry: no CR (CRLF and CR become LF on the way), no control characters the importer refuses as binary. */
// Controls, U+FFFD and U+FDD0 (the parser's stand-in for a backslash; a noncharacter in input is dropped by design).
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const cardSafe = (s: string) => s.replace(/[\x00-\x08\x0B-\x1F\x7F\uFFFD\uFDD0]/g, '');

describe('vCard text writer', () => {
  it('escapes text and structured values', () => {
    expect(escapeText('a\\b,c;d\ne\r\nf\rg:h')).toBe('a\\\\b\\,c\\;d\\ne\\nf\\ng:h');
    expect(structuredValue(['Doe', ['John', 'Johnny'], '', 'Dr.', 'Jr., III'])).toBe('Doe;John,Johnny;;Dr.;Jr.\\, III');
    expect(unescapeText('a\\\\b\\,c\\;d\\ne\\Nf\\:g\\"h\\')).toBe('a\\b,c;d\ne\nf:g"h\\');
  });

  it('parameter values: RFC 6868 carets, quoted when they hold : ; or ,', () => {
    expect(paramValue('work')).toBe('work');
    expect(paramValue('a:b')).toBe('"a:b"');
    expect(paramValue('say "hi"\n^')).toBe("say ^'hi^'^n^^");
    expect(contentLine('email', 'a@example.com', { type: ['work', 'pref'] })).toBe('EMAIL;TYPE=work,pref:a@example.com\r\n');
  });

  it('folds at 75 octets with CRLF and one space, never inside a character', () => {
    const line = `NOTE:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(2);
    expect(physical.every((l, i) => octets(l) <= 75 && (i === 0 || l.startsWith(' ')))).toBe(true);
    expect(physical.every((l) => Buffer.from(l, 'utf8').toString('utf8') === l && !l.includes('\ufffd'))).toBe(true);
    expect(unfoldLines(folded)).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('property: unfold(fold(line)) is the line, every physical line fits and is whole UTF-8', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 5, max: 120 }), (raw, limit) => {
        const line = raw.replace(/[\r\n]/g, '');
        const folded = foldLine(line, limit);
        expect(unfoldLines(folded)).toBe(line);
        for (const [i, physical] of folded.split('\r\n').entries()) {
          expect(octets(physical)).toBeLessThanOrEqual(limit);
          if (i > 0) expect(physical.startsWith(' ')).toBe(true);
          expect(physical).not.toMatch(LONE_SURROGATE);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property: unescape(escape(text)) is the text (line ends as LF), and escaped text has no raw separators', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const escaped = escapeText(raw);
        expect(escaped).toMatch(/^(?:[^\\,;\r\n]|\\[\\,;n])*$/su);
        expect(unescapeText(escaped)).toBe(raw.replace(/\r\n|\r/g, '\n'));
      }),
      { numRuns: 500 },
    );
  });

  it.each(['3.0', '4.0'])('property: a vCard %s written with the writer reads back the same through parseVcards (folding and escaping)', (version) => {
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 3 }), (rawName, rawNote, rawTags) => {
        const [name, note] = [cardSafe(rawName), cardSafe(rawNote)];
        const tags = rawTags.map(cardSafe);
        const card =
          'BEGIN:VCARD\r\n' +
          contentLine('VERSION', version) +
          contentLine('FN', escapeText(name)) +
          contentLine('N', structuredValue([name, name, '', '', ''])) +
          contentLine('EMAIL', 'a@example.com') +
          contentLine('NOTE', escapeText(note)) +
          contentLine('CATEGORIES', tags.map(escapeText).join(',')) +
          'END:VCARD\r\n';
        const { records, problems } = parseVcards(card, 'w.vcf');
        expect(problems).toEqual([]);
        expect(records[0]!.displayName).toBe(name.trim() || null);
        expect(records[0]!.familyName).toBe(name.trim() || null);
        expect(records[0]!.notes).toBe(note.trim() || null);
        expect(records[0]!.tags).toEqual([...new Set(tags.map((t) => t.trim()).filter((t) => t && !/^(?:\*\s*)?(?:mycontacts|starred)$/i.test(t)))]);
      }),
      { numRuns: 300 },
    );
  });

  it('property: parameter values written with paramValue read back the same through parseVcards', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const user = cardSafe(raw);
        const card = vcard(['FN:P', contentLine('X-SOCIALPROFILE', 'x-apple:fallback', { type: 'facebook', 'x-user': user }).trimEnd()]);
        const { records, problems } = parseVcards(card, 'p.vcf');
        expect(problems).toEqual([]);
        expect(records[0]!.identities).toEqual([{ kind: 'other', value: user.trim().replace(/^@/, '') || 'fallback', label: 'facebook' }]);
      }),
      { numRuns: 300 },
    );
  });

  it('property: vCard 2.1 quoted-printable with soft breaks anywhere between bytes reads back the same text', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 20 }), (raw, cuts) => {
        const note = cardSafe(raw);
        // vCard 2.1 escapes only `;` (as Android does), then quoted-printable encodes the bytes.
        const units = qpUtf8(note.replace(/;/g, '\\;')).match(/=[0-9A-F]{2}|./gs) ?? [];
        const breaks = new Set(cuts.map((c) => c % (units.length + 1)));
        const encoded = units.map((u, i) => (breaks.has(i) && i > 0 ? `=\r\n${u}` : u)).join('');
        const card = `BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Q\r\nNOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${encoded}\r\nEND:VCARD\r\n`;
        const { records, problems } = parseVcards(Buffer.from(card, 'latin1'), 'qp.vcf');
        expect(problems).toEqual([]);
        expect(records[0]!.notes).toBe(note.trim() || null);
      }),
      { numRuns: 300 },
    );
  });
});
