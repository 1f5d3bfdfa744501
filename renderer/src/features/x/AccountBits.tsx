import { ExternalLink, Keyboard } from 'lucide-react';
import type { ReactNode } from 'react';
import type { XAccount } from '../../../../shared/domain/xArchive';
import { ago } from '../../lib/dates';
import { formatDate } from '../../lib/format';
import type { KeyHelp } from '../../lib/useListKeys';
import { LEVEL_LABELS, accountTitle, activityLine, confidenceLevel, followLabel, percent } from './xText';

/**
 * The account's handle as a link to its profile on x.com. A new window is refused by the
 * desktop shell and handed to the system browser (its allowlist checks the address).
 */
export function ProfileLink({ account, children }: { account: XAccount; children?: ReactNode }) {
  return (
    <a
      className="x-profile-link"
      href={account.profileUrl}
      target="_blank"
      rel="noreferrer"
      title={account.handle ? `Open ${accountTitle(account)} on x.com` : `Account id ${account.accountId}: the archive does not say its handle. Open it on x.com`}
    >
      {children ?? accountTitle(account)}
      <ExternalLink size={12} aria-hidden />
    </a>
  );
}

export function FollowBadge({ account }: { account: Pick<XAccount, 'following' | 'follower'> }) {
  const label = followLabel(account);
  if (!label) return null;
  return <span className={`tag x-follow${account.following && account.follower ? ' x-mutual' : ''}`}>{label}</span>;
}

/** Handle (a link to the profile), display name and how you follow each other. */
export function AccountHeading({ account }: { account: XAccount }) {
  return (
    <span className="task-title x-account-heading">
      <ProfileLink account={account} />
      {account.name && <span className="x-account-name">{account.name}</span>}
      <FollowBadge account={account} />
    </span>
  );
}

/** "12 DMs sent / 9 received · 4 replies · last 3 months ago", one run of text so it wraps between words. */
export function AccountActivity({ account }: { account: XAccount }) {
  return (
    <span className="reminder-meta x-activity" title={account.lastAt ? `Last interaction ${formatDate(account.lastAt)}` : undefined}>
      {activityLine(account)}
      {account.lastAt && ` · last ${ago(account.lastAt)}`}
    </span>
  );
}

export function ConfidenceBadge({ confidence }: { confidence: number }) {
  const level = confidenceLevel(confidence);
  return (
    <span className={`level-pill level-pill-${level}`} title={`Confidence ${percent(confidence)}`}>
      {percent(confidence)} <span className="level-pill-word">{LEVEL_LABELS[level]}</span>
    </span>
  );
}

/** The keys of a list, always one line; `?` opens the full legend. */
export function KeysLegend({ keys, short, full, onToggle }: { keys: KeyHelp[]; short: ReactNode; full: boolean; onToggle(): void }) {
  return (
    <aside className={`key-legend${full ? ' key-legend-full' : ''}`} aria-label="Keyboard shortcuts">
      <Keyboard size={14} aria-hidden />
      {full ? (
        <dl>
          {keys.map((k) => (
            <div key={k.label}>
              <dt>
                {k.keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </dt>
              <dd>{k.label}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <span>{short}</span>
      )}
      <button type="button" className="btn btn-small btn-ghost" onClick={onToggle} aria-expanded={full}>
        {full ? 'Hide keys' : 'All keys'} <kbd>?</kbd>
      </button>
    </aside>
  );
}
