import { fileURLToPath } from 'node:url';

/** The repository root (tests run from sources). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../electron/db/migrations', import.meta.url));
export const CRM_BIN = fileURLToPath(new URL('../../electron/cli/crm.mjs', import.meta.url));
/** `node --import tsx <this dir>/x.ts` runs a support script from sources. */
export const SUPPORT_DIR = fileURLToPath(new URL('.', import.meta.url));
