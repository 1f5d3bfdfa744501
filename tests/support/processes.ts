import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { CRM_BIN, REPO_ROOT, SUPPORT_DIR } from './paths';

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const children = new Set<ChildProcess>();

/** Kills every child a test started and did not reap (by its own pid only). */
export function killStrays(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
}

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Starts a tests/support script from the TypeScript sources. */
export function spawnSupport(script: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return track(
    spawn(process.execPath, ['--import', 'tsx', join(SUPPORT_DIR, script), ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

/** Starts `node electron/cli/crm.mjs …`; `timeoutMs` kills a run that hangs. */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs?: number): ChildProcess {
  return track(
    spawn(process.execPath, [CRM_BIN, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
    }),
  );
}

/** Collects output until the child exits. */
export function finished(child: ChildProcess): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs the CLI to completion (killed after 45 s, inside the 60 s test timeout). */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Finished> {
  return finished(spawnCli(args, env, 45_000));
}

/** Resolves with the first stdout line matching `pattern`; rejects if the child exits first. */
export function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs = 30_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    let stderr = '';
    const timer = setTimeout(() => done(new Error(`no line matching ${pattern} within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (const line of buffer.split('\n')) {
        const match = pattern.exec(line);
        if (match) return done(null, match);
      }
    };
    const onErr = (chunk: Buffer) => (stderr += chunk.toString('utf8'));
    const onExit = (code: number | null) => done(new Error(`exited (${code}) before printing ${pattern}; stderr: ${stderr}`));
    function done(error: Error | null, match?: RegExpMatchArray) {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onErr);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(match!);
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onErr);
    child.once('exit', onExit);
  });
}

/** Sends a signal and waits for the child to go. */
export async function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return { code: child.exitCode, signal: child.signalCode };
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, sig) => resolve({ code, signal: sig })),
  );
  child.kill(signal);
  return exited;
}

/** `crm --db <dir>/crm.db [--now NOW] ARGS` for one test's database (CRM_DB points there too). */
export function crmIn(dir: string): (now: string | null, ...args: string[]) => Promise<Finished> {
  const db = join(dir, 'crm.db');
  return (now, ...args) => runCli(['--db', db, ...(now ? ['--now', now] : []), ...args], { CRM_DB: db });
}

/** The parsed stdout of a command that must have succeeded. */
export function stdoutJson(result: Finished): unknown {
  if (result.code !== 0) throw new Error(`crm exited ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout);
}
