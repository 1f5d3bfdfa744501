#!/usr/bin/env node
// `npm test`: type-check, lint, migration check, build, vitest, bench smoke, Playwright; then one summary
// line `N passed, N failed[, N skipped]` counting every test plus each check step.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const only = process.argv.slice(2);
const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
mkdirSync('.tmp', { recursive: true });

function run(label, command, args, env = {}) {
  process.stdout.write(`\n=== ${label}: ${[command, ...args].join(' ')}\n`);
  const started = Date.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: false });
  process.stdout.write(`=== ${label}: ${r.status === 0 ? 'ok' : `failed (exit ${r.status ?? r.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return r.status === 0;
}

function check(label, command, args) {
  if (only.length && !only.includes(label)) return true;
  const ok = run(label, command, args);
  if (ok) results.passed++;
  else {
    results.failed++;
    failures.push(label);
  }
  return ok;
}

const bin = (name) => `node_modules/.bin/${name}`;

check('typecheck', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']);
check('typecheck-web', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']);
check('lint', bin('eslint'), ['.', '--max-warnings=0']);
check('migrations', bin('drizzle-kit'), ['check']);
const built = check('build', bin('electron-vite'), ['build']);

function countSuite(label, file, ok, tally) {
  if (!existsSync(file)) {
    results.failed++;
    failures.push(`${label} (no report: the runner crashed)`);
    return;
  }
  const before = results.failed;
  tally(JSON.parse(readFileSync(file, 'utf8')));
  if (!ok && results.failed === before) {
    results.failed++;
    failures.push(`${label} (runner exited non-zero)`);
  }
}

if (!only.length || only.includes('vitest')) {
  const file = '.tmp/vitest.json';
  rmSync(file, { force: true });
  const ok = run('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  countSuite('vitest', file, ok, (report) => {
    results.passed += report.numPassedTests;
    results.failed += report.numFailedTests;
    results.skipped += report.numPendingTests + report.numTodoTests;
    for (const suite of report.testResults) {
      for (const t of suite.assertionResults) if (t.status === 'failed') failures.push(`vitest: ${t.fullName}`);
      if (suite.status === 'failed' && suite.assertionResults.length === 0) {
        results.failed++;
        failures.push(`vitest: ${suite.name} did not load: ${suite.message?.split('\n')[0] ?? ''}`);
      }
    }
  });
}

// The benchmark on a small dataset, so it never rots: absolute budgets only (see tests/bench/run.ts).
check('bench-smoke', bin('tsx'), ['tests/bench/run.ts', '--smoke', '--fresh', '--people', '2000', '--touchpoints', '40000', '--runs', '50', '--x-runs', '1', '--contacts-runs', '1', '--dir', '.tmp/bench']);

if (!only.length || only.includes('e2e')) {
  const file = '.tmp/playwright.json';
  rmSync(file, { force: true });
  if (!built) {
    results.failed++;
    failures.push('e2e (not run: the build failed)');
  } else {
    const ok = run('e2e', bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
    countSuite('e2e', file, ok, (report) => {
      const walk = (suite) => {
        for (const spec of suite.specs ?? []) {
          for (const test of spec.tests) {
            const status = test.status; // expected | unexpected | flaky | skipped
            if (status === 'skipped') results.skipped++;
            else if (status === 'unexpected') {
              results.failed++;
              failures.push(`e2e: ${spec.title}`);
            } else results.passed++;
          }
        }
        (suite.suites ?? []).forEach(walk);
      };
      report.suites.forEach(walk);
      for (const e of report.errors ?? []) {
        results.failed++;
        failures.push(`e2e: ${e.message?.split('\n')[0]}`);
      }
    });
  }
}

if (failures.length) {
  process.stdout.write('\nFailed:\n');
  for (const f of failures) process.stdout.write(`  - ${f}\n`);
}
const skipped = results.skipped ? `, ${results.skipped} skipped` : '';
process.stdout.write(`\n${results.passed} passed, ${results.failed} failed${skipped}\n`);
process.exitCode = results.failed ? 1 : 0;
