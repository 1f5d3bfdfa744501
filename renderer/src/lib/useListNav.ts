import { type KeyboardEvent, useState } from 'react';

/**
 * Arrow keys, Home/End and Enter over a list of options shown by a combobox or the command
 * palette; focus stays in the text box and the active option is announced through
 * aria-activedescendant. `-1` means no option is active (Enter then does the default).
 */
export function useListNav(count: number, onPick: (index: number) => void, initial = 0, resetKey?: unknown) {
  // A new resetKey (fresh options) brings the highlight back to `initial` without an effect.
  const [state, setState] = useState<{ key: unknown; active: number }>({ key: resetKey, active: initial });
  const active = state.key === resetKey ? state.active : initial;
  const setActive = (index: number) => setState({ key: resetKey, active: index });
  const current = count === 0 ? -1 : Math.min(active, count - 1);

  function onKeyDown(e: KeyboardEvent): boolean {
    if (count === 0) return false;
    switch (e.key) {
      case 'ArrowDown':
        setActive(current < 0 ? 0 : (current + 1) % count);
        break;
      case 'ArrowUp':
        setActive(current <= 0 ? count - 1 : current - 1);
        break;
      case 'Home':
        if (!e.ctrlKey) return false;
        setActive(0);
        break;
      case 'End':
        if (!e.ctrlKey) return false;
        setActive(count - 1);
        break;
      case 'Enter':
        if (current < 0) return false;
        onPick(current);
        break;
      default:
        return false;
    }
    e.preventDefault();
    return true;
  }

  return { active: current, setActive, onKeyDown };
}
