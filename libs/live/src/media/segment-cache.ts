import { readFile, stat } from 'node:fs/promises';

interface Entry {
  mtimeMs: number;
  size: number;
  body: Buffer;
}

/**
 * Recently served HLS files in memory, at most `maxBytes` (least recently used out first).
 * Every viewer at the live edge asks for the same new segment within a second: one read
 * serves them all. An entry is valid while the file's size and mtime are unchanged (one
 * `stat` per request), so a segment the packager is still writing is never served stale.
 */
export class SegmentCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  async read(path: string): Promise<Buffer> {
    const info = await stat(path);
    const hit = this.entries.get(path);
    if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) {
      this.entries.delete(path); // re-insert: Map order is the recency order
      this.entries.set(path, hit);
      return hit.body;
    }
    const body = await readFile(path);
    this.put(path, { mtimeMs: info.mtimeMs, size: body.length, body });
    return body;
  }

  private put(path: string, entry: Entry): void {
    const old = this.entries.get(path);
    if (old) {
      this.bytes -= old.body.length;
      this.entries.delete(path);
    }
    if (entry.body.length > this.maxBytes) return;
    this.entries.set(path, entry);
    this.bytes += entry.body.length;
    for (const [key, value] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(key);
      this.bytes -= value.body.length;
    }
  }
}
