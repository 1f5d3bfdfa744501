import { describe, expect, it } from 'vitest';
import { sniffImage } from '../../electron/db/repositories/photoBytes';
import { MAX_PHOTO_BYTES } from '../../shared/domain/person';
import { PNG_BASE64 } from '../support/cases/peopleCases';
import { SOME_ID } from '../support/contractCases';
import { call, dbDigest, useTestCore } from '../support/core';

const env = useTestCore();

const b64 = (bytes: number[] | Buffer, padTo = 0) => Buffer.concat([Buffer.from(bytes), Buffer.alloc(Math.max(0, padTo - bytes.length))]).toString('base64');
const JPEG = b64([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46], 64);
const WEBP = b64([...Buffer.from('RIFF'), 0x24, 0, 0, 0, ...Buffer.from('WEBPVP8 ')], 64);
const GIF = b64([...Buffer.from('GIF89a')], 64);

describe('people:set-photo and people:photo', () => {
  it.each([
    ['image/png', PNG_BASE64],
    ['image/jpeg', JPEG],
    ['image/webp', WEBP],
  ] as const)('stores a real %s in the database and gives it back byte for byte', async (mime, base64) => {
    const ada = await call(env.core, 'people:create', { displayName: 'Ada' });
    expect(await call(env.core, 'people:photo', { id: ada.id })).toBeNull();
    const withPhoto = await call(env.core, 'people:set-photo', { id: ada.id, photo: { mime, base64 } });
    expect(withPhoto.hasPhoto).toBe(true);
    expect(await call(env.core, 'people:photo', { id: ada.id })).toEqual({ mime, base64 });
    const stored = env.sqlite.prepare(`SELECT photo, photo_mime FROM people WHERE id = ?`).get(ada.id) as { photo: Buffer; photo_mime: string };
    expect(stored.photo.equals(Buffer.from(base64, 'base64'))).toBe(true);
    expect(stored.photo_mime).toBe(mime);
    const removed = await call(env.core, 'people:set-photo', { id: ada.id, photo: null });
    expect(removed.hasPhoto).toBe(false);
    expect(await call(env.core, 'people:photo', { id: ada.id })).toBeNull();
  });

  it.each([
    ['a GIF', 'image/png', GIF, /not a JPEG, PNG or WebP/],
    ['text pretending to be a PNG', 'image/png', Buffer.from('<svg onload="alert(1)"></svg>').toString('base64'), /not a JPEG, PNG or WebP/],
    ['no bytes at all', 'image/jpeg', '', /not a JPEG, PNG or WebP/],
    ['a PNG declared as a JPEG', 'image/jpeg', PNG_BASE64, /is image\/png, not image\/jpeg/],
    ['a RIFF file that is not WebP', 'image/webp', b64([...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WAVE')], 64), /not a JPEG, PNG or WebP/],
    ['a JPEG one byte over the cap', 'image/jpeg', b64([0xff, 0xd8, 0xff], MAX_PHOTO_BYTES + 1), /at most 256 KB/],
  ] as const)('refuses %s with INVALID_INPUT, writing nothing', async (_label, mime, base64, message) => {
    const ada = await call(env.core, 'people:create', { displayName: 'Ada' });
    const before = dbDigest(env.sqlite);
    expect(await env.core.dispatch('people:set-photo', { id: ada.id, photo: { mime, base64 } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(message) },
    });
    expect(dbDigest(env.sqlite)).toBe(before);
  });

  it('accepts a JPEG of exactly the cap, and answers NOT_FOUND for unknown people', async () => {
    const ada = await call(env.core, 'people:create', { displayName: 'Ada' });
    expect((await call(env.core, 'people:set-photo', { id: ada.id, photo: { mime: 'image/jpeg', base64: b64([0xff, 0xd8, 0xff], MAX_PHOTO_BYTES) } })).hasPhoto).toBe(true);
    expect(await env.core.dispatch('people:set-photo', { id: SOME_ID, photo: null })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await env.core.dispatch('people:photo', { id: SOME_ID })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('keeps the photo out of lists and person reads (only hasPhoto)', async () => {
    const ada = await call(env.core, 'people:create', { displayName: 'Ada' });
    await call(env.core, 'people:set-photo', { id: ada.id, photo: { mime: 'image/png', base64: PNG_BASE64 } });
    expect(JSON.stringify(await call(env.core, 'people:get', { id: ada.id }))).not.toContain(PNG_BASE64.slice(0, 20));
    expect(JSON.stringify(await call(env.core, 'people:list', {}))).not.toContain(PNG_BASE64.slice(0, 20));
  });
});

describe('sniffImage', () => {
  it('knows the three formats by magic number only', () => {
    expect(sniffImage(Buffer.from(PNG_BASE64, 'base64'))).toBe('image/png');
    expect(sniffImage(Buffer.from(JPEG, 'base64'))).toBe('image/jpeg');
    expect(sniffImage(Buffer.from(WEBP, 'base64'))).toBe('image/webp');
    for (const bytes of [[], [0xff, 0xd8], [0x89, 0x50, 0x4e, 0x47], [...Buffer.from('RIFF')], [...Buffer.from('GIF89a')]]) {
      expect(sniffImage(Uint8Array.from(bytes)), JSON.stringify(bytes)).toBeNull();
    }
  });
});
