import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../electron/core/xArchive/archiveError';
import { openArchive, type ArchiveLimits } from '../../electron/core/xArchive/archiveSource';
import { streamRecords } from '../../electron/core/xArchive/ytdFiles';
import { following, patchDeclaredSize, writeArchive, writeZip } from '../support/xArchiveFixture';
import { tempDir } from '../support/tmp';

/** The ArchiveError a promise rejects with (fails the test on anything else). */
async function failure(p: Promise<unknown>): Promise<ArchiveError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ArchiveError);
  return err as ArchiveError;
}

/** Streams one data file of a fresh archive holding `text` as `data/<file>`. */
async function readText(layout: 'zip' | 'folder', file: string, text: string | Buffer, limits?: Partial<ArchiveLimits>, onItem = (_: unknown) => {}) {
  const path = await writeArchive(tempDir(), { layout, files: { following: [following('1')] }, extra: { [`data/${file}`]: text } });
  const source = await openArchive(path, limits);
  try {
    return await streamRecords(source, `data/${file}`, onItem);
  } finally {
    await source.close();
  }
}

/** 1-based line and column (in bytes) of a byte offset in ASCII text, as the reader reports them. */
function lineCol(text: string, offset: number) {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1, offset };
}

describe.each(['zip', 'folder'] as const)('content the reader refuses, with file and position (%s)', (layout) => {
  it('refuses JavaScript instead of JSON (never evaluates it)', async () => {
    const err = await failure(readText(layout, 'tweets.js', 'window.YTD.tweets.part0 = alert(1)'));
    expect(err.message).toBe('data/tweets.js: not JSON at line 1, column 27 (byte 26): unexpected "a" where the array should start');
    expect(err).toMatchObject({ file: 'data/tweets.js', position: { line: 1, column: 27, offset: 26 }, kind: 'bad-content' });
  });

  it('points at the fault inside a record', async () => {
    const text = 'window.YTD.tweets.part0 = [\n  {\n    "tweet" : {\n      "id" : "1",\n    }\n  }\n]';
    const at = lineCol(text, text.indexOf('    }\n  }') + 4);
    const err = await failure(readText(layout, 'tweets.js', text));
    expect(at).toMatchObject({ line: 5, column: 5 });
    expect(err.message).toBe(`data/tweets.js: not JSON at line 5, column 5 (byte ${at.offset}): unexpected "}", expected a property name in double quotes`);
    expect(err.position).toEqual(at);
  });

  it('refuses a file cut off inside a record, saying where it ends and where the record began', async () => {
    const whole = `window.YTD.following.part0 = [\n${[1, 2, 3].map((i) => `  {\n    "following" : {\n      "accountId" : "${i}"\n    }\n  }`).join(',\n')}\n]`;
    const cut = whole.slice(0, whole.indexOf('"2"') + 2);
    const err = await failure(readText(layout, 'following.js', cut));
    const end = lineCol(cut, cut.length);
    expect(err.message).toBe(`data/following.js: truncated JSON at line ${end.line}, column ${end.column} (byte ${cut.length}): the file ends inside the record at index 1, which starts at line 7, column 3`);
    expect(err.position).toEqual(end);
  });

  it('refuses a file cut off between records', async () => {
    const text = 'window.YTD.following.part0 = [ { "following" : { "accountId" : "1" } }, ';
    const err = await failure(readText(layout, 'following.js', text));
    expect(err.message).toBe(`data/following.js: truncated JSON at line 1, column ${text.length + 1} (byte ${text.length}): the file ends after 1 records, before the array is closed`);
  });

  it('refuses a top-level object instead of an array', async () => {
    const text = 'window.YTD.account.part0 = {\n  "account" : { }\n}';
    const err = await failure(readText(layout, 'account.js', text));
    expect(err.message).toBe('data/account.js: not JSON at line 1, column 28 (byte 27): the top-level value is an object, but an X data file holds an array');
  });

  it('refuses a file that is not a YTD assignment, and text after the array', async () => {
    const wrapper = await failure(readText(layout, 'like.js', 'window.location = "https://example.com"'));
    expect(wrapper.message).toBe('data/like.js: not an X data file at line 1, column 1 (byte 0): expected "window.YTD.<name>.part<N> = " or "[", found "window.location ="');
    const after = await failure(readText(layout, 'like.js', 'window.YTD.like.part0 = [ ];\nalert(1)'));
    expect(after.message).toBe('data/like.js: not JSON at line 2, column 1 (byte 29): unexpected "a" after the end of the array');
    const empty = await failure(readText(layout, 'like.js', ''));
    expect(empty.message).toBe('data/like.js: not an X data file at line 1, column 1 (byte 0): the file is empty');
  });

  it('refuses bytes that are not UTF-8, with their position', async () => {
    const head = 'window.YTD.like.part0 = [\n  { "like" : { "fullText" : "caf';
    const bytes = Buffer.concat([Buffer.from(head), Buffer.from([0xff]), Buffer.from('" } }\n]')]);
    const err = await failure(readText(layout, 'like.js', bytes));
    expect(err.message).toBe(`data/like.js: not UTF-8 text at line 2, column ${head.length - head.indexOf('\n')} (byte ${head.length}): byte 0xff cannot start or continue a character`);
  });

  it('delivers the records before a bad one, then refuses', async () => {
    const seen: unknown[] = [];
    const text = 'window.YTD.following.part0 = [ { "following" : { "accountId" : "1" } }, { "following" : { "accountId" : "2" } }, { "following" : nope } ]';
    const err = await failure(readText(layout, 'following.js', text, undefined, (v) => seen.push(v)));
    expect(seen).toEqual([{ following: { accountId: '1' } }, { following: { accountId: '2' } }]);
    expect(err.message).toMatch(/^data\/following\.js: not JSON at line 1, column \d+ \(byte \d+\): unexpected "o" in "null"$/);
  });

  it('refuses a record over the size limit, naming its index', async () => {
    const text = `window.YTD.like.part0 = [ { "like" : { "fullText" : "short" } }, { "like" : { "fullText" : "${'x'.repeat(5000)}" } } ]`;
    const err = await failure(readText(layout, 'like.js', text, { maxRecordBytes: 1000 }));
    expect(err).toMatchObject({ kind: 'too-large', file: 'data/like.js', position: { line: 1, column: 66, offset: 65 } });
    expect(err.message).toBe('data/like.js: refused: the record at index 1 (line 1) is larger than the 1000 bytes allowed for one record');
  });

  it('stops with an AbortError when asked, before and during a read', async () => {
    const records = Array.from({ length: 5000 }, (_, i) => following(String(1e15 + i)));
    const path = await writeArchive(tempDir(), { layout, files: { following: records } });
    const source = await openArchive(path);
    try {
      const before = new AbortController();
      before.abort();
      await expect(streamRecords(source, 'data/following.js', () => {}, { signal: before.signal })).rejects.toMatchObject({ name: 'AbortError' });
      const during = new AbortController();
      let seen = 0;
      const run = streamRecords(source, 'data/following.js', async () => {
        if (++seen === 10) during.abort(new Error('user cancelled'));
      }, { signal: during.signal });
      await expect(run).rejects.toMatchObject({ name: 'AbortError' });
      expect(seen).toBe(10);
      expect(await streamRecords(source, 'data/following.js', () => {})).toBe(5000); // the source is still usable
    } finally {
      await source.close();
    }
  });
});

describe('hostile zips', () => {
  const ok = 'window.YTD.following.part0 = [ ]';

  it.each([
    ['../evil.js', 'a ".." segment that would escape the archive'],
    ['data/../../evil.js', 'a ".." segment that would escape the archive'],
    ['..\\..\\evil.js', 'a ".." segment that would escape the archive'],
    ['/etc/passwd', 'an absolute path'],
    ['C:/Windows/evil.js', 'a drive letter'],
    ['C:\\Windows\\evil.js', 'a drive letter'],
  ])('refuses the whole archive for the entry %j', async (name, why) => {
    const path = join(tempDir(), 'evil.zip');
    writeZip(path, { 'data/following.js': ok, [name]: 'pwned' });
    const err = await failure(openArchive(path));
    expect(err).toMatchObject({ file: name, kind: 'unsafe' });
    expect(err.message).toBe(`evil.zip: refused: the entry ${JSON.stringify(name)} has ${why}`);
  });

  it('refuses two entries that name the same file', async () => {
    const path = join(tempDir(), 'twice.zip');
    writeZip(path, { 'data\\following.js': ok, 'data/following.js': ok });
    const err = await failure(openArchive(path));
    expect(err.message).toBe('twice.zip: refused: the entry "data/following.js" appears twice');
  });

  it('refuses a zip bomb by its compression ratio before inflating it', async () => {
    const path = join(tempDir(), 'bomb.zip');
    writeZip(path, { 'data/following.js': `window.YTD.following.part0 = [${' '.repeat(4 << 20)}]` }, 9);
    const source = await openArchive(path, { ratioCheckMinBytes: 1 << 20 });
    try {
      const err = await failure(streamRecords(source, 'data/following.js', () => {}));
      expect(err).toMatchObject({ file: 'data/following.js', kind: 'unsafe' });
      expect(err.message).toMatch(/^data\/following\.js: refused as a zip bomb: \d+ bytes would inflate to 4194335 \(\d+:1, over 200:1\)$/);
    } finally {
      await source.close();
    }
  });

  it('refuses a bomb with the default limits (60 MB of one byte, ~1000:1)', async () => {
    const path = join(tempDir(), 'bomb.zip');
    writeZip(path, { 'data/tweets.js': Buffer.alloc(60 << 20, 0x20), 'data/following.js': ok }, 9);
    const source = await openArchive(path);
    try {
      expect(source.size('data/tweets.js')).toBe(60 << 20);
      const err = await failure(source.open('data/tweets.js'));
      expect(err.message).toMatch(/^data\/tweets\.js: refused as a zip bomb: \d+ bytes would inflate to 62914560 \(\d+:1, over 200:1\)$/);
    } finally {
      await source.close();
    }
  });

  it('refuses an entry whose data outgrows the size it declares (a lying size)', async () => {
    const path = join(tempDir(), 'liar.zip');
    const text = `window.YTD.following.part0 = [ ${Array.from({ length: 200 }, (_, i) => `{ "following" : { "accountId" : "${i}" } }`).join(', ')} ]`;
    writeZip(path, { 'data/following.js': text });
    writeFileSync(path, patchDeclaredSize(readFileSync(path), 'data/following.js', 100));
    const source = await openArchive(path);
    try {
      expect(source.size('data/following.js')).toBe(100);
      const err = await failure(streamRecords(source, 'data/following.js', () => {}));
      expect(err).toMatchObject({ file: 'data/following.js', position: { offset: 100 }, kind: 'unsafe' });
      expect(err.message).toBe('data/following.js: refused: holds more than the 100 bytes it declares (a lying size)');
    } finally {
      await source.close();
    }
  });

  it('refuses an entry that declares more than it holds (damaged)', async () => {
    const path = join(tempDir(), 'short.zip');
    writeZip(path, { 'data/following.js': ok });
    writeFileSync(path, patchDeclaredSize(readFileSync(path), 'data/following.js', 5000));
    const source = await openArchive(path);
    try {
      const err = await failure(streamRecords(source, 'data/following.js', () => {}));
      expect(err.message).toBe(`data/following.js: is damaged: ends after ${ok.length} of the 5000 bytes it declares`);
    } finally {
      await source.close();
    }
  });

  it('refuses an absurd declared size and too many entries', async () => {
    const path = join(tempDir(), 'big.zip');
    writeZip(path, { 'data/following.js': ok, 'a.txt': 'a', 'b.txt': 'b' });
    const big = await openArchive(path, { maxEntryBytes: 10 });
    const err = await failure(big.open('data/following.js'));
    expect(err.message).toBe(`data/following.js: refused: declares ${ok.length} bytes uncompressed, more than the 10 allowed`);
    await big.close();
    expect((await failure(openArchive(path, { maxEntries: 2 }))).message).toBe('big.zip: refused: holds 3 entries, more than the 2 allowed');
  });

  it('refuses garbage named .zip', async () => {
    const path = join(tempDir(), 'archive.zip');
    writeFileSync(path, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
    const err = await failure(openArchive(path));
    expect(err).toMatchObject({ file: null, kind: 'not-archive' });
    expect(err.message).toMatch(/^archive\.zip: not a zip file \(.+\)$/);
  });
});

describe('hostile folders', () => {
  async function folder() {
    const base = tempDir();
    const path = await writeArchive(base, { layout: 'folder', files: { following: [following('1')] } });
    return { base, path };
  }

  it('refuses a link that escapes the folder, naming it', async () => {
    const { base, path } = await folder();
    writeFileSync(join(base, 'secret.txt'), 'outside');
    symlinkSync(join(base, 'secret.txt'), join(path, 'data', 'tweets.js'));
    const err = await failure(openArchive(path));
    expect(err).toMatchObject({ file: 'data/tweets.js', kind: 'unsafe' });
    expect(err.message).toMatch(/^twitter-2026-09-01-1a2b3c: refused: data\/tweets\.js links outside the archive folder \(to .*secret\.txt\)$/);
  });

  it('refuses a linked folder outside, a link loop, a broken link and a FIFO; follows a link that stays inside', async () => {
    const outside = await folder();
    mkdirSync(join(outside.base, 'elsewhere'));
    symlinkSync(join(outside.base, 'elsewhere'), join(outside.path, 'data', 'tweets_media', 'more'));
    expect((await failure(openArchive(outside.path))).message).toMatch(/data\/tweets_media\/more links outside the archive folder/);

    const loop = await folder();
    symlinkSync(join(loop.path, 'data'), join(loop.path, 'data', 'again'));
    expect((await failure(openArchive(loop.path))).message).toBe('twitter-2026-09-01-1a2b3c: refused: data/again links back to a folder that contains it (a loop)');

    const broken = await folder();
    symlinkSync(join(broken.path, 'nowhere.js'), join(broken.path, 'data', 'like.js'));
    expect((await failure(openArchive(broken.path))).message).toMatch(/^twitter-2026-09-01-1a2b3c: refused: data\/like\.js is a broken link or vanished/);

    const fifo = await folder();
    execFileSync('mkfifo', [join(fifo.path, 'data', 'like.js')]); // opening it would block forever
    expect((await failure(openArchive(fifo.path))).message).toBe('twitter-2026-09-01-1a2b3c: refused: data/like.js is not a regular file or folder');

    const inside = await folder();
    symlinkSync(join(inside.path, 'data', 'following.js'), join(inside.path, 'data', 'follower.js'));
    const source = await openArchive(inside.path);
    expect(await streamRecords(source, 'data/follower.js', () => {})).toBe(1);
    await source.close();
  });
});
