import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SegmentCache } from './segment-cache';

describe('SegmentCache', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ketnoi-segments-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('serves a file once read from memory while it is unchanged', async () => {
    const cache = new SegmentCache(1024);
    const path = join(dir, 'seg00001.ts');
    writeFileSync(path, 'first');
    const a = await cache.read(path);
    const b = await cache.read(path);
    expect(a.toString()).toBe('first');
    expect(b).toBe(a); // the same buffer: not read again
  });

  it('re-reads a file the packager is still writing (size or mtime changed)', async () => {
    const cache = new SegmentCache(1024);
    const path = join(dir, 'seg00002.ts');
    writeFileSync(path, 'part');
    expect((await cache.read(path)).toString()).toBe('part');
    writeFileSync(path, 'part and the rest');
    expect((await cache.read(path)).toString()).toBe('part and the rest');
    writeFileSync(path, 'PART AND THE REST'); // same size: the mtime tells
    const later = new Date(Date.now() + 5000);
    utimesSync(path, later, later);
    expect((await cache.read(path)).toString()).toBe('PART AND THE REST');
  });

  it('keeps at most maxBytes, dropping the least recently used first', async () => {
    const cache = new SegmentCache(10);
    const paths = ['a', 'b', 'c'].map((n) => join(dir, n));
    for (const p of paths) writeFileSync(p, '12345'); // 5 bytes each: two fit
    const a = await cache.read(paths[0]);
    const b = await cache.read(paths[1]);
    expect(await cache.read(paths[0])).toBe(a); // a is now the most recent
    await cache.read(paths[2]); // evicts b, not a
    expect(await cache.read(paths[0])).toBe(a);
    expect(await cache.read(paths[1])).not.toBe(b); // read from disk again
  });

  it('does not keep a file larger than the whole cache, and a missing file is an error', async () => {
    const cache = new SegmentCache(4);
    const path = join(dir, 'big.ts');
    writeFileSync(path, '123456');
    const first = await cache.read(path);
    expect(await cache.read(path)).not.toBe(first);
    await expect(cache.read(join(dir, 'missing.ts'))).rejects.toThrow();
  });
});
