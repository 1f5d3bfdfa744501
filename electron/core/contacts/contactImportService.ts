import { stat } from 'node:fs/promises';
import { z } from 'zod';
import type { ContactFormat, ContactProblem, ContactsImport, ContactsReport, CsvMapping } from '../../../shared/domain/contacts';
import { CsvMapping as CsvMappingSchema } from '../../../shared/domain/contacts';
import type { ImportRecord } from '../../../shared/domain/xArchive';
import type { ProgressEvent } from '../../../shared/ipc/events';
import { AppError } from '../../../shared/ipc/result';
import { type Db, atomically } from '../../db/client';
import type { ChangeJournalRepository } from '../../db/repositories/changeJournalRepository';
import type { ContactMatchReader } from '../../db/repositories/contactMatchReader';
import type { ImportsRepository } from '../../db/repositories/importsRepository';
import type { SettingsRepository } from '../../db/repositories/settingsRepository';
import type { TouchpointsRepository } from '../../db/repositories/touchpointsRepository';
import type { XLinker } from '../xArchive/xLinker';
import { type Jobs, cancelled } from '../xArchive/jobs';
import { planContacts } from './contactPlan';
import { mergeBlockingUndo, undoContactsImport } from './contactUndo';
import type { ContactWriter } from './contactWriter';
import { type CalendarFile, type ReadContacts, readContacts } from './readContacts';

type Request = z.output<typeof ContactsImport>;

/** Import kinds in the history, one per format (the history's words for them). */
export const CONTACT_IMPORT_KINDS: Record<ContactFormat, string> = {
  vcard: 'vcard',
  linkedin: 'linkedin',
  'google-csv': 'google_csv',
  'outlook-csv': 'outlook_csv',
  csv: 'csv',
  ics: 'ical',
};
const KINDS = new Set(Object.values(CONTACT_IMPORT_KINDS));
export const isContactsImportKind = (kind: string) => KINDS.has(kind);

const PREVIEW_ROWS = 500;
const MAX_WARNINGS = 1000;

/** The first warnings and one line saying how many more (a file of 30,000 rows may have one each). */
function capped(warnings: ContactProblem[], file: string): ContactProblem[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  return [...warnings.slice(0, MAX_WARNINGS), { file, line: null, message: `and ${(warnings.length - MAX_WARNINGS).toLocaleString('en')} more notes like these` }];
}
const mappingKey = (key: string) => `contacts.csv_mapping.${key}`;

/** The calendar side is built separately (events and attendees); the service hands .ics files to it. */
export interface CalendarImporter {
  run(req: Request, file: CalendarFile, job: { id: string; signal: AbortSignal }, now: () => number): Promise<ContactsReport>;
}

/**
 * Imports a contacts file: read and plan (nothing written; the preview is this with
 * `dryRun`), then, when applied, a backup and one transaction recorded in the import history.
 * A file with invalid records is applied only with `skipInvalid`, and the report keeps them.
 */
export function createContactImportService(deps: {
  db: Db;
  reader: ContactMatchReader;
  writer: ContactWriter;
  imports: ImportsRepository;
  journal: ChangeJournalRepository;
  touchpoints: TouchpointsRepository;
  settings: SettingsRepository;
  xLinker: XLinker;
  jobs: Jobs;
  calendar: CalendarImporter;
  backup(reason: string): Promise<unknown>;
  progress(event: ProgressEvent): void;
}) {
  const remembered = (key: string): CsvMapping | null => deps.settings.read(mappingKey(key), CsvMappingSchema.nullable(), null);

  let running = false;

  /**
   * The file as the last preview read it, kept until the next import: applying right after a
   * preview does not read and parse the same unchanged file again (same path, size, time,
   * format and mapping). What it matches is planned again, against the database as it is then.
   */
  let lastRead: { key: string; read: ReadContacts } | null = null;
  async function readOnce(req: Request): Promise<ReadContacts | CalendarFile> {
    const info = await stat(req.path).catch(() => null);
    const key = info ? JSON.stringify([req.path, info.size, info.mtimeMs, req.format ?? null, req.mapping ?? null]) : null;
    const cached = lastRead && lastRead.key === key ? lastRead.read : null;
    lastRead = null;
    if (cached) return cached;
    const read = await readContacts(req.path, req, remembered);
    if (!('calendar' in read) && key && req.dryRun) lastRead = { key, read };
    return read;
  }

  async function runOne(req: Request, now: () => number): Promise<ContactsReport> {
    const job = deps.jobs.start(req.job);
    const progress = (label: string, done = 0, total: number | null = null) => deps.progress({ job: job.id, label, done, total });
    const check = () => {
      if (job.signal.aborted) throw cancelled(job.id);
    };
    try {
      progress('Reading the file');
      const read = await readOnce(req);
      if ('calendar' in read) return await deps.calendar.run({ ...req, format: 'ics' }, read, job, now);
      check();
      progress('Matching with the people you have', 0, read.records.length);
      const plan = planContacts(read.records, deps.reader, read.format);
      check();
      const problems = [...read.problems, ...plan.invalid].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      const rows = [...plan.rows];
      for (const p of read.problems) rows.push({ line: p.line ?? 0, name: '', outcome: 'invalid', person: null, matchedOn: null, adds: [], kept: [], message: p.message });
      rows.sort((a, b) => a.line - b.line);
      const count = (outcome: string) => rows.filter((r) => r.outcome === outcome).length;
      const base: ContactsReport = {
        importId: null,
        dryRun: req.dryRun,
        format: read.format,
        file: read.file,
        header: read.header,
        mapping: read.mapping,
        records: rows.length,
        created: count('new'),
        updated: count('update'),
        duplicates: count('duplicate'),
        skipped: 0,
        problems,
        warnings: capped(plan.warnings, read.file),
        touchpointsCreated: plan.people.filter((p) => p.connectedOn && (!p.existing || p.changed)).length,
        eventsCreated: 0,
        eventsUpdated: 0,
        attendancesCreated: 0,
        attendeesOffered: [],
        rows: rows.slice(0, PREVIEW_ROWS),
      };
      if (req.dryRun) return base;
      if (problems.length > 0 && !req.skipInvalid) {
        throw new AppError('INVALID_INPUT', `${read.file}: ${problems.length} record${problems.length === 1 ? ' is' : 's are'} invalid (first: line ${problems[0]!.line ?? '–'}, ${problems[0]!.message}). Choose "skip ${problems.length} invalid" to import the rest. Nothing was imported.`, {
          file: read.file,
          problems: problems.slice(0, 20),
        });
      }
      if (base.created + base.updated === 0 && base.duplicates === 0) throw new AppError('INVALID_INPUT', `${read.file}: no contact to import. Nothing was imported.`, { file: read.file });
      progress('Backing up before the import');
      await deps.backup('pre-import');
      check();
      progress('Saving', 0, plan.people.length);
      const at = now();
      const written = atomically(deps.db, () => {
        const importId = deps.imports.start(CONTACT_IMPORT_KINDS[read.format], read.file, at);
        if (req.rememberMapping && read.mappingKey && read.mapping) deps.settings.write(mappingKey(read.mappingKey), read.mapping, at);
        const result = deps.writer.write(plan.people, importId, at);
        const xLinked = result.withX.flatMap((personId) => deps.xLinker.linkKnown(personId, at));
        const stats = { created: base.created, updated: base.updated, duplicates: base.duplicates, skipped: problems.length, problems: problems.slice(0, 200), warnings: plan.warnings.length, touchpointsCreated: result.touchpoints, xLinked };
        deps.imports.finish(importId, stats, at);
        return { importId, touchpoints: result.touchpoints };
      });
      progress('Done', 1, 1);
      return { ...base, importId: written.importId, skipped: problems.length, touchpointsCreated: written.touchpoints };
    } finally {
      job.done();
    }
  }

  return {
    async run(req: Request, now: () => number): Promise<ContactsReport> {
      // One import at a time: a second one planned during the first's backup would collide with what the first writes.
      if (running && !req.dryRun) throw new AppError('BUSY', 'Another contacts import is running; try again when it is done', { job: req.job });
      if (!req.dryRun) running = true;
      try {
        return await runOne(req, now);
      } finally {
        if (!req.dryRun) running = false;
      }
    },

    /** Takes back a contacts import (any order: each undoes only what it did). */
    undo(importId: string, now: number): ImportRecord {
      const record = deps.imports.get(importId);
      if (!isContactsImportKind(record.kind)) throw new AppError('INVALID_INPUT', `Import ${importId} is a ${record.kind} import, not a contacts import`, { id: importId });
      if (record.status !== 'done') throw new AppError('CONFLICT', `Import ${importId} is ${record.status}`, { id: importId, status: record.status });
      const merge = mergeBlockingUndo(deps.db, importId);
      if (merge) {
        throw new AppError('CONFLICT', `${merge.merged} was merged into ${merge.survivor} after this import; undo that merge first`, { id: importId, mergeId: merge.mergeId });
      }
      return atomically(deps.db, () => {
        const xLinked = z.array(z.string()).catch([]).parse(record.stats?.xLinked);
        for (const accountId of xLinked) deps.xLinker.unlink(accountId, now, { remember: false });
        const { archived } = undoContactsImport(deps, importId, now);
        const undone = deps.imports.markUndone(importId, now);
        return archived > 0 ? { ...undone, stats: { ...undone.stats, archivedOnUndo: archived } } : undone;
      });
    },
  };
}

export type ContactImportService = ReturnType<typeof createContactImportService>;
