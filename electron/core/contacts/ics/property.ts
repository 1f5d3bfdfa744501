// One content line → jCal, through ical.js, with the guard ical.js needs on hostile input: its
// parameter parser looks for the value's colon from every parameter, to the end of the line, so a
// line of 100,000 `;A=B` parameters (or with no colon at all) is quadratic. Real heads are short:
// the parameters must end within HEAD_CHARS characters and number at most HEAD_PARAMS.
import ICAL from 'ical.js';
import type { LogicalLine } from './scan';

export const HEAD_CHARS = 4096;
export const HEAD_PARAMS = 100;

/** [name (lower case), params (lower-case names), value type, ...values], as ical.js gives it. */
export type JProperty = [string, Record<string, unknown>, string, ...unknown[]];

/** A line the reader could not take; the message starts with its line number. */
export class LineError extends Error {}

/** ical.js quotes the whole offending line in its messages: a line may be a megabyte long. */
export function shorten(message: string): string {
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}

/** Upper-case property name (up to the first `;` or `:`), or null when the line has neither. */
export function propertyName(text: string): string | null {
  for (let i = 0; i < text.length && i <= HEAD_CHARS; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3b || c === 0x3a) return text.slice(0, i).trim().toUpperCase();
  }
  return null;
}

/**
 * Index of the colon that starts the value: the first one outside a quoted parameter value (a
 * quote opens only right after `=`, as ical.js reads it). -1 when there is none in the first
 * HEAD_CHARS characters, or when there are more than HEAD_PARAMS parameters before it.
 */
function valueColon(text: string): number {
  let params = 0;
  const end = Math.min(text.length, HEAD_CHARS);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a) return i;
    if (c === 0x3b && ++params > HEAD_PARAMS) return -1;
    if (c === 0x22 && text.charCodeAt(i - 1) === 0x3d) {
      const close = text.indexOf('"', i + 1);
      if (close < 0 || close > HEAD_CHARS) return -1;
      i = close;
    }
  }
  return -1;
}

/** Parses one property; `raw` is the value as written (after the colon, nothing unescaped). */
export function readProperty({ line, text }: LogicalLine): { prop: JProperty; raw: string } {
  const colon = valueColon(text);
  if (colon < 0) {
    throw new LineError(`Line ${line}: not a property (no ":" after its name and parameters within ${HEAD_CHARS.toLocaleString('en')} characters and ${HEAD_PARAMS} parameters)`);
  }
  let prop: unknown;
  try {
    prop = ICAL.parse.property(text);
  } catch (error) {
    throw new LineError(`Line ${line}: ${shorten(error instanceof Error ? error.message : String(error))}`);
  }
  if (!Array.isArray(prop) || typeof prop[0] !== 'string' || prop.length < 4) throw new LineError(`Line ${line}: not a property`);
  return { prop: prop as JProperty, raw: text.slice(colon + 1) };
}

/** A parameter's value as one string (a list keeps its first), or null. */
export function param(prop: JProperty, name: string): string | null {
  const value = prop[1][name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : null;
}
