import { FileUp, UserPlus, Users } from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { EmptyState } from '../../components/EmptyState';
import { ADD_PERSON_SHORTCUT } from '../../lib/keys';
import { useAppStore } from '../../store';

/**
 * Screens whose features arrive in later issues. Each says plainly what it will hold and
 * what the user can do today, instead of showing sample data that is not theirs.
 */
function Planned({ title, subtitle, icon, heading, children }: {
  title: string;
  subtitle: string;
  icon: LucideIcon;
  heading: string;
  children: ReactNode;
}) {
  const openAddPerson = useAppStore((s) => s.openAddPerson);
  return (
    <div className="screen">
      <header className="screen-header">
        <div>
          <h1>{title}</h1>
          <p className="screen-subtitle">{subtitle}</p>
        </div>
      </header>
      <EmptyState
        icon={icon}
        title={heading}
        actions={
          <>
            <button type="button" className="btn btn-primary" onClick={openAddPerson}>
              <UserPlus size={16} aria-hidden /> Add person <kbd>{ADD_PERSON_SHORTCUT}</kbd>
            </button>
            <Link href="/people" className="btn">
              <Users size={16} aria-hidden /> Open People
            </Link>
          </>
        }
      >
        {children}
      </EmptyState>
    </div>
  );
}

export function ImportScreen() {
  return (
    <Planned title="Import" subtitle="Bring in people from elsewhere, without duplicates." icon={FileUp} heading="Importing is not available yet">
      <p>Import will read contacts files and your own downloaded X archive on this computer, match them to people you already have, and show you each merge before it happens.</p>
      <p className="muted">Until then, add people by hand — a name and a handle are enough.</p>
    </Planned>
  );
}
