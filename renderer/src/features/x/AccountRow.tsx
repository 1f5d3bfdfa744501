import { AtSign, Link2, PenLine, Unlink, UserPlus } from 'lucide-react';
import { Link } from 'wouter';
import type { XAccount } from '../../../../shared/domain/xArchive';
import { AccountActivity, AccountHeading } from './AccountBits';
import type { RowProps } from '../../lib/useListKeys';
import { accountTitle } from './xText';

export interface AccountActions {
  link(): void;
  create(): void;
  name(): void;
  unlink(): void;
}

/** An archive account: who it is on X, what you exchanged, and whom it is linked to in Rapport. */
export function AccountRow({ account, busy, actions, rowProps }: { account: XAccount; busy: boolean; actions: AccountActions; rowProps: RowProps }) {
  const tab = rowProps.tabIndex === 0 ? 0 : -1;
  const title = accountTitle(account);
  return (
    <li className="task-row x-account-row" aria-label={title} aria-busy={busy || undefined} {...rowProps}>
      <span className="task-icon x-icon">
        <AtSign size={16} aria-hidden />
      </span>
      <span className="task-main">
        <AccountHeading account={account} />
        <AccountActivity account={account} />
        {account.person && (
          <span className="x-linked">
            Linked to{' '}
            <Link href={`/people/${account.person.id}`} tabIndex={tab}>
              {account.person.name}
            </Link>
          </span>
        )}
      </span>
      <span className="task-actions">
        {account.handle === null && (
          <button type="button" className="btn btn-small" disabled={busy} tabIndex={tab} onClick={actions.name} title="Give the account its handle">
            <PenLine size={14} aria-hidden /> Name it
          </button>
        )}
        {account.person ? (
          <button type="button" className="btn btn-small btn-ghost" disabled={busy} tabIndex={tab} onClick={actions.unlink} aria-label={`Unlink ${title} from ${account.person.name}`}>
            <Unlink size={14} aria-hidden /> Unlink
          </button>
        ) : (
          <>
            <button type="button" className="btn btn-small btn-ghost" disabled={busy} tabIndex={tab} onClick={actions.link} title="Link to someone in Rapport (l)">
              <Link2 size={14} aria-hidden /> Link to… <kbd aria-hidden>l</kbd>
            </button>
            <button type="button" className="btn btn-small" disabled={busy} tabIndex={tab} onClick={actions.create} title="Add as a new person (n)">
              <UserPlus size={14} aria-hidden /> New person <kbd aria-hidden>n</kbd>
            </button>
          </>
        )}
      </span>
    </li>
  );
}
