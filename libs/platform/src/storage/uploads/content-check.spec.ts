import sharp from 'sharp';
import { crc32, deflateSync } from 'node:zlib';
import {
  dicomBytes,
  exeBytes,
  gifBytes,
  htmlBytes,
  imageFacts,
  jpegWithExif,
  mp4Bytes,
  pdfBytes,
  pngBytes,
  pngWithExif,
  svgBytes,
  webmBytes,
  webpBytes,
} from '../../../../../tests/support/uploads';
import { detectContentType, makeThumbnail, sanitiseImage } from './content-check';

describe('detectContentType (magic bytes)', () => {
  it.each([
    ['image/jpeg', () => jpegWithExif()],
    ['image/png', () => pngBytes()],
    ['image/webp', () => webpBytes()],
    ['image/gif', () => gifBytes()],
    ['application/pdf', async () => pdfBytes()],
    ['video/mp4', async () => mp4Bytes()],
    ['video/webm', async () => webmBytes()],
    ['application/dicom', async () => dicomBytes()],
  ])('recognises %s', async (type, make) => {
    expect(await detectContentType(await make())).toBe(type);
  });

  it('recognises a PDF from its header only', async () => {
    expect(await detectContentType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it.each([
    ['an executable', exeBytes(), 'application/x-msdownload'],
    ['HTML', htmlBytes(), null],
    ['SVG', svgBytes(), null],
    ['empty', Buffer.alloc(0), null],
    ['text', Buffer.from('just some text'), null],
    ['DICM at the wrong offset', Buffer.concat([Buffer.alloc(100), Buffer.from('DICM'), Buffer.alloc(100)]), null],
  ])('does not take %s for an allowed type', async (_name, bytes, expected) => {
    expect(await detectContentType(bytes)).toBe(expected);
  });
});

describe('sanitiseImage', () => {
  it('applies the EXIF orientation and drops EXIF, GPS and other metadata (JPEG)', async () => {
    const input = await jpegWithExif({ width: 64, height: 48 });
    const before = await imageFacts(input);
    expect(before).toMatchObject({ hasExif: true, hasGps: true, orientation: 6, width: 64, height: 48 });
    const out = await sanitiseImage(input, 'image/jpeg');
    expect(await imageFacts(out)).toMatchObject({ format: 'jpeg', hasExif: false, hasGps: false, hasXmp: false, hasIptc: false, width: 48, height: 64 });
    expect((await sharp(out).metadata()).orientation).toBeUndefined();
    expect(out.includes(Buffer.from('KetnoiCam'))).toBe(false);
  });

  it('drops EXIF from PNG', async () => {
    const input = await pngWithExif();
    expect((await imageFacts(input)).hasExif).toBe(true);
    const out = await sanitiseImage(input, 'image/png');
    expect(await imageFacts(out)).toMatchObject({ format: 'png', hasExif: false });
  });

  it.each([
    ['image/webp', 'webp', () => webpBytes()],
    ['image/gif', 'gif', () => gifBytes()],
  ])('keeps %s in its format', async (type, format, make) => {
    expect((await imageFacts(await sanitiseImage(await make(), type))).format).toBe(format);
  });

  it('throws on bytes that only look like an image', async () => {
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 0x41)]);
    expect(await detectContentType(fake)).toBe('image/jpeg');
    await expect(sanitiseImage(fake, 'image/jpeg')).rejects.toThrow();
  });

  it('refuses decompression bombs', async () => {
    // A PNG header claiming 10 000 × 10 000 pixels; refused before anything is decoded.
    const chunk = (type: string, data: Buffer) => {
      const len = Buffer.alloc(4);
      len.writeUInt32BE(data.length);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])));
      return Buffer.concat([len, Buffer.from(type, 'latin1'), data, crc]);
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(10_000, 0);
    ihdr.writeUInt32BE(10_000, 4);
    ihdr.set([8, 2, 0, 0, 0], 8);
    const huge = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.alloc(30_001 * 10))),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    expect(await detectContentType(huge)).toBe('image/png');
    await expect(sanitiseImage(huge, 'image/png')).rejects.toThrow(/pixel limit/i);
  });
});

describe('makeThumbnail', () => {
  it('makes a 320 px wide WebP', async () => {
    const out = await makeThumbnail(
      await sharp({ create: { width: 1000, height: 500, channels: 3, background: 'red' } })
        .jpeg()
        .toBuffer(),
    );
    expect(await sharp(out).metadata()).toMatchObject({ format: 'webp', width: 320, height: 160 });
  });

  it('never enlarges', async () => {
    const out = await makeThumbnail(await pngBytes({ width: 100, height: 80 }));
    expect(await sharp(out).metadata()).toMatchObject({ format: 'webp', width: 100, height: 80 });
  });
});
