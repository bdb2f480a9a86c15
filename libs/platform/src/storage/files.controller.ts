import { Controller, Get, Inject, Param, Put, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Access } from '../auth/access';
import { LocalObjectStorage, SignedParams } from './local-storage';
import { OBJECT_STORAGE, ObjectStorage } from './object-storage';
import { PDF, dispositionFor } from './uploads/upload-policy';

const one = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const int = (v: unknown): number | undefined => {
  const s = one(v);
  return s !== undefined && /^\d{1,15}$/.test(s) ? Number(s) : undefined;
};

/** `bytes=a-b`, `bytes=a-`, `bytes=-n` → inclusive range; null = whole file; 'bad' = 416. */
function parseRange(header: string | undefined, size: number): { start: number; end: number } | null | 'bad' {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (!m[1] && !m[2])) return null; // multiple or odd ranges: send everything
  let start: number;
  let end: number;
  if (!m[1]) {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] ? Math.min(Number(m[2]), size - 1) : size - 1;
  }
  if (start > end || start >= size) return 'bad';
  return { start, end };
}

/**
 * Serves the local storage's presigned URLs (the embedded default), the way S3 serves
 * its own: the HMAC signature in the query is the authorisation, so the routes are
 * public. With S3 configured these routes answer 404.
 */
@Controller('files')
export class FilesController {
  constructor(@Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage) {}

  private local(res: Response): LocalObjectStorage | null {
    if (this.storage instanceof LocalObjectStorage) return this.storage;
    res.status(404).json({ error: 'not found' });
    return null;
  }

  /** `PUT /files/:key?op=put&expires&maxSize&contentType&sig`, the body is the file. */
  @Put(':key')
  @Access.public()
  async put(@Param('key') key: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const storage = this.local(res);
    if (!storage) return;
    const q = req.query;
    const params: SignedParams = { op: 'put', expires: int(q.expires) ?? NaN, maxSize: int(q.maxSize), contentType: one(q.contentType) };
    const sig = one(q.sig);
    if (one(q.op) !== 'put' || params.maxSize === undefined || !params.contentType || !sig || !storage.verify(key, params, sig)) {
      this.refuse(req, res, 403, 'invalid or expired signature');
      return;
    }
    const sent = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (sent !== params.contentType) {
      this.refuse(req, res, 415, 'content type differs from the signed one');
      return;
    }
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > params.maxSize) {
      this.refuse(req, res, 413, 'too large');
      return;
    }
    // Verified content is never overwritten through a still-valid upload URL.
    if (await storage.stat(key)) {
      this.refuse(req, res, 409, 'already uploaded');
      return;
    }
    let outcome: 'ok' | 'too-large';
    try {
      outcome = await storage.receive(key, req, params.maxSize, params.contentType);
    } catch {
      // The client went away mid-upload; nothing was stored.
      if (!res.headersSent && !res.writableEnded) res.status(400).end();
      return;
    }
    if (outcome === 'too-large') {
      this.refuse(req, res, 413, 'too large');
      return;
    }
    res.status(200).end();
  }

  /** `GET /files/:key?op=get&expires&sig`. Supports single byte ranges (video seeking). */
  @Get(':key')
  @Access.public()
  async get(@Param('key') key: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const storage = this.local(res);
    if (!storage) return;
    const q = req.query;
    const sig = one(q.sig);
    const params: SignedParams = { op: 'get', expires: int(q.expires) ?? NaN };
    if (one(q.op) !== 'get' || !sig || !storage.verify(key, params, sig)) {
      res.status(403).json({ error: 'invalid or expired signature' });
      return;
    }
    const stat = await storage.stat(key);
    if (!stat) {
      res.status(404).json({ error: 'not found' });
      return;
    }
    const contentType = await storage.contentTypeOf(key);
    res.setHeader('Content-Type', contentType);
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Disposition', dispositionFor(contentType));
    // Opened directly in a tab, nothing in the file may run (Chrome's PDF viewer refuses
    // to work in a sandbox, and PDFs are checked by magic bytes anyway).
    if (contentType !== PDF) res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; media-src 'self'; sandbox");
    else {
      // A PDF may be shown inline by the app itself (official documents of broadcasts), never framed elsewhere.
      const csp = res.getHeader('Content-Security-Policy');
      if (typeof csp === 'string') res.setHeader('Content-Security-Policy', csp.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
      res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    }
    res.setHeader('Accept-Ranges', 'bytes');
    const range = parseRange(one(req.headers.range), stat.size);
    if (range === 'bad') {
      res.setHeader('Content-Range', `bytes */${stat.size}`);
      res.status(416).end();
      return;
    }
    if (range) {
      res.status(206);
      res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${stat.size}`);
      res.setHeader('Content-Length', String(range.end - range.start + 1));
    } else {
      res.status(200);
      res.setHeader('Content-Length', String(stat.size));
    }
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    try {
      await pipeline(storage.openRead(key, range ?? undefined), res);
    } catch {
      // Client went away, or the file vanished mid-read: the connection is already closed.
      if (!res.headersSent) res.status(404).end();
      else res.destroy();
    }
  }

  /** Answers an upload refusal and closes the connection rather than reading the body. */
  private refuse(req: Request, res: Response, status: number, error: string): void {
    if (res.headersSent) return;
    res.setHeader('Connection', 'close');
    res.status(status).json({ error });
    req.resume();
  }
}
