import { useEffect } from 'react';
import { subscribe } from '../../lib/events';
import { useAppStore } from '../../store';
import { ContactsCard } from '../contacts/ContactsCard';
import { ArchiveCard } from './ArchiveCard';
import { ImportHistory } from './ImportHistory';
import './imports.css';
import './importResults.css';

/** Esc stops the upload or import that is running, unless a dialog or the palette has the keys. */
function useCancelWithEscape(): void {
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const s = useAppStore.getState();
      const running = (phase: string) => ['running', 'uploading'].includes(phase);
      if (s.overlay || (!running(s.importRun.phase) && !running(s.contactsRun.phase))) return;
      e.preventDefault();
      if (running(s.importRun.phase)) void s.cancelImport();
      if (running(s.contactsRun.phase)) void s.cancelContacts();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** An import or undo from elsewhere (the CLI, another window) says `all`; re-read the history once per burst. */
function useHistoryFollowsChanges(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = subscribe('changed', (event) => {
      if (event.entity !== 'all' || timer) return;
      timer = setTimeout(() => {
        timer = null;
        void useAppStore.getState().refreshImports();
      }, 100);
    });
    return () => {
      if (timer) clearTimeout(timer);
      stop();
    };
  }, []);
}

export function ImportScreen() {
  const loadImports = useAppStore((s) => s.loadImports);
  useCancelWithEscape();
  useHistoryFollowsChanges();
  useEffect(() => {
    void loadImports();
  }, [loadImports]);

  return (
    <div className="screen screen-import">
      <header className="screen-header">
        <div>
          <h1>Import</h1>
          <p className="screen-subtitle">Bring in your contacts and who you talk to on X, matched to the people you already have.</p>
        </div>
      </header>
      <div className="stack">
        <ContactsCard />
        <ArchiveCard />
        <ImportHistory />
      </div>
    </div>
  );
}
