import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/**
 * Writes a file whole or not at all: `fill` writes through a buffered `write` into a
 * temporary file, which is synced and renamed into place only when `fill` returns. An error
 * removes the temporary file and leaves OUT as it was. Every export goes through here.
 */
export function writeFileAtomically<T>(path: string, fill: (write: (text: string) => void) => T): T {
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  let buffer = '';
  const write = (text: string) => {
    buffer += text;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  };
  let result: T;
  try {
    result = fill(write);
    writeSync(fd, buffer);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(partial, path);
  return result;
}
