import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon: LucideIcon;
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}

/** Says what the screen is for and what to do now; never stands in with fake data. */
export function EmptyState({ icon: Icon, title, children, actions }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-label={title}>
      <div className="empty-state-icon" aria-hidden>
        <Icon size={28} strokeWidth={1.6} />
      </div>
      <h2>{title}</h2>
      {children && <div className="empty-state-body">{children}</div>}
      {actions && <div className="empty-state-actions">{actions}</div>}
    </section>
  );
}
