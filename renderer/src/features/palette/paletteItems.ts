import { AtSign, BellPlus, BellRing, CalendarDays, CalendarPlus, FileUp, GitMerge, History, Link2, type LucideIcon, MessageSquarePlus, Scissors, Settings, Sunrise, UserPlus, Users, Zap } from 'lucide-react';
import type { Ref } from '../../../../shared/domain/common';
import type { Res } from '../../../../shared/ipc/contract';
import { foldText } from '../../../../shared/util/text';
import { formatEventWhen } from '../../lib/dates';
import { formatDate } from '../../lib/format';
import { LOG_TOUCHPOINT_SHORTCUT, QUICK_CAPTURE_SHORTCUT, ADD_PERSON_SHORTCUT } from '../../lib/keys';
import { CHANNEL_LABELS } from '../../lib/labels';

export type PaletteGroup = 'Actions' | 'People' | 'Events' | 'Touchpoints';

export interface PaletteItem {
  id: string;
  group: PaletteGroup;
  label: string;
  detail?: string;
  hint?: string;
  icon: LucideIcon;
  run(): void;
}

export interface PaletteContext {
  navigate(to: string): void;
  openAddPerson(): void;
  openLogTouchpoint(people: Ref[]): void;
  openQuickCapture(): void;
  openNewEvent(): void;
  openNewReminder(person: Ref | null): void;
  /** The person whose page is open, offered first for "Log touchpoint with …". */
  person: Ref | null;
}

export function paletteActions(c: PaletteContext): PaletteItem[] {
  const go = (path: string, label: string, icon: LucideIcon): PaletteItem => ({ id: `go:${path}`, group: 'Actions', label: `Go to ${label}`, icon, run: () => c.navigate(path) });
  return [
    ...(c.person
      ? [{ id: 'log-with', group: 'Actions' as const, label: `Log touchpoint with ${c.person.name}`, hint: LOG_TOUCHPOINT_SHORTCUT, icon: MessageSquarePlus, run: () => c.openLogTouchpoint([c.person!]) }]
      : []),
    { id: 'log', group: 'Actions', label: 'Log touchpoint', hint: c.person ? undefined : LOG_TOUCHPOINT_SHORTCUT, icon: MessageSquarePlus, run: () => c.openLogTouchpoint([]) },
    { id: 'capture', group: 'Actions', label: 'Quick capture', detail: 'One line about someone you met', hint: QUICK_CAPTURE_SHORTCUT, icon: Zap, run: c.openQuickCapture },
    { id: 'add-person', group: 'Actions', label: 'Add person', hint: ADD_PERSON_SHORTCUT, icon: UserPlus, run: c.openAddPerson },
    { id: 'new-event', group: 'Actions', label: 'New event', icon: CalendarPlus, run: c.openNewEvent },
    ...(c.person
      ? [{ id: 'remind-about', group: 'Actions' as const, label: `New reminder about ${c.person.name}`, icon: BellPlus, run: () => c.openNewReminder(c.person) }]
      : []),
    { id: 'new-reminder', group: 'Actions', label: 'New reminder', detail: 'Something to do about someone, at a time', icon: BellPlus, run: () => c.openNewReminder(null) },
    go('/people', 'People', Users),
    go('/events', 'Events', CalendarDays),
    go('/timeline', 'Timeline', History),
    go('/today', 'Today', Sunrise),
    go('/reminders', 'Reminders', BellRing),
    { id: 'go:/prune', group: 'Actions', label: 'Go to Prune suggestions', detail: 'People who never engage back', icon: Scissors, run: () => c.navigate('/prune') },
    { id: 'go:/x/matches', group: 'Actions', label: 'Go to X matches', detail: 'Review which X accounts are people you know', icon: Link2, run: () => c.navigate('/x/matches') },
    { id: 'go:/x/accounts', group: 'Actions', label: 'Go to X accounts', detail: 'Mutuals, talk but never met, met but not on X', icon: AtSign, run: () => c.navigate('/x/accounts') },
    { id: 'import-contacts', group: 'Actions', label: 'Import contacts…', detail: 'vCard, LinkedIn, Google or Outlook CSV, any CSV, or an iCalendar file', icon: FileUp, run: () => c.navigate('/import') },
    { id: 'import-x', group: 'Actions', label: 'Import X archive…', detail: 'The archive you downloaded from X, as a .zip or a folder', icon: FileUp, run: () => c.navigate('/import') },
    { id: 'go:/duplicates', group: 'Actions', label: 'Go to Duplicates', detail: 'People who may be one person: merge them or keep them apart', icon: GitMerge, run: () => c.navigate('/duplicates') },
    go('/settings', 'Settings', Settings),
  ];
}

export function matchActions(actions: PaletteItem[], query: string): PaletteItem[] {
  const q = foldText(query);
  if (!q) return actions;
  return actions.filter((a) => foldText(`${a.label} ${a.detail ?? ''}`).includes(q));
}

export function resultItems(results: Res<'search:all'>, c: Pick<PaletteContext, 'navigate'>): PaletteItem[] {
  return [
    ...results.people.map((p) => ({
      id: `person:${p.id}`,
      group: 'People' as const,
      label: p.displayName,
      detail: p.headline ?? undefined,
      icon: Users,
      run: () => c.navigate(`/people/${p.id}`),
    })),
    ...results.events.map((e) => ({
      id: `event:${e.id}`,
      group: 'Events' as const,
      label: e.name,
      detail: [e.startsOn && formatEventWhen(e.startsOn), e.place].filter(Boolean).join(' · ') || undefined,
      icon: CalendarDays,
      run: () => c.navigate(`/events/${e.id}`),
    })),
    ...results.touchpoints.map((t) => ({
      id: `touchpoint:${t.id}`,
      group: 'Touchpoints' as const,
      label: t.note ?? CHANNEL_LABELS[t.channel],
      detail: `${CHANNEL_LABELS[t.channel]} with ${t.participants.map((p) => p.name).join(', ')} · ${formatDate(t.at)}`,
      icon: History,
      run: () => t.participants[0] && c.navigate(`/people/${t.participants[0].id}`),
    })),
  ];
}
