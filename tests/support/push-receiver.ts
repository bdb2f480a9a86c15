import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify, type ECDH } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One push as a browser's push service would hand it to the browser: decrypted, with its VAPID claims. */
export interface ReceivedPush {
  path: string;
  headers: IncomingHttpHeaders;
  /** The decrypted payload (RFC 8291 aes128gcm with the subscription's private key). */
  plaintext: string;
  /** The VAPID JWT's claims, after its ES256 signature was checked against `k`. */
  vapid: { aud: string; exp: number; sub: string; k: string };
}

const b64url = (b: Buffer) => b.toString('base64url');

/** A subscription a browser would make: its own P-256 key pair and 16-byte auth secret. */
export class BrowserKeys {
  readonly ecdh: ECDH = createECDH('prime256v1');
  readonly auth = randomBytes(16);
  readonly publicKey: Buffer;
  constructor() {
    this.publicKey = this.ecdh.generateKeys();
  }
  get p256dh(): string {
    return b64url(this.publicKey);
  }
  get authSecret(): string {
    return b64url(this.auth);
  }

  /** RFC 8291 §3.4 + RFC 8188: the aes128gcm record (one record, as Web Push sends). */
  decrypt(body: Buffer): string {
    const salt = body.subarray(0, 16);
    const rs = body.readUInt32BE(16);
    const idlen = body[20];
    const asPublic = body.subarray(21, 21 + idlen);
    const record = body.subarray(21 + idlen);
    if (idlen !== 65 || record.length > rs) throw new Error('push receiver: unexpected aes128gcm header');
    const ecdhSecret = this.ecdh.computeSecret(asPublic);
    const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), this.publicKey, asPublic]);
    const ikm = Buffer.from(hkdfSync('sha256', ecdhSecret, this.auth, keyInfo, 32));
    const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
    const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
    const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
    decipher.setAuthTag(record.subarray(record.length - 16));
    const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
    let end = padded.length - 1;
    while (end >= 0 && padded[end] === 0) end--;
    if (padded[end] !== 2) throw new Error('push receiver: missing last-record delimiter');
    return padded.subarray(0, end).toString('utf8');
  }
}

/** Checks `Authorization: vapid t=<jwt>, k=<key>` (RFC 8292): ES256 over the JWT with key k. */
function vapidClaims(header: string | undefined): ReceivedPush['vapid'] {
  const m = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(header ?? '');
  if (!m) throw new Error('push receiver: no VAPID authorization');
  const [head, payload, signature] = m[1].split('.');
  const k = Buffer.from(m[2], 'base64url');
  const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: b64url(k.subarray(1, 33)), y: b64url(k.subarray(33, 65)) }, format: 'jwk' });
  const ok = verify('sha256', Buffer.from(`${head}.${payload}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  if (!ok) throw new Error('push receiver: VAPID signature does not verify');
  return { ...(JSON.parse(Buffer.from(payload, 'base64url').toString()) as { aud: string; exp: number; sub: string }), k: m[2] };
}

/**
 * A push service on 127.0.0.1: accepts POST /<id>, decrypts with the keys registered for that
 * path, and answers 201 (or 410 for paths marked gone, as a service does for a dead subscription).
 */
export class PushReceiver {
  private server?: Server;
  private readonly keys = new Map<string, BrowserKeys>();
  private readonly gone = new Set<string>();
  private readonly waiters: (() => void)[] = [];
  readonly received: ReceivedPush[] = [];
  readonly errors: string[] = [];
  origin = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '/';
        if (this.gone.has(path)) {
          res.writeHead(410).end();
          return;
        }
        try {
          const keys = this.keys.get(path);
          if (!keys) throw new Error(`push receiver: unknown subscription ${path}`);
          if (req.headers['content-encoding'] !== 'aes128gcm') throw new Error('push receiver: not aes128gcm');
          this.received.push({ path, headers: req.headers, plaintext: keys.decrypt(Buffer.concat(chunks)), vapid: vapidClaims(req.headers.authorization) });
          res.writeHead(201).end();
        } catch (e) {
          this.errors.push((e as Error).message);
          res.writeHead(400).end();
        }
        this.waiters.splice(0).forEach((w) => w());
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /** A new subscription (endpoint + browser keys) served by this receiver. */
  subscribe(): { endpoint: string; keys: BrowserKeys; path: string } {
    const path = `/push/${randomBytes(8).toString('hex')}`;
    const keys = new BrowserKeys();
    this.keys.set(path, keys);
    return { endpoint: `${this.origin}${path}`, keys, path };
  }

  markGone(path: string): void {
    this.gone.add(path);
  }

  /** Resolves when `n` pushes for `path` have arrived (the test's own timeout bounds it). */
  async waitFor(path: string, n = 1): Promise<ReceivedPush[]> {
    for (;;) {
      const got = this.received.filter((r) => r.path === path);
      if (got.length >= n) return got;
      if (this.errors.length) throw new Error(this.errors.join('; '));
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
