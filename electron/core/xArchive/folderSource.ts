/**
 * The extracted-folder side of ArchiveSource. A folder cannot carry `..` names, but it can carry
 * links, so every link is resolved and must land inside the folder; anything that is neither a
 * file, a folder nor such a link (sockets, devices, broken links) refuses the whole archive rather
 * than being skipped: a reader that silently drops what it does not understand hides data loss.
 */
import { createReadStream } from 'node:fs';
import { open as openFile, opendir, realpath, stat } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { ArchiveError } from './archiveError';
import type { ArchiveLimits, ArchiveSource } from './archiveSource';
import { capBytes, missingEntry } from './entryGuards';

const inside = (root: string, p: string) => p === root || p.startsWith(root.endsWith(sep) ? root : root + sep);

export async function openFolder(path: string, limits: ArchiveLimits): Promise<ArchiveSource> {
  const label = basename(path) || path;
  const root = await realpath(path);
  const files = await walk(root, label, limits).catch((err: Error) => {
    if (err instanceof ArchiveError) throw err;
    throw new ArchiveError(`${label}: cannot be listed (${err.message})`, null, null, 'io', { cause: err });
  });
  const names = Object.freeze([...files.keys()].sort());

  const sizeOf = (name: string): number => {
    const size = files.get(name);
    if (size === undefined) throw missingEntry(name, label);
    return size;
  };

  return {
    kind: 'folder',
    path,
    limits,
    names,
    size: sizeOf,
    async open(name) {
      sizeOf(name);
      // Resolve again: the folder may have changed since it was listed (a file swapped for a link).
      const real = await resolveInside(root, join(root, ...name.split('/')), name, label);
      // …or for a FIFO, which would block the open forever.
      if (!(await stat(real)).isFile()) throw new ArchiveError(`${label}: refused: ${name} is no longer a regular file`, name, null, 'unsafe');
      const handle = await openFile(real, 'r').catch((err: Error) => {
        throw new ArchiveError(`${name}: cannot be opened (${err.message})`, name, null, 'io', { cause: err });
      });
      const size = (await handle.stat()).size;
      if (size > limits.maxEntryBytes) {
        await handle.close();
        throw new ArchiveError(`${name}: refused: ${size} bytes, more than the ${limits.maxEntryBytes} allowed`, name, null, 'too-large');
      }
      // Held to the size seen at open, so a file still being written cannot stream on forever.
      // The stream owns the handle (autoClose) and closes it when it ends or is destroyed.
      const stream = createReadStream('', { fd: handle, autoClose: true, highWaterMark: 1024 * 1024 });
      return capBytes(stream, name, size, (err, bytes) => new ArchiveError(`${name}: read failed at byte ${bytes} of ${size} (${err.message})`, name, { offset: bytes }, 'io', { cause: err }));
    },
    async close() {
      // Nothing held open between calls: each stream owns (and closes) its own file handle.
    },
  };
}

/** Lists every file under root with its size (following links that stay inside), refusing what cannot be read safely. */
async function walk(root: string, label: string, limits: ArchiveLimits): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  const pending: { dir: string; prefix: string }[] = [{ dir: root, prefix: '' }];
  let count = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { dir, prefix } = next;
    for await (const dirent of await opendir(dir)) {
      if (++count > limits.maxEntries) {
        throw new ArchiveError(`${label}: refused: holds more than the ${limits.maxEntries} entries allowed`, null, null, 'unsafe');
      }
      const name = prefix + dirent.name;
      const full = join(dir, dirent.name);
      let real = full;
      let isDir = dirent.isDirectory();
      let isFile = dirent.isFile();
      if (dirent.isSymbolicLink()) {
        real = await resolveInside(root, full, name, label);
        const target = await stat(real);
        isDir = target.isDirectory();
        isFile = target.isFile();
        // A link to the folder it sits in (or above) would make the listing endless.
        if (isDir && inside(real, dir)) {
          throw new ArchiveError(`${label}: refused: ${name} links back to a folder that contains it (a loop)`, name, null, 'unsafe');
        }
      }
      if (isDir) pending.push({ dir: real, prefix: `${name}/` });
      else if (isFile) files.set(name, (await stat(real)).size);
      else throw new ArchiveError(`${label}: refused: ${name} is not a regular file or folder`, name, null, 'unsafe');
    }
  }
  return files;
}

/** Resolves links and refuses any path that ends up outside the archive folder (or nowhere). */
async function resolveInside(root: string, full: string, name: string, label: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(full);
  } catch (err) {
    throw new ArchiveError(`${label}: refused: ${name} is a broken link or vanished (${(err as Error).message})`, name, null, 'unsafe', { cause: err });
  }
  if (!inside(root, real)) {
    throw new ArchiveError(`${label}: refused: ${name} links outside the archive folder (to ${real})`, name, null, 'unsafe');
  }
  return real;
}
