/** The one storage port: local files in the embedded default, S3/MinIO in production. */
export interface PresignedRequest {
  url: string;
  method: 'PUT' | 'GET';
  headers: Record<string, string>;
}

export interface ObjectStorage {
  /** Creates the bucket / folder if needed. */
  ensureReady(): Promise<void>;
  presignPut(key: string, opts: { contentType: string; maxSize: number; expiresSeconds: number }): Promise<PresignedRequest>;
  /** Valid at most `expiresSeconds` from now (a little less: the expiry is rounded down so URLs can be cached). */
  presignGet(key: string, opts: { expiresSeconds: number; contentType?: string }): Promise<string>;
  /** null when the object does not exist. */
  stat(key: string): Promise<{ size: number } | null>;
  read(key: string): Promise<Buffer>;
  write(key: string, body: Buffer, contentType: string): Promise<void>;
  remove(key: string): Promise<void>;
}

export const OBJECT_STORAGE = Symbol('OBJECT_STORAGE');
