import { expect, test } from './fixtures';
import { PeoplePage } from './pages/peoplePage';

/** A noisy 24-bit BMP (hard to compress), built by hand so the test needs no image library. */
function bmp(width: number, height: number): Buffer {
  const row = Math.ceil((width * 3) / 4) * 4;
  const data = row * height;
  const buf = Buffer.alloc(54 + data);
  buf.write('BM', 0);
  buf.writeUInt32LE(54 + data, 2);
  buf.writeUInt32LE(54, 10);
  buf.writeUInt32LE(40, 14);
  buf.writeInt32LE(width, 18);
  buf.writeInt32LE(height, 22);
  buf.writeUInt16LE(1, 26);
  buf.writeUInt16LE(24, 28);
  buf.writeUInt32LE(data, 34);
  let seed = 7;
  for (let i = 54; i < buf.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    buf[i] = (seed >>> 16) & 0xff;
  }
  return buf;
}

test('a large photo is downscaled in the browser to at most 512 px and 256 KB before it is stored', async ({ page, crm }) => {
  const ada = await crm.rpc<{ id: string }>('people:create', { displayName: 'Ada Obi' });
  await new PeoplePage(page).openPerson(crm.url, ada.id, 'Ada Obi');

  const file = bmp(2400, 1600);
  expect(file.length).toBeGreaterThan(10_000_000);
  await page.getByLabel('Photo file').setInputFiles({ name: 'camera.bmp', mimeType: 'image/bmp', buffer: file });
  const img = page.getByRole('img', { name: 'Photo of Ada Obi' });
  await expect(img).toBeVisible();
  const size = await img.evaluate((el) => [(el as unknown as { naturalWidth: number }).naturalWidth, (el as unknown as { naturalHeight: number }).naturalHeight]);
  expect(size).toEqual([512, 341]);

  const photo = await crm.rpc<{ mime: string; base64: string }>('people:photo', { id: ada.id });
  expect(photo.mime).toBe('image/jpeg');
  expect(Buffer.from(photo.base64, 'base64').length).toBeLessThanOrEqual(256 * 1024);

  await page.getByRole('button', { name: 'Remove photo' }).click();
  await expect(img).toBeHidden();
  expect(await crm.rpc('people:photo', { id: ada.id })).toBeNull();
});
