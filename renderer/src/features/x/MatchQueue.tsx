import { useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { MatchCandidate, XAccount, XMatch } from '../../../../shared/domain/xArchive';
import { useAppStore } from '../../store';
import { KeysLegend } from './AccountBits';
import { LinkPersonDialog, NewPersonDialog } from './AccountDialogs';
import { MatchRow } from './MatchRow';
import { type KeyHelp, useListKeys } from '../../lib/useListKeys';

export const QUEUE_KEYS: KeyHelp[] = [
  { keys: ['j', '↓'], label: 'Next account (skip)' },
  { keys: ['k', '↑'], label: 'Previous account' },
  { keys: ['Enter'], label: 'Open the best match' },
  { keys: ['a'], label: 'Accept the best match' },
  { keys: ['r'], label: 'Not them (reject the best match)' },
  { keys: ['l'], label: 'Link to another person' },
  { keys: ['n'], label: 'New person from the account' },
  { keys: ['?'], label: 'Show or hide these keys' },
];

const SHORT_KEYS = (
  <>
    <kbd>j</kbd>
    <kbd>k</kbd> move · <kbd>a</kbd> accept · <kbd>r</kbd> not them · <kbd>l</kbd> link to… · <kbd>n</kbd> new person
  </>
);

type OpenDialog = { kind: 'link' | 'create'; account: XAccount } | null;

/** The review queue's rows: one keyboard focus, actions on the focused account, dialogs for link and create. */
export function MatchQueue({ items }: { items: XMatch[] }) {
  const [, navigate] = useLocation();
  const cursor = useAppStore((s) => s.xMatches.cursor);
  const loadingMore = useAppStore((s) => s.xMatches.loadingMore);
  const loadMoreMatches = useAppStore((s) => s.loadMoreMatches);
  const linkXAccount = useAppStore((s) => s.linkXAccount);
  const rejectMatch = useAppStore((s) => s.rejectMatch);
  const [busy, setBusy] = useState<string | null>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [legend, setLegend] = useState(false);
  const container = useRef<HTMLDivElement>(null);

  async function act(accountId: string, run: () => Promise<unknown>) {
    if (busy) return;
    setBusy(accountId);
    try {
      await run();
    } finally {
      setBusy(null);
    }
  }

  const actionsFor = (match: XMatch) => ({
    accept: (c: MatchCandidate) => void act(match.account.accountId, () => linkXAccount(match.account, c.person)),
    reject: (c: MatchCandidate) => void act(match.account.accountId, () => rejectMatch(match, c)),
    link: () => setDialog({ kind: 'link', account: match.account }),
    create: () => setDialog({ kind: 'create', account: match.account }),
  });

  const rows = items.map((m) => {
    const actions = actionsFor(m);
    const best = m.candidates[0];
    return {
      key: m.account.accountId,
      open: best ? () => navigate(`/people/${best.person.id}`) : undefined,
      keys: { ...(best ? { a: () => actions.accept(best), r: () => actions.reject(best) } : {}), l: actions.link, n: actions.create },
    };
  });
  const rowProps = useListKeys(container, rows, () => setLegend((v) => !v));

  return (
    <div ref={container} className="x-queue">
      <ul className="task-list" aria-label="Accounts to review">
        {items.map((m) => (
          <MatchRow key={m.account.accountId} match={m} busy={busy === m.account.accountId} actions={actionsFor(m)} rowProps={rowProps(m.account.accountId)} />
        ))}
      </ul>
      {cursor && (
        <button type="button" className="btn load-more" disabled={loadingMore} onClick={() => void loadMoreMatches()}>
          {loadingMore ? 'Loading…' : 'Show more'}
        </button>
      )}
      <KeysLegend keys={QUEUE_KEYS} short={SHORT_KEYS} full={legend} onToggle={() => setLegend((v) => !v)} />
      {dialog?.kind === 'link' && <LinkPersonDialog account={dialog.account} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'create' && <NewPersonDialog account={dialog.account} onClose={() => setDialog(null)} />}
    </div>
  );
}
