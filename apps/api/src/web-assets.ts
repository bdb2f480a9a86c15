import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import type { Request, Response, NextFunction } from 'express';
import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const API_PATHS = /^\/(graphql|files|health|feeds|exports|dev\/outbox|live\/(?:hls|hooks|ingest))(\/|$|\?)/;

/** index.html and the service worker must be revalidated, or a release never reaches phones. */
const NO_CACHE = new Set(['/index.html', '/sw.js', '/offline.html', '/manifest.webmanifest']);

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function cacheControl(path: string): string {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable'; // names carry a content hash
  if (NO_CACHE.has(path)) return 'no-cache';
  return 'public, max-age=3600';
}

/** `br` if the client takes it, else `gzip`, else nothing (q=0 refuses). */
export function preferredEncoding(accept: string | undefined): 'br' | 'gzip' | undefined {
  const offered = new Map<string, number>();
  for (const part of (accept ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    offered.set(name, q ? Number(q[1]) : 1);
  }
  const ok = (name: string) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return undefined;
}

/**
 * Serves the built web app (dist/web) with an SPA fallback to index.html. Text files are
 * sent as the `.br` / `.gz` written at build time (apps/web/build/precompress.ts) when the
 * browser accepts them; hashed assets are cached for a year, index.html and sw.js never.
 */
export function serveWebApp(app: NestExpressApplication, webDir: string) {
  if (!existsSync(join(webDir, 'index.html'))) return;
  const instance = app.getHttpAdapter().getInstance() as express.Express;
  const root = normalize(webDir + sep);

  const sendFile = (req: Request, res: Response, next: NextFunction, path: string) => {
    const file = normalize(join(webDir, path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
    res.setHeader('Cache-Control', cacheControl(path));
    const type = TYPES[extname(file)];
    if (type) {
      res.setHeader('Vary', 'Accept-Encoding');
      const encoding = preferredEncoding(req.headers['accept-encoding']);
      const suffix = encoding === 'br' ? '.br' : encoding === 'gzip' ? '.gz' : undefined;
      if (suffix && existsSync(file + suffix)) {
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', encoding!);
        return res.sendFile(file + suffix, { headers: { 'Content-Type': type }, cacheControl: false, lastModified: true });
      }
    }
    return res.sendFile(file, { cacheControl: false });
  };

  instance.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (API_PATHS.test(req.path)) return next();
    if (req.path !== '/' && req.path !== '/index.html' && extname(req.path)) {
      let path: string;
      try {
        path = decodeURIComponent(req.path);
      } catch {
        return next();
      }
      return sendFile(req, res, next, path);
    }
    if (!req.accepts('html')) return next();
    return sendFile(req, res, next, '/index.html');
  });
}
