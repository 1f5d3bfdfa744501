import type { Touchpoint, TouchpointCreate } from '../../../../shared/domain/touchpoint';
import { invoke, toErrorInfo } from '../../lib/api';
import type { SliceCreator } from '../types';

type TouchpointPatch = Partial<Omit<TouchpointCreate, 'kind'>> & { kind?: TouchpointCreate['kind'] };

/** Logging, editing and deleting touchpoints; every screen that shows them re-reads afterwards. */
export interface TouchpointSlice {
  /** Throws AppError so the dialog can place field errors. */
  createTouchpoint(input: TouchpointCreate): Promise<Touchpoint>;
  updateTouchpoint(id: string, patch: TouchpointPatch): Promise<Touchpoint>;
  /** Soft delete with an Undo toast that restores it. */
  deleteTouchpoint(id: string): Promise<void>;
  restoreTouchpoint(id: string): Promise<void>;
  /** Re-reads every list a touchpoint can appear in. */
  refreshTouchpointViews(): Promise<void>;
}

export const createTouchpointSlice: SliceCreator<TouchpointSlice> = (_set, get) => ({
  async createTouchpoint(input) {
    const touchpoint = await invoke('touchpoints:create', input);
    void get().refreshTouchpointViews();
    return touchpoint;
  },

  async updateTouchpoint(id, patch) {
    const touchpoint = await invoke('touchpoints:update', { id, patch });
    void get().refreshTouchpointViews();
    return touchpoint;
  },

  async deleteTouchpoint(id) {
    try {
      const touchpoint = await invoke('touchpoints:delete', { id });
      void get().refreshTouchpointViews();
      const who = touchpoint.participants.map((p) => p.name).join(', ');
      get().pushToast({ tone: 'info', message: `Deleted the touchpoint with ${who}`, action: { label: 'Undo', run: () => get().restoreTouchpoint(id) } });
    } catch (error) {
      get().pushToast({ tone: 'error', message: `Could not delete: ${toErrorInfo(error).message}` });
    }
  },

  async restoreTouchpoint(id) {
    try {
      await invoke('touchpoints:restore', { id });
      void get().refreshTouchpointViews();
      get().pushToast({ tone: 'success', message: 'Touchpoint restored' });
    } catch (error) {
      get().pushToast({ tone: 'error', message: `Could not restore: ${toErrorInfo(error).message}` });
    }
  },

  async refreshTouchpointViews() {
    const s = get();
    await Promise.all([s.refreshTimeline(), s.refreshActivity(), s.refreshPerson(), s.refreshPeople(), s.refreshEvent()]);
  },
});
