import { AlarmClock, Copy, EyeOff, MessageSquarePlus, SlidersHorizontal } from 'lucide-react';
import type { HTMLAttributes } from 'react';
import { Link } from 'wouter';
import type { ReconnectItem } from '../../../../shared/domain/reconnect';
import { Avatar } from '../../components/Avatar';
import { CircleBadge } from '../../components/CircleBadge';
import { useAppStore } from '../../store';
import type { RowActions } from './useRowKeys';

const REASON_NAMES: Record<string, string> = {
  overdue: 'overdue',
  event_followup: 'event follow-up',
  dormant_tie: 'quiet tie',
  reciprocity_owed: 'favour to return',
  birthday: 'birthday',
  shared_interest: 'shared interest',
};

/** The score's explanation: each reason and what it added, as documented in the core. */
export function scoreExplanation(item: ReconnectItem): string {
  const parts = item.reasons.filter((r) => r.points !== 0).map((r) => `${REASON_NAMES[r.code] ?? r.code} +${Math.round(r.points)}`);
  return `Score ${Math.round(item.score)}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

interface ReconnectRowProps {
  item: ReconnectItem;
  actions: RowActions & { cadence(): void };
  rowProps: HTMLAttributes<HTMLLIElement> & { 'data-row-key'?: string };
}

/** Someone to reach out to: who, why (one plain sentence per reason), and something to say. */
export function ReconnectRow({ item, actions, rowProps }: ReconnectRowProps) {
  const pushToast = useAppStore((s) => s.pushToast);
  async function copyOpener() {
    try {
      await navigator.clipboard.writeText(item.opener);
      pushToast({ tone: 'success', message: 'Opener copied' });
    } catch {
      pushToast({ tone: 'error', message: 'Could not copy; select the text instead' });
    }
  }
  return (
    <li className="task-row reconnect-row" aria-label={item.name} {...rowProps}>
      <Avatar id={item.personId} name={item.name} />
      <span className="task-main">
        <span className="task-title reconnect-name">
          <Link href={`/people/${item.personId}`}>{item.name}</Link>
          <CircleBadge circle={item.circle} />
          <span className="reconnect-score" title={scoreExplanation(item)} aria-label={scoreExplanation(item)}>
            {Math.round(item.score)}
          </span>
        </span>
        <ul className="reconnect-reasons" aria-label={`Why ${item.name}`}>
          {item.reasons.map((r) => (
            <li key={r.code}>{r.text}</li>
          ))}
        </ul>
        {item.opener && (
          <span className="reconnect-opener">
            <q>{item.opener}</q>
            <button type="button" className="icon-button" aria-label={`Copy the opener for ${item.name}`} title="Copy" onClick={() => void copyOpener()}>
              <Copy size={14} aria-hidden />
            </button>
          </span>
        )}
      </span>
      <span className="task-actions">
        <button type="button" className="btn btn-small" onClick={actions.log} title="Log touchpoint (l)">
          <MessageSquarePlus size={14} aria-hidden /> Log touchpoint
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={actions.snooze} title="Hide for a week (s)">
          <AlarmClock size={14} aria-hidden /> Snooze
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={actions.dismiss} title="Hide for 30 days (x)">
          <EyeOff size={14} aria-hidden /> Not now
        </button>
        <button type="button" className="icon-button" onClick={actions.cadence} aria-label={`Cadence and circle for ${item.name}`} title="Cadence and circle">
          <SlidersHorizontal size={15} aria-hidden />
        </button>
      </span>
    </li>
  );
}
