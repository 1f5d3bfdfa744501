import { type FocusEvent, type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { isTyping } from '../../lib/keys';
import { useAppStore } from '../../store';

/** What the single-letter keys do to one row; a row without an action ignores its key. */
export interface RowActions {
  open?(): void;
  done?(): void;
  log?(): void;
  snooze?(): void;
  dismiss?(): void;
}

export interface KeyRow extends RowActions {
  key: string;
}

/** The legend shown under `?`: the same words as the buttons. */
export const ROW_KEYS: { keys: string[]; label: string }[] = [
  { keys: ['j', '↓'], label: 'Next' },
  { keys: ['k', '↑'], label: 'Previous' },
  { keys: ['Enter'], label: 'Open' },
  { keys: ['d'], label: 'Done' },
  { keys: ['l'], label: 'Log touchpoint (done & log)' },
  { keys: ['s'], label: 'Snooze' },
  { keys: ['x'], label: 'Dismiss / not now' },
  { keys: ['?'], label: 'Show or hide these keys' },
];

const ACTION_KEYS: Record<string, keyof RowActions> = { d: 'done', l: 'log', s: 'snooze', x: 'dismiss' };
/** `g` starts a go-to chord in the shell (g then l = Timeline); its second key is not ours. */
const CHORD_MS = 1200;

function blocked(e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return true;
  // Any dialog or panel on top (the shell's overlays, snooze, done & log, the inbox) owns the keys.
  return useAppStore.getState().overlay !== null || document.querySelector('[role="dialog"]') !== null;
}

/**
 * One keyboard focus across every row of a screen (roving tabindex): j/k or the arrows move
 * it, Enter opens, d/l/s/x act on the focused row. Rows are `[data-row-key]` elements inside
 * `container`; returns the props each row spreads.
 */
export function useRowKeys(container: RefObject<HTMLElement | null>, rows: KeyRow[], onHelp: () => void) {
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const lastIndex = useRef(0);
  const latest = useRef({ rows, activeKey, onHelp });
  useEffect(() => {
    latest.current = { rows, activeKey, onHelp };
  });

  const focusRow = useCallback((key: string | null) => {
    setActiveKey(key);
    if (!key) return;
    const el = [...(container.current?.querySelectorAll<HTMLElement>('[data-row-key]') ?? [])].find((e) => e.dataset.rowKey === key);
    el?.focus();
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [container]);

  // The focused row went away (done, snoozed): focus moves to the row that took its place.
  const keys = rows.map((r) => r.key).join('\n');
  useEffect(() => {
    const current = latest.current;
    if (!current.activeKey || current.rows.some((r) => r.key === current.activeKey)) return;
    const next = current.rows[Math.min(lastIndex.current, current.rows.length - 1)]?.key ?? null;
    const focusWasLost = document.activeElement === document.body || document.activeElement === null;
    if (focusWasLost) focusRow(next);
    else setActiveKey(next);
  }, [keys, focusRow]);

  useEffect(() => {
    let chordAt = 0;
    function onKeyDown(e: KeyboardEvent) {
      if (blocked(e)) return;
      if (e.key === 'g') {
        chordAt = Date.now();
        return;
      }
      if (Date.now() - chordAt < CHORD_MS) {
        chordAt = 0;
        return;
      }
      const { rows: all, activeKey: key } = latest.current;
      const index = all.findIndex((r) => r.key === key);
      const row = index >= 0 ? all[index] : undefined;
      const move = (to: number) => {
        if (all.length === 0) return;
        const i = Math.max(0, Math.min(all.length - 1, to));
        lastIndex.current = i;
        focusRow(all[i]!.key);
      };
      if (e.key === 'j' || e.key === 'ArrowDown') move(index < 0 ? 0 : index + 1);
      else if (e.key === 'k' || e.key === 'ArrowUp') move(index < 0 ? 0 : index - 1);
      else if (e.key === '?') latest.current.onHelp();
      else if (e.key === 'Enter') {
        // A focused button or link inside the row does its own thing.
        const target = e.target as HTMLElement | null;
        if (!row?.open || (target && target !== document.body && !target.dataset.rowKey)) return;
        row.open();
      } else {
        const action = ACTION_KEYS[e.key];
        const run = action && row?.[action];
        if (!run) return;
        lastIndex.current = index;
        run();
      }
      e.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [focusRow]);

  /** Spread on each row: it takes part in the roving focus and tracks clicks and Tab. */
  function rowProps(key: string) {
    return {
      'data-row-key': key,
      tabIndex: key === activeKey || (activeKey === null && key === rows[0]?.key) ? 0 : -1,
      'data-active': key === activeKey || undefined,
      onFocus: (e: FocusEvent<HTMLElement>) => {
        if (e.currentTarget.dataset.rowKey !== key) return;
        lastIndex.current = Math.max(0, latest.current.rows.findIndex((r) => r.key === key));
        setActiveKey(key);
      },
    };
  }

  return rowProps;
}
