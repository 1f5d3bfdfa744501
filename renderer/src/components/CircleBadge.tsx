import { CIRCLES } from '../../../shared/vocabulary/people';
import type { CircleId } from '../../../shared/domain/person';
import { useAppStore } from '../store';

export function circleName(id: CircleId): string {
  return CIRCLES.find((c) => c.id === id)?.name ?? id;
}

export function CircleBadge({ circle }: { circle: CircleId | null }) {
  // Cadences can be edited in Settings: the tooltip shows the stored one once circles are loaded.
  const stored = useAppStore((s) => s.circles.items.find((c) => c.id === circle)?.cadenceDays);
  if (!circle) return null;
  const cadence = stored ?? CIRCLES.find((c) => c.id === circle)?.cadenceDays;
  return (
    <span className={`circle-badge circle-${circle}`} title={cadence ? `Keep in touch every ${cadence} days` : undefined}>
      {circleName(circle)}
    </span>
  );
}
