/**
 * Which data files of an X archive matter to the CRM, where they are, and their records.
 *
 * The manifest (`data/manifest.js`) is the authority on file names (formats.md §1.1: never hard-code
 * them); the known names are only a fallback for archives without one or for types it lacks.
 * Records are streamed, never evaluated, and delivered in file order.
 */
import { addAbortSignal } from 'node:stream';
import { abortError, ArchiveError, throwIfAborted } from './archiveError';
import type { ArchiveSource } from './archiveSource';
import { JsonArrayScanner } from './jsonArrayScanner';
import { parseWrappedJson, readAll } from './ytdWrapper';

export type XDataType =
  | 'account'
  | 'profile'
  | 'screenNameChange'
  | 'following'
  | 'follower'
  | 'directMessages'
  | 'directMessagesGroup'
  | 'tweets'
  | 'like'
  | 'noteTweet';

export interface DataFile {
  type: XDataType;
  /** Entry name in the ArchiveSource. */
  name: string;
  /** `YTD.tweets.part0` from the manifest; null when found by name. */
  globalName: string | null;
  /** Record count the manifest declares (for progress); null when unknown. Not trusted for anything else. */
  count: number | null;
}

export interface ArchiveManifest {
  /** Prefix before `data/`: '' or e.g. 'twitter-2026-09-01-1a2b3c/'. */
  root: string;
  owner: { accountId: string; userName: string; displayName: string | null } | null;
  /** In XDATA_TYPES order; several files of one type (split tweets) in part order. */
  files: DataFile[];
  /** `archiveInfo.generationDate` as written (ISO-8601), or null. */
  generatedAt: string | null;
  /** Entry name of the manifest, or null when the files were found by their known names. */
  manifestName: string | null;
  /** Files the manifest lists that the archive does not hold (a partial archive, or a damaged one). */
  missing: { type: XDataType; name: string }[];
}

/** The order files are listed in: the owner first, then people, then what mentions them. */
export const XDATA_TYPES: readonly XDataType[] = [
  'account',
  'profile',
  'screenNameChange',
  'following',
  'follower',
  'tweets',
  'noteTweet',
  'like',
  'directMessages',
  'directMessagesGroup',
];

/** Manifest `dataTypes` keys per type; the second spellings are from older archives (`tweet`, singular DMs). */
const MANIFEST_KEYS: Record<XDataType, readonly string[]> = {
  account: ['account'],
  profile: ['profile'],
  screenNameChange: ['screenNameChange'],
  following: ['following'],
  follower: ['follower'],
  tweets: ['tweets', 'tweet'],
  noteTweet: ['noteTweet'],
  like: ['like'],
  directMessages: ['directMessages', 'directMessage'],
  directMessagesGroup: ['directMessagesGroup', 'directMessageGroup'],
};

/** Known file names (without `.js` and `-partN`) for the fallback, current spelling first. */
const FILE_BASES: Record<XDataType, readonly string[]> = {
  account: ['account'],
  profile: ['profile'],
  screenNameChange: ['screen-name-change'],
  following: ['following'],
  follower: ['follower'],
  tweets: ['tweets', 'tweet'],
  noteTweet: ['note-tweet'],
  like: ['like'],
  directMessages: ['direct-messages', 'direct-message'],
  directMessagesGroup: ['direct-messages-group', 'direct-message-group'],
};

const MANIFEST = /^((?:[^/]+\/)*)data\/manifest\.js$/;
const DATA_FILE = /^((?:[^/]+\/)*)data\/([^/]+)\.js$/;
const PART = /^(.*?)(?:-part(\d+))?$/;

/**
 * Finds the manifest by the end of its path (the archive may sit in a top folder), reads which file
 * holds each type, and falls back to the known names under the same `data/` folder for types it
 * lacks (or when there is no manifest). Refuses an archive with neither ("this does not look like
 * an X archive") and one holding two archives side by side (it would mix two accounts).
 */
export async function readManifest(source: ArchiveSource): Promise<ArchiveManifest> {
  const manifests = source.names.filter((n) => MANIFEST.test(n));
  const roots = manifests.length ? manifests.map((n) => MANIFEST.exec(n)![1]!) : [...new Set(source.names.flatMap((n) => knownRoot(n)))];
  if (roots.length === 0) {
    throw new ArchiveError(`${label(source)}: this does not look like an X archive (no data/manifest.js and no known data file such as data/tweets.js)`, null, null, 'not-archive');
  }
  if (roots.length > 1) {
    const where = roots.map((r) => JSON.stringify(r || '(top level)')).join(' and ');
    throw new ArchiveError(`${label(source)}: holds more than one X archive (in ${where}); open one of them`, null, null, 'not-archive');
  }
  const root = roots[0]!;
  const manifestName = manifests[0] ?? null;
  const listed = manifestName ? await parseManifest(source, manifestName, root) : null;
  const files: DataFile[] = [];
  for (const type of XDATA_TYPES) {
    const fromManifest = listed?.files.filter((f) => f.type === type) ?? [];
    files.push(...(fromManifest.length ? fromManifest : byKnownName(source, root, type)));
  }
  const owner = listed?.owner ?? (await ownerFromAccount(source, files));
  return { root, owner, files, generatedAt: listed?.generatedAt ?? null, manifestName, missing: listed?.missing ?? [] };
}

const label = (source: ArchiveSource) => source.path.split(/[\\/]/).filter(Boolean).at(-1) ?? source.path;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The root of a name that is one of the known data files ('' or 'top/'), if it is one. */
function knownRoot(name: string): string[] {
  const m = DATA_FILE.exec(name);
  if (!m) return [];
  const base = PART.exec(m[2]!)![1]!;
  return Object.values(FILE_BASES).some((bases) => bases.includes(base)) ? [m[1]!] : [];
}

/** The fallback: `<root>data/<base>.js` and `<root>data/<base>-partN.js`, by base then N. */
function byKnownName(source: ArchiveSource, root: string, type: XDataType): DataFile[] {
  const bases = FILE_BASES[type];
  const found: { name: string; rank: number; part: number }[] = [];
  for (const name of source.names) {
    const m = DATA_FILE.exec(name);
    if (!m || m[1] !== root) continue;
    const [, base, part] = PART.exec(m[2]!)!;
    const rank = bases.indexOf(base!);
    if (rank >= 0) found.push({ name, rank, part: part === undefined ? 0 : Number(part) });
  }
  found.sort((a, b) => a.rank - b.rank || a.part - b.part);
  return found.map(({ name }) => ({ type, name, globalName: null, count: null }));
}

interface Listed {
  owner: ArchiveManifest['owner'];
  generatedAt: string | null;
  files: DataFile[];
  missing: ArchiveManifest['missing'];
}

async function parseManifest(source: ArchiveSource, name: string, root: string): Promise<Listed> {
  const bytes = await readAll(await source.open(name), name, source.limits.maxManifestBytes);
  const { value } = parseWrappedJson(bytes, name);
  if (!isRecord(value)) throw new ArchiveError(`${name}: not an X manifest: its value is not an object`, name, null, 'bad-content');
  const user = isRecord(value.userInfo) ? value.userInfo : {};
  const accountId = str(user.accountId);
  const userName = str(user.userName);
  const owner = accountId && userName ? { accountId, userName, displayName: str(user.displayName) } : null;
  const generatedAt = isRecord(value.archiveInfo) ? str(value.archiveInfo.generationDate) : null;
  const dataTypes = isRecord(value.dataTypes) ? value.dataTypes : {};
  const present = new Set(source.names);
  const files: DataFile[] = [];
  const missing: Listed['missing'] = [];
  for (const type of XDATA_TYPES) {
    const listed: DataFile[] = [];
    for (const key of MANIFEST_KEYS[type]) {
      const entry = dataTypes[key];
      const parts = isRecord(entry) && Array.isArray(entry.files) ? entry.files : [];
      for (const part of parts) {
        const fileName = isRecord(part) ? str(part.fileName) : null;
        if (!fileName || !isRecord(part)) continue;
        // Names are only looked up among the archive's own entries, never used as paths, so a hostile one finds nothing.
        const entryName = root + fileName.replace(/^\.\//, '');
        const count = str(part.count);
        const file: DataFile = { type, name: entryName, globalName: str(part.globalName), count: count && /^\d+$/.test(count) ? Number(count) : null };
        if (present.has(entryName)) listed.push(file);
        else missing.push({ type, name: entryName });
      }
    }
    // `YTD.tweets.part1` after `part0`, whatever order the manifest lists them in.
    const partOf = (f: DataFile) => Number(/\.part(\d+)$/.exec(f.globalName ?? '')?.[1] ?? 0);
    files.push(...listed.sort((a, b) => partOf(a) - partOf(b)));
  }
  return { owner, generatedAt, files, missing };
}

/** Without a manifest, the owner comes from `account.js` (a one-record file). */
async function ownerFromAccount(source: ArchiveSource, files: DataFile[]): Promise<ArchiveManifest['owner']> {
  const file = files.find((f) => f.type === 'account');
  if (!file) return null;
  const { value } = parseWrappedJson(await readAll(await source.open(file.name), file.name, source.limits.maxManifestBytes), file.name);
  const first = Array.isArray(value) && isRecord(value[0]) && isRecord(value[0].account) ? value[0].account : null;
  const accountId = str(first?.accountId);
  const userName = str(first?.username);
  return accountId && userName ? { accountId, userName, displayName: str(first?.accountDisplayName) } : null;
}

/**
 * Streams every element of the top-level array of one data file, in order, calling onItem(value,
 * index) and awaiting it when it returns a promise (which also holds the file's reading back).
 * Records before a bad one are delivered before its ArchiveError is thrown. Returns the count.
 * Aborting throws an Error named 'AbortError'; onBytes gets the bytes read so far, per chunk.
 */
export async function streamRecords(
  source: ArchiveSource,
  file: DataFile | string,
  onItem: (value: unknown, index: number) => void | Promise<void>,
  options: { signal?: AbortSignal; onBytes?: (n: number) => void } = {},
): Promise<number> {
  const name = typeof file === 'string' ? file : file.name;
  const { signal, onBytes } = options;
  throwIfAborted(signal);
  const stream = await source.open(name);
  // Destroys the stream on abort, so a read waiting on a slow disk stops at once rather than at the next chunk.
  if (signal) addAbortSignal(signal, stream);
  const scanner = new JsonArrayScanner(name, source.limits.maxRecordBytes);
  const batch: unknown[] = [];
  let index = 0;
  let bytes = 0;
  const deliver = async () => {
    for (const value of batch) {
      throwIfAborted(signal);
      const pending = onItem(value, index++);
      if (pending) await pending;
    }
    batch.length = 0;
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      try {
        scanner.push(chunk, batch);
      } finally {
        await deliver(); // the records before a fault still arrive, then the fault
      }
      onBytes?.(bytes);
    }
    try {
      scanner.end(batch);
    } finally {
      await deliver();
    }
  } catch (err) {
    if (signal?.aborted) throw abortError(signal);
    throw err;
  } finally {
    stream.destroy();
  }
  return index;
}
