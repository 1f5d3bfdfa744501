import type { z } from 'zod';
import { MAX_PHOTO_BYTES, type PhotoMime } from '../../../shared/domain/person';
import { AppError } from '../../../shared/ipc/result';

type Mime = z.infer<typeof PhotoMime>;

const startsWith = (bytes: Uint8Array, at: number, signature: number[]) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The image type the bytes really are, by their magic number, or null. */
export function sniffImage(bytes: Uint8Array): Mime | null {
  if (startsWith(bytes, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (bytes.length >= 12 && startsWith(bytes, 0, ascii('RIFF')) && startsWith(bytes, 8, ascii('WEBP'))) return 'image/webp';
  return null;
}

/**
 * Decodes a photo sent as base64 and checks it is what it claims to be: a JPEG, PNG or
 * WebP by magic number (not just by the declared type) and at most MAX_PHOTO_BYTES.
 */
export function decodePhoto(photo: { mime: Mime; base64: string }): Buffer {
  const bytes = Buffer.from(photo.base64, 'base64');
  if (bytes.length > MAX_PHOTO_BYTES) {
    throw new AppError('INVALID_INPUT', `the photo must be at most ${MAX_PHOTO_BYTES / 1024} KB`, { bytes: bytes.length });
  }
  const actual = sniffImage(bytes);
  if (actual === null) throw new AppError('INVALID_INPUT', 'the photo is not a JPEG, PNG or WebP image', { mime: photo.mime });
  if (actual !== photo.mime) {
    throw new AppError('INVALID_INPUT', `the photo is ${actual}, not ${photo.mime}`, { mime: photo.mime, actual });
  }
  return bytes;
}
