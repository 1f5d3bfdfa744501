import { type FocusEvent, type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { isTyping } from './keys';
import { useAppStore } from '../store';

/** One row and what its letter keys do; a key the row lacks is ignored (Enter opens). */
export interface ListRow {
  key: string;
  open?(): void;
  keys?: Partial<Record<string, () => void>>;
}

/** The legend under `?`, in the same words as the buttons. */
export interface KeyHelp {
  keys: string[];
  label: string;
}

/** `g` starts a go-to chord in the shell (g then l = Timeline); its second key is not ours. */
const CHORD_MS = 1200;

function blocked(e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return true;
  // Any dialog or panel on top (the shell's overlays, a picker) owns the keys.
  return useAppStore.getState().overlay !== null || document.querySelector('[role="dialog"]') !== null;
}

/**
 * One keyboard focus across the rows of a list (roving tabindex), as on Today: j/k or the
 * arrows move it, Enter opens, and each row's own letter keys act on the focused row. Rows
 * are `[data-row-key]` elements inside `container`; returns the props each row spreads.
 */
export function useListKeys(container: RefObject<HTMLElement | null>, rows: ListRow[], onHelp: () => void) {
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const lastIndex = useRef(0);
  const latest = useRef({ rows, activeKey, onHelp });
  useEffect(() => {
    latest.current = { rows, activeKey, onHelp };
  });

  const focusRow = useCallback(
    (key: string | null) => {
      setActiveKey(key);
      if (!key) return;
      const el = [...(container.current?.querySelectorAll<HTMLElement>('[data-row-key]') ?? [])].find((e) => e.dataset.rowKey === key);
      el?.focus();
      el?.scrollIntoView?.({ block: 'nearest' });
    },
    [container],
  );

  // The focused row went away (linked, created): focus moves to the row that took its place.
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
        const run = row?.keys?.[e.key];
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

export type RowProps = ReturnType<ReturnType<typeof useListKeys>>;
