import { type RefObject, useEffect } from 'react';
import { useAppStore } from '../store';
import { isTyping } from './keys';

/** "/" puts the cursor in a screen's search box, as in mail clients and GitHub. */
export function useSlashToFocus(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (useAppStore.getState().overlay) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [input]);
}
