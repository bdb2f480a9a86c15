import { createHmac, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { ObjectStorage, PresignedRequest } from './object-storage';

const KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;

/** Presigned GET expiries are rounded down to at most this step (see getUrlStepSeconds). */
export const GET_URL_STEP_SECONDS = 300;

/**
 * The rounding step of a presigned GET valid for `expiresSeconds`: 5 minutes, or a fifth of
 * the lifetime when that is shorter. Rounding *down* keeps one URL per object for a step (so
 * browsers can cache it) while never outliving what the caller asked for: the URL is valid
 * for more than `expiresSeconds - step` and at most `expiresSeconds`.
 */
export const getUrlStepSeconds = (expiresSeconds: number): number => Math.max(1, Math.min(GET_URL_STEP_SECONDS, Math.floor(expiresSeconds / 5)));

export interface SignedParams {
  op: 'put' | 'get';
  expires: number;
  maxSize?: number;
  contentType?: string;
}

/**
 * Files under `dir`, with the same presigned-URL flow as S3: the API serves
 * `/files/:key` and accepts a request only with a valid, unexpired HMAC signature.
 */
export class LocalObjectStorage implements ObjectStorage {
  constructor(
    private readonly dir: string,
    private readonly secret: string,
    private readonly baseUrl = '',
  ) {}

  async ensureReady(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  private path(key: string): string {
    if (!KEY.test(key)) throw new Error('invalid object key');
    return join(this.dir, key);
  }

  sign(key: string, p: SignedParams): string {
    const payload = [key, p.op, p.expires, p.maxSize ?? '', p.contentType ?? ''].join('\n');
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }

  verify(key: string, p: SignedParams, signature: string, now = Date.now()): boolean {
    if (!KEY.test(key) || !Number.isFinite(p.expires) || p.expires * 1000 < now) return false;
    const expected = Buffer.from(this.sign(key, p));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private url(key: string, p: SignedParams): string {
    const q = new URLSearchParams({ op: p.op, expires: String(p.expires) });
    if (p.maxSize !== undefined) q.set('maxSize', String(p.maxSize));
    if (p.contentType) q.set('contentType', p.contentType);
    q.set('sig', this.sign(key, p));
    return `${this.baseUrl}/files/${encodeURIComponent(key)}?${q.toString()}`;
  }

  async presignPut(key: string, o: { contentType: string; maxSize: number; expiresSeconds: number }): Promise<PresignedRequest> {
    this.path(key);
    const expires = Math.floor(Date.now() / 1000) + o.expiresSeconds;
    return {
      url: this.url(key, { op: 'put', expires, maxSize: o.maxSize, contentType: o.contentType }),
      method: 'PUT',
      headers: { 'Content-Type': o.contentType },
    };
  }

  /** Valid at most `expiresSeconds`; the same URL for a while (see getUrlStepSeconds). */
  async presignGet(key: string, o: { expiresSeconds: number }): Promise<string> {
    this.path(key);
    const step = getUrlStepSeconds(o.expiresSeconds);
    const expires = Math.floor((Date.now() / 1000 + o.expiresSeconds) / step) * step;
    return this.url(key, { op: 'get', expires });
  }

  async stat(key: string): Promise<{ size: number } | null> {
    try {
      const s = await stat(this.path(key));
      return { size: s.size };
    } catch {
      return null;
    }
  }

  read(key: string): Promise<Buffer> {
    return readFile(this.path(key));
  }

  /** The first `bytes` bytes (fewer when the object is shorter), for magic-byte checks. */
  async readHead(key: string, bytes: number): Promise<Buffer> {
    const handle = await open(this.path(key), 'r');
    try {
      const buf = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buf, 0, bytes, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  /** Streams the object, or the inclusive byte range `[start, end]`, for the files controller. */
  openRead(key: string, range?: { start: number; end: number }): Readable {
    return createReadStream(this.path(key), range);
  }

  async write(key: string, body: Buffer, contentType: string): Promise<void> {
    const target = this.path(key);
    await writeFile(`${target}.tmp`, body);
    await writeFile(`${target}.meta`, JSON.stringify({ contentType }));
    await rename(`${target}.tmp`, target);
  }

  async remove(key: string): Promise<void> {
    const target = this.path(key);
    await rm(target, { force: true });
    await rm(`${target}.meta`, { force: true });
  }

  async contentTypeOf(key: string): Promise<string> {
    try {
      return JSON.parse(await readFile(`${this.path(key)}.meta`, 'utf8')).contentType ?? 'application/octet-stream';
    } catch {
      return 'application/octet-stream';
    }
  }

  /**
   * Streams an upload to disk, refusing more than `maxSize` bytes. The object appears
   * only when the whole body has arrived (written to a temporary file, then renamed), so
   * an aborted or refused upload leaves nothing behind.
   */
  async receive(key: string, body: Readable, maxSize: number, contentType: string): Promise<'ok' | 'too-large'> {
    const target = this.path(key);
    const tmp = `${target}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.part`;
    let received = 0;
    let tooLarge = false;
    try {
      await new Promise<void>((resolveWrite, reject) => {
        const out = createWriteStream(tmp);
        const onData = (chunk: Buffer) => {
          received += chunk.length;
          if (received > maxSize && !tooLarge) {
            tooLarge = true;
            body.unpipe(out);
            body.off('data', onData);
            // Drain the rest so the caller can still answer 413 on this connection.
            body.resume();
            // Wait for the file handle to close before the temporary file is removed.
            out.once('close', () => resolveWrite());
            out.destroy();
          }
        };
        body.on('data', onData);
        body.on('error', reject);
        // A client that goes away mid-upload closes the stream without ending it.
        body.on('close', () => (body.readableEnded || tooLarge ? undefined : reject(new Error('upload aborted'))));
        out.on('error', (e) => (tooLarge ? undefined : reject(e)));
        out.on('finish', () => (tooLarge ? undefined : resolveWrite()));
        body.pipe(out);
      });
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
    if (tooLarge) {
      await rm(tmp, { force: true });
      return 'too-large';
    }
    await writeFile(`${target}.meta`, JSON.stringify({ contentType }));
    await rename(tmp, target);
    return 'ok';
  }
}
