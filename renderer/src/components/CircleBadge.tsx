import { CIRCLES, type CircleId } from '../../../shared/domain/person';

export function circleName(id: CircleId): string {
  return CIRCLES.find((c) => c.id === id)?.name ?? id;
}

export function CircleBadge({ circle }: { circle: CircleId | null }) {
  if (!circle) return null;
  const cadence = CIRCLES.find((c) => c.id === circle)?.cadenceDays;
  return (
    <span className={`circle-badge circle-${circle}`} title={cadence ? `Keep in touch every ${cadence} days` : undefined}>
      {circleName(circle)}
    </span>
  );
}
