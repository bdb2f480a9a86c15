import 'reflect-metadata';
import { Module, type INestApplication } from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccessGuard } from '../auth/access.guard';
import { FilesController } from './files.controller';
import { LocalObjectStorage } from './local-storage';
import { OBJECT_STORAGE, ObjectStorage } from './object-storage';

async function startApp(storage: ObjectStorage): Promise<{ app: INestApplication; url: string }> {
  @Module({
    controllers: [FilesController],
    providers: [
      { provide: OBJECT_STORAGE, useValue: storage },
      { provide: APP_GUARD, useClass: AccessGuard },
    ],
  })
  class TestModule {}
  // As apps/api does it: no default body parsers, JSON only.
  const app = await NestFactory.create<NestExpressApplication>(TestModule, { logger: false, bodyParser: false });
  app.useBodyParser('json', { limit: '1mb' });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${address.port}` };
}

describe('FilesController (local storage presigned URLs)', () => {
  let dir: string;
  let storage: LocalObjectStorage;
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ketnoi-files-'));
    storage = new LocalObjectStorage(dir, 'files-controller-test-secret-0123456789');
    await storage.ensureReady();
    ({ app, url: base } = await startApp(storage));
  });
  afterAll(async () => {
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const put = async (key: string, body: Buffer, o: { contentType?: string; maxSize?: number; sendType?: string | null } = {}) => {
    const contentType = o.contentType ?? 'image/png';
    const t = await storage.presignPut(key, { contentType, maxSize: o.maxSize ?? body.length, expiresSeconds: 900 });
    const headers: Record<string, string> = o.sendType === null ? {} : { 'Content-Type': o.sendType ?? t.headers['Content-Type'] };
    return fetch(base + t.url, { method: t.method, headers, body });
  };

  it('PUT stores the body; GET serves it with its type and safe headers', async () => {
    const body = Buffer.from('%PDF-1.4 hello');
    const res = await put('doc-1', body, { contentType: 'application/pdf' });
    expect(res.status).toBe(200);
    expect(await storage.contentTypeOf('doc-1')).toBe('application/pdf');

    const get = await fetch(base + (await storage.presignGet('doc-1', { expiresSeconds: 60 })));
    expect(get.status).toBe(200);
    expect(Buffer.from(await get.arrayBuffer()).equals(body)).toBe(true);
    expect(get.headers.get('content-type')).toBe('application/pdf');
    expect(get.headers.get('content-length')).toBe(String(body.length));
    expect(get.headers.get('cache-control')).toBe('private, max-age=300');
    expect(get.headers.get('x-content-type-options')).toBe('nosniff');
    expect(get.headers.get('content-disposition')).toBe('inline');
    expect(get.headers.get('accept-ranges')).toBe('bytes');
  });

  it('serves types that are not shown inline as downloads, sandboxed', async () => {
    await storage.write('dcm-1', Buffer.from('DICOM-ish'), 'application/dicom');
    const get = await fetch(base + (await storage.presignGet('dcm-1', { expiresSeconds: 60 })));
    expect(get.headers.get('content-disposition')).toBe('attachment');
    expect(get.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('serves byte ranges (video seeking)', async () => {
    await storage.write('vid-1', Buffer.from('0123456789'), 'video/mp4');
    const url = base + (await storage.presignGet('vid-1', { expiresSeconds: 60 }));
    const part = await fetch(url, { headers: { Range: 'bytes=2-5' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 2-5/10');
    expect(await part.text()).toBe('2345');
    const tail = await fetch(url, { headers: { Range: 'bytes=-3' } });
    expect(await tail.text()).toBe('789');
    const open = await fetch(url, { headers: { Range: 'bytes=7-' } });
    expect(await open.text()).toBe('789');
    const bad = await fetch(url, { headers: { Range: 'bytes=20-30' } });
    expect(bad.status).toBe(416);
    expect(bad.headers.get('content-range')).toBe('bytes */10');
  });

  it('refuses a bad, tampered, re-pointed or expired GET signature (403) and a missing object (404)', async () => {
    await storage.write('g-1', Buffer.from('x'), 'image/png');
    const url = new URL(base + (await storage.presignGet('g-1', { expiresSeconds: 60 })));
    const tampered = new URL(url);
    const sig = url.searchParams.get('sig')!;
    tampered.searchParams.set('sig', (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1)); // always a different signature
    expect((await fetch(tampered)).status).toBe(403);
    const longer = new URL(url);
    longer.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 86_400));
    expect((await fetch(longer)).status).toBe(403);
    const other = new URL(url);
    other.pathname = '/files/g-2';
    expect((await fetch(other)).status).toBe(403);
    const noSig = new URL(url);
    noSig.searchParams.delete('sig');
    expect((await fetch(noSig)).status).toBe(403);
    const expires = Math.floor(Date.now() / 1000) - 5;
    const expired = `${base}/files/g-1?op=get&expires=${expires}&sig=${storage.sign('g-1', { op: 'get', expires })}`;
    expect((await fetch(expired)).status).toBe(403);
    expect((await fetch(base + (await storage.presignGet('nothing-here', { expiresSeconds: 60 })))).status).toBe(404);
  });

  it('refuses a PUT with a GET URL, a tampered size limit or type, or a bad signature (403)', async () => {
    const getUrl = base + (await storage.presignGet('p-1', { expiresSeconds: 60 }));
    expect((await fetch(getUrl, { method: 'PUT', headers: { 'Content-Type': 'image/png' }, body: 'x' })).status).toBe(403);
    const t = new URL(base + (await storage.presignPut('p-1', { contentType: 'image/png', maxSize: 10, expiresSeconds: 900 })).url);
    const bigger = new URL(t);
    bigger.searchParams.set('maxSize', '1000000');
    expect((await fetch(bigger, { method: 'PUT', headers: { 'Content-Type': 'image/png' }, body: 'x' })).status).toBe(403);
    const html = new URL(t);
    html.searchParams.set('contentType', 'text/html');
    expect((await fetch(html, { method: 'PUT', headers: { 'Content-Type': 'text/html' }, body: '<b>' })).status).toBe(403);
    expect(await storage.stat('p-1')).toBeNull();
  });

  it('refuses a Content-Type other than the signed one (415)', async () => {
    expect((await put('t-1', Buffer.from('x'), { contentType: 'image/png', sendType: 'text/html' })).status).toBe(415);
    expect((await put('t-1', Buffer.from('{}'), { contentType: 'image/png', sendType: 'application/json' })).status).toBe(415);
    expect((await put('t-1', Buffer.from('x'), { contentType: 'image/png', sendType: null })).status).toBe(415);
    expect(await storage.stat('t-1')).toBeNull();
    // Parameters and case are ignored.
    expect((await put('t-2', Buffer.from('x'), { contentType: 'image/png', sendType: 'Image/PNG; foo=bar' })).status).toBe(200);
  });

  it('refuses more than the signed size (413), declared or streamed, and stores nothing', async () => {
    expect((await put('big-1', Buffer.alloc(1001), { maxSize: 1000 })).status).toBe(413);
    const t = await storage.presignPut('big-2', { contentType: 'image/png', maxSize: 1000, expiresSeconds: 900 });
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 5; i++) c.enqueue(new Uint8Array(400));
        c.close();
      },
    });
    const res = await fetch(base + t.url, { method: 'PUT', headers: t.headers, body: stream, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(await storage.stat('big-1')).toBeNull();
    expect(await storage.stat('big-2')).toBeNull();
    expect((await readdir(dir)).filter((f) => f.startsWith('big'))).toEqual([]);
  });

  it('never overwrites an object through a still-valid upload URL (409)', async () => {
    const t = await storage.presignPut('once-1', { contentType: 'image/png', maxSize: 10, expiresSeconds: 900 });
    expect((await fetch(base + t.url, { method: 'PUT', headers: t.headers, body: 'first' })).status).toBe(200);
    expect((await fetch(base + t.url, { method: 'PUT', headers: t.headers, body: 'second' })).status).toBe(409);
    expect((await storage.read('once-1')).toString()).toBe('first');
  });

  it('answers 404 when the storage is not local (S3 serves its own URLs)', async () => {
    const s3Like = { presignGet: async () => 'x' } as unknown as ObjectStorage;
    const other = await startApp(s3Like);
    try {
      const expires = Math.floor(Date.now() / 1000) + 60;
      expect((await fetch(`${other.url}/files/a?op=get&expires=${expires}&sig=x`)).status).toBe(404);
      expect((await fetch(`${other.url}/files/a?op=put`, { method: 'PUT', body: 'x' })).status).toBe(404);
    } finally {
      await other.app.close();
    }
  });
});
