import { type CSSProperties, memo } from 'react';
import { Link } from 'wouter';
import { CircleBadge } from '../../components/CircleBadge';
import { Avatar } from '../../components/Avatar';
import { useAppStore } from '../../store';
import { selectPersonSummary } from '../../store/selectors';
import { ago } from '../../lib/dates';

interface PersonRowProps {
  id: string;
  index: number;
  style: CSSProperties;
}

export const PersonRow = memo(function PersonRow({ id, index, style }: PersonRowProps) {
  const person = useAppStore(selectPersonSummary(id));
  if (!person) return null;
  return (
    <div role="listitem" className="person-row" data-index={index} style={style}>
      <Link href={`/people/${id}`} className="person-row-link">
        <Avatar id={id} name={person.displayName} />
        <span className="person-row-text">
          <span className="person-row-name">{person.displayName}</span>
          {person.headline && <span className="person-row-headline">{person.headline}</span>}
        </span>
        {person.lastTouchAt && (
          <span className="person-row-touch" title="Last touchpoint">
            {ago(person.lastTouchAt)}
          </span>
        )}
        <CircleBadge circle={person.circle} />
      </Link>
    </div>
  );
});
