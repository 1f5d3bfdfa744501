/**
 * Builds X data archives for tests from a short description: the data files in X's own shape
 * (formats.md §1), wrapped and pretty-printed the way X writes them, plus the manifest, the viewer
 * page and a dummy media folder, as a `.zip` or as an extracted folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

export { account, dmConversation, follower, following, profile, screenNameChange, tweet, tweetPhoto, xDate } from './xArchiveRecords';
export type { DmEventSpec, DmMessageSpec } from './xArchiveRecords';

export interface ArchiveSpec {
  layout: 'zip' | 'folder';
  /** Top folder everything sits in ('' = none), like a third-party re-zip of an extracted archive. */
  root?: string;
  /** true (default): every file listed; 'partial': only account/profile/following/follower listed, the rest found by name; false: none. */
  manifest?: boolean | 'partial';
  /** Data files by type (`tweets`, `following`, `directMessages`, `block`, …): records, or the raw text of the whole file. */
  files: Record<string, unknown[] | string>;
  /** Split a type's records over this many parts: `tweets.js`, `tweets-part1.js`, … */
  split?: { tweets?: number };
  /** Older names: `tweet.js`, `direct-message.js`, `direct-message-group.js` (and `tweet` in the manifest). */
  older?: boolean;
  /** The manifest's userInfo; defaults to the account.js record's owner when there is one. */
  owner?: { accountId: string; userName: string; displayName: string | null };
  /** Extra raw entries by archive-relative path (added under the root), for hostile cases. */
  extra?: Record<string, string | Uint8Array>;
  /** The archive's file name (zip) or folder name. */
  name?: string;
}

/** A fixed time for zip entry dates, so that the same description always gives the same bytes. */
export const FIXTURE_MTIME = new Date('2026-09-01T12:00:00Z');

const OLDER_NAMES: Record<string, [file: string, global: string]> = {
  tweets: ['tweet', 'tweet'],
  directMessages: ['direct-message', 'direct_message'],
  directMessagesGroup: ['direct-message-group', 'direct_message_group'],
};

const kebab = (type: string) => type.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const snake = (type: string) => type.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** `data/` file base and global base for a type: `directMessages` → `direct-messages`, `direct_messages`. */
export function ytdNames(type: string, older = false): { file: string; global: string } {
  const old = older ? OLDER_NAMES[type] : undefined;
  return old ? { file: old[0], global: old[1] } : { file: kebab(type), global: snake(type) };
}

/** X's pretty-printing: 2-space indent, `"key" : value`, empty arrays as `[ ]`. */
export function xJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/^(\s*"(?:[^"\\]|\\.)*"): /gm, '$1 : ')
    .replace(/(: |^\s*)\[\](,?)$/gm, '$1[ ]$2');
}

/** The whole text of a data file: `window.YTD.<global>.part<N> = [ … ]`. */
export function ytdText(global: string, part: number, records: readonly unknown[]): string {
  return `window.YTD.${global}.part${part} = ${records.length ? xJson(records) : '[ ]'}`;
}

interface PlannedFile {
  type: string;
  fileName: string; // 'data/tweets-part1.js'
  globalName: string; // 'YTD.tweets.part1'
  count: number;
  text: string;
}

function plan(spec: ArchiveSpec): PlannedFile[] {
  const out: PlannedFile[] = [];
  for (const [type, content] of Object.entries(spec.files)) {
    const { file, global } = ytdNames(type, spec.older);
    const parts = type === 'tweets' ? Math.max(1, spec.split?.tweets ?? 1) : 1;
    const records = typeof content === 'string' ? null : content;
    const per = records ? Math.ceil(records.length / parts) : 0;
    for (let part = 0; part < parts; part++) {
      const chunk = records ? records.slice(part * per, (part + 1) * per) : [];
      out.push({
        type,
        fileName: `data/${file}${part ? `-part${part}` : ''}.js`,
        globalName: `YTD.${global}.part${part}`,
        count: chunk.length,
        text: typeof content === 'string' ? content : ytdText(global, part, chunk),
      });
    }
  }
  return out;
}

const PEOPLE = new Set(['account', 'profile', 'following', 'follower']);

/** `window.__THAR_CONFIG = {…}` listing the planned files (all, or only the people files when partial). */
export function manifestText(files: readonly PlannedFile[], spec: Pick<ArchiveSpec, 'manifest' | 'older' | 'owner' | 'files'>): string {
  const dataTypes: Record<string, unknown> = {};
  for (const f of files) {
    if (spec.manifest === 'partial' && !PEOPLE.has(f.type)) continue;
    const key = spec.older && f.type === 'tweets' ? 'tweet' : f.type;
    const entry = (dataTypes[key] ??= { files: [] as unknown[] }) as { files: unknown[]; mediaDirectory?: string };
    entry.files.push({ fileName: f.fileName, globalName: f.globalName, count: String(f.count) });
    if (f.type === 'tweets') entry.mediaDirectory = 'data/tweets_media';
  }
  // Types a real manifest lists that are only media folders, to show they are ignored.
  dataTypes.tweetsMedia = { mediaDirectory: 'data/tweets_media' };
  const acct = Array.isArray(spec.files.account) ? (spec.files.account[0] as { account?: Record<string, string> } | undefined)?.account : undefined;
  const owner = spec.owner ?? (acct ? { accountId: acct.accountId, userName: acct.username, displayName: acct.accountDisplayName ?? null } : null);
  const config = {
    userInfo: owner ?? {},
    archiveInfo: { sizeBytes: '591214294', generationDate: '2026-09-01T11:59:00.000Z', isPartialArchive: false, maxPartSizeBytes: '53687091200' },
    readmeInfo: { fileName: 'data/README.txt', directory: 'data/', name: 'README.txt' },
    dataTypes,
  };
  return `window.__THAR_CONFIG = ${xJson(config)}`;
}

/** Every entry of the archive, by archive-relative path (root included). */
export function archiveEntries(spec: ArchiveSpec): Map<string, string | Uint8Array> {
  const root = spec.root ?? '';
  const files = plan(spec);
  const entries = new Map<string, string | Uint8Array>();
  entries.set(`${root}Your archive.html`, '<!DOCTYPE html><html><body>Your archive (test fixture)</body></html>\n');
  entries.set(`${root}assets/js/main.js`, '/* viewer code, never opened */\n');
  entries.set(`${root}data/README.txt`, 'Twitter archive README (test fixture)\n');
  if (spec.manifest !== false) entries.set(`${root}data/manifest.js`, manifestText(files, spec));
  for (const f of files) entries.set(root + f.fileName, f.text);
  // A dummy media folder: names only, the reader must never need to open them.
  entries.set(`${root}data/tweets_media/1626922779105759235-FpT1aBcXgAE9xyz.jpg`, new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
  entries.set(`${root}data/direct_messages_media/3333333333333333333-abc.png`, new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  for (const [path, content] of Object.entries(spec.extra ?? {})) entries.set(root + path, content);
  return entries;
}

/** Writes the archive into `dir` and returns its path (`<dir>/<name>.zip` or `<dir>/<name>/`). */
export async function writeArchive(dir: string, spec: ArchiveSpec): Promise<string> {
  const entries = archiveEntries(spec);
  const name = spec.name ?? 'twitter-2026-09-01-1a2b3c';
  if (spec.layout === 'zip') {
    const path = join(dir, `${name}.zip`);
    writeZip(path, entries);
    return path;
  }
  const path = join(dir, name);
  for (const [rel, content] of entries) {
    const full = join(path, ...rel.split('/'));
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return path;
}

/** Writes a zip of the given entries as-is (names are not checked: hostile tests need bad ones). */
export function writeZip(path: string, entries: Map<string, string | Uint8Array> | Record<string, string | Uint8Array>, level: 0 | 6 | 9 = 6): void {
  const zippable: Zippable = {};
  for (const [rel, content] of entries instanceof Map ? entries : Object.entries(entries)) {
    zippable[rel] = [typeof content === 'string' ? Buffer.from(content, 'utf8') : content, { level, mtime: FIXTURE_MTIME }];
  }
  writeFileSync(path, zipSync(zippable));
}

/**
 * Rewrites the uncompressed size an entry declares in the zip's central directory (what readers
 * trust), leaving the data alone: the "lying size" trick used to slip bombs past size checks.
 */
export function patchDeclaredSize(zip: Buffer, entryName: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from(entryName, 'utf8');
  for (let i = out.length - 46; i >= 0; i--) {
    if (out.readUInt32LE(i) !== 0x02014b50) continue;
    const nameLength = out.readUInt16LE(i + 28);
    if (nameLength === name.length && out.subarray(i + 46, i + 46 + nameLength).equals(name)) {
      out.writeUInt32LE(size, i + 24);
      return out;
    }
  }
  throw new Error(`no central directory record for ${entryName}`);
}
