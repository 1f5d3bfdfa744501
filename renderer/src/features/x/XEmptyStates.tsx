import { CheckCheck, FileUp } from 'lucide-react';
import { Link } from 'wouter';
import { EmptyState } from '../../components/EmptyState';
import type { MatchScope } from '../../store/slices/xQueueSlice';

/** Before any archive: what the X screens are for and where the archive comes from. */
export function NoArchive() {
  return (
    <EmptyState
      icon={FileUp}
      title="No X archive imported yet"
      actions={
        <Link href="/import" className="btn btn-primary">
          <FileUp size={16} aria-hidden /> Import your X archive
        </Link>
      }
    >
      <p>
        Rapport reads the archive you download from X (Settings → Your account → Download an archive of your data) on this computer. Its accounts, DMs, replies and mentions
        are then matched to the people you know, and you review each match here.
      </p>
      <p className="muted">No API key and no cloud: the archive never leaves this machine.</p>
    </EmptyState>
  );
}

/** The queue in this scope is empty: say so, and offer the wider views. */
export function CaughtUp({ scope, withoutCandidates, onScope }: { scope: MatchScope; withoutCandidates: boolean; onScope(scope: MatchScope, without: boolean): void }) {
  const who = scope === 'talk' ? 'you have talked with both ways' : 'in your archive';
  const text = withoutCandidates ? `Every account ${who} is linked to a person.` : `No unlinked account ${who} looks like anyone in Rapport.`;
  return (
    <EmptyState
      icon={CheckCheck}
      title="All caught up"
      actions={
        <>
          {!withoutCandidates && (
            <button type="button" className="btn btn-primary" onClick={() => onScope(scope, true)}>
              Show accounts without candidates
            </button>
          )}
          {scope === 'talk' && (
            <button type="button" className="btn" onClick={() => onScope('all', withoutCandidates)}>
              Review all accounts
            </button>
          )}
          <Link href="/x/accounts" className="btn">
            Open X accounts
          </Link>
        </>
      }
    >
      <p>{text}</p>
      <p className="muted">A new import adds accounts and suggestions here; nothing is linked without your click.</p>
    </EmptyState>
  );
}
