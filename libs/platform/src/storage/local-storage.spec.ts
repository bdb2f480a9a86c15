import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { LocalObjectStorage, SignedParams } from './local-storage';

const query = (url: string) => {
  const u = new URL(url, 'http://x');
  const q = Object.fromEntries(u.searchParams);
  return {
    path: u.pathname,
    q,
    params: { op: q.op, expires: Number(q.expires), maxSize: q.maxSize ? Number(q.maxSize) : undefined, contentType: q.contentType } as SignedParams,
  };
};

describe('LocalObjectStorage', () => {
  let dir: string;
  let storage: LocalObjectStorage;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ketnoi-objects-'));
    storage = new LocalObjectStorage(dir, 'test-secret-that-is-long-enough-1234567890');
    await storage.ensureReady();
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  describe('signatures', () => {
    it('presignPut signs key, op, expiry, size limit and content type, and verify accepts it', async () => {
      const t = await storage.presignPut('abc-1', { contentType: 'image/png', maxSize: 1234, expiresSeconds: 900 });
      expect(t.method).toBe('PUT');
      expect(t.headers).toEqual({ 'Content-Type': 'image/png' });
      const { path, q, params } = query(t.url);
      expect(path).toBe('/files/abc-1');
      expect(q.op).toBe('put');
      expect(q.maxSize).toBe('1234');
      expect(q.contentType).toBe('image/png');
      expect(params.expires).toBeGreaterThan(Date.now() / 1000 + 890);
      expect(storage.verify('abc-1', params, q.sig)).toBe(true);
    });

    it('uses the base URL', async () => {
      const s = new LocalObjectStorage(dir, 'k', 'https://ketnoi.example');
      expect(await s.presignGet('a', { expiresSeconds: 60 })).toMatch(/^https:\/\/ketnoi\.example\/files\/a\?op=get&expires=\d+&sig=/);
    });

    it('refuses tampering with any signed part', async () => {
      const t = await storage.presignPut('abc-1', { contentType: 'image/png', maxSize: 1234, expiresSeconds: 900 });
      const { q, params } = query(t.url);
      expect(storage.verify('abc-2', params, q.sig)).toBe(false);
      expect(storage.verify('abc-1', { ...params, maxSize: 999_999 }, q.sig)).toBe(false);
      expect(storage.verify('abc-1', { ...params, contentType: 'text/html' }, q.sig)).toBe(false);
      expect(storage.verify('abc-1', { ...params, expires: params.expires + 3600 }, q.sig)).toBe(false);
      expect(storage.verify('abc-1', { ...params, op: 'get' }, q.sig)).toBe(false);
      expect(storage.verify('abc-1', params, q.sig.slice(0, -1) + (q.sig.endsWith('A') ? 'B' : 'A'))).toBe(false);
      expect(storage.verify('abc-1', params, '')).toBe(false);
      const other = new LocalObjectStorage(dir, 'another-secret');
      expect(other.verify('abc-1', params, q.sig)).toBe(false);
    });

    it('refuses expired signatures', async () => {
      const url = await storage.presignGet('abc-1', { expiresSeconds: 3600 });
      const { q, params } = query(url);
      expect(storage.verify('abc-1', params, q.sig)).toBe(true);
      expect(storage.verify('abc-1', params, q.sig, (params.expires + 1) * 1000)).toBe(false);
      const past = { op: 'get' as const, expires: Math.floor(Date.now() / 1000) - 1 };
      expect(storage.verify('abc-1', past, storage.sign('abc-1', past))).toBe(false);
      expect(storage.verify('abc-1', { op: 'get', expires: NaN }, storage.sign('abc-1', { op: 'get', expires: NaN }))).toBe(false);
    });

    it('gives the same GET URL within a 5-minute step, so browsers can cache it, never valid longer than asked', async () => {
      const a = await storage.presignGet('abc-1', { expiresSeconds: 3600 });
      const b = await storage.presignGet('abc-1', { expiresSeconds: 3600 });
      const { params } = query(a);
      expect(params.expires % 300).toBe(0);
      expect(params.expires).toBeGreaterThan(Date.now() / 1000 + 3600 - 300 - 1);
      expect(params.expires).toBeLessThanOrEqual(Date.now() / 1000 + 3600);
      if (query(b).params.expires === params.expires) expect(b).toBe(a);
    });

    it('a 5-minute URL lives 5 minutes at most (its step shrinks to a minute)', async () => {
      const { params } = query(await storage.presignGet('abc-1', { expiresSeconds: 300 }));
      expect(params.expires % 60).toBe(0);
      expect(params.expires).toBeLessThanOrEqual(Date.now() / 1000 + 300);
      expect(params.expires).toBeGreaterThan(Date.now() / 1000 + 240 - 1);
    });
  });

  describe('keys', () => {
    it.each(['../etc/passwd', 'a/b', 'a\\b', '.hidden', '', 'a b', 'ä', '-x', 'x'.repeat(202), 'a%2fb'])('refuses %j', async (key) => {
      await expect(storage.presignPut(key, { contentType: 'image/png', maxSize: 1, expiresSeconds: 1 })).rejects.toThrow('invalid object key');
      await expect(storage.presignGet(key, { expiresSeconds: 1 })).rejects.toThrow('invalid object key');
      await expect(storage.write(key, Buffer.from('x'), 'image/png')).rejects.toThrow('invalid object key');
      expect(storage.verify(key, { op: 'get', expires: 9_999_999_999 }, storage.sign(key, { op: 'get', expires: 9_999_999_999 }))).toBe(false);
    });

    it.each(['0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.thumb.webp', 'A_b-9.x'])('accepts %j', async (key) => {
      await storage.write(key, Buffer.from('x'), 'image/png');
      expect(await storage.stat(key)).toEqual({ size: 1 });
    });
  });

  describe('objects', () => {
    it('write / stat / read / readHead / contentTypeOf / openRead / remove', async () => {
      const body = Buffer.from('0123456789');
      await storage.write('obj', body, 'application/pdf');
      expect(await storage.stat('obj')).toEqual({ size: 10 });
      expect((await storage.read('obj')).equals(body)).toBe(true);
      expect((await storage.readHead('obj', 4)).toString()).toBe('0123');
      expect((await storage.readHead('obj', 100)).toString()).toBe('0123456789');
      expect(await storage.contentTypeOf('obj')).toBe('application/pdf');
      const chunks: Buffer[] = [];
      for await (const c of storage.openRead('obj', { start: 2, end: 4 })) chunks.push(c as Buffer);
      expect(Buffer.concat(chunks).toString()).toBe('234');
      await storage.remove('obj');
      expect(await storage.stat('obj')).toBeNull();
      expect(await storage.contentTypeOf('obj')).toBe('application/octet-stream');
      expect(await readdir(dir)).toEqual([]);
      await expect(storage.remove('obj')).resolves.toBeUndefined();
    });
  });

  describe('receive', () => {
    it('stores a body within the limit, with its content type', async () => {
      const body = Buffer.alloc(100_000, 7);
      expect(await storage.receive('up', Readable.from([body.subarray(0, 60_000), body.subarray(60_000)]), 100_000, 'image/jpeg')).toBe('ok');
      expect((await storage.read('up')).equals(body)).toBe(true);
      expect(await storage.contentTypeOf('up')).toBe('image/jpeg');
      expect((await readdir(dir)).sort()).toEqual(['up', 'up.meta']);
    });

    it('refuses a body larger than maxSize and leaves nothing behind', async () => {
      const chunks = Array.from({ length: 20 }, () => Buffer.alloc(10_000, 1));
      expect(await storage.receive('big', Readable.from(chunks), 100_000, 'image/jpeg')).toBe('too-large');
      expect(await storage.stat('big')).toBeNull();
      expect(await readdir(dir)).toEqual([]);
    });

    it('refuses one byte over the limit', async () => {
      expect(await storage.receive('big', Readable.from([Buffer.alloc(101)]), 100, 'image/png')).toBe('too-large');
      expect(await readdir(dir)).toEqual([]);
    });

    it('an aborted upload stores nothing and rejects', async () => {
      const body = new PassThrough();
      const done = storage.receive('cut', body, 1_000_000, 'video/mp4');
      body.write(Buffer.alloc(1000));
      await new Promise((r) => setTimeout(r, 20));
      body.destroy(new Error('socket hang up'));
      await expect(done).rejects.toThrow();
      expect(await readdir(dir)).toEqual([]);
    });

    it('a stream that closes without ending stores nothing and rejects', async () => {
      const body = new PassThrough();
      const done = storage.receive('cut', body, 1_000_000, 'video/mp4');
      body.write(Buffer.alloc(1000));
      await new Promise((r) => setTimeout(r, 20));
      body.destroy();
      await expect(done).rejects.toThrow('upload aborted');
      expect(await readdir(dir)).toEqual([]);
    });
  });
});
