import type { Command } from 'commander';
import { AppError } from '../../../shared/ipc/result';
import { seedDatabase } from '../../core/seed/seed';
import { type GlobalOptions, call, printJson, printLines, withCore } from '../runtime';

function count(name: string, max: number) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > max) throw new AppError('INVALID_INPUT', `--${name} must be a whole number from 0 to ${max}`);
    return n;
  };
}

export function registerSeed(program: Command, globals: () => GlobalOptions): void {
  program
    .command('seed')
    .description('fill a database with realistic synthetic data (deterministic for a given --seed)')
    .requiredOption('--people <n>', 'people to create', count('people', 1_000_000))
    .requiredOption('--touchpoints <n>', 'touchpoints to create', count('touchpoints', 20_000_000))
    .option('--events <n>', 'events (default: one per 100 people, at least 10)', count('events', 100_000))
    .option('--seed <n>', 'random seed', count('seed', 2 ** 31), 1)
    .option('--force', 'seed even if the database already has people')
    .action(async (opts: { people: number; touchpoints: number; events?: number; seed: number; force?: boolean }) => {
      await withCore(globals(), async (core) => {
        const existing = (await call(core, 'app:info', undefined)).people;
        if (existing > 0 && !opts.force) {
          throw new AppError('CONFLICT', `The database already has ${existing} people; seeding would mix synthetic data into it. Pass --force, or use --db with a new file.`);
        }
        let last = 0;
        const summary = seedDatabase(core, {
          ...opts,
          onProgress: (phase, done, total) => {
            if (Date.now() - last < 500 && done < total) return;
            last = Date.now();
            process.stderr.write(`seed: ${phase} ${done.toLocaleString('en')}/${total.toLocaleString('en')}\n`);
          },
        });
        if (globals().json) printJson(summary);
        else
          printLines([
            `Seeded ${summary.people} people, ${summary.events} events (${summary.attendances} attendances), ${summary.touchpoints} touchpoints in ${(summary.ms / 1000).toFixed(1)} s`,
          ]);
      });
    });
}
