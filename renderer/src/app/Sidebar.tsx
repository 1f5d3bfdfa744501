import { AtSign, BellRing, CalendarDays, FileUp, GitMerge, History, Link2, type LucideIcon, Search, Settings, Sunrise, UserPlus, Users, Zap } from 'lucide-react';
import { Link, useLocation } from 'wouter';
import { InboxButton } from '../features/inbox/InboxButton';
import { ADD_PERSON_SHORTCUT, PALETTE_SHORTCUT, QUICK_CAPTURE_SHORTCUT } from '../lib/keys';
import { useAppStore } from '../store';

interface NavItem {
  path: string;
  label: string;
  icon: LucideIcon;
}

const NAV: NavItem[] = [
  { path: '/today', label: 'Today', icon: Sunrise },
  { path: '/people', label: 'People', icon: Users },
  { path: '/events', label: 'Events', icon: CalendarDays },
  { path: '/reminders', label: 'Reminders', icon: BellRing },
  { path: '/timeline', label: 'Timeline', icon: History },
  { path: '/x/matches', label: 'X matches', icon: Link2 },
  { path: '/x/accounts', label: 'X accounts', icon: AtSign },
  { path: '/import', label: 'Import', icon: FileUp },
  { path: '/duplicates', label: 'Duplicates', icon: GitMerge },
];

function NavLink({ item, location }: { item: NavItem; location: string }) {
  const active = location === item.path || location.startsWith(`${item.path}/`);
  const Icon = item.icon;
  return (
    <Link href={item.path} className={`nav-link${active ? ' active' : ''}`} aria-current={active ? 'page' : undefined}>
      <Icon size={18} aria-hidden />
      <span>{item.label}</span>
    </Link>
  );
}

export function Sidebar() {
  const [location] = useLocation();
  const openAddPerson = useAppStore((s) => s.openAddPerson);
  const openOverlay = useAppStore((s) => s.openOverlay);
  return (
    <aside className="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden>
          R
        </span>
        <span className="brand-name">Rapport</span>
        <InboxButton />
      </div>
      <button type="button" className="btn btn-primary sidebar-add" onClick={openAddPerson}>
        <UserPlus size={16} aria-hidden />
        <span>Add person</span>
        <kbd>{ADD_PERSON_SHORTCUT}</kbd>
      </button>
      <div className="sidebar-tools">
        <button type="button" className="btn btn-ghost sidebar-tool" onClick={() => openOverlay('quick-capture')} title={`One line about someone you met (${QUICK_CAPTURE_SHORTCUT})`}>
          <Zap size={16} aria-hidden />
          <span>Quick capture</span>
          <kbd>{QUICK_CAPTURE_SHORTCUT.replace('Shift+', '⇧')}</kbd>
        </button>
        <button type="button" className="btn btn-ghost sidebar-tool" onClick={() => openOverlay('palette')} title={`Search and commands (${PALETTE_SHORTCUT})`}>
          <Search size={16} aria-hidden />
          <span>Search</span>
          <kbd>{PALETTE_SHORTCUT}</kbd>
        </button>
      </div>
      <nav aria-label="Main" className="nav">
        {NAV.map((item) => (
          <NavLink key={item.path} item={item} location={location} />
        ))}
      </nav>
      <nav aria-label="App" className="nav nav-bottom">
        <NavLink item={{ path: '/settings', label: 'Settings', icon: Settings }} location={location} />
      </nav>
    </aside>
  );
}
