import { type ReactNode, useState } from 'react';
import { useLocation } from 'wouter';
import type { Reminder } from '../../../../shared/domain/reminder';
import { useAppStore } from '../../store';
import type { RowActions } from '../today/useRowKeys';
import { DoneLogDialog } from './DoneLogDialog';
import { SnoozeDialog } from './SnoozeDialog';

type Open = { kind: 'snooze' | 'done-log'; reminder: Reminder } | null;

export interface ReminderActions {
  /** The row's buttons and keys: open, done, done & log, snooze, dismiss (or reopen when finished). */
  actionsFor(reminder: Reminder): RowActions & { reopen?(): void };
  /** The snooze and done & log dialogs, rendered by the screen that uses the actions. */
  dialogs: ReactNode;
}

export const isActive = (r: Reminder) => r.status === 'open' || r.status === 'snoozed';

/** The same actions for a reminder wherever it is shown: Today, the Reminders screen, a person's card. */
export function useReminderActions(): ReminderActions {
  const [, navigate] = useLocation();
  const [open, setOpen] = useState<Open>(null);
  const completeReminder = useAppStore((s) => s.completeReminder);
  const snoozeReminder = useAppStore((s) => s.snoozeReminder);
  const dismissReminder = useAppStore((s) => s.dismissReminder);
  const reopenReminder = useAppStore((s) => s.reopenReminder);

  function actionsFor(r: Reminder) {
    const target = r.person ? `/people/${r.person.id}` : r.event ? `/events/${r.event.id}` : null;
    const openIt = target ? () => navigate(target) : undefined;
    if (!isActive(r)) return { open: openIt, reopen: () => void reopenReminder(r) };
    return {
      open: openIt,
      done: () => void completeReminder(r),
      log: r.person ? () => setOpen({ kind: 'done-log', reminder: r }) : undefined,
      snooze: () => setOpen({ kind: 'snooze', reminder: r }),
      dismiss: () => void dismissReminder(r),
    };
  }

  const close = () => setOpen(null);
  const dialogs =
    open?.kind === 'snooze' ? (
      <SnoozeDialog title={open.reminder.title} onSnooze={(to) => snoozeReminder(open.reminder, to)} onClose={close} />
    ) : open?.kind === 'done-log' ? (
      <DoneLogDialog reminder={open.reminder} onClose={close} />
    ) : null;

  return { actionsFor, dialogs };
}
