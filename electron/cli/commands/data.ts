import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../shared/ipc/result';
import { backupTo } from '../../db/backups';
import { APP_NAME } from '../../core/paths';
import { exportJson } from '../../core/services/exportService';
import { type GlobalOptions, appVersion, call, collectPages, printJson, printLines, resolveDbPath, withCore } from '../runtime';
import { importJsonExport } from '../../core/export/jsonImport';
import { exportPeopleCsv } from '../../core/export/peopleCsv';
import { exportPeopleVcard } from '../../core/export/peopleVcard';
import { remindersToIcs } from '../../core/export/remindersIcs';
import { writeFileAtomically } from '../../core/export/atomicFile';

/** `--force` must never let OUT (or FILE) be the live database: the rename would replace it. */
function refuseDatabaseItself(path: string, options: GlobalOptions): void {
  const db = resolve(resolveDbPath(options));
  if ([db, `${db}-wal`, `${db}-shm`, `${db}-journal`].includes(path)) {
    throw new AppError('INVALID_INPUT', `${path} is the database itself; choose another file`, { path });
  }
}

function refuseExisting(path: string, force: boolean | undefined): void {
  if (existsSync(path) && !force) throw new AppError('CONFLICT', `${path} already exists; pass --force to replace it`, { path });
}

/** OUT as an absolute path that may be written: never the database, and an existing file only with --force. */
function outputPath(out: string, force: boolean | undefined, options: GlobalOptions): string {
  const path = resolve(out);
  refuseDatabaseItself(path, options);
  refuseExisting(path, force);
  return path;
}

export function registerData(program: Command, globals: () => GlobalOptions): void {
  program
    .command('backup')
    .description('write a verified copy of the database to OUT (online backup API)')
    .argument('<out>', 'file to write')
    .option('--force', 'replace OUT if it exists')
    .action(async (out: string, opts: { force?: boolean }) => {
      const path = outputPath(out, opts.force, globals());
      await withCore(globals(), async (core) => {
        await backupTo(core.session().sqlite, path);
        if (globals().json) printJson({ path });
        else printLines([`Backed up to ${path}`]);
      });
    });

  program
    .command('backups')
    .description('list the automatic backups, newest first')
    .action(async () => {
      await withCore(globals(), async (core) => {
        const backups = await call(core, 'backups:list', undefined);
        if (globals().json) printJson(backups);
        else printLines(backups.length ? backups.map((b) => `${b.createdAt}  ${b.reason.padEnd(11)} ${b.path}`) : ['No backups yet.']);
      });
    });

  program
    .command('restore')
    .description('replace the database with FILE (verified first; the current database is backed up before)')
    .argument('<file>', 'a backup or database file')
    .action(async (file: string) => {
      const path = resolve(file);
      refuseDatabaseItself(path, globals());
      if (!existsSync(path)) throw new AppError('NOT_FOUND', `${path} does not exist`, { path });
      await withCore(globals(), async (core) => {
        const safety = await core.restoreFrom(path);
        if (globals().json) printJson({ restored: path, safetyBackup: safety });
        else printLines([`Restored ${path}`, `The previous database was saved as ${safety.path}`]);
      });
    });

  const exporter = program.command('export').description('export data in open formats');
  exporter
    .command('json')
    .description('every entity as one JSON document with a format version')
    .argument('<out>', 'file to write')
    .option('--force', 'replace OUT if it exists')
    .action(async (out: string, opts: { force?: boolean }) => {
      const path = outputPath(out, opts.force, globals());
      await withCore(globals(), async (core) => {
        const session = core.session();
        const summary = exportJson(session.sqlite, path, {
          app: APP_NAME,
          version: appVersion(),
          schemaVersion: session.schema.current,
          exportedAt: new Date(core.context().now()).toISOString(),
        });
        if (globals().json) printJson(summary);
        else printLines([`Exported to ${path}`, ...Object.entries(summary.entities).map(([t, n]) => `  ${t}: ${n}`)]);
      });
    });

  // People as CSV or vCard: the same choice of people, the same refusals, one writer each.
  const peopleExports = [
    ['csv', 'people as CSV, safe to open in a spreadsheet (cells that would run as formulas are neutralised)', exportPeopleCsv],
    ['vcard', 'people as vCard 4.0, one card each', exportPeopleVcard],
  ] as const;
  for (const [format, description, write] of peopleExports) {
    exporter
      .command(format)
      .description(description)
      .argument('<out>', 'file to write')
      .option('--person <id...>', 'only these people (archived ones too)')
      .option('--force', 'replace OUT if it exists')
      .action(async (out: string, opts: { person?: string[]; force?: boolean }) => {
        const path = outputPath(out, opts.force, globals());
        await withCore(globals(), async (core) => {
          const summary = write(core.session().sqlite, path, opts.person ?? null);
          if (globals().json) printJson(summary);
          else printLines([`Exported ${summary.people} people to ${path}`]);
        });
      });
  }

  exporter
    .command('ics')
    .description('open reminders as an iCalendar file (one event each, repeating ones with their rule)')
    .argument('<out>', 'file to write')
    .option('--force', 'replace OUT if it exists')
    .action(async (out: string, opts: { force?: boolean }) => {
      const path = outputPath(out, opts.force, globals());
      await withCore(globals(), async (core) => {
        const reminders = await collectPages((limit, cursor) => call(core, 'reminders:list', { status: 'open', limit, cursor }));
        const zone = (await call(core, 'reminders:settings', undefined)).timeZone;
        writeFileAtomically(path, (write) => write(remindersToIcs(reminders, zone, core.context().now())));
        if (globals().json) printJson({ path, reminders: reminders.length });
        else printLines([`Exported ${reminders.length} open reminders to ${path}`]);
      });
    });

  const imports = program.commands.find((c) => c.name() === 'import') ?? program.command('import').description('import contacts and history from other tools');
  imports
    .command('json')
    .description('load a full JSON export (crm export json) into an empty database')
    .argument('<path>', 'the export file')
    .action(async (file: string) => {
      const path = resolve(file);
      await withCore(globals(), async (core) => {
        await core.context().backups.create('pre-import');
        const summary = importJsonExport(core.session().sqlite, path, core.session().schema.current);
        if (globals().json) printJson(summary);
        else printLines([`Loaded ${summary.created} rows from ${path}`, ...Object.entries(summary.entities).map(([t, n]) => `  ${t}: ${n}`)]);
      });
    });

  program
    .command('info')
    .description('app version, database path, schema version and the last backup')
    .action(async () => {
      await withCore(globals(), async (core) => {
        const info = await call(core, 'app:info', undefined);
        if (globals().json) printJson(info);
        else
          printLines([
            `${info.name} ${info.version}`,
            `database  ${info.dbPath}`,
            `schema    ${info.schemaVersion} (${info.migrationsApplied} migrations)`,
            `people    ${info.people}`,
            `backups   ${info.backupsDir}`,
            `last      ${info.lastBackup ? `${info.lastBackup.createdAt} (${info.lastBackup.reason})` : 'none yet'}`,
          ]);
      });
    });
}
