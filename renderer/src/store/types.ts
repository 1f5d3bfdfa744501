import type { StateCreator } from 'zustand';
import type { AppSlice } from './slices/appSlice';
import type { PeopleSlice } from './slices/peopleSlice';
import type { PersonSlice } from './slices/personSlice';
import type { UiSlice } from './slices/uiSlice';

export type AppState = PeopleSlice & PersonSlice & AppSlice & UiSlice;

/** Every slice is typed against the combined state, so actions can reach their siblings through get(). */
export type SliceCreator<T> = StateCreator<AppState, [['zustand/devtools', never]], [], T>;

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
