/**
 * Test helpers for the object-storage flow: small files of every allowed type (made
 * here, nothing downloaded), an EXIF/GPS inspector, and requestUpload → PUT →
 * completeUpload in one call.
 */
import sharp from 'sharp';

// ---------- sample files ----------

export interface ImageOptions {
  width?: number;
  height?: number;
}

const solid = (width: number, height: number, channels: 3 | 4 = 3) =>
  sharp({ create: { width, height, channels, background: { r: 30, g: 120, b: 200, alpha: 1 } } });

/**
 * A JPEG carrying the metadata completeUpload must strip: EXIF orientation 6 (rotate 90°
 * clockwise to display), copyright, camera make/model, and a GPS position (Hà Nội).
 * Stored pixels are width × height; displayed upright it is height × width.
 */
export async function jpegWithExif({ width = 64, height = 48 }: ImageOptions = {}): Promise<Buffer> {
  return solid(width, height)
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Copyright: 'x', Make: 'KetnoiCam', Model: 'Test 1', Artist: 'Bác sĩ Nguyễn' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 0/1' },
    })
    .jpeg({ quality: 80 })
    .toBuffer();
}

export const jpegBytes = ({ width = 64, height = 48 }: ImageOptions = {}) => solid(width, height).jpeg().toBuffer();
export const pngBytes = ({ width = 64, height = 48 }: ImageOptions = {}) => solid(width, height, 4).png().toBuffer();
export const webpBytes = ({ width = 64, height = 48 }: ImageOptions = {}) => solid(width, height).webp().toBuffer();
export const gifBytes = ({ width = 64, height = 48 }: ImageOptions = {}) => solid(width, height).gif().toBuffer();

/** PNG with an EXIF chunk including GPS. */
export async function pngWithExif({ width = 64, height = 48 }: ImageOptions = {}): Promise<Buffer> {
  return solid(width, height, 4)
    .withExif({ IFD0: { Copyright: 'x' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '10/1 46/1 0/1' } })
    .png()
    .toBuffer();
}

/** A small, valid one-page PDF. */
export function pdfBytes(text = 'Ketnoi'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = `BT /F1 12 Tf 20 100 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** An MP4 that magic-byte detection recognises (ftyp isom + an empty mdat); not playable. */
export function mp4Bytes(padding = 256): Buffer {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2')]);
  const mdat = Buffer.concat([Buffer.alloc(4), Buffer.from('mdat'), Buffer.alloc(padding)]);
  mdat.writeUInt32BE(mdat.length, 0);
  return Buffer.concat([ftyp, mdat]);
}

/** A WebM (EBML header with DocType "webm" and an empty segment); not playable. */
export function webmBytes(padding = 256): Buffer {
  const header = Buffer.from([
    0x1a,
    0x45,
    0xdf,
    0xa3,
    0x9f,
    0x42,
    0x86,
    0x81,
    0x01, // EBMLVersion 1
    0x42,
    0xf7,
    0x81,
    0x01, // EBMLReadVersion 1
    0x42,
    0xf2,
    0x81,
    0x04, // EBMLMaxIDLength 4
    0x42,
    0xf3,
    0x81,
    0x08, // EBMLMaxSizeLength 8
    0x42,
    0x82,
    0x84,
    0x77,
    0x65,
    0x62,
    0x6d, // DocType "webm"
    0x42,
    0x87,
    0x81,
    0x04, // DocTypeVersion 4
    0x42,
    0x85,
    0x81,
    0x02, // DocTypeReadVersion 2
  ]);
  const segment = Buffer.from([0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
  return Buffer.concat([header, segment, Buffer.alloc(padding)]);
}

export interface DicomOptions {
  /** Add a tiny 2 × 2 image (pixel data); without one, nothing can be burned in. */
  pixels?: boolean;
  /** Burned In Annotation (0028,0301); omitted when null/undefined (which counts as unknown). */
  burnedIn?: 'YES' | 'NO' | null;
}

/**
 * A DICOM Part-10 file: 128-byte preamble, "DICM", a file meta group, and a patient name
 * (so de-identification can be tested); optionally a 2 × 2 image and Burned In Annotation.
 */
export function dicomBytes(patientName = 'NGUYEN^VAN A', { pixels = false, burnedIn = null }: DicomOptions = {}): Buffer {
  const el = (group: number, element: number, vr: string, value: Buffer) => {
    const long = ['OB', 'OW', 'SQ', 'UN', 'UT'].includes(vr);
    const head = Buffer.alloc(long ? 12 : 8);
    head.writeUInt16LE(group, 0);
    head.writeUInt16LE(element, 2);
    head.write(vr, 4, 'latin1');
    if (long) head.writeUInt32LE(value.length, 8);
    else head.writeUInt16LE(value.length, 6);
    return Buffer.concat([head, value]);
  };
  const even = (s: string, pad = ' ') => Buffer.from(s.length % 2 ? s + pad : s, 'latin1');
  const meta = Buffer.concat([
    el(0x0002, 0x0001, 'OB', Buffer.from([0, 1])),
    el(0x0002, 0x0002, 'UI', even('1.2.840.10008.5.1.4.1.1.7', '\0')),
    el(0x0002, 0x0003, 'UI', even('1.2.826.0.1.3680043.8.498.1', '\0')),
    el(0x0002, 0x0010, 'UI', even('1.2.840.10008.1.2.1', '\0')),
  ]);
  const groupLength = el(0x0002, 0x0000, 'UL', Buffer.from(Uint32Array.of(meta.length).buffer));
  const us = (n: number) => Buffer.from([n & 0xff, n >> 8]);
  const body = Buffer.concat([
    el(0x0010, 0x0010, 'PN', even(patientName)),
    el(0x0010, 0x0020, 'LO', even('BN-0001')),
    ...(pixels ? [el(0x0028, 0x0010, 'US', us(2)), el(0x0028, 0x0011, 'US', us(2))] : []),
    ...(burnedIn ? [el(0x0028, 0x0301, 'CS', even(burnedIn))] : []),
    ...(pixels ? [el(0x7fe0, 0x0010, 'OW', Buffer.from([11, 0, 22, 0, 33, 0, 44, 0]))] : []),
  ]);
  return Buffer.concat([Buffer.alloc(128), Buffer.from('DICM'), groupLength, meta, body]);
}

/** A Windows executable header (MZ … PE). */
export function exeBytes(): Buffer {
  const b = Buffer.alloc(512);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  return b;
}

export const htmlBytes = () => Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
export const svgBytes = () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>');

// ---------- inspecting images ----------

export interface ImageFacts {
  format?: string;
  width?: number;
  height?: number;
  orientation?: number;
  hasExif: boolean;
  hasGps: boolean;
  hasXmp: boolean;
  hasIptc: boolean;
}

/** Tag ids in the first IFD of a raw EXIF block (`Exif\0\0` + TIFF). */
export function exifIfd0Tags(exif: Buffer): number[] {
  const base = exif.toString('latin1', 0, 6) === 'Exif\0\0' ? 6 : 0;
  const le = exif.toString('latin1', base, base + 2) === 'II';
  const u16 = (o: number) => (le ? exif.readUInt16LE(base + o) : exif.readUInt16BE(base + o));
  const u32 = (o: number) => (le ? exif.readUInt32LE(base + o) : exif.readUInt32BE(base + o));
  const ifd = u32(4);
  return Array.from({ length: u16(ifd) }, (_, i) => u16(ifd + 2 + i * 12));
}

export async function imageFacts(buf: Buffer): Promise<ImageFacts> {
  const m = await sharp(buf).metadata();
  return {
    format: m.format,
    width: m.width,
    height: m.height,
    orientation: m.orientation,
    hasExif: !!m.exif?.length,
    hasGps: !!m.exif?.length && exifIfd0Tags(m.exif).includes(0x8825),
    hasXmp: !!m.xmp?.length,
    hasIptc: !!m.iptc?.length,
  };
}

// ---------- the flow over HTTP ----------

export const REQUEST_UPLOAD = /* GraphQL */ `
  mutation RequestUpload($input: RequestUploadInput!) {
    requestUpload(input: $input) {
      uploadId
      url
      method
      headers
      expiresAt
    }
  }
`;

export const COMPLETE_UPLOAD = /* GraphQL */ `
  mutation CompleteUpload($uploadId: ID!) {
    completeUpload(uploadId: $uploadId) {
      id
      fileName
      contentType
      size
      url
      thumbnailUrl
    }
  }
`;

export interface UploadTicket {
  uploadId: string;
  url: string;
  method: string;
  headers: Record<string, string> | null;
  expiresAt: string;
}

export interface AttachmentResult {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  url: string;
  thumbnailUrl: string | null;
}

interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; [k: string]: unknown };
}

/** What tests/support/app.ts's TestApp offers. */
export interface GqlClient {
  url: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ status: number; data?: T; errors?: GqlError[] }>;
}

/** Local storage returns URLs relative to the API when PUBLIC_URL is unset. */
export const absolute = (url: string, baseUrl: string) => new URL(url, baseUrl).toString();

/** Sends the file the way the browser does: the ticket's method, URL and headers. */
export async function putToTicket(ticket: UploadTicket, body: Buffer, baseUrl: string, extraHeaders: Record<string, string> = {}): Promise<Response> {
  return fetch(absolute(ticket.url, baseUrl), { method: ticket.method, headers: { ...(ticket.headers ?? {}), ...extraHeaders }, body });
}

/** GETs a (presigned) download URL. */
export async function download(url: string, baseUrl: string): Promise<{ status: number; body: Buffer; headers: Headers }> {
  const res = await fetch(absolute(url, baseUrl));
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}

export interface UploadOptions {
  purpose: string;
  body: Buffer;
  contentType: string;
  fileName?: string;
  /** Declared size; defaults to body.length. */
  size?: number;
  /** false: stop after the PUT (default true). */
  complete?: boolean;
}

export interface UploadOutcome {
  ticket?: UploadTicket;
  requestErrors?: GqlError[];
  putStatus?: number;
  attachment?: AttachmentResult;
  completeErrors?: GqlError[];
}

/** requestUpload → PUT → completeUpload, stopping at the first failure. */
export async function uploadFile(app: GqlClient, token: string, o: UploadOptions): Promise<UploadOutcome> {
  const input = { purpose: o.purpose, fileName: o.fileName ?? 'tep', contentType: o.contentType, size: o.size ?? o.body.length };
  const req = await app.gql<{ requestUpload: UploadTicket }>(REQUEST_UPLOAD, { input }, token);
  if (req.errors?.length || !req.data) return { requestErrors: req.errors ?? [{ message: 'no data' }] };
  const ticket = req.data.requestUpload;
  const put = await putToTicket(ticket, o.body, app.url);
  await put.arrayBuffer().catch(() => undefined);
  if (put.status >= 300 || o.complete === false) return { ticket, putStatus: put.status };
  const done = await app.gql<{ completeUpload: AttachmentResult }>(COMPLETE_UPLOAD, { uploadId: ticket.uploadId }, token);
  if (done.errors?.length || !done.data) return { ticket, putStatus: put.status, completeErrors: done.errors ?? [{ message: 'no data' }] };
  return { ticket, putStatus: put.status, attachment: done.data.completeUpload };
}

/** Polls until `fn` returns something truthy (e.g. the thumbnail job has run). */
export async function waitFor<T>(fn: () => Promise<T | null | undefined | false>, { timeoutMs = 10_000, intervalMs = 100 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
