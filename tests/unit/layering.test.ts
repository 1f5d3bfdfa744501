import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths';

// The boundary rules live in eslint.config.js; these lint in-memory files placed (by path)
// in each layer and check the rule really fires, so a config edit cannot silently drop it.
const eslint = new ESLint({ cwd: REPO_ROOT });

async function lint(path: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: join(REPO_ROOT, path) });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

const restricted = (messages: { rule: string | null; message: string }[]) => messages.filter((m) => m.rule === 'no-restricted-imports');

describe('layer boundaries (eslint no-restricted-imports)', () => {
  it.each([
    ['shared/ importing node:fs', 'shared/util/probe.ts', `import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n`, /Bad layering/],
    ['shared/ importing better-sqlite3', 'shared/domain/probe.ts', `import Database from 'better-sqlite3';\nexport const D = Database;\n`, /Bad layering/],
    ['shared/ importing react', 'shared/domain/probe.ts', `import { useState } from 'react';\nexport const u = useState;\n`, /shared\/ is plain TypeScript/],
    ['renderer/ importing better-sqlite3', 'renderer/src/lib/probe.ts', `import Database from 'better-sqlite3';\nexport const D = Database;\n`, /only through the contract/],
    [
      'renderer/ importing ../../electron/…',
      'renderer/src/lib/probe.ts',
      `import { openDb } from '../../../electron/db/client';\nexport const o = openDb;\n`,
      /only through the contract/,
    ],
    ['renderer/ importing node:path', 'renderer/src/lib/probe.ts', `import { join } from 'node:path';\nexport const j = join;\n`, /runs without Node/],
    ['electron/core importing electron', 'electron/core/probe.ts', `import { app } from 'electron';\nexport const a = app;\n`, /only electron\/main and electron\/preload/],
    ['electron/db importing electron', 'electron/db/probe.ts', `import { app } from 'electron';\nexport const a = app;\n`, /only electron\/main/],
    ['electron/core importing the shell', 'electron/core/probe.ts', `import { x } from '../main/window';\nexport const y = x;\n`, /never depends on the Electron shell/],
    ['electron/preload importing zod', 'electron/preload/probe.ts', `import { z } from 'zod';\nexport const s = z.string();\n`, /preload may import only/],
    [
      'electron/preload importing the contract',
      'electron/preload/probe.ts',
      `import { contract } from '../../shared/ipc/contract';\nexport const c = contract;\n`,
      /preload may import only/,
    ],
  ])('refuses %s', async (_label, path, code, message) => {
    // One import may break more than one rule (../electron/… is both "data" and "electron").
    const messages = restricted(await lint(path, code));
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.map((m) => m.message).join('\n')).toMatch(message);
  });

  it.each([
    ['shared/', 'shared/util/probe.ts', `import { z } from 'zod';\nimport { foldText } from './text';\nexport const s = z.string().transform(foldText);\n`],
    ['renderer/', 'renderer/src/lib/probe.ts', `import { CHANNELS } from '../../../shared/ipc/channels';\nexport const n = CHANNELS.length;\n`],
    [
      'electron/core',
      'electron/core/probe.ts',
      `import { readFileSync } from 'node:fs';\nimport Database from 'better-sqlite3';\nimport { AppError } from '../../shared/ipc/result';\nexport const all = [readFileSync, Database, AppError];\n`,
    ],
    [
      'electron/preload',
      'electron/preload/probe.ts',
      `import { contextBridge } from 'electron';\nimport { CHANNELS } from '../../shared/ipc/channels';\ncontextBridge.exposeInMainWorld('n', CHANNELS.length);\n`,
    ],
  ])('lets a clean file in %s pass with no messages at all', async (_label, path, code) => {
    expect(await lint(path, code)).toEqual([]);
  });
});
