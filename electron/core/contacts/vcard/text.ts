// The small vCard text writer: escaping (RFC 6350 §3.4), RFC 6868 parameter values and folding
// (§3.2). The importer reads with ical.js behind its own unfolding (lines.ts); these are the
// writing halves, property-tested against that reader, for the vCard 4.0 export to reuse.

/** Longest physical line in octets, without its CRLF (RFC 6350 §3.2: SHOULD fold at 75). */
export const FOLD_OCTETS = 75;

/** Escapes a text value: `\` `,` `;` and newlines (CRLF, CR or LF all become `\n`). */
export function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Reverses escapeText, and more: `\n` and `\N` are newlines, `\\` `\,` `\;` their characters, and
 * any other escaped character is itself, because Google and Apple write `http\://` and `\"`.
 * A lone trailing backslash is kept.
 */
export function unescapeText(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\([\s\S])/g, (_escape, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Escapes each component of a structured value (N, ADR, ORG) and joins them with `;`. */
export function structuredValue(components: (string | string[])[]): string {
  return components.map((c) => (Array.isArray(c) ? c.map(escapeText).join(',') : escapeText(c))).join(';');
}

/**
 * A parameter value as RFC 6350 and RFC 6868 want it: `^` `"` and newlines caret-encoded, and
 * the whole quoted when it holds `:` `;` or `,` (which would otherwise end or split it).
 */
export function paramValue(value: string): string {
  const encoded = value.replace(/\^/g, '^^').replace(/"/g, "^'").replace(/\r\n|\r|\n/g, '^n');
  return /[:;,]/.test(encoded) ? `"${encoded}"` : encoded;
}

function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line (no line end inside) into physical lines of at most `limit` octets,
 * joined by CRLF and one space. A fold never splits a character: iteration is by code point, so
 * a surrogate pair or a multi-byte UTF-8 sequence stays on one line.
 */
export function foldLine(line: string, limit = FOLD_OCTETS): string {
  if (line.length * 3 <= limit) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let room = limit;
  for (const ch of line) {
    const size = utf8Octets(ch.codePointAt(0)!);
    if (octets + size > room && current !== '') {
      out.push(current);
      current = '';
      octets = 0;
      room = limit - 1; // the leading space of a continuation line counts
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** Removes RFC folds: a line end (CRLF or LF) and the one space or tab after it. */
export function unfoldLines(text: string): string {
  return text.replace(/\r?\n[ \t]/g, '');
}

export type ParamMap = Record<string, string | string[]>;

/**
 * One folded content line ending in CRLF. `value` is written as given: escape text with
 * escapeText, or build structured values with structuredValue, before calling.
 */
export function contentLine(name: string, value: string, params: ParamMap = {}): string {
  let head = name.toUpperCase();
  for (const [key, raw] of Object.entries(params)) {
    const values = Array.isArray(raw) ? raw : [raw];
    head += `;${key.toUpperCase()}=${values.map(paramValue).join(',')}`;
  }
  return `${foldLine(`${head}:${value}`)}\r\n`;
}
