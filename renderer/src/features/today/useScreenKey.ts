import { useEffect, useRef } from 'react';
import { isTyping } from '../../lib/keys';
import { useAppStore } from '../../store';

/**
 * One plain key for a screen's main action (`n`: new reminder), ignored while typing, while
 * a dialog is open, and as the second key of the shell's `g` chords.
 */
export function useScreenKey(key: string, run: () => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    let chordAt = 0;
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (useAppStore.getState().overlay !== null || document.querySelector('[role="dialog"]')) return;
      if (e.key === 'g') chordAt = Date.now();
      else if (e.key === key && Date.now() - chordAt > 1200) {
        e.preventDefault();
        latest.current();
      } else chordAt = 0;
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [key]);
}
