import { useEffect } from 'react';
import { LoadError, Loading } from '../../components/StatusViews';
import { formatDateTime } from '../../lib/format';
import { useAppStore } from '../../store';
import { selectAppInfo, selectAppInfoError, selectAppInfoStatus, selectTheme } from '../../store/selectors';
import type { ThemePreference } from '../../store/slices/appSlice';
import { BackupsSection } from './BackupsSection';
import { CirclesSection } from './CirclesSection';
import { ReminderSettingsSection } from './ReminderSettingsSection';

function AboutSection() {
  const info = useAppStore(selectAppInfo);
  const status = useAppStore(selectAppInfoStatus);
  const error = useAppStore(selectAppInfoError);
  const loadAppInfo = useAppStore((s) => s.loadAppInfo);

  if (!info && status === 'error') return <LoadError what="app information" error={error} onRetry={() => void loadAppInfo()} />;
  if (!info) return <Loading />;
  const rows: [string, string, boolean?][] = [
    ['Version', `${info.name} ${info.version}`],
    ['Database', info.dbPath, true],
    ['Schema version', `${info.schemaVersion} (${info.migrationsApplied} migrations)`],
    ['People', String(info.people)],
    ['Last backup', info.lastBackup ? formatDateTime(info.lastBackup.createdAt) : 'None yet'],
    ['Backups folder', info.backupsDir, true],
  ];
  return (
    <section className="card" aria-labelledby="about-title">
      <h2 id="about-title">About</h2>
      <p className="muted">Your data is one file on this computer. No account, no server, no telemetry.</p>
      <dl className="facts">
        {rows.map(([term, value, mono]) => (
          <div key={term} className="fact">
            <dt>{term}</dt>
            <dd className={mono ? 'mono selectable' : undefined} title={mono ? value : undefined}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

const THEMES: { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'Match the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

function AppearanceSection() {
  const theme = useAppStore(selectTheme);
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <section className="card" aria-labelledby="appearance-title">
      <h2 id="appearance-title">Appearance</h2>
      <div className="segmented" role="radiogroup" aria-labelledby="appearance-title">
        {THEMES.map((t) => (
          <label key={t.value} className={`segment${theme === t.value ? ' active' : ''}`}>
            <input type="radio" name="theme" value={t.value} checked={theme === t.value} onChange={() => setTheme(t.value)} />
            {t.label}
          </label>
        ))}
      </div>
    </section>
  );
}

export function SettingsScreen() {
  const loadAppInfo = useAppStore((s) => s.loadAppInfo);
  const loadBackups = useAppStore((s) => s.loadBackups);
  const loadCircles = useAppStore((s) => s.loadCircles);
  const loadReminderSettings = useAppStore((s) => s.loadReminderSettings);
  useEffect(() => {
    void loadAppInfo();
    void loadBackups();
    void loadCircles();
    void loadReminderSettings();
  }, [loadAppInfo, loadBackups, loadCircles, loadReminderSettings]);

  return (
    <div className="screen screen-settings">
      <header className="screen-header">
        <div>
          <h1>Settings</h1>
          <p className="screen-subtitle">About this copy of Rapport, its data file and backups, circles and reminders.</p>
        </div>
      </header>
      <div className="stack">
        <AboutSection />
        <BackupsSection />
        <CirclesSection />
        <ReminderSettingsSection />
        <AppearanceSection />
      </div>
    </div>
  );
}
