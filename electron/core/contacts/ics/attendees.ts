// ATTENDEE and ORGANIZER → people, de-duplicated by email. Google lists the calendar's owner as
// an ATTENDEE with the ORGANIZER's email, often one with a CN and one without; the name is kept
// from whichever has it. Rooms, resources and Google's `@virtual` pseudo-attendee (the "Contacts"
// of its birthday calendar) are not people and are left out.
import type { IcsAttendee } from './parseIcs';
import { param, readProperty } from './property';
import type { LogicalLine } from './scan';

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\x00-\x1F\x7F]/g;
const EMAIL = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+$/;
const NOT_PEOPLE = new Set(['ROOM', 'RESOURCE']);

function email(raw: string | null): string | null {
  if (raw === null) return null;
  let value = raw.trim().replace(/^mailto:/i, '').trim();
  if (value.includes('%')) {
    try {
      value = decodeURIComponent(value);
    } catch {
      // not percent-encoded after all
    }
  }
  return EMAIL.test(value) ? value : null;
}

/** CN as written: unquoted by ical.js (RFC 6868 carets and `\,` too); Outlook's `'…'` quotes dropped. */
function name(raw: string | null, address: string | null): string | null {
  if (raw === null) return null;
  let value = raw.replace(CONTROLS, ' ').trim();
  if (/^(["']).*\1$/s.test(value) && value.length >= 2) value = value.slice(1, -1).trim();
  // Google writes the address as the CN of a guest with no name: that is not a name.
  if (value === '' || (address !== null && value.replace(/^mailto:/i, '').toLowerCase() === address.toLowerCase())) return null;
  return value;
}

/** One event's people, in file order, at most `cap` of them. */
export class Attendees {
  private readonly list: IcsAttendee[] = [];
  private readonly byEmail = new Map<string, IcsAttendee>();
  private readonly leftOutEmails = new Set<string>();
  private leftOutOthers = 0;

  constructor(private readonly cap: number) {}

  /** Reads one ATTENDEE/ORGANIZER line; a line ical.js cannot read throws a LineError. */
  read(line: LogicalLine): void {
    const { prop } = readProperty(line);
    if (NOT_PEOPLE.has((param(prop, 'cutype') ?? '').toUpperCase())) return;
    const value = typeof prop[3] === 'string' ? prop[3] : null;
    // The value is a mailto: URI; RFC 7986's EMAIL parameter carries the address when it is not.
    const address = email(value && /^mailto:/i.test(value.trim()) ? value : null) ?? email(param(prop, 'email')) ?? email(value);
    if (address?.toLowerCase().endsWith('@virtual')) return;
    const person: IcsAttendee = { name: name(param(prop, 'cn'), address), email: address, line: line.line, role: prop[0] === 'organizer' ? 'organizer' : 'attendee' };
    if (person.name === null && person.email === null) return;
    this.add(person);
  }

  private add(person: IcsAttendee): void {
    const key = person.email?.toLowerCase() ?? null;
    const known = key === null ? undefined : this.byEmail.get(key);
    if (known) {
      known.name ??= person.name;
      if (person.role === 'organizer') known.role = 'organizer';
      return;
    }
    if (this.list.length >= this.cap) {
      if (key === null) this.leftOutOthers++;
      else this.leftOutEmails.add(key);
      return;
    }
    this.list.push(person);
    if (key !== null) this.byEmail.set(key, person);
  }

  people(): IcsAttendee[] {
    return this.list;
  }

  /** How many more people than the cap the event names (each email counted once). */
  leftOut(): number {
    return this.leftOutEmails.size + this.leftOutOthers;
  }
}
