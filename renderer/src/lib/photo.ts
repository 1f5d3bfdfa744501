import { MAX_PHOTO_BYTES } from '../../../shared/vocabulary/people';

export const MAX_PHOTO_EDGE = 512;

/** The size that fits within `max` on its longest side, never enlarged. */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function toBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('This picture could not be converted.'))), 'image/jpeg', quality));
}

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Downscales a picked picture to at most 512 px on its longest side and re-encodes it as a
 * JPEG of at most 256 KB, lowering the quality (then the size) until it fits, so a 12 MB
 * phone photo never crosses IPC or lands in the database.
 */
export async function preparePhoto(file: File): Promise<{ mime: 'image/jpeg'; base64: string }> {
  if (!file.type.startsWith('image/')) throw new Error('Pick a picture (JPEG, PNG, WebP…).');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new Error('This file could not be read as a picture.');
  }
  let edge = MAX_PHOTO_EDGE;
  try {
    for (;;) {
      const size = fitWithin(bitmap.width, bitmap.height, edge);
      const canvas = document.createElement('canvas');
      Object.assign(canvas, size);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('This picture could not be converted.');
      ctx.drawImage(bitmap, 0, 0, size.width, size.height);
      for (const quality of [0.86, 0.76, 0.64, 0.5]) {
        const blob = await toBlob(canvas, quality);
        if (blob.size <= MAX_PHOTO_BYTES) return { mime: 'image/jpeg', base64: await toBase64(blob) };
      }
      if (edge <= 128) throw new Error('This picture is too detailed to fit in 256 KB.');
      edge = Math.round(edge * 0.75);
    }
  } finally {
    bitmap.close();
  }
}
