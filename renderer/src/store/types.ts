import type { StateCreator } from 'zustand';
import type { ActivitySlice } from './slices/activitySlice';
import type { AppSlice } from './slices/appSlice';
import type { CirclesSlice } from './slices/circlesSlice';
import type { ContactsImportSlice } from './slices/contactsImportSlice';
import type { DuplicatesSlice } from './slices/duplicatesSlice';
import type { EventSlice } from './slices/eventSlice';
import type { EventsSlice } from './slices/eventsSlice';
import type { InboxSlice } from './slices/inboxSlice';
import type { HealthSlice } from './slices/healthSlice';
import type { ImportsSlice } from './slices/importsSlice';
import type { PeopleSlice } from './slices/peopleSlice';
import type { PersonPartsSlice } from './slices/personPartsSlice';
import type { PersonSlice } from './slices/personSlice';
import type { RemindersSlice } from './slices/remindersSlice';
import type { TimelineSlice } from './slices/timelineSlice';
import type { TodaySlice } from './slices/todaySlice';
import type { TouchpointSlice } from './slices/touchpointSlice';
import type { UiSlice } from './slices/uiSlice';
import type { JourneySlice } from './slices/journeySlice';
import type { XAccountsSlice } from './slices/xAccountsSlice';
import type { XLinkSlice } from './slices/xLinkSlice';
import type { XQueueSlice } from './slices/xQueueSlice';

export type AppState = PeopleSlice &
  PersonSlice &
  PersonPartsSlice &
  TimelineSlice &
  ActivitySlice &
  EventsSlice &
  EventSlice &
  TouchpointSlice &
  TodaySlice &
  RemindersSlice &
  InboxSlice &
  AppSlice &
  HealthSlice &
  CirclesSlice &
  ImportsSlice &
  ContactsImportSlice &
  DuplicatesSlice &
  XQueueSlice &
  XAccountsSlice &
  XLinkSlice &
  JourneySlice &
  UiSlice;

/** Every slice is typed against the combined state, so actions can reach their siblings through get(). */
export type SliceCreator<T> = StateCreator<AppState, [['zustand/devtools', never]], [], T>;

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
