import { Client } from 'minio';
import type { S3Config } from '../config/config';
import { getUrlStepSeconds } from './local-storage';
import { ObjectStorage, PresignedRequest } from './object-storage';

const inlineTypes = /^(image\/(jpeg|png|webp|gif)|application\/pdf|video\/(mp4|webm))$/i;

/** S3 / MinIO through the `minio` client; browsers PUT and GET with presigned URLs. */
export class S3ObjectStorage implements ObjectStorage {
  private readonly client: Client;

  constructor(private readonly cfg: S3Config) {
    const u = new URL(cfg.endpoint);
    this.client = new Client({
      endPoint: u.hostname,
      port: u.port ? Number(u.port) : undefined,
      useSSL: u.protocol === 'https:',
      accessKey: cfg.accessKey,
      secretKey: cfg.secretKey,
      region: cfg.region,
      pathStyle: true,
    });
  }

  async ensureReady(): Promise<void> {
    if (!(await this.client.bucketExists(this.cfg.bucket))) {
      await this.client.makeBucket(this.cfg.bucket, this.cfg.region);
    }
  }

  /**
   * A presigned PUT signs neither the size nor the content type (S3 can only enforce a
   * size range on POST policies), so `completeUpload` checks the stored object's size and
   * magic bytes, and downloads override the content type (see presignGet).
   */
  async presignPut(key: string, o: { contentType: string; maxSize?: number; expiresSeconds: number }): Promise<PresignedRequest> {
    const url = await this.client.presignedPutObject(this.cfg.bucket, key, o.expiresSeconds);
    return { url, method: 'PUT', headers: { 'Content-Type': o.contentType } };
  }

  /**
   * With `contentType`, the response carries that type (not whatever the uploader sent as
   * Content-Type, which the presigned PUT does not sign), a disposition that only shows
   * images, PDF and video inline, and a private cache lifetime.
   */
  presignGet(key: string, o: { expiresSeconds: number; contentType?: string }): Promise<string> {
    // Signed as of the start of the current step: the same object keeps the same URL for a
    // while, so browsers can cache it, and it is never valid longer than expiresSeconds.
    const step = getUrlStepSeconds(o.expiresSeconds) * 1000;
    const signedAt = new Date(Math.floor(Date.now() / step) * step);
    const expires = o.expiresSeconds;
    const headers: Record<string, string> = o.contentType
      ? {
          'response-content-type': o.contentType,
          'response-content-disposition': inlineTypes.test(o.contentType) ? 'inline' : 'attachment',
          'response-cache-control': 'private, max-age=300',
        }
      : {};
    return this.client.presignedGetObject(this.cfg.bucket, key, expires, headers, signedAt);
  }

  async stat(key: string): Promise<{ size: number } | null> {
    try {
      const s = await this.client.statObject(this.cfg.bucket, key);
      return { size: s.size };
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'NotFound' || code === 'NoSuchKey') return null;
      throw e;
    }
  }

  async read(key: string): Promise<Buffer> {
    const stream = await this.client.getObject(this.cfg.bucket, key);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** The first `bytes` bytes (fewer when the object is shorter), for magic-byte checks. */
  async readHead(key: string, bytes: number): Promise<Buffer> {
    const stream = await this.client.getPartialObject(this.cfg.bucket, key, 0, bytes);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).subarray(0, bytes);
  }

  async write(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.client.putObject(this.cfg.bucket, key, body, body.length, { 'Content-Type': contentType });
  }

  async remove(key: string): Promise<void> {
    await this.client.removeObject(this.cfg.bucket, key);
  }
}
