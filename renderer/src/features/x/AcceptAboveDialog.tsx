import { type FormEvent, useEffect, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { FormFooter } from '../../components/FormFooter';
import { LoadError, Loading } from '../../components/StatusViews';
import { type ErrorInfo, invoke, toErrorInfo } from '../../lib/api';
import { useAppStore } from '../../store';
import type { PlannedLink } from '../../store/slices/xLinkSlice';
import type { MatchScope } from '../../store/slices/xQueueSlice';
import { ConfidenceBadge } from './AccountBits';
import { accountTitle, percent } from './xText';

/** Pages read to count before giving up (500 accounts each); a larger queue is said to be "at least". */
const MAX_PAGES = 20;
const SHOWN = 8;

type Planned = PlannedLink & { confidence: number };

/** Every account in the scope whose best candidate reaches the threshold: what the core will link. */
async function plan(scope: MatchScope, minConfidence: number): Promise<{ links: Planned[]; more: boolean }> {
  const links: Planned[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await invoke('x:matches', { scope, withoutCandidates: false, limit: 500, ...(cursor ? { cursor } : {}) });
    for (const m of page.items) {
      const [best, second] = m.candidates;
      // As the core: a tie for best is left to the user.
      if (best && best.confidence >= minConfidence && second?.confidence !== best.confidence) links.push({ account: m.account, person: best.person, confidence: best.confidence });
    }
    if (!page.nextCursor) return { links, more: false };
    cursor = page.nextCursor;
  }
  return { links, more: true };
}

/** Says how many accounts a bulk accept links, and to whom, before it happens. */
export function AcceptAboveDialog({ scope, minConfidence, onClose }: { scope: MatchScope; minConfidence: number; onClose(): void }) {
  const acceptXAbove = useAppStore((s) => s.acceptXAbove);
  const [planned, setPlanned] = useState<{ links: Planned[]; more: boolean } | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    plan(scope, minConfidence).then(
      (result) => live && setPlanned(result),
      (e: unknown) => live && setError(toErrorInfo(e)),
    );
    return () => {
      live = false;
    };
  }, [scope, minConfidence, attempt]);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!planned || planned.links.length === 0 || busy) return;
    setBusy(true);
    const done = await acceptXAbove(minConfidence, scope, planned.links);
    setBusy(false);
    if (done) onClose();
  }

  const count = planned?.links.length ?? 0;
  const counted = `${planned?.more ? 'at least ' : ''}${count} account${count === 1 ? '' : 's'}`;
  return (
    <Dialog title={`Accept all at or above ${percent(minConfidence)}`} description="Each account is linked to its best candidate, and its DMs and replies become touchpoints on that person." onClose={onClose}>
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        {error ? (
          <LoadError what="the suggestions" error={error} onRetry={() => {
              setError(null);
              setAttempt((n) => n + 1);
            }} />
        ) : !planned ? (
          <Loading label="Counting suggestions…" />
        ) : count === 0 ? (
          <p>No account has a candidate at {percent(minConfidence)} or above. Lower the threshold, or review them one by one.</p>
        ) : (
          <>
            <p>
              <strong>Link {counted}</strong> to the people suggested for them? You can undo this right after.
            </p>
            <ul className="x-plan" aria-label="Links to make">
              {planned.links.slice(0, SHOWN).map((p) => (
                <li key={p.account.accountId}>
                  <span className="x-plan-account">{accountTitle(p.account)}</span>
                  <span aria-hidden>→</span>
                  <span className="x-plan-person">{p.person.name}</span>
                  <ConfidenceBadge confidence={p.confidence} />
                </li>
              ))}
            </ul>
            {count > SHOWN && <p className="muted">and {count - SHOWN} more.</p>}
          </>
        )}
        <FormFooter onCancel={onClose} disabled={busy || count === 0} submitLabel={count > 0 ? `Link ${counted}` : 'Link'} />
      </form>
    </Dialog>
  );
}
