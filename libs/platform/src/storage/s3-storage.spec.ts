import { mkdtemp, rm } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3ObjectStorage } from './s3-storage';

// s3rver verifies SigV4 signatures with its built-in key pair S3RVER / S3RVER.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('@20minutes/s3rver');

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}

describe('S3ObjectStorage against s3rver (SigV4 verified)', () => {
  let server: S3rverInstance;
  let dir: string;
  let storage: S3ObjectStorage;
  let endpoint: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ketnoi-s3rver-'));
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, vhostBuckets: false });
    const address = await server.run();
    endpoint = `http://127.0.0.1:${address.port}`;
    storage = new S3ObjectStorage({ endpoint, bucket: 'ketnoi-test', accessKey: 'S3RVER', secretKey: 'S3RVER', region: 'us-east-1' });
  });

  afterAll(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('ensureReady creates the bucket once and is idempotent', async () => {
    await storage.ensureReady();
    await storage.ensureReady();
    const res = await fetch(`${endpoint}/ketnoi-test`, { method: 'HEAD' });
    expect(res.status).not.toBe(404);
  });

  it('presignPut → PUT with fetch → stat / read / readHead return the bytes', async () => {
    const body = Buffer.from('%PDF-1.4\nhello from the browser\n%%EOF\n');
    const ticket = await storage.presignPut('upload-1', { contentType: 'application/pdf', maxSize: 1024, expiresSeconds: 900 });
    expect(ticket.method).toBe('PUT');
    expect(ticket.headers).toEqual({ 'Content-Type': 'application/pdf' });
    expect(ticket.url).toContain('X-Amz-Signature=');
    const put = await fetch(ticket.url, { method: 'PUT', headers: ticket.headers, body });
    expect(put.status).toBe(200);
    expect(await storage.stat('upload-1')).toEqual({ size: body.length });
    expect(Buffer.compare(await storage.read('upload-1'), body)).toBe(0);
    expect((await storage.readHead('upload-1', 5)).toString()).toBe('%PDF-');
    expect(Buffer.compare(await storage.readHead('upload-1', 10_000), body)).toBe(0);
  });

  it('stat returns null for a missing object', async () => {
    expect(await storage.stat('does-not-exist')).toBeNull();
  });

  it('presignGet → fetch returns the bytes, with the content type and disposition overridden', async () => {
    const body = Buffer.from('not really a jpeg, but served as one');
    await storage.write('get-1', body, 'text/html');
    const url = await storage.presignGet('get-1', { expiresSeconds: 3600, contentType: 'image/jpeg' });
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(body)).toBe(true);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('content-disposition')).toBe('inline');
    expect(res.headers.get('cache-control')).toBe('private, max-age=300');

    const dicom = await storage.presignGet('get-1', { expiresSeconds: 3600, contentType: 'application/dicom' });
    expect((await fetch(dicom)).headers.get('content-disposition')).toBe('attachment');

    const plain = await storage.presignGet('get-1', { expiresSeconds: 3600 });
    const res2 = await fetch(plain);
    expect(res2.status).toBe(200);
    expect(res2.headers.get('content-type')).toBe('text/html');
  });

  it('refuses a tampered signature or a URL re-pointed at another key (403)', async () => {
    await storage.write('secret-1', Buffer.from('secret'), 'application/pdf');
    const url = new URL(await storage.presignGet('secret-1', { expiresSeconds: 3600 }));
    const sig = url.searchParams.get('X-Amz-Signature')!;
    url.searchParams.set('X-Amz-Signature', (sig[0] === 'a' ? 'b' : 'a') + sig.slice(1));
    expect((await fetch(url)).status).toBe(403);

    const other = new URL(await storage.presignGet('secret-1', { expiresSeconds: 3600 }));
    other.pathname = other.pathname.replace('secret-1', 'upload-1');
    expect((await fetch(other)).status).toBe(403);

    const put = new URL((await storage.presignPut('put-2', { contentType: 'image/png', maxSize: 10, expiresSeconds: 900 })).url);
    put.searchParams.set('X-Amz-Expires', '604800');
    expect((await fetch(put, { method: 'PUT', body: 'x' })).status).toBe(403);
    expect(await storage.stat('put-2')).toBeNull();
  });

  const validUntil = (url: URL) =>
    Date.parse(url.searchParams.get('X-Amz-Date')!.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z')) +
    Number(url.searchParams.get('X-Amz-Expires')) * 1000;

  it('gives the same GET URL within a 5-minute step, never valid longer than asked', async () => {
    await storage.write('cache-1', Buffer.from('x'), 'image/png');
    const a = new URL(await storage.presignGet('cache-1', { expiresSeconds: 3600, contentType: 'image/png' }));
    const b = new URL(await storage.presignGet('cache-1', { expiresSeconds: 3600, contentType: 'image/png' }));
    const signedAt = validUntil(a) - Number(a.searchParams.get('X-Amz-Expires')) * 1000;
    expect(signedAt % 300_000).toBe(0);
    expect(validUntil(a)).toBeGreaterThan(Date.now() + 3_300_000 - 1000);
    expect(validUntil(a)).toBeLessThanOrEqual(Date.now() + 3_600_000);
    if (a.searchParams.get('X-Amz-Date') === b.searchParams.get('X-Amz-Date')) expect(b.toString()).toBe(a.toString());
    expect((await fetch(a)).status).toBe(200);
  });

  it('a 5-minute URL lives 5 minutes at most (its step shrinks to a minute)', async () => {
    await storage.write('short-1', Buffer.from('x'), 'application/pdf');
    const url = new URL(await storage.presignGet('short-1', { expiresSeconds: 300, contentType: 'application/pdf' }));
    expect(Number(url.searchParams.get('X-Amz-Expires'))).toBe(300);
    expect(validUntil(url)).toBeLessThanOrEqual(Date.now() + 300_000);
    expect(validUntil(url)).toBeGreaterThan(Date.now() + 240_000 - 1000);
    expect((await fetch(url)).status).toBe(200);
  });

  it('write / remove', async () => {
    await storage.write('w-1', Buffer.from([1, 2, 3]), 'application/octet-stream');
    expect(await storage.stat('w-1')).toEqual({ size: 3 });
    await storage.remove('w-1');
    expect(await storage.stat('w-1')).toBeNull();
    await expect(storage.remove('w-1')).resolves.toBeUndefined();
  });
});
