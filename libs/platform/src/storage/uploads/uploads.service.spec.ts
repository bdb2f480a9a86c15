import 'reflect-metadata';
import { Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { createDataSource } from '../../database/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../database/embedded-postgres';
import { newId } from '../../database/ids';
import { DomainError } from '../../graphql/errors';
import { RequestLoaders } from '../../graphql/loaders';
import { FilesController } from '../files.controller';
import { LocalObjectStorage } from '../local-storage';
import { OBJECT_STORAGE, ObjectStorage } from '../object-storage';
import { S3ObjectStorage } from '../s3-storage';
import { dicomBytes, imageFacts, jpegWithExif, pdfBytes, pngBytes, webmBytes } from '../../../../../tests/support/uploads';
import { PDFDocument } from 'pdf-lib';
import { AttachmentEntity } from './attachment.entity';
import { PDF_ENCRYPTED } from './pdf-metadata';
import { MAX_PENDING_UPLOADS, THUMBNAIL_QUEUE, UploadTicketResult, UploadsService } from './uploads.service';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('@20minutes/s3rver');

jest.setTimeout(60_000);

/**
 * The service against real PostgreSQL and both storages: the local one behind the real
 * FilesController over HTTP, and the real S3 client against s3rver (SigV4 checked).
 */
let pg: EmbeddedDatabase | undefined;
let adminUrl: string;
let database: string;
let dataSource: DataSource;
let tmp: string;
let pgDir: string | undefined;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'ketnoi-uploads-spec-'));
  // The cluster jest's global setup started (tests/support/global-setup.ts), else
  // DATABASE_URL's server, else an embedded one of our own.
  if (process.env.KETNOI_TEST_ADMIN_URL) {
    adminUrl = process.env.KETNOI_TEST_ADMIN_URL;
  } else if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = '/postgres';
    adminUrl = u.toString();
  } else {
    // Its own folder directly under the temp dir: the "postgres" OS user must reach it.
    pgDir = await mkdtemp(join(tmpdir(), 'ketnoi-uploads-pg-'));
    pg = await startEmbeddedPostgres(pgDir, { unsafeFast: true });
    adminUrl = pg.adminUrl;
  }
  database = `uploads_spec_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  dataSource = createDataSource({ url: url.toString(), entities: [AttachmentEntity], migrations: [], poolSize: 8 });
  await dataSource.initialize();
  await dataSource.synchronize();
});

afterAll(async () => {
  await dataSource?.destroy();
  if (adminUrl && database) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
  await pg?.stop();
  await rm(tmp, { recursive: true, force: true });
  if (pgDir) await rm(pgDir, { recursive: true, force: true });
});

interface StorageHarness {
  storage: ObjectStorage;
  /** Where relative URLs (local storage) point. */
  base: string;
  close(): Promise<void>;
}

async function localHarness(): Promise<StorageHarness> {
  const storage = new LocalObjectStorage(join(tmp, `objects-${Date.now()}`), 'uploads-service-spec-secret-0123456789');
  await storage.ensureReady();
  @Module({ controllers: [FilesController], providers: [{ provide: OBJECT_STORAGE, useValue: storage }] })
  class FilesModule {}
  const app: INestApplication = await NestFactory.create<NestExpressApplication>(FilesModule, { logger: false, bodyParser: false });
  await app.listen(0, '127.0.0.1');
  return { storage, base: `http://127.0.0.1:${app.getHttpServer().address().port}`, close: () => app.close() };
}

async function s3Harness(): Promise<StorageHarness> {
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: join(tmp, `s3-${Date.now()}`), vhostBuckets: false });
  const address = await server.run();
  const storage = new S3ObjectStorage({
    endpoint: `http://127.0.0.1:${address.port}`,
    bucket: 'uploads',
    accessKey: 'S3RVER',
    secretKey: 'S3RVER',
    region: 'us-east-1',
  });
  await storage.ensureReady();
  return { storage, base: 'http://unused.invalid', close: () => server.close() };
}

const viewer = (over: Partial<Viewer> = {}): Viewer => ({
  id: newId(),
  sessionId: newId(),
  roles: [],
  verificationStatus: 'VERIFIED',
  facilityId: null,
  provinceCode: null,
  ...over,
});

async function expectDomainError(p: Promise<unknown>, code: string, field?: string): Promise<DomainError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DomainError);
  const d = e as DomainError;
  expect({ code: d.code, field: d.extensions.field }).toEqual({ code, field });
  return d;
}

describe.each([
  ['local', localHarness],
  ['s3', s3Harness],
])('UploadsService with %s storage', (_kind, makeHarness) => {
  let h: StorageHarness;
  let service: UploadsService;
  const sent: { queue: string; data: { attachmentId: string } }[] = [];
  const jobs = {
    register: jest.fn(),
    schedule: jest.fn(async () => undefined),
    send: jest.fn(async (queue: string, data: object) => {
      sent.push({ queue, data: data as { attachmentId: string } });
    }),
  };

  beforeAll(async () => {
    h = await makeHarness();
    service = new UploadsService(dataSource, h.storage, jobs);
  });
  afterAll(() => h?.close());
  beforeEach(() => {
    sent.length = 0;
  });

  const put = (ticket: UploadTicketResult, body: Buffer, contentType?: string) =>
    fetch(new URL(ticket.url, h.base), {
      method: ticket.method,
      headers: { ...ticket.headers, ...(contentType ? { 'Content-Type': contentType } : {}) },
      body,
    });
  const row = (id: string) => dataSource.getRepository(AttachmentEntity).findOneByOrFail({ id });
  const fetchBytes = async (url: string) => {
    const res = await fetch(new URL(url, h.base));
    return { status: res.status, type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
  };

  it('JPEG: PUT → complete strips EXIF/GPS, applies orientation, queues the thumbnail, which is made', async () => {
    const me = viewer();
    const body = await jpegWithExif({ width: 64, height: 48 });
    const ticket = await service.requestUpload(me, { purpose: 'POST_MEDIA', fileName: 'ảnh.jpg', contentType: 'image/jpeg', size: body.length });
    expect(ticket).toMatchObject({ method: 'PUT', headers: { 'Content-Type': 'image/jpeg' } });
    expect(ticket.expiresAt.getTime()).toBeGreaterThan(Date.now() + 890_000);
    expect(await row(ticket.uploadId)).toMatchObject({
      status: 'PENDING',
      ownerId: me.id,
      purpose: 'POST_MEDIA',
      fileName: 'ảnh.jpg',
      size: body.length,
      storageKey: ticket.uploadId,
    });
    expect((await put(ticket, body)).status).toBe(200);

    const att = await service.completeUpload(me, ticket.uploadId);
    expect(att).toMatchObject({ id: ticket.uploadId, status: 'READY', contentType: 'image/jpeg' });
    expect(att.completedAt).toBeInstanceOf(Date);
    const stored = await h.storage.read(att.storageKey);
    expect(att.size).toBe(stored.length);
    expect(await row(att.id)).toMatchObject({ status: 'READY', size: stored.length });
    expect(await imageFacts(stored)).toMatchObject({ format: 'jpeg', hasExif: false, hasGps: false, width: 48, height: 64 });
    expect(sent).toEqual([{ queue: THUMBNAIL_QUEUE, data: { attachmentId: att.id } }]);

    const url = await service.urlFor(att);
    const got = await fetchBytes(url!);
    expect(got).toMatchObject({ status: 200, type: 'image/jpeg' });
    expect(got.body.equals(stored)).toBe(true);
    expect(await service.thumbnailUrlFor(att)).toBeNull();

    await service.createThumbnail(att.id);
    const withThumb = await row(att.id);
    expect(withThumb.thumbnailKey).toBe(`${att.id}.thumb.webp`);
    const thumb = await fetchBytes((await service.thumbnailUrlFor(withThumb))!);
    expect(thumb).toMatchObject({ status: 200, type: 'image/webp' });
    expect(await sharp(thumb.body).metadata()).toMatchObject({ format: 'webp', width: 48, height: 64 });
    await service.createThumbnail(att.id); // a retried job changes nothing
    expect((await row(att.id)).thumbnailKey).toBe(withThumb.thumbnailKey);
  });

  it('makes 320 px wide thumbnails of large images', async () => {
    const me = viewer();
    const body = await sharp({ create: { width: 1280, height: 960, channels: 3, background: 'green' } })
      .png()
      .toBuffer();
    const ticket = await service.requestUpload(me, { purpose: 'AVATAR', fileName: 'a.png', contentType: 'image/png', size: body.length });
    await put(ticket, body);
    const att = await service.completeUpload(me, ticket.uploadId);
    await service.createThumbnail(att.id);
    const thumb = await h.storage.read(`${att.id}.thumb.webp`);
    expect(await sharp(thumb).metadata()).toMatchObject({ width: 320, height: 240 });
  });

  it('makes 640 and 1280 px WebP renditions for srcset (only those narrower than the image), served by short-lived URLs', async () => {
    const me = viewer();
    const upload = async (width: number) => {
      const body = await sharp({ create: { width, height: width / 2, channels: 3, background: 'white' } })
        .png()
        .toBuffer();
      const ticket = await service.requestUpload(me, { purpose: 'POST_MEDIA', fileName: 'ecg.png', contentType: 'image/png', size: body.length });
      await put(ticket, body);
      return service.completeUpload(me, ticket.uploadId);
    };
    const big = await upload(2400);
    expect(await service.renditionsFor(big)).toEqual([]); // not made yet
    await service.createThumbnail(big.id);
    const made = await row(big.id);
    expect(made.renditionWidths).toEqual([640, 1280]);
    const renditions = await service.renditionsFor(made);
    expect(renditions.map((r) => r.width)).toEqual([640, 1280]);
    for (const r of renditions) {
      const got = await fetchBytes(r.url);
      expect(got).toMatchObject({ status: 200, type: 'image/webp' });
      expect(await sharp(got.body).metadata()).toMatchObject({ format: 'webp', width: r.width, height: r.width / 2 });
    }
    // an 800 px image: 640 only (never enlarged); a 320 px one: none
    const mid = await upload(800);
    await service.createThumbnail(mid.id);
    expect((await row(mid.id)).renditionWidths).toEqual([640]);
    const small = await upload(320);
    await service.createThumbnail(small.id);
    expect((await row(small.id)).renditionWidths).toEqual([]);
    expect(await service.renditionsFor(await row(small.id))).toEqual([]);
  });

  it('images uploaded before renditions existed get them from the backfill job, keeping their thumbnail', async () => {
    const me = viewer();
    const body = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: 'red' } })
      .jpeg()
      .toBuffer();
    const ticket = await service.requestUpload(me, { purpose: 'POST_MEDIA', fileName: 'old.jpg', contentType: 'image/jpeg', size: body.length });
    await put(ticket, body);
    const att = await service.completeUpload(me, ticket.uploadId);
    await service.createThumbnail(att.id);
    // as an old row: a thumbnail, no renditions
    await dataSource.query(`UPDATE attachments SET rendition_widths = NULL WHERE id = $1`, [att.id]);
    const thumbnailKey = (await row(att.id)).thumbnailKey;
    sent.length = 0;
    expect(await service.backfillRenditions()).toBeGreaterThanOrEqual(1);
    expect(sent).toContainEqual({ queue: THUMBNAIL_QUEUE, data: { attachmentId: att.id } });
    await service.createThumbnail(att.id);
    expect(await row(att.id)).toMatchObject({ thumbnailKey, renditionWidths: [640, 1280] });
    sent.length = 0;
    await service.backfillRenditions();
    expect(sent).not.toContainEqual({ queue: THUMBNAIL_QUEUE, data: { attachmentId: att.id } });
  });

  it('completing twice returns the same READY attachment and queues one job; concurrent completions too', async () => {
    const me = viewer();
    const body = await pngBytes();
    const ticket = await service.requestUpload(me, { purpose: 'AVATAR', fileName: 'a.png', contentType: 'image/png', size: body.length });
    await put(ticket, body);
    const [a, b] = await Promise.all([service.completeUpload(me, ticket.uploadId), service.completeUpload(me, ticket.uploadId)]);
    const c = await service.completeUpload(me, ticket.uploadId);
    expect([a.status, b.status, c.status]).toEqual(['READY', 'READY', 'READY']);
    expect(new Set([a.size, b.size, c.size]).size).toBe(1);
    expect(sent).toHaveLength(1);
  });

  it('PDF: READY as uploaded, no thumbnail job, downloaded as application/pdf', async () => {
    const me = viewer();
    const body = pdfBytes();
    const ticket = await service.requestUpload(me, {
      purpose: 'BROADCAST_DOCUMENT',
      fileName: 'thong-bao.pdf',
      contentType: 'application/pdf',
      size: body.length,
    });
    await put(ticket, body);
    const att = await service.completeUpload(me, ticket.uploadId);
    expect(att).toMatchObject({ status: 'READY', size: body.length });
    expect(sent).toEqual([]);
    const got = await fetchBytes((await service.urlFor(att))!);
    expect(got).toMatchObject({ status: 200, type: 'application/pdf' });
    expect(got.body.equals(body)).toBe(true);
  });

  it('video: READY after a magic-byte check of the first bytes only', async () => {
    const me = viewer();
    const body = webmBytes(200_000);
    const ticket = await service.requestUpload(me, { purpose: 'MESSAGE_ATTACHMENT', fileName: 'clip.webm', contentType: 'video/webm', size: body.length });
    await put(ticket, body);
    expect(await service.completeUpload(me, ticket.uploadId)).toMatchObject({ status: 'READY', size: body.length });
  });

  it('content that is not the declared type: REJECTED, object deleted, BAD_USER_INPUT on file; then CONFLICT', async () => {
    const me = viewer();
    const body = pdfBytes();
    const ticket = await service.requestUpload(me, { purpose: 'POST_MEDIA', fileName: 'a.png', contentType: 'image/png', size: body.length });
    expect((await put(ticket, body)).status).toBe(200);
    const e = await expectDomainError(service.completeUpload(me, ticket.uploadId), 'BAD_USER_INPUT', 'file');
    expect(e.message).toBe('Nội dung tệp không khớp với loại đã khai báo.');
    expect((await row(ticket.uploadId)).status).toBe('REJECTED');
    expect(await h.storage.stat(ticket.uploadId)).toBeNull();
    await expectDomainError(service.completeUpload(me, ticket.uploadId), 'CONFLICT', 'uploadId');
    expect(sent).toEqual([]);
  });

  it('HTML uploaded as a JPEG is rejected', async () => {
    const me = viewer();
    const body = Buffer.from('<html><script>alert(1)</script></html>');
    const ticket = await service.requestUpload(me, { purpose: 'AVATAR', fileName: 'a.jpg', contentType: 'image/jpeg', size: body.length });
    await put(ticket, body);
    await expectDomainError(service.completeUpload(me, ticket.uploadId), 'BAD_USER_INPUT', 'file');
    expect((await row(ticket.uploadId)).status).toBe('REJECTED');
  });

  it('nothing uploaded yet: BAD_USER_INPUT on uploadId, still PENDING, and completes after the PUT', async () => {
    const me = viewer();
    const body = await pngBytes();
    const ticket = await service.requestUpload(me, { purpose: 'AVATAR', fileName: 'a.png', contentType: 'image/png', size: body.length });
    const e = await expectDomainError(service.completeUpload(me, ticket.uploadId), 'BAD_USER_INPUT', 'uploadId');
    expect(e.message).toMatch(/^Chưa nhận được tệp\./);
    expect((await row(ticket.uploadId)).status).toBe('PENDING');
    await put(ticket, body);
    expect((await service.completeUpload(me, ticket.uploadId)).status).toBe('READY');
  });

  it('a size other than declared: BAD_USER_INPUT on uploadId, object removed, still PENDING; the right file then completes', async () => {
    const me = viewer();
    const body = pdfBytes();
    const ticket = await service.requestUpload(me, { purpose: 'POST_MEDIA', fileName: 'a.pdf', contentType: 'application/pdf', size: body.length });
    expect((await put(ticket, body.subarray(0, body.length - 10))).status).toBe(200);
    await expectDomainError(service.completeUpload(me, ticket.uploadId), 'BAD_USER_INPUT', 'uploadId');
    expect(await h.storage.stat(ticket.uploadId)).toBeNull();
    expect((await row(ticket.uploadId)).status).toBe('PENDING');
    expect((await put(ticket, body)).status).toBe(200);
    expect((await service.completeUpload(me, ticket.uploadId)).status).toBe('READY');
  });

  it('more bytes than declared never become READY (S3 cannot refuse them at PUT time)', async () => {
    const me = viewer();
    const body = pdfBytes();
    const ticket = await service.requestUpload(me, { purpose: 'POST_MEDIA', fileName: 'a.pdf', contentType: 'application/pdf', size: 100 });
    const res = await put(ticket, body);
    if (res.status === 200) {
      await expectDomainError(service.completeUpload(me, ticket.uploadId), 'BAD_USER_INPUT', 'uploadId');
      expect(await h.storage.stat(ticket.uploadId)).toBeNull();
    } else {
      expect(res.status).toBe(413); // local storage refuses at the door
    }
    expect((await row(ticket.uploadId)).status).toBe('PENDING');
  });

  it('someone else’s upload, or a malformed id, is NOT_FOUND', async () => {
    const me = viewer();
    const body = await pngBytes();
    const ticket = await service.requestUpload(me, { purpose: 'AVATAR', fileName: 'a.png', contentType: 'image/png', size: body.length });
    await put(ticket, body);
    await expectDomainError(service.completeUpload(viewer(), ticket.uploadId), 'NOT_FOUND');
    await expectDomainError(service.completeUpload(me, 'not-a-uuid'), 'NOT_FOUND');
    await expectDomainError(service.completeUpload(me, newId()), 'NOT_FOUND');
    expect((await row(ticket.uploadId)).status).toBe('PENDING');
  });

  it('DICOM is refused until a de-identifier is registered, then READY with the cleaned bytes', async () => {
    const me = viewer();
    const body = dicomBytes('NGUYEN^VAN A');
    const t1 = await service.requestUpload(me, { purpose: 'CASE_ATTACHMENT', fileName: 'ct.dcm', contentType: 'application/dicom', size: body.length });
    await put(t1, body);
    await expectDomainError(service.completeUpload(me, t1.uploadId), 'BAD_USER_INPUT', 'file');
    expect((await row(t1.uploadId)).status).toBe('REJECTED');

    const local = new UploadsService(dataSource, h.storage, jobs);
    local.registerSanitiser('application/dicom', async (buf) => Buffer.from(buf.toString('latin1').replace('NGUYEN^VAN A', 'ANONYMOUS^^^'), 'latin1'));
    const t2 = await local.requestUpload(me, { purpose: 'CASE_ATTACHMENT', fileName: 'ct.dcm', contentType: 'application/dicom', size: body.length });
    await put(t2, body);
    const att = await local.completeUpload(me, t2.uploadId);
    expect(att.status).toBe('READY');
    const stored = await h.storage.read(att.storageKey);
    expect(stored.includes(Buffer.from('NGUYEN'))).toBe(false);
    expect(stored.includes(Buffer.from('ANONYMOUS'))).toBe(true);
    expect((await row(att.id)).holds).toEqual([]);
  });

  it('a sanitiser may return holds: stored on the READY row; only callers that handle holds may attach it', async () => {
    const me = viewer();
    const body = dicomBytes('NGUYEN^VAN A');
    const local = new UploadsService(dataSource, h.storage, jobs);
    const seen: unknown[] = [];
    local.registerSanitiser('application/dicom', async (buf, context) => {
      seen.push(context);
      return {
        data: Buffer.from(buf.toString('latin1').replace('NGUYEN^VAN A', 'ANONYMOUS^^^'), 'latin1'),
        holds: ['BURNED_IN_ANNOTATION', 'BURNED_IN_ANNOTATION'],
      };
    });
    const t = await local.requestUpload(me, { purpose: 'CASE_ATTACHMENT', fileName: 'ct.dcm', contentType: 'application/dicom', size: body.length });
    await put(t, body);
    const att = await local.completeUpload(me, t.uploadId);
    expect(seen).toEqual([{ purpose: 'CASE_ATTACHMENT', contentType: 'application/dicom' }]);
    expect(att).toMatchObject({ status: 'READY', holds: ['BURNED_IN_ANNOTATION'] });
    expect(await row(att.id)).toMatchObject({ status: 'READY', holds: ['BURNED_IN_ANNOTATION'] });
    expect((await h.storage.read(att.storageKey)).includes(Buffer.from('NGUYEN'))).toBe(false);
    await expectDomainError(local.requireOwnedReady(me.id, att.id, ['CASE_ATTACHMENT'], 'attachmentIds'), 'BAD_USER_INPUT', 'attachmentIds');
    expect((await local.requireOwnedReady(me.id, att.id, ['CASE_ATTACHMENT'], 'attachmentIds', undefined, { acceptHolds: true })).id).toBe(att.id);
  });

  it('PDF with metadata: stored without it (same pages); an encrypted PDF is REJECTED with BAD_USER_INPUT on file', async () => {
    const me = viewer();
    const doc = await PDFDocument.create();
    doc.addPage([200, 200]);
    doc.addPage([200, 200]);
    doc.setAuthor('Bac si Nguyen');
    doc.setTitle('Ket qua Nguyen Van An');
    const body = Buffer.from(await doc.save({ useObjectStreams: false }));
    const ticket = await service.requestUpload(me, { purpose: 'MESSAGE_ATTACHMENT', fileName: 'kq.pdf', contentType: 'application/pdf', size: body.length });
    await put(ticket, body);
    const att = await service.completeUpload(me, ticket.uploadId);
    const stored = await h.storage.read(att.storageKey);
    expect(att.size).toBe(stored.length);
    const parsed = await PDFDocument.load(stored, { updateMetadata: false });
    expect([parsed.getAuthor(), parsed.getTitle(), parsed.getPageCount()]).toEqual([undefined, undefined, 2]);

    const encrypted = Buffer.from(
      pdfBytes().toString('latin1').replace('/Root 1 0 R', '/Root 1 0 R /Encrypt << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>'),
      'latin1',
    );
    const t2 = await service.requestUpload(me, { purpose: 'POST_MEDIA', fileName: 'khoa.pdf', contentType: 'application/pdf', size: encrypted.length });
    await put(t2, encrypted);
    const e = await expectDomainError(service.completeUpload(me, t2.uploadId), 'BAD_USER_INPUT', 'file');
    expect(e.message).toBe(PDF_ENCRYPTED);
    expect((await row(t2.uploadId)).status).toBe('REJECTED');
    expect(await h.storage.stat(t2.uploadId)).toBeNull();
  });
});

describe('UploadsService requests, limits, lookups and the sweep', () => {
  let storage: LocalObjectStorage;
  let service: UploadsService;
  const jobs = { register: jest.fn(), schedule: jest.fn(), send: jest.fn(async () => undefined) };

  beforeAll(async () => {
    storage = new LocalObjectStorage(join(tmp, 'objects-misc'), 'uploads-service-spec-secret-0123456789');
    await storage.ensureReady();
    service = new UploadsService(dataSource, storage, jobs);
  });

  const request = (v: Viewer, over: Partial<{ purpose: string; fileName: string; contentType: string; size: number }> = {}) =>
    service.requestUpload(v, { purpose: 'POST_MEDIA', fileName: 'a.png', contentType: 'image/png', size: 1000, ...over });
  const ready = async (v: Viewer, purpose = 'POST_MEDIA') => {
    const body = await pngBytes();
    const t = await request(v, { purpose, size: body.length });
    await storage.write(t.uploadId, body, 'image/png');
    return service.completeUpload(v, t.uploadId);
  };

  it('names the bad field with a Vietnamese message, and stores nothing', async () => {
    const me = viewer();
    const e1 = await expectDomainError(request(me, { contentType: 'text/html' }), 'BAD_USER_INPUT', 'contentType');
    expect(e1.message).toBe('Loại tệp này không được phép cho mục đích tải lên này.');
    await expectDomainError(request(me, { contentType: 'image/svg+xml' }), 'BAD_USER_INPUT', 'contentType');
    await expectDomainError(request(me, { size: 11 * 1024 * 1024 }), 'BAD_USER_INPUT', 'size');
    await expectDomainError(request(me, { size: 0 }), 'BAD_USER_INPUT', 'size');
    await expectDomainError(request(me, { fileName: 'x.exe' }), 'BAD_USER_INPUT', 'fileName');
    await expectDomainError(request(me, { fileName: '../../etc/passwd' }), 'BAD_USER_INPUT', 'fileName');
    await expectDomainError(request(me, { purpose: 'NOPE' }), 'BAD_USER_INPUT', 'purpose');
    expect(await dataSource.getRepository(AttachmentEntity).countBy({ ownerId: me.id })).toBe(0);
  });

  it('unverified accounts may upload an avatar only', async () => {
    const pending = viewer({ verificationStatus: 'PENDING' });
    await expect(request(pending, { purpose: 'AVATAR' })).resolves.toMatchObject({ method: 'PUT' });
    for (const purpose of ['POST_MEDIA', 'MESSAGE_ATTACHMENT', 'CASE_ATTACHMENT', 'BROADCAST_DOCUMENT']) {
      await expectDomainError(request(pending, { purpose, contentType: 'application/pdf' }), 'FORBIDDEN');
    }
  });

  it(`allows ${MAX_PENDING_UPLOADS} outstanding uploads per user, then RATE_LIMITED, even when raced`, async () => {
    const me = viewer();
    const results = await Promise.allSettled(Array.from({ length: MAX_PENDING_UPLOADS + 5 }, () => request(me)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(MAX_PENDING_UPLOADS);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused).toHaveLength(5);
    expect(refused.every((r) => r.reason instanceof DomainError && r.reason.code === 'RATE_LIMITED')).toBe(true);
    await expect(request(viewer())).resolves.toBeDefined(); // others are not affected
    // Completing one frees a slot.
    const [first] = await dataSource.getRepository(AttachmentEntity).find({ where: { ownerId: me.id }, take: 1 });
    const body = await pngBytes();
    await dataSource.getRepository(AttachmentEntity).update({ id: first.id }, { size: body.length });
    await storage.write(first.storageKey, body, 'image/png');
    await service.completeUpload(me, first.id);
    await expect(request(me)).resolves.toBeDefined();
  });

  it('requireOwnedReady accepts only the owner’s READY attachment of an allowed purpose', async () => {
    const me = viewer();
    const att = await ready(me, 'AVATAR');
    await expect(service.requireOwnedReady(me.id, att.id, ['AVATAR'], 'avatarAttachmentId')).resolves.toMatchObject({ id: att.id });
    await expectDomainError(service.requireOwnedReady(me.id, att.id, ['POST_MEDIA'], 'attachmentIds'), 'BAD_USER_INPUT', 'attachmentIds');
    await expectDomainError(service.requireOwnedReady(viewer().id, att.id, ['AVATAR'], 'avatarAttachmentId'), 'BAD_USER_INPUT', 'avatarAttachmentId');
    await expectDomainError(service.requireOwnedReady(me.id, 'x', ['AVATAR'], 'avatarAttachmentId'), 'BAD_USER_INPUT', 'avatarAttachmentId');
    await expectDomainError(service.requireOwnedReady(me.id, newId(), ['AVATAR'], 'avatarAttachmentId'), 'BAD_USER_INPUT', 'avatarAttachmentId');
    const pendingOne = await request(me, { purpose: 'AVATAR' });
    await expectDomainError(service.requireOwnedReady(me.id, pendingOne.uploadId, ['AVATAR'], 'avatarAttachmentId'), 'BAD_USER_INPUT', 'avatarAttachmentId');

    const other = await ready(me);
    const many = await service.requireOwnedReadyMany(me.id, [other.id, att.id], ['AVATAR', 'POST_MEDIA'], 'attachmentIds');
    expect(many.map((a) => a.id)).toEqual([other.id, att.id]);
    await expectDomainError(service.requireOwnedReadyMany(me.id, [att.id, att.id], ['AVATAR'], 'attachmentIds'), 'BAD_USER_INPUT', 'attachmentIds');
    await dataSource.transaction((m) => expect(service.requireOwnedReady(me.id, att.id, ['AVATAR'], 'f', m)).resolves.toBeDefined());
  });

  it('attachmentById batches lookups per request', async () => {
    const me = viewer();
    const a = await ready(me);
    const b = await ready(me);
    const loaders = new RequestLoaders();
    const loader = loaders.get(service.attachmentById);
    const spy = jest.spyOn(dataSource.manager, 'findBy');
    const got = await Promise.all([loader.load(a.id), loader.load(b.id), loader.load(newId()), loader.load('bad')]);
    expect(got.map((x) => x?.id ?? null)).toEqual([a.id, b.id, null, null]);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });

  it('urlFor is null unless READY', async () => {
    const me = viewer();
    const t = await request(me);
    expect(await service.urlFor(await dataSource.getRepository(AttachmentEntity).findOneByOrFail({ id: t.uploadId }))).toBeNull();
  });

  it('the sweep removes PENDING and REJECTED rows older than 24 h with their objects, and nothing else', async () => {
    const me = viewer();
    const repo = dataSource.getRepository(AttachmentEntity);
    const oldPending = await request(me);
    await storage.write(oldPending.uploadId, Buffer.from('x'), 'image/png');
    const oldRejected = await request(me, { size: 3 });
    await storage.write(oldRejected.uploadId, Buffer.from('abc'), 'image/png');
    await expectDomainError(service.completeUpload(me, oldRejected.uploadId), 'BAD_USER_INPUT', 'file');
    const oldReady = await ready(me);
    const freshPending = await request(me);
    await storage.write(freshPending.uploadId, Buffer.from('y'), 'image/png');
    await dataSource.query(`UPDATE attachments SET created_at = now() - interval '25 hours' WHERE id = ANY($1)`, [
      [oldPending.uploadId, oldRejected.uploadId, oldReady.id],
    ]);

    const removed = await service.sweep();
    expect(removed).toBeGreaterThanOrEqual(2);
    expect(await repo.findOneBy({ id: oldPending.uploadId })).toBeNull();
    expect(await repo.findOneBy({ id: oldRejected.uploadId })).toBeNull();
    expect(await storage.stat(oldPending.uploadId)).toBeNull();
    expect(await repo.findOneBy({ id: oldReady.id })).toMatchObject({ status: 'READY' });
    expect(await storage.stat(oldReady.storageKey)).not.toBeNull();
    expect(await repo.findOneBy({ id: freshPending.uploadId })).toMatchObject({ status: 'PENDING' });
    expect(await storage.stat(freshPending.uploadId)).not.toBeNull();
    expect(await service.sweep()).toBe(0);
  });
});
