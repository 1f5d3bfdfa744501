import { Unlink } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { Person } from '../../../../shared/domain/person';
import type { TouchpointChannel } from '../../../../shared/domain/touchpoint';
import type { RelationshipJourney, XAccount } from '../../../../shared/domain/xArchive';
import { LoadError, Loading } from '../../components/StatusViews';
import { formatDate } from '../../lib/format';
import { CHANNEL_LABELS } from '../../lib/labels';
import { useAppStore } from '../../store';
import { AccountActivity, FollowBadge, ProfileLink } from '../x/AccountBits';
import '../x/x.css';
import '../x/journey.css';

const LIVES: Record<RelationshipJourney['lives'], string> = { online: 'Online only', offline: 'Offline only', both: 'Both', none: 'No touchpoints yet' };

const channelName = (channel: string) => CHANNEL_LABELS[channel as TouchpointChannel] ?? channel;

function Firsts({ journey }: { journey: RelationshipJourney }) {
  const { firstOnline, firstOffline } = journey;
  if (!firstOnline && !firstOffline) return null;
  return (
    <dl className="facts journey-firsts">
      <div className="fact">
        <dt>First online</dt>
        <dd>{firstOnline ? `${formatDate(firstOnline.at)} · ${channelName(firstOnline.channel)}` : <span className="muted">Not yet</span>}</dd>
      </div>
      <div className="fact">
        <dt>First offline</dt>
        <dd>
          {firstOffline ? `${formatDate(firstOffline.at)} · ${firstOffline.eventName ? `at ${firstOffline.eventName}` : channelName(firstOffline.channel)}` : <span className="muted">Not yet</span>}
        </dd>
      </div>
    </dl>
  );
}

function LinkedAccount({ account, person }: { account: XAccount; person: Person }) {
  const unlinkXAccount = useAppStore((s) => s.unlinkXAccount);
  const [busy, setBusy] = useState(false);
  async function unlink() {
    setBusy(true);
    await unlinkXAccount(account, { id: person.id, name: person.displayName });
    setBusy(false);
  }
  return (
    <li className="journey-account">
      <span className="journey-account-main">
        <span className="x-account-heading">
          <ProfileLink account={account} />
          {account.name && <span className="x-account-name">{account.name}</span>}
          <FollowBadge account={account} />
        </span>
        <AccountActivity account={account} />
      </span>
      <button type="button" className="btn btn-small btn-ghost" disabled={busy} onClick={() => void unlink()} aria-label={`Unlink ${account.handle ? `@${account.handle}` : 'the account'} from ${person.displayName}`}>
        <Unlink size={14} aria-hidden /> Unlink
      </button>
    </li>
  );
}

function JourneyBody({ journey, person }: { journey: RelationshipJourney; person: Person }) {
  return (
    <>
      <p className="journey-text">{journey.text}</p>
      <Firsts journey={journey} />
      <h3 className="journey-subtitle">X accounts</h3>
      {journey.accounts.length > 0 ? (
        <ul className="journey-accounts" aria-label={`X accounts of ${person.displayName}`}>
          {journey.accounts.map((a) => (
            <LinkedAccount key={a.accountId} account={a} person={person} />
          ))}
        </ul>
      ) : (
        <p className="muted">
          No account from your X archive is linked. Add their handle under Ways to reach, or find them in <Link href="/x/matches">X matches</Link>: their DMs and replies then
          join this timeline.
        </p>
      )}
    </>
  );
}

/** Where the relationship lives (online, offline, both), how it began on each side, and the X accounts linked. */
export function JourneyCard({ person }: { person: Person }) {
  const journey = useAppStore((s) => (s.journey.personId === person.id ? s.journey.journey : null));
  const status = useAppStore((s) => s.journey.status);
  const error = useAppStore((s) => s.journey.error);
  const loadJourney = useAppStore((s) => s.loadJourney);
  const closeJourney = useAppStore((s) => s.closeJourney);

  useEffect(() => {
    void loadJourney(person.id);
    return () => closeJourney();
  }, [person.id, loadJourney, closeJourney]);

  return (
    <section className="card journey-card" aria-labelledby="journey-title">
      <div className="card-title">
        <h2 id="journey-title">Online and offline</h2>
        {journey && <span className={`journey-lives journey-${journey.lives}`}>{LIVES[journey.lives]}</span>}
      </div>
      {journey ? (
        <JourneyBody journey={journey} person={person} />
      ) : status === 'error' ? (
        <LoadError what="where you know them" error={error} onRetry={() => void loadJourney(person.id)} />
      ) : (
        <Loading label="Loading where you know them…" />
      )}
    </section>
  );
}
