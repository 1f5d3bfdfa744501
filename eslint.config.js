// Boundaries between the runtimes are enforced here, not remembered (house-style §3.2).
import { basename } from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto'], message: 'Bad layering: this code runs without Node; move the work into the core and call it over the contract.' };
const ELECTRON = { group: ['electron', 'electron/*'], message: 'Bad layering: only electron/main and electron/preload may import electron.' };
const DB = { group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', '**/electron/**', '**/electron/*'], message: 'Bad layering: the renderer reaches data only through the contract (shared/ipc).' };
const RENDERER = { group: ['**/renderer/**', '**/renderer/*'], message: 'Bad layering: nothing imports the renderer.' };
const UI = { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*'], message: 'Bad layering: shared/ is plain TypeScript.' };
const SCHEMAS = {
  group: ['zod', 'zod/*', '**/shared/domain/*', '**/shared/ipc/contract'],
  allowTypeImports: true,
  message: 'The renderer takes values from shared/vocabulary (types from shared/domain are fine): schemas would put zod and every schema into the start-up bundle.',
};
const SHELL = { group: ['**/main/**', '**/main/*', '**/preload/**', '**/preload/*'], message: 'Bad layering: the core never depends on the Electron shell.' };

/** File names: React components PascalCase, everything else camelCase (house-style §3.9). */
const fileNaming = {
  meta: { type: 'suggestion', schema: [], messages: { bad: '{{name}}: {{rule}}' } },
  create(context) {
    return {
      Program(node) {
        const name = basename(context.filename);
        const stem = name.replace(/(\.(test|spec|config|d))?\.(ts|tsx|mts|mjs|js)$/, '');
        const component = name.endsWith('.tsx') && !/^(main|setup)(\.test)?\.tsx$/.test(name);
        const ok = component ? /^[A-Z][A-Za-z0-9]*$/.test(stem) : /^[a-z][A-Za-z0-9]*$/.test(stem);
        if (!ok) context.report({ node, messageId: 'bad', data: { name, rule: component ? 'React components are PascalCase.tsx' : 'modules are camelCase.ts' } });
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**', '.tmp/**', '.bench/**', 'electron/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { local: { rules: { 'file-naming': fileNaming } } },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  { files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/src/**/*.{ts,tsx}'], rules: { 'local/file-naming': 'error' } },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [NODE_BUILTINS, ELECTRON, DB] }],
    },
  },
  { files: ['renderer/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', { patterns: [NODE_BUILTINS, ELECTRON, DB, SCHEMAS] }] } },
  { files: ['shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [NODE_BUILTINS, ELECTRON, DB, RENDERER, UI] }] } },
  { files: ['electron/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [RENDERER] }] } },
  {
    files: ['electron/core/**/*.ts', 'electron/db/**/*.ts', 'electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [RENDERER, ELECTRON, SHELL] }] },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!electron$|\\.\\./\\.\\./shared/ipc/channels$)', message: 'The sandboxed preload may import only electron and shared/ipc/channels.' }] },
      ],
    },
  },
);
