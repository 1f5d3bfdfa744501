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
  /** How long it stays; undo toasts stay long enough to reach the button. */
  durationMs: number;
}

export type ToastInput = Omit<Toast, 'id' | 'durationMs'> & { durationMs?: number };

export interface UiSlice {
  toasts: Toast[];
  addPersonOpen: boolean;
  pushToast(toast: ToastInput): string;
  dismissToast(id: string): void;
  openAddPerson(): void;
  closeAddPerson(): void;
}

const MAX_TOASTS = 4;
let nextToastId = 1;

function defaultDuration(toast: ToastInput): number {
  if (toast.action) return 8_000;
  return toast.tone === 'error' ? 8_000 : 4_000;
}

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  toasts: [],
  addPersonOpen: false,
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
    set({ addPersonOpen: true }, undefined, 'ui/openAddPerson');
  },
  closeAddPerson() {
    set({ addPersonOpen: false }, undefined, 'ui/closeAddPerson');
  },
});
