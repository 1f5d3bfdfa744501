import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { AppError } from '../../../shared/ipc/result';
import { FOUR_HOURS_MS } from '../../core/core';
import { startCoreWorker } from '../../core/host';
import { sourceMigrationsDir } from '../../core/paths';
import { sourceWorkerSpec } from '../../core/sourceWorker';
import { startWebServer } from '../../web/server';
import { type GlobalOptions, appVersion, parseNow, resolveDbPath } from '../runtime';

/** Same cadence as the desktop app (electron/main/startup.ts); the other commands run no checks. */
export const REMINDER_CHECK_EVERY_MS = 30_000;

export function registerWeb(program: Command, globals: () => GlobalOptions): void {
  program
    .command('web')
    .description('serve the app to a browser on 127.0.0.1 (same as npm run web)')
    .option('--port <n>', 'port (default: a free one)', (v) => Number.parseInt(v, 10))
    .option('--token <token>', 'access token (default: random per run)')
    .action(async (opts: { port?: number; token?: string }) => {
      const staticDir = fileURLToPath(new URL('../../../out/renderer', import.meta.url));
      if (!existsSync(`${staticDir}/index.html`)) {
        throw new AppError('NOT_FOUND', `The renderer is not built (${staticDir}); run npm run web, or npm run build first.`);
      }
      if (opts.port !== undefined && !(opts.port >= 0 && opts.port < 65536)) {
        throw new AppError('INVALID_INPUT', '--port must be a number from 0 to 65535');
      }
      if (opts.token !== undefined && !/^[A-Za-z0-9_-]{16,200}$/.test(opts.token)) {
        throw new AppError('INVALID_INPUT', '--token must be 16–200 letters, digits, - or _');
      }
      const core = await startCoreWorker(sourceWorkerSpec(), {
        dbPath: resolveDbPath(globals()),
        migrationsDir: sourceMigrationsDir(),
        owner: 'web',
        appVersion: appVersion(),
        fixedNow: parseNow(globals().now),
        autoBackup: { firstAfterMs: 60_000, everyMs: FOUR_HOURS_MS },
        reminderChecks: { everyMs: REMINDER_CHECK_EVERY_MS },
      });
      const server = await startWebServer({ core, staticDir, port: opts.port, token: opts.token });
      process.stdout.write(`crm web: ${server.url}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      await core.close();
    });
}
