import type { RelationshipJourney } from '../domain/xArchive';

type First = { at: number; channel: string; eventName?: string | null } | null;

const WHERE: Record<string, string> = { x_dm: 'on X', x_mention: 'on X', email: 'by email', text: 'by text', linkedin: 'on LinkedIn' };
const DAY = 86_400_000;

function span(ms: number): string {
  const days = Math.round(ms / DAY);
  if (days < 14) return 'a few days';
  if (days < 60) return `${Math.round(days / 7)} weeks`;
  if (days < 365) return `${Math.round(days / 30)} months`;
  const years = Math.round(days / 365);
  return years === 1 ? 'a year' : `${years} years`;
}

/**
 * Sentences about where a relationship lives, shared by the core and the renderer's test fake.
 */

/**
 * One sentence on how a relationship grew on each side: "Talked on X for 2 years, then met
 * at Config in March 2024." Months are the user's (zone).
 */
export function journeyText(online: First, offline: First, zone: string): { lives: RelationshipJourney['lives']; text: string } {
  const month = (at: number) => new Date(at).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: zone });
  const where = (f: NonNullable<First>) => WHERE[f.channel] ?? 'online';
  const met = (f: NonNullable<First>) => (f.eventName ? `met at ${f.eventName}` : f.channel === 'in_person' ? 'met in person' : `first ${f.channel.replace('_', ' ')}`);
  if (!online && !offline) return { lives: 'none', text: 'No touchpoints yet.' };
  if (online && !offline) return { lives: 'online', text: `Online only: first ${where(online)} in ${month(online.at)}; you have not met.` };
  if (!online && offline) return { lives: 'offline', text: `Offline only: ${met(offline)} in ${month(offline.at)}; not in touch online.` };
  const on = online!;
  const off = offline!;
  if (on.at <= off.at) {
    return { lives: 'both', text: `Talked ${where(on)} for ${span(off.at - on.at)}, then ${met(off)} in ${month(off.at)}.` };
  }
  const first = met(off);
  return { lives: 'both', text: `${first[0]!.toUpperCase()}${first.slice(1)} in ${month(off.at)}, then in touch ${where(on)} from ${month(on.at)}.` };
}

/** The one-line detail of a row in the people views (`x:people`). */
export function peopleViewDetail(
  view: 'talk_never_met' | 'met_not_connected',
  row: { sent: number; received: number; replies: number; metAt: string | null },
): string {
  if (view === 'met_not_connected') return row.metAt ? `Met at ${row.metAt}` : 'Met in person';
  const dms = row.sent + row.received;
  const parts = [dms > 0 ? `${dms} DMs (${row.received} from them)` : '', row.replies > 0 ? `${row.replies} ${row.replies === 1 ? 'reply' : 'replies'}` : ''];
  return parts.filter(Boolean).join(', ') || 'Talked on X';
}
