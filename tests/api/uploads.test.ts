import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { createFacility, registerUser, verifiedUser } from '../factories/identity';
import { TestApp, startTestApp } from '../support/app';
import { COMPLETE_UPLOAD, REQUEST_UPLOAD, download, exeBytes, imageFacts, jpegWithExif, pdfBytes, uploadFile, waitFor } from '../support/uploads';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('@20minutes/s3rver');

const UPDATE_AVATAR = `mutation($id: ID) { updateProfile(input: { avatarAttachmentId: $id }) { id avatarUrl } }`;

describe('uploads on the embedded (local) object storage', () => {
  let app: TestApp;
  let facility: { id: string };
  beforeAll(async () => {
    app = await startTestApp();
    facility = await createFacility(app);
  });
  afterAll(() => app?.close());

  it('PUTs to a presigned URL, strips EXIF/GPS, rotates, and makes a thumbnail in a job', async () => {
    const u = await verifiedUser(app, facility.id);
    const body = await jpegWithExif({ width: 800, height: 600 });
    expect((await imageFacts(body)).hasGps).toBe(true);
    const out = await uploadFile(app, u.accessToken, { purpose: 'POST_MEDIA', body, contentType: 'image/jpeg', fileName: 'ảnh phim.jpg' });
    expect(out.requestErrors).toBeUndefined();
    expect(out.putStatus).toBe(200);
    expect(out.completeErrors).toBeUndefined();
    const att = out.attachment!;
    expect(att).toMatchObject({ fileName: 'ảnh phim.jpg', contentType: 'image/jpeg' });
    const got = await download(att.url, app.url);
    expect(got.status).toBe(200);
    expect(await imageFacts(got.body)).toMatchObject({ hasExif: false, hasGps: false, width: 600, height: 800 });
    await waitFor(async () => (await app.sql('SELECT thumbnail_key FROM attachments WHERE id = $1', [att.id]))[0]?.thumbnail_key, { timeoutMs: 15000 });
    const again = await app.gql(COMPLETE_UPLOAD, { uploadId: att.id }, u.accessToken);
    const thumb = await download(again.data!.completeUpload.thumbnailUrl, app.url);
    expect((await sharp(thumb.body).metadata()).width).toBe(320);
  });

  it('sets an avatar from a pending account, but only its own READY avatar upload', async () => {
    const pending = await registerUser(app, { facilityId: facility.id });
    const other = await registerUser(app, { facilityId: facility.id });
    const out = await uploadFile(app, pending.accessToken, { purpose: 'AVATAR', body: await jpegWithExif(), contentType: 'image/jpeg' });
    const stolen = await app.gql(UPDATE_AVATAR, { id: out.attachment!.id }, other.accessToken);
    expect(stolen.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'avatarAttachmentId' });
    const ok = await app.gql(UPDATE_AVATAR, { id: out.attachment!.id }, pending.accessToken);
    expect(ok.data!.updateProfile.avatarUrl).toMatch(/\/files\//);
    expect((await download(ok.data!.updateProfile.avatarUrl, app.url)).status).toBe(200);
  });

  it('refuses bad input at request time and changes nothing', async () => {
    const pending = await registerUser(app, { facilityId: facility.id });
    const before = (await app.sql('SELECT count(*)::int n FROM attachments'))[0].n;
    const req = (input: Record<string, unknown>, token: string | null = pending.accessToken) => app.gql(REQUEST_UPLOAD, { input }, token ?? undefined);
    expect((await req({ purpose: 'POST_MEDIA', fileName: 'a.pdf', contentType: 'application/pdf', size: 10 })).errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await req({ purpose: 'AVATAR', fileName: 'a.exe', contentType: 'application/x-msdownload', size: 10 })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'contentType',
    });
    expect((await req({ purpose: 'AVATAR', fileName: 'a.svg', contentType: 'image/svg+xml', size: 10 })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'contentType',
    });
    expect((await req({ purpose: 'AVATAR', fileName: 'a.png', contentType: 'image/png', size: 50 * 1024 * 1024 })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'size',
    });
    expect((await req({ purpose: 'AVATAR', fileName: '../../etc/passwd', contentType: 'image/png', size: 10 })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'fileName',
    });
    expect((await req({ purpose: 'AVATAR', fileName: 'a.png', contentType: 'image/png', size: 10 }, null)).errors![0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect((await app.sql('SELECT count(*)::int n FROM attachments'))[0].n).toBe(before);
  });

  it('rejects content whose magic bytes do not match the declared type, and foreign completions', async () => {
    const u = await verifiedUser(app, facility.id);
    const intruder = await verifiedUser(app, facility.id);
    const exe = await uploadFile(app, u.accessToken, { purpose: 'POST_MEDIA', body: exeBytes(), contentType: 'image/png', fileName: 'cat.png' });
    expect(exe.completeErrors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect((await app.sql('SELECT status FROM attachments WHERE id = $1', [exe.ticket!.uploadId]))[0].status).toBe('REJECTED');

    const pdf = await uploadFile(app, u.accessToken, {
      purpose: 'POST_MEDIA',
      body: pdfBytes(),
      contentType: 'application/pdf',
      fileName: 'ket-qua.pdf',
      complete: false,
    });
    const foreign = await app.gql(COMPLETE_UPLOAD, { uploadId: pdf.ticket!.uploadId }, intruder.accessToken);
    expect(foreign.errors![0].extensions!.code).toBe('NOT_FOUND');
    const mine = await app.gql(COMPLETE_UPLOAD, { uploadId: pdf.ticket!.uploadId }, u.accessToken);
    expect(mine.data!.completeUpload.contentType).toBe('application/pdf');
  });

  it('refuses a PUT larger than the declared size, and a tampered signature', async () => {
    const u = await verifiedUser(app, facility.id);
    const ticket = (await app.gql(REQUEST_UPLOAD, { input: { purpose: 'AVATAR', fileName: 'a.jpg', contentType: 'image/jpeg', size: 100 } }, u.accessToken))
      .data!.requestUpload;
    const tampered = new URL(ticket.url, app.url);
    tampered.searchParams.set('maxSize', String(50 * 1024 * 1024));
    expect((await fetch(tampered, { method: 'PUT', headers: ticket.headers, body: Buffer.alloc(10) })).status).toBe(403);
    const big = await fetch(new URL(ticket.url, app.url), { method: 'PUT', headers: ticket.headers, body: Buffer.alloc(6 * 1024 * 1024) });
    expect(big.status).toBe(413);
  });
});

describe('uploads on S3 (an S3-protocol server that checks signatures)', () => {
  let app: TestApp;
  let s3: { run(): Promise<{ port: number }>; close(): Promise<void> };
  let facility: { id: string };
  beforeAll(async () => {
    s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: mkdtempSync(join(tmpdir(), 's3-')), vhostBuckets: false });
    const { port } = await s3.run();
    app = await startTestApp({ env: { S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_BUCKET: 'ketnoi', S3_ACCESS_KEY: 'S3RVER', S3_SECRET_KEY: 'S3RVER' } });
    facility = await createFacility(app);
  });
  afterAll(async () => {
    await app?.close();
    await s3?.close();
  });

  it('runs the same flow with presigned S3 URLs', async () => {
    const u = await verifiedUser(app, facility.id);
    const out = await uploadFile(app, u.accessToken, { purpose: 'AVATAR', body: await jpegWithExif({ width: 800, height: 600 }), contentType: 'image/jpeg' });
    expect(out.ticket!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ketnoi\//);
    expect(out.completeErrors).toBeUndefined();
    const got = await download(out.attachment!.url, app.url);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    expect(await imageFacts(got.body)).toMatchObject({ hasExif: false, width: 600, height: 800 });
    await waitFor(async () => (await app.gql(COMPLETE_UPLOAD, { uploadId: out.attachment!.id }, u.accessToken)).data?.completeUpload.thumbnailUrl, {
      timeoutMs: 15000,
    });
    // the local /files route is off when S3 is configured
    expect((await fetch(`${app.url}/files/x?op=get&expires=1&sig=x`)).status).toBe(404);
  });
});
