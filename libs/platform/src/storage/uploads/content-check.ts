import { fromBuffer } from 'file-type';
import sharp from 'sharp';
import { DICOM, PDF } from './upload-policy';

/** Bytes read from the start of an object to recognise its type. */
export const HEAD_BYTES = 64 * 1024;

/**
 * Decompression-bomb guard: a 20 MB PNG can claim a quarter of a billion pixels.
 * 8192 × 8192 still admits 50-megapixel phone photos.
 */
export const MAX_IMAGE_PIXELS = 8192 * 8192;

export const THUMBNAIL_WIDTH = 320;

/** file-type names some allowed formats differently from what browsers declare. */
const ALIASES: Record<string, string> = { 'video/x-m4v': 'video/mp4' };

/**
 * The content type the bytes really have (from magic numbers, never from the name or
 * the declared type), or null when unknown. DICOM: "DICM" at offset 128; PDF: "%PDF-"
 * at offset 0; everything else from file-type.
 */
export async function detectContentType(head: Buffer): Promise<string | null> {
  if (head.length >= 132 && head.toString('latin1', 128, 132) === 'DICM') return DICOM;
  if (head.length >= 5 && head.toString('latin1', 0, 5) === '%PDF-') return PDF;
  const found = await fromBuffer(head);
  if (!found) return null;
  return ALIASES[found.mime] ?? found.mime;
}

/**
 * True when the bytes look like text in any ASCII-compatible encoding (UTF-8, Windows-125x):
 * no NUL and no C0 control bytes other than tab, CR, LF and form feed.
 */
export function looksLikeText(head: Buffer): boolean {
  for (const b of head) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  }
  return true;
}

/**
 * Decodes and re-encodes an image in its own format: orientation applied to the pixels
 * (`rotate()` before anything else), and no metadata written back, so EXIF (GPS, camera
 * serials, timestamps), XMP, IPTC and comments are gone. Throws on undecodable input.
 */
export async function sanitiseImage(input: Buffer, contentType: string): Promise<Buffer> {
  const animated = contentType === 'image/gif' || contentType === 'image/webp';
  const image = sharp(input, { animated, limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' }).rotate();
  switch (contentType) {
    case 'image/jpeg':
      return image.jpeg({ quality: 90 }).toBuffer();
    case 'image/png':
      return image.png().toBuffer();
    case 'image/webp':
      return image.webp({ quality: 90 }).toBuffer();
    case 'image/gif':
      return image.gif().toBuffer();
    default:
      throw new Error(`not an image type: ${contentType}`);
  }
}

/** Larger WebP renditions for `srcset` (a feed image is ~650 CSS px wide: 1280 for 2× screens), so ECG traces stay sharp. */
export const RENDITION_WIDTHS = [640, 1280] as const;

/** A `width` px wide WebP (never enlarged) of the first frame. */
export function makeRendition(input: Buffer, width: number): Promise<Buffer> {
  return sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS }).rotate().resize({ width, withoutEnlargement: true }).webp({ quality: 82 }).toBuffer();
}

/** The image's width as shown (after EXIF orientation). */
export async function displayWidth(input: Buffer): Promise<number> {
  const meta = await sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS }).metadata();
  return (meta.orientation ?? 1) >= 5 ? (meta.height ?? 0) : (meta.width ?? 0);
}

/** A 320 px wide WebP (never enlarged) of the first frame. */
export function makeThumbnail(input: Buffer): Promise<Buffer> {
  return sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS })
    .rotate()
    .resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer();
}
