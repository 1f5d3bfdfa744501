import { Command, CommanderError } from 'commander';
import { AppError } from '../../shared/ipc/result';
import { registerCapture } from './commands/capture';
import { registerContacts } from './commands/contacts';
import { registerData } from './commands/data';
import { registerDuplicates } from './commands/duplicates';
import { registerEvents } from './commands/events';
import { registerPeople } from './commands/people';
import { registerReconnect } from './commands/reconnect';
import { registerReminders } from './commands/reminders';
import { registerSeed } from './commands/seed';
import { registerTouchpoints } from './commands/touchpoints';
import { registerWeb } from './commands/web';
import { registerXArchive } from './commands/xArchive';
import { EXIT_CODES, type GlobalOptions, appVersion } from './runtime';

function buildProgram(): Command {
  const program = new Command('crm')
    .description('Rapport: a local-first personal CRM for networkers')
    .version(appVersion())
    .option('--db <path>', "database file (default: the desktop app's, or $CRM_DB)")
    .option('--now <iso>', 'fix the clock (ISO-8601) for reminders, cadences and ranking')
    .option('--json', 'print one JSON document on stdout')
    .exitOverride()
    .showHelpAfterError('(run crm --help for usage)');
  const globals = () => program.opts<GlobalOptions>();
  registerPeople(program, globals);
  registerEvents(program, globals);
  registerTouchpoints(program, globals);
  registerCapture(program, globals);
  registerReminders(program, globals);
  registerReconnect(program, globals);
  registerData(program, globals);
  registerXArchive(program, globals);
  registerContacts(program, globals);
  registerDuplicates(program, globals);
  registerSeed(program, globals);
  registerWeb(program, globals);
  // Subcommands throw instead of exiting so main() owns the exit code.
  const override = (cmd: Command) => {
    cmd.exitOverride();
    cmd.commands.forEach(override);
  };
  override(program);
  return program;
}

/** Runs the CLI and returns the exit code; errors are one line on stderr. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors were already printed.
      return error.exitCode === 0 ? 0 : EXIT_CODES.INVALID_INPUT;
    }
    if (error instanceof AppError) {
      process.stderr.write(`crm: ${error.message}\n`);
      if (program.opts<GlobalOptions>().json) process.stderr.write(`${JSON.stringify({ error: error.toJSON() })}\n`);
      return EXIT_CODES[error.code];
    }
    process.stderr.write(`crm: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT_CODES.INTERNAL;
  }
}
