import type { Circle, CircleId } from '../../../../shared/domain/person';
import type { ReminderSettings } from '../../../../shared/domain/reminder';
import type { Req } from '../../../../shared/ipc/contract';
import { type ErrorInfo, invoke, toErrorInfo } from '../../lib/api';
import type { LoadStatus, SliceCreator } from '../types';

export interface CirclesState {
  items: Circle[];
  status: LoadStatus;
  error: ErrorInfo | null;
}

export interface ReminderSettingsState {
  settings: ReminderSettings | null;
  status: LoadStatus;
  error: ErrorInfo | null;
}

/** Circles with their cadences, and the reminder and notification preferences (Settings). */
export interface CirclesSlice {
  circles: CirclesState;
  reminderSettings: ReminderSettingsState;
  loadCircles(): Promise<void>;
  /** Re-reads the circles if they were loaded (people counts move when someone changes circle). */
  refreshCircles(): Promise<void>;
  /** Throws AppError so the form can place the core's field error. */
  updateCircle(id: CircleId, cadenceDays: number): Promise<Circle>;
  loadReminderSettings(): Promise<void>;
  /** Throws AppError so the form can place the core's field error. */
  updateReminderSettings(patch: Req<'reminders:update-settings'>): Promise<ReminderSettings>;
}

export const initialCircles: CirclesState = { items: [], status: 'idle', error: null };
export const initialReminderSettings: ReminderSettingsState = { settings: null, status: 'idle', error: null };

export const createCirclesSlice: SliceCreator<CirclesSlice> = (set, get) => ({
  circles: initialCircles,
  reminderSettings: initialReminderSettings,

  async loadCircles() {
    const quiet = get().circles.status === 'ready';
    if (!quiet) set((s) => ({ circles: { ...s.circles, status: 'loading', error: null } }), undefined, 'circles/loadStart');
    try {
      const items = await invoke('circles:list', {});
      set({ circles: { items, status: 'ready', error: null } }, undefined, 'circles/loaded');
    } catch (error) {
      set((s) => ({ circles: { ...s.circles, status: 'error', error: toErrorInfo(error) } }), undefined, 'circles/loadFailed');
    }
  },

  async refreshCircles() {
    if (get().circles.status !== 'idle') await get().loadCircles();
  },

  async updateCircle(id, cadenceDays) {
    const circle = await invoke('circles:update', { id, cadenceDays });
    set((s) => ({ circles: { ...s.circles, items: s.circles.items.map((c) => (c.id === id ? circle : c)) } }), undefined, 'circles/updated');
    return circle;
  },

  async loadReminderSettings() {
    const quiet = get().reminderSettings.status === 'ready';
    if (!quiet) set((s) => ({ reminderSettings: { ...s.reminderSettings, status: 'loading', error: null } }), undefined, 'reminderSettings/loadStart');
    try {
      const settings = await invoke('reminders:settings', {});
      set({ reminderSettings: { settings, status: 'ready', error: null } }, undefined, 'reminderSettings/loaded');
    } catch (error) {
      set((s) => ({ reminderSettings: { ...s.reminderSettings, status: 'error', error: toErrorInfo(error) } }), undefined, 'reminderSettings/loadFailed');
    }
  },

  async updateReminderSettings(patch) {
    const settings = await invoke('reminders:update-settings', patch);
    set({ reminderSettings: { settings, status: 'ready', error: null } }, undefined, 'reminderSettings/updated');
    return settings;
  },
});
