import type { CSSProperties } from 'react';
import { avatarHue, initials } from '../lib/format';

export function Avatar({ id, name, size = 'md' }: { id: string; name: string; size?: 'md' | 'lg' }) {
  return (
    <span className={`avatar avatar-${size}`} style={{ '--avatar-hue': avatarHue(id) } as CSSProperties} aria-hidden>
      {initials(name)}
    </span>
  );
}
