import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { CsvMapping, type ContactFormat, type ContactsReport } from '../../../shared/domain/contacts';
import { AppError } from '../../../shared/ipc/result';
import { type GlobalOptions, call, printJson, printLines, withCore } from '../runtime';

const FORMATS: { command: string; format: ContactFormat; what: string }[] = [
  { command: 'vcard', format: 'vcard', what: 'a vCard file (.vcf, 2.1 / 3.0 / 4.0, as Apple, Google, Outlook and Android write them)' },
  { command: 'linkedin', format: 'linkedin', what: "LinkedIn's Connections.csv" },
  { command: 'google-csv', format: 'google-csv', what: 'a Google Contacts CSV export' },
  { command: 'outlook-csv', format: 'outlook-csv', what: 'an Outlook contacts CSV export' },
  { command: 'csv', format: 'csv', what: 'any CSV, through a column mapping (--mapping FILE, else the remembered or suggested one)' },
  { command: 'ics', format: 'ics', what: 'an iCalendar file: events, with attendees matched to people' },
];

/** The JSON shape of `crm import vcard|linkedin|…`, as the README documents it. */
const reportJson = (r: ContactsReport) => ({
  created: r.created,
  updated: r.updated,
  duplicates: r.duplicates,
  skipped: r.skipped,
  problems: r.problems,
  warnings: r.warnings,
  ...(r.format === 'ics' ? { eventsCreated: r.eventsCreated, eventsUpdated: r.eventsUpdated, attendancesCreated: r.attendancesCreated, attendeesOffered: r.attendeesOffered } : {}),
  ...(r.format === 'linkedin' ? { touchpointsCreated: r.touchpointsCreated } : {}),
  ...(r.mapping ? { mapping: r.mapping } : {}),
  importId: r.importId,
  dryRun: r.dryRun,
});

function reportLines(r: ContactsReport): string[] {
  const head = r.dryRun ? `Dry run of ${r.file} (nothing written)` : `Imported ${r.file} (import ${r.importId})`;
  const events = r.format === 'ics' ? [`events: ${r.eventsCreated} new, ${r.eventsUpdated} already known; people at them: ${r.attendancesCreated}; offered as new: ${r.attendeesOffered.length}`] : [];
  return [
    `${head}: ${r.created} new, ${r.updated} updated, ${r.duplicates} duplicates, ${r.skipped} skipped`,
    ...events,
    ...(r.mapping ? [`mapping: ${Object.entries(r.mapping).map(([h, f]) => `${h} → ${f}`).join(', ')}`] : []),
    ...r.problems.map((p) => `invalid: ${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.message}`),
    ...r.warnings.map((w) => `note: ${w.file}${w.line === null ? '' : `:${w.line}`}: ${w.message}`),
  ];
}

function readMapping(path: string): CsvMapping {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(resolve(path), 'utf8'));
  } catch (error) {
    throw new AppError('INVALID_INPUT', `--mapping ${path}: ${(error as Error).message}`, { path });
  }
  const parsed = CsvMapping.safeParse(json);
  if (!parsed.success) throw new AppError('INVALID_INPUT', `--mapping ${path}: must be a JSON object of "header": "field" (${parsed.error.issues[0]?.message})`, { path });
  return parsed.data;
}

export function registerContacts(program: Command, globals: () => GlobalOptions): void {
  const imports = program.commands.find((c) => c.name() === 'import') ?? program.command('import').description('import contacts and history from other tools');
  for (const { command, format, what } of FORMATS) {
    imports
      .command(command)
      .description(`import ${what} (--json: {created, updated, duplicates, skipped, problems})`)
      .argument('<path>', 'the file')
      .option('--dry-run', 'read and match everything, write nothing (the preview)')
      .option('--skip-invalid', 'import the valid records and leave out the invalid ones (listed in the report)')
      .option('--mapping <file>', 'for csv: a JSON file {"Column header": "email" | "displayName" | …}')
      .option('--remember-mapping', 'keep --mapping for the next file with the same columns')
      .option('--add-attendees', 'for ics: add attendees matched to nobody as new people met there')
      .action(async (path: string, opts: { dryRun?: boolean; skipInvalid?: boolean; mapping?: string; rememberMapping?: boolean; addAttendees?: boolean }) => {
        const mapping = opts.mapping ? readMapping(opts.mapping) : undefined;
        await withCore(globals(), async (core) => {
          const report = await call(core, 'contacts:import', {
            path: resolve(path),
            format,
            dryRun: opts.dryRun ?? false,
            skipInvalid: opts.skipInvalid ?? false,
            rememberMapping: opts.rememberMapping ?? false,
            addAttendees: opts.addAttendees ? 'all' : 'none',
            ...(mapping ? { mapping } : {}),
          });
          if (globals().json) printJson(reportJson(report));
          else printLines(reportLines(report));
        });
      });
  }
}
