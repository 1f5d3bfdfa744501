import { AtSign, SearchX } from 'lucide-react';
import { useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { XAccount } from '../../../../shared/domain/xArchive';
import { EmptyState } from '../../components/EmptyState';
import { LoadError, Loading } from '../../components/StatusViews';
import { useAppStore } from '../../store';
import type { XAccountFilter } from '../../store/slices/xAccountsSlice';
import { usePagedItems } from '../../store/usePagedItems';
import { KeysLegend } from './AccountBits';
import { LinkPersonDialog, NameAccountDialog, NewPersonDialog } from './AccountDialogs';
import { AccountRow } from './AccountRow';
import { useListKeys } from '../../lib/useListKeys';

/** The chips of the "All accounts" tab. */
export const ALL_FILTERS: [XAccountFilter, string][] = [
  ['all', 'All'],
  ['unmatched', 'Not linked'],
  ['matched', 'Linked'],
  ['unresolved', 'Unresolved'],
];

const LIST_KEYS = [
  { keys: ['j', '↓'], label: 'Next' },
  { keys: ['k', '↑'], label: 'Previous' },
  { keys: ['Enter'], label: 'Open the linked person' },
  { keys: ['l'], label: 'Link to a person' },
  { keys: ['n'], label: 'New person from the account' },
  { keys: ['?'], label: 'Show or hide these keys' },
];

type OpenDialog = { kind: 'link' | 'create' | 'name'; account: XAccount } | null;

function NoAccounts({ filter, text }: { filter: XAccountFilter; text: string }) {
  if (filter === 'mutual_unlinked') {
    return (
      <EmptyState icon={AtSign} title="No mutuals left to add">
        <p>Accounts you follow that follow you back show up here until they are linked to someone in Rapport.</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState icon={SearchX} title={text.trim() ? `No accounts match “${text.trim()}”` : 'No accounts here'}>
      <p>{filter === 'unresolved' ? 'Every account in your archive has a handle.' : 'Try another filter, or fewer letters of a handle or name.'}</p>
    </EmptyState>
  );
}

/** Archive accounts under one filter, with link, new person, name and unlink on each row. */
export function AccountList({ filter: expected }: { filter: XAccountFilter }) {
  const [, navigate] = useLocation();
  const items = usePagedItems((s) => s.xAccounts);
  const status = useAppStore((s) => s.xAccounts.status);
  const loaded = useAppStore((s) => s.xAccounts.loaded);
  const error = useAppStore((s) => s.xAccounts.error);
  const filter = useAppStore((s) => s.xAccounts.filter);
  const text = useAppStore((s) => s.xAccounts.text);
  const cursor = useAppStore((s) => s.xAccounts.cursor);
  const loadingMore = useAppStore((s) => s.xAccounts.loadingMore);
  const loadMore = useAppStore((s) => s.loadMoreXAccounts);
  const reload = useAppStore((s) => s.refreshXAccounts);
  const unlinkXAccount = useAppStore((s) => s.unlinkXAccount);
  const [busy, setBusy] = useState<string | null>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [legend, setLegend] = useState(false);
  const container = useRef<HTMLDivElement>(null);

  const actionsFor = (a: XAccount) => ({
    link: () => setDialog({ kind: 'link', account: a }),
    create: () => setDialog({ kind: 'create', account: a }),
    name: () => setDialog({ kind: 'name', account: a }),
    unlink: () => {
      if (!a.person || busy) return;
      setBusy(a.accountId);
      void unlinkXAccount(a, a.person).finally(() => setBusy(null));
    },
  });
  const rows = items.map((a) => ({
    key: a.accountId,
    open: a.person ? () => navigate(`/people/${a.person!.id}`) : undefined,
    keys: a.person ? {} : { l: actionsFor(a).link, n: actionsFor(a).create },
  }));
  const rowProps = useListKeys(container, rows, () => setLegend((v) => !v));

  let body;
  if (items.length === 0 && status === 'error') body = <LoadError what="accounts" error={error} onRetry={() => void reload()} />;
  // Until the chosen filter's first answer, the rows held belong to the one before.
  else if (filter !== expected || (items.length === 0 && (!loaded || status === 'loading'))) body = <Loading label="Loading accounts…" />;
  else if (items.length === 0) body = <NoAccounts filter={filter} text={text} />;
  else {
    body = (
      <>
        <ul className="task-list" aria-label="X accounts">
          {items.map((a) => (
            <AccountRow key={a.accountId} account={a} busy={busy === a.accountId} actions={actionsFor(a)} rowProps={rowProps(a.accountId)} />
          ))}
        </ul>
        {cursor && (
          <button type="button" className="btn load-more" disabled={loadingMore} onClick={() => void loadMore()}>
            {loadingMore ? 'Loading…' : 'Show more'}
          </button>
        )}
        <KeysLegend
          keys={LIST_KEYS}
          short={
            <>
              <kbd>j</kbd>
              <kbd>k</kbd> move · <kbd>Enter</kbd> open · <kbd>l</kbd> link to… · <kbd>n</kbd> new person
            </>
          }
          full={legend}
          onToggle={() => setLegend((v) => !v)}
        />
      </>
    );
  }
  return (
    <div ref={container} className="x-list">
      {body}
      {dialog?.kind === 'link' && <LinkPersonDialog account={dialog.account} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'create' && <NewPersonDialog account={dialog.account} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'name' && <NameAccountDialog account={dialog.account} onClose={() => setDialog(null)} />}
    </div>
  );
}
