import type { ImportRecord, XImportReport } from '../../../../shared/domain/xArchive';
import type { ProgressEvent } from '../../../../shared/ipc/events';
import { type ErrorInfo, invoke, toErrorInfo } from '../../lib/api';
import { type ArchiveKind, archiveName, pickArchive, uploadArchive } from '../../lib/archive';
import { subscribe } from '../../lib/events';
import { type PagedState, emptyPaged, pagedActions } from '../paged';
import type { SliceCreator } from '../types';

export const IMPORTS_PAGE_SIZE = 20;
/** An archive of many years reads for minutes; progress events show it is alive, so wait long. */
export const IMPORT_TIMEOUT_MS = 6 * 60 * 60 * 1000;

/** The archive to import: a path on the machine the core runs on, and what to call it on screen. */
export interface ArchiveChoice {
  path: string;
  name: string;
  /** `upload`: a copy the browser-mode server keeps until the import is done. */
  origin: 'dialog' | 'upload' | 'typed';
}

export type ImportPhase = 'idle' | 'uploading' | 'running' | 'done' | 'failed' | 'cancelled';

export interface ImportRunState {
  archive: ArchiveChoice | null;
  phase: ImportPhase;
  /** Whether the current or last run only counted (Preview). */
  dryRun: boolean;
  job: string | null;
  progress: Omit<ProgressEvent, 'job'> | null;
  upload: { name: string; sent: number; total: number } | null;
  report: XImportReport | null;
  /** Why the last upload or run failed; `stage` says which. */
  error: (ErrorInfo & { stage: 'upload' | 'run' }) | null;
  cancelling: boolean;
}

export interface ImportsSlice {
  importRun: ImportRunState;
  importHistory: PagedState<ImportRecord>;
  /** The id of the import being undone. */
  undoingImport: string | null;
  setArchive(archive: ArchiveChoice | null): void;
  /** The native dialog (desktop); keeps the previous choice when the dialog is closed. */
  chooseArchive(kind: ArchiveKind): Promise<void>;
  /** Browser mode: sends the file to the server and chooses the copy it keeps. */
  uploadArchiveFile(file: File): Promise<void>;
  /** `x:import` on the chosen archive, following its progress; a dry run writes nothing. */
  runImport(dryRun: boolean): Promise<void>;
  /** Stops the upload or the import that is running. */
  cancelImport(): Promise<void>;
  /** Back to choosing an archive. */
  resetImport(): void;
  loadImports(): Promise<void>;
  loadMoreImports(): Promise<void>;
  refreshImports(): Promise<void>;
  undoImport(id: string): Promise<void>;
}

export const initialImportRun: ImportRunState = {
  archive: null,
  phase: 'idle',
  dryRun: false,
  job: null,
  progress: null,
  upload: null,
  report: null,
  error: null,
  cancelling: false,
};

/** Not state: an AbortController is not data, and only the running upload needs it. */
let uploadAbort: AbortController | null = null;

const newJobId = () => `import-${crypto.randomUUID()}`;
const isAbort = (error: unknown) => (error as Error | null)?.name === 'AbortError';

export const createImportsSlice: SliceCreator<ImportsSlice> = (set, get) => {
  const patch = (partial: Partial<ImportRunState>, action: string) => set((s) => ({ importRun: { ...s.importRun, ...partial } }), undefined, `imports/${action}`);
  const busy = () => ['running', 'uploading'].includes(get().importRun.phase);

  const history = pagedActions<ImportRecord>({
    read: () => get().importHistory,
    write: (partial, action) => set((s) => ({ importHistory: { ...s.importHistory, ...partial } }), undefined, `imports/history-${action}`),
    fetch: (cursor, limit) => invoke('imports:list', { limit, ...(cursor ? { cursor } : {}) }),
    keyOf: (r) => r.id,
    pageSize: IMPORTS_PAGE_SIZE,
    onMoreFailed: (error) => get().pushToast({ tone: 'error', message: `Could not load more imports: ${error.message}` }),
  });

  return {
    importRun: initialImportRun,
    importHistory: emptyPaged<ImportRecord>(),
    undoingImport: null,

    setArchive(archive) {
      if (busy()) return;
      patch({ ...initialImportRun, archive }, 'setArchive');
    },

    async chooseArchive(kind) {
      if (busy()) return;
      try {
        const path = await pickArchive(kind);
        if (path) get().setArchive({ path, name: archiveName(path), origin: 'dialog' });
      } catch (error) {
        get().pushToast({ tone: 'error', message: `Could not open the file dialog: ${toErrorInfo(error).message}` });
      }
    },

    async uploadArchiveFile(file) {
      if (busy()) return;
      const controller = new AbortController();
      uploadAbort = controller;
      patch({ ...initialImportRun, phase: 'uploading', upload: { name: file.name, sent: 0, total: file.size } }, 'uploadStart');
      try {
        const path = await uploadArchive(file, {
          signal: controller.signal,
          onProgress: (sent, total) => patch({ upload: { name: file.name, sent, total } }, 'uploadProgress'),
        });
        patch({ ...initialImportRun, archive: { path, name: file.name, origin: 'upload' } }, 'uploaded');
      } catch (error) {
        if (isAbort(error)) patch({ ...initialImportRun }, 'uploadCancelled');
        else patch({ ...initialImportRun, phase: 'failed', error: { ...toErrorInfo(error), stage: 'upload' } }, 'uploadFailed');
      } finally {
        if (uploadAbort === controller) uploadAbort = null;
      }
    },

    async runImport(dryRun) {
      const { archive } = get().importRun;
      if (!archive || busy()) return;
      const job = newJobId();
      patch({ phase: 'running', dryRun, job, progress: null, report: null, error: null, cancelling: false }, 'runStart');
      const stop = subscribe('progress', (event) => {
        if (event.job !== job || get().importRun.job !== job) return;
        patch({ progress: { label: event.label, done: event.done, total: event.total } }, 'progress');
      });
      try {
        const report = await invoke('x:import', { path: archive.path, dryRun, job }, { timeoutMs: IMPORT_TIMEOUT_MS });
        // A finished import has used the archive up: an uploaded copy is deleted by the server.
        patch({ phase: 'done', report, cancelling: false, ...(dryRun ? {} : { archive: null }) }, 'runDone');
      } catch (error) {
        const cancelled = get().importRun.cancelling || toErrorInfo(error).code === 'CANCELLED';
        patch(cancelled ? { phase: 'cancelled', cancelling: false } : { phase: 'failed', cancelling: false, error: { ...toErrorInfo(error), stage: 'run' } }, cancelled ? 'runCancelled' : 'runFailed');
      } finally {
        stop();
        if (!dryRun) void get().refreshImports();
      }
    },

    async cancelImport() {
      const run = get().importRun;
      if (run.phase === 'uploading') {
        uploadAbort?.abort();
        return;
      }
      if (run.phase !== 'running' || !run.job || run.cancelling) return;
      patch({ cancelling: true }, 'cancelStart');
      try {
        await invoke('jobs:cancel', { job: run.job });
      } catch (error) {
        // Still running: say so and let the user try again.
        if (get().importRun.job === run.job && get().importRun.phase === 'running') patch({ cancelling: false }, 'cancelFailed');
        get().pushToast({ tone: 'error', message: `Could not cancel the import: ${toErrorInfo(error).message}` });
      }
    },

    resetImport() {
      if (busy()) return;
      patch({ ...initialImportRun }, 'reset');
    },

    loadImports: () => history.load(false),
    loadMoreImports: history.loadMore,
    async refreshImports() {
      if (get().importHistory.status !== 'idle') await history.load(true);
    },

    async undoImport(id) {
      if (get().undoingImport) return;
      set({ undoingImport: id }, undefined, 'imports/undoStart');
      try {
        const record = await invoke('imports:undo', { id }, { timeoutMs: IMPORT_TIMEOUT_MS });
        set((s) => ({ importHistory: { ...s.importHistory, byId: { ...s.importHistory.byId, [id]: record } } }), undefined, 'imports/undone');
        get().pushToast({ tone: 'success', message: `Undid the import of ${record.sourceName}` });
      } catch (error) {
        get().pushToast({ tone: 'error', message: `Could not undo the import: ${toErrorInfo(error).message}` });
      } finally {
        set({ undoingImport: null }, undefined, 'imports/undoDone');
      }
      void get().refreshImports();
      // People's "From the last import" follows: the newest contacts import may be this one.
      void get().loadLastContactsImport(true);
    },
  };
};
