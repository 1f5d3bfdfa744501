import type { AppState } from './types';

// One field per selector so a component re-renders only when what it shows changes.
export const selectPeopleIds = (s: AppState) => s.people.ids;
export const selectPeopleStatus = (s: AppState) => s.people.status;
export const selectPeopleError = (s: AppState) => s.people.error;
export const selectPeopleQuery = (s: AppState) => s.people.query;
export const selectPeopleCursor = (s: AppState) => s.people.cursor;
export const selectPeopleLoadingMore = (s: AppState) => s.people.loadingMore;
export const selectPersonSummary = (id: string) => (s: AppState) => s.people.byId[id];

export const selectOpenPerson = (s: AppState) => s.openPerson.person;
export const selectOpenPersonStatus = (s: AppState) => s.openPerson.status;
export const selectOpenPersonError = (s: AppState) => s.openPerson.error;

export const selectAppInfo = (s: AppState) => s.appInfo.info;
export const selectAppInfoStatus = (s: AppState) => s.appInfo.status;
export const selectAppInfoError = (s: AppState) => s.appInfo.error;
export const selectBackups = (s: AppState) => s.backups.items;
export const selectBackupsStatus = (s: AppState) => s.backups.status;
export const selectBackupsError = (s: AppState) => s.backups.error;
export const selectBackupsBusy = (s: AppState) => s.backups.busy;
export const selectTheme = (s: AppState) => s.theme;

export const selectToasts = (s: AppState) => s.toasts;
export const selectAddPersonOpen = (s: AppState) => s.overlay === 'add-person';
