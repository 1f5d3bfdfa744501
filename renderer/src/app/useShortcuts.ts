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

/**
 * App-wide keys, from any screen: Ctrl/Cmd+K the command palette, Ctrl/Cmd+L log a
 * touchpoint (with the open person), Ctrl/Cmd+Shift+K quick capture, Ctrl/Cmd+N add a
 * person; g-chords navigate.
 */
export function useShortcuts(): void {
  const [, navigate] = useLocation();

  useEffect(() => {
    let chordStarted = 0;
    function onKeyDown(e: KeyboardEvent) {
      const s = useAppStore.getState();
      if ((e.ctrlKey || e.metaKey) && !e.altKey) {
        const key = e.key.toLowerCase();
        if (key === 'k') {
          e.preventDefault();
          if (e.shiftKey) s.openOverlay('quick-capture');
          else if (s.overlay === 'palette') s.closeOverlay();
          else s.openOverlay('palette');
          return;
        }
        if (key === 'l' && !e.shiftKey) {
          e.preventDefault();
          const person = s.openPerson.person;
          const event = s.openEvent.event;
          s.openLogTouchpoint({
            people: person ? [{ id: person.id, name: person.displayName }] : [],
            event: event ? { id: event.id, name: event.name } : null,
          });
          return;
        }
        if (key === 'n' && !e.shiftKey) {
          e.preventDefault();
          s.openAddPerson();
          return;
        }
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || s.overlay) return;
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
  }, [navigate]);
}
