import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { isTyping } from '../lib/keys';
import { useAppStore } from '../store';

/** `g` then a letter jumps to a screen, as in mail clients; the second key must follow quickly. */
const GO_TO: Record<string, string> = {
  t: '/today',
  p: '/people',
  e: '/events',
  r: '/reminders',
  l: '/timeline',
  i: '/import',
  s: '/settings',
};
const CHORD_MS = 1200;

/** App-wide keys: Ctrl/Cmd+N adds a person from anywhere; g-chords navigate. */
export function useShortcuts(): void {
  const [, navigate] = useLocation();
  const openAddPerson = useAppStore((s) => s.openAddPerson);

  useEffect(() => {
    let chordStarted = 0;
    function onKeyDown(e: KeyboardEvent) {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'n') {
        e.preventDefault();
        openAddPerson();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || useAppStore.getState().addPersonOpen) return;
      const target = GO_TO[e.key];
      if (chordStarted && Date.now() - chordStarted < CHORD_MS && target) {
        chordStarted = 0;
        navigate(target);
        return;
      }
      chordStarted = e.key === 'g' ? Date.now() : 0;
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate, openAddPerson]);
}
