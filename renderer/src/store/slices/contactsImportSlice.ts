import type { ContactFormat, ContactsImport, ContactsReport, CsvMapping } from '../../../../shared/domain/contacts';
import type { ImportRecord } from '../../../../shared/domain/xArchive';
import type { ProgressEvent } from '../../../../shared/ipc/events';
import { type ErrorInfo, invoke, toErrorInfo } from '../../lib/api';
import { archiveName, pickArchive, uploadArchive } from '../../lib/archive';
import { subscribe } from '../../lib/events';
import type { LoadStatus, SliceCreator } from '../types';
import { IMPORT_TIMEOUT_MS } from './importsSlice';

/** The contacts file: a path on the machine the core runs on, and what to call it. */
export interface ContactsFile {
  path: string;
  name: string;
  /** `upload`: a copy the browser-mode server keeps until the import is done. */
  origin: 'dialog' | 'upload' | 'typed';
}

/** `ready`: a preview is on screen and can be imported; `done`: imported, the report is on screen. */
export type ContactsPhase = 'idle' | 'uploading' | 'running' | 'ready' | 'done' | 'failed' | 'cancelled';

export interface ContactsRunState {
  file: ContactsFile | null;
  phase: ContactsPhase;
  /** Whether the run in progress (or the last one) was a preview. */
  dryRun: boolean;
  job: string | null;
  progress: Omit<ProgressEvent, 'job'> | null;
  upload: { name: string; sent: number; total: number } | null;
  cancelling: boolean;
  /** The reading the user chose; null: as recognised from the file. */
  format: ContactFormat | null;
  /** The column mapping as the user edited it; null: the one the core used (remembered or suggested). */
  mapping: CsvMapping | null;
  rememberMapping: boolean;
  /** Ticked "Skip N invalid records": required to import a file with problems. */
  skipInvalid: boolean;
  /** iCalendar attendees (their keys) to add as new people. */
  attendees: string[];
  /** The last preview; kept while a new one runs, so the mapping stays on screen. */
  preview: ContactsReport | null;
  /** The applied import's report. */
  report: ContactsReport | null;
  error: (ErrorInfo & { stage: 'upload' | 'preview' | 'import' }) | null;
  undo: 'idle' | 'undoing' | 'undone';
}

export interface ContactsImportSlice {
  contactsRun: ContactsRunState;
  /** The newest contacts import not undone: what "From the last import" on People shows. */
  lastContactsImport: { status: LoadStatus; record: ImportRecord | null };
  /** Chooses the file and previews it at once (a preview writes nothing). */
  setContactsFile(file: ContactsFile | null): void;
  chooseContactsFile(): Promise<void>;
  uploadContactsFile(file: File): Promise<void>;
  /** `contacts:import` with dryRun: counts, rows and problems; nothing is written. */
  previewContacts(): Promise<void>;
  /** Reads the file another way (null: as recognised) and previews again. */
  setContactsFormat(format: ContactFormat | null): void;
  /** One column of a CSV now holds `field`; previews again with the whole mapping. */
  setContactsColumn(header: string, field: CsvMapping[string]): void;
  setRememberMapping(remember: boolean): void;
  setSkipInvalid(skip: boolean): void;
  setAttendees(keys: string[]): void;
  /** Applies what the preview showed, following its progress. */
  importContacts(): Promise<void>;
  cancelContacts(): Promise<void>;
  resetContacts(): void;
  /** Takes the import just made back (`imports:undo`). */
  undoContactsImport(): Promise<void>;
  loadLastContactsImport(force?: boolean): Promise<void>;
}

export const initialContactsRun: ContactsRunState = {
  file: null,
  phase: 'idle',
  dryRun: true,
  job: null,
  progress: null,
  upload: null,
  cancelling: false,
  format: null,
  mapping: null,
  rememberMapping: false,
  skipInvalid: false,
  attendees: [],
  preview: null,
  report: null,
  error: null,
  undo: 'idle',
};

/** Import history kinds that are contacts files (the X archive, seeds and JSON restores are not). */
const NOT_CONTACTS = new Set(['x', 'x_archive', 'x-archive', 'seed', 'json']);

export function isContactsImportKind(kind: string): boolean {
  return !NOT_CONTACTS.has(kind);
}

/** Not state: only the running upload needs it. */
let uploadAbort: AbortController | null = null;

const newJobId = () => `contacts-${crypto.randomUUID()}`;
const isAbort = (error: unknown) => (error as Error | null)?.name === 'AbortError';

/** What `addAttendees` says for the ticked attendees: all, none, or these. */
function attendeesRequest(run: ContactsRunState): ContactsImport['addAttendees'] {
  const offered = run.preview?.attendeesOffered ?? [];
  if (run.attendees.length === 0) return 'none';
  if (offered.length > 0 && offered.every((o) => run.attendees.includes(o.key))) return 'all';
  return run.attendees;
}

export const createContactsImportSlice: SliceCreator<ContactsImportSlice> = (set, get) => {
  const patch = (partial: Partial<ContactsRunState>, action: string) => set((s) => ({ contactsRun: { ...s.contactsRun, ...partial } }), undefined, `contacts/${action}`);
  const busy = () => ['running', 'uploading'].includes(get().contactsRun.phase);

  /** One run of `contacts:import`, following its progress; resolves with the report, or null when it failed, was cancelled or overtaken. */
  async function run(dryRun: boolean, request: Omit<ContactsImport, 'dryRun' | 'job'>): Promise<ContactsReport | null> {
    const previous = get().contactsRun.job;
    const job = newJobId();
    patch({ phase: 'running', dryRun, job, progress: null, error: null, cancelling: false }, 'runStart');
    // A preview overtaken by a newer one (the mapping changed again) is stopped; its answer is dropped.
    if (previous && dryRun) void invoke('jobs:cancel', { job: previous }).catch(() => undefined);
    const stop = subscribe('progress', (event) => {
      if (event.job === job && get().contactsRun.job === job) patch({ progress: { label: event.label, done: event.done, total: event.total } }, 'progress');
    });
    try {
      const report = await invoke('contacts:import', { ...request, dryRun, job }, { timeoutMs: IMPORT_TIMEOUT_MS });
      return get().contactsRun.job === job ? report : null;
    } catch (error) {
      if (get().contactsRun.job !== job) return null;
      const info = toErrorInfo(error);
      const cancelled = get().contactsRun.cancelling || info.code === 'CANCELLED';
      if (cancelled) patch({ phase: 'cancelled', cancelling: false, job: null }, 'runCancelled');
      else patch({ phase: 'failed', cancelling: false, job: null, error: { ...info, stage: dryRun ? 'preview' : 'import' } }, 'runFailed');
      return null;
    } finally {
      stop();
    }
  }

  return {
    contactsRun: initialContactsRun,
    lastContactsImport: { status: 'idle', record: null },

    setContactsFile(file) {
      if (busy()) return;
      patch({ ...initialContactsRun, file }, 'setFile');
      if (file) void get().previewContacts();
    },

    async chooseContactsFile() {
      if (busy()) return;
      try {
        const path = await pickArchive('contacts');
        if (path) get().setContactsFile({ path, name: archiveName(path), origin: 'dialog' });
      } catch (error) {
        get().pushToast({ tone: 'error', message: `Could not open the file dialog: ${toErrorInfo(error).message}` });
      }
    },

    async uploadContactsFile(file) {
      if (busy()) return;
      const controller = new AbortController();
      uploadAbort = controller;
      patch({ ...initialContactsRun, phase: 'uploading', upload: { name: file.name, sent: 0, total: file.size } }, 'uploadStart');
      try {
        const path = await uploadArchive(file, {
          signal: controller.signal,
          onProgress: (sent, total) => patch({ upload: { name: file.name, sent, total } }, 'uploadProgress'),
        });
        patch({ phase: 'idle', upload: null }, 'uploaded');
        get().setContactsFile({ path, name: file.name, origin: 'upload' });
      } catch (error) {
        if (isAbort(error)) patch({ ...initialContactsRun }, 'uploadCancelled');
        else patch({ ...initialContactsRun, phase: 'failed', error: { ...toErrorInfo(error), stage: 'upload' } }, 'uploadFailed');
      } finally {
        if (uploadAbort === controller) uploadAbort = null;
      }
    },

    async previewContacts() {
      const current = get().contactsRun;
      if (!current.file || current.phase === 'uploading' || (current.phase === 'running' && !current.dryRun)) return;
      const report = await run(true, {
        path: current.file.path,
        ...(current.format ? { format: current.format } : {}),
        ...(current.mapping ? { mapping: current.mapping } : {}),
      });
      if (!report) return;
      const before = get().contactsRun;
      const offered = new Set(report.attendeesOffered.map((o) => o.key));
      patch(
        {
          phase: 'ready',
          job: null,
          progress: null,
          preview: report,
          // A tick covers the records it named: a preview with other problems asks again.
          skipInvalid: before.skipInvalid && before.preview?.problems.length === report.problems.length,
          attendees: before.attendees.filter((k) => offered.has(k)),
        },
        'previewed',
      );
    },

    setContactsFormat(format) {
      if (busy() && !get().contactsRun.dryRun) return;
      patch({ format, mapping: null }, 'setFormat');
      void get().previewContacts();
    },

    setContactsColumn(header, field) {
      const { mapping, preview } = get().contactsRun;
      if (!preview || (busy() && !get().contactsRun.dryRun)) return;
      patch({ mapping: { ...(mapping ?? preview.mapping ?? {}), [header]: field } }, 'setColumn');
      void get().previewContacts();
    },

    setRememberMapping: (rememberMapping) => patch({ rememberMapping }, 'setRemember'),
    setSkipInvalid: (skipInvalid) => patch({ skipInvalid }, 'setSkipInvalid'),
    setAttendees: (attendees) => patch({ attendees }, 'setAttendees'),

    async importContacts() {
      const current = get().contactsRun;
      const preview = current.preview;
      if (!current.file || !preview || busy()) return;
      const problems = preview.problems.length > 0;
      if (problems && !current.skipInvalid) return;
      const report = await run(false, {
        path: current.file.path,
        format: current.format ?? preview.format,
        ...(preview.format === 'csv' && (current.mapping ?? preview.mapping) ? { mapping: current.mapping ?? preview.mapping! } : {}),
        rememberMapping: preview.format === 'csv' && current.rememberMapping,
        skipInvalid: problems,
        addAttendees: attendeesRequest(current),
      });
      void get().refreshImports();
      if (!report) return;
      // A finished import has used the file up: an uploaded copy is deleted by the server.
      patch({ phase: 'done', job: null, progress: null, report, file: null }, 'imported');
      void get().loadLastContactsImport(true);
    },

    async cancelContacts() {
      const current = get().contactsRun;
      if (current.phase === 'uploading') {
        uploadAbort?.abort();
        return;
      }
      if (current.phase !== 'running' || !current.job || current.cancelling) return;
      patch({ cancelling: true }, 'cancelStart');
      try {
        await invoke('jobs:cancel', { job: current.job });
      } catch (error) {
        if (get().contactsRun.job === current.job && get().contactsRun.phase === 'running') patch({ cancelling: false }, 'cancelFailed');
        get().pushToast({ tone: 'error', message: `Could not cancel: ${toErrorInfo(error).message}` });
      }
    },

    resetContacts() {
      if (busy()) return;
      patch({ ...initialContactsRun }, 'reset');
    },

    async undoContactsImport() {
      const { report, undo } = get().contactsRun;
      if (!report?.importId || undo !== 'idle') return;
      patch({ undo: 'undoing' }, 'undoStart');
      try {
        const record = await invoke('imports:undo', { id: report.importId }, { timeoutMs: IMPORT_TIMEOUT_MS });
        patch({ undo: 'undone' }, 'undone');
        get().pushToast({ tone: 'success', message: `Undid the import of ${record.sourceName}` });
      } catch (error) {
        patch({ undo: 'idle' }, 'undoFailed');
        get().pushToast({ tone: 'error', message: `Could not undo the import: ${toErrorInfo(error).message}` });
      }
      void get().refreshImports();
      void get().loadLastContactsImport(true);
    },

    async loadLastContactsImport(force = false) {
      if (!force && get().lastContactsImport.status !== 'idle') return;
      set((s) => ({ lastContactsImport: { ...s.lastContactsImport, status: 'loading' } }), undefined, 'contacts/lastLoading');
      try {
        const page = await invoke('imports:list', { limit: 50 });
        const record = page.items.find((r) => r.status === 'done' && isContactsImportKind(r.kind)) ?? null;
        set({ lastContactsImport: { status: 'ready', record } }, undefined, 'contacts/lastReady');
      } catch {
        // Only the chip depends on it: without it, People simply offers no "From the last import".
        set({ lastContactsImport: { status: 'error', record: null } }, undefined, 'contacts/lastFailed');
      }
    },
  };
};
