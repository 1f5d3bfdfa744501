import { create } from 'zustand';
import { devtools } from 'zustand/middleware';
import { createActivitySlice } from './slices/activitySlice';
import { createAppSlice } from './slices/appSlice';
import { createCirclesSlice } from './slices/circlesSlice';
import { createContactsImportSlice } from './slices/contactsImportSlice';
import { createDuplicatesSlice } from './slices/duplicatesSlice';
import { createEventSlice } from './slices/eventSlice';
import { createEventsSlice } from './slices/eventsSlice';
import { createInboxSlice } from './slices/inboxSlice';
import { createHealthSlice } from './slices/healthSlice';
import { createImportsSlice } from './slices/importsSlice';
import { createPeopleSlice } from './slices/peopleSlice';
import { createPersonPartsSlice } from './slices/personPartsSlice';
import { createPersonSlice } from './slices/personSlice';
import { createRemindersSlice } from './slices/remindersSlice';
import { createTimelineSlice } from './slices/timelineSlice';
import { createTodaySlice } from './slices/todaySlice';
import { createTouchpointSlice } from './slices/touchpointSlice';
import { createUiSlice } from './slices/uiSlice';
import { createJourneySlice } from './slices/journeySlice';
import { createXAccountsSlice } from './slices/xAccountsSlice';
import { createXLinkSlice } from './slices/xLinkSlice';
import { createXQueueSlice } from './slices/xQueueSlice';
import type { AppState } from './types';

export type { AppState, LoadStatus } from './types';

// Middleware wraps the combined store only; slices stay plain (zustand slices pattern).
export const useAppStore = create<AppState>()(
  devtools(
    (...a) => ({
      ...createPeopleSlice(...a),
      ...createPersonSlice(...a),
      ...createPersonPartsSlice(...a),
      ...createTimelineSlice(...a),
      ...createActivitySlice(...a),
      ...createEventsSlice(...a),
      ...createEventSlice(...a),
      ...createTouchpointSlice(...a),
      ...createTodaySlice(...a),
      ...createRemindersSlice(...a),
      ...createInboxSlice(...a),
      ...createAppSlice(...a),
      ...createHealthSlice(...a),
      ...createCirclesSlice(...a),
      ...createXQueueSlice(...a),
      ...createXAccountsSlice(...a),
      ...createXLinkSlice(...a),
      ...createJourneySlice(...a),
      ...createImportsSlice(...a),
      ...createContactsImportSlice(...a),
      ...createDuplicatesSlice(...a),
      ...createUiSlice(...a),
    }),
    { name: 'Rapport', enabled: import.meta.env.DEV && typeof window !== 'undefined' && '__REDUX_DEVTOOLS_EXTENSION__' in window },
  ),
);

const initialState = useAppStore.getState();

/** Back to the state at start, actions included; tests call this between cases. */
export function resetAppStore(): void {
  useAppStore.setState(initialState, true);
}
