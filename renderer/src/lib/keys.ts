export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = (key: string, shift = false) => (isMac ? `${shift ? '⇧' : ''}⌘${key}` : `Ctrl+${shift ? 'Shift+' : ''}${key}`);

export const ADD_PERSON_SHORTCUT = mod('N');
export const PALETTE_SHORTCUT = mod('K');
export const LOG_TOUCHPOINT_SHORTCUT = mod('L');
export const QUICK_CAPTURE_SHORTCUT = mod('K', true);

/** Single-key shortcuts must not fire while the user is typing into a field. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
