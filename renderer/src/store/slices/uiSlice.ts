import type { Ref } from '../../../../shared/domain/common';
import type { Touchpoint } from '../../../../shared/domain/touchpoint';
import type { SliceCreator } from '../types';

export type ToastTone = 'info' | 'success' | 'error';

export interface ToastAction {
  label: string;
  run(): void | Promise<void>;
}

export interface Toast {
  id: string;
  tone: ToastTone;
  message: string;
  action?: ToastAction;
  /** A place to go: "Open Chuck Flagg" after a quick capture. */
  link?: { label: string; href: string };
  /** How long it stays; undo toasts stay long enough to reach the button. */
  durationMs: number;
}

export type ToastInput = Omit<Toast, 'id' | 'durationMs'> & { durationMs?: number };

/** What the Log touchpoint dialog opens with: people and event pre-filled, or a touchpoint to edit. */
export interface TouchpointDraft {
  people: Ref[];
  event: Ref | null;
  editing: Touchpoint | null;
}

/** The app-wide overlays; at most one is open, so keys never go to two of them. */
export type Overlay = 'add-person' | 'palette' | 'quick-capture' | 'new-event' | 'log-touchpoint' | 'new-reminder' | null;

export interface UiSlice {
  toasts: Toast[];
  overlay: Overlay;
  touchpointDraft: TouchpointDraft | null;
  /** Who the app-wide New reminder dialog is about (null: nobody yet). */
  reminderPerson: Ref | null;
  pushToast(toast: ToastInput): string;
  dismissToast(id: string): void;
  openAddPerson(): void;
  closeAddPerson(): void;
  openOverlay(overlay: Exclude<Overlay, 'add-person' | 'log-touchpoint' | 'new-reminder' | null>): void;
  /** The New reminder dialog from anywhere (the palette), optionally about a person. */
  openNewReminder(person?: Ref | null): void;
  openLogTouchpoint(draft?: Partial<TouchpointDraft>): void;
  closeOverlay(): void;
}

const MAX_TOASTS = 4;
let nextToastId = 1;

function defaultDuration(toast: ToastInput): number {
  if (toast.action || toast.link) return 8_000;
  return toast.tone === 'error' ? 8_000 : 4_000;
}

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  toasts: [],
  overlay: null,
  touchpointDraft: null,
  reminderPerson: null,
  pushToast(input) {
    const id = `toast-${nextToastId++}`;
    const toast: Toast = { ...input, id, durationMs: input.durationMs ?? defaultDuration(input) };
    set((s) => ({ toasts: [...s.toasts, toast].slice(-MAX_TOASTS) }), undefined, 'ui/pushToast');
    return id;
  },
  dismissToast(id) {
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }), undefined, 'ui/dismissToast');
  },
  openAddPerson() {
    set({ overlay: 'add-person', touchpointDraft: null }, undefined, 'ui/openAddPerson');
  },
  closeAddPerson() {
    set({ overlay: null }, undefined, 'ui/closeAddPerson');
  },
  openOverlay(overlay) {
    set({ overlay, touchpointDraft: null }, undefined, `ui/open-${overlay}`);
  },
  openLogTouchpoint(draft = {}) {
    const full: TouchpointDraft = { people: draft.people ?? [], event: draft.event ?? null, editing: draft.editing ?? null };
    set({ overlay: 'log-touchpoint', touchpointDraft: full }, undefined, 'ui/openLogTouchpoint');
  },
  openNewReminder(person = null) {
    set({ overlay: 'new-reminder', touchpointDraft: null, reminderPerson: person }, undefined, 'ui/openNewReminder');
  },
  closeOverlay() {
    set({ overlay: null, touchpointDraft: null, reminderPerson: null }, undefined, 'ui/closeOverlay');
  },
});
