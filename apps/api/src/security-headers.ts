import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { baseSecurityHeaders, type AppConfig } from '@ketnoi/platform';

/** A Host header we are willing to echo into the policy (name or [IPv6], optional port). */
const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** Origins the browser talks to besides this one: S3 (presigned PUT / GET) and PUBLIC_URL. */
function otherOrigins(config: Pick<AppConfig, 's3' | 'publicUrl'>): string[] {
  const origins = new Set<string>();
  if (config.s3) origins.add(new URL(config.s3.endpoint).origin);
  if (config.publicUrl) origins.add(new URL(config.publicUrl).origin);
  return [...origins];
}

/**
 * The Content-Security-Policy of every response. graphql-ws runs on the page's own host
 * (`host`, and PUBLIC_URL's): CSP level 3 lets 'self' cover ws:// and wss:// there, older
 * browsers need them named.
 */
export function contentSecurityPolicy(config: Pick<AppConfig, 's3' | 'publicUrl'>, host?: string): string {
  const others = otherOrigins(config);
  const hosts = new Set<string>();
  if (host && HOST.test(host)) hosts.add(host.toLowerCase());
  if (config.publicUrl) hosts.add(new URL(config.publicUrl).host);
  const sockets = [...hosts].flatMap((h) => [`ws://${h}`, `wss://${h}`]);
  const files = ["'self'", 'blob:', 'data:', ...others].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Mantine writes its theme's CSS variables into <style> elements and components set
    // style attributes; neither can carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    `img-src ${files}`,
    `media-src ${files}`,
    // Official PDFs (broadcasts) are shown inline in an iframe of their signed URL.
    `frame-src ${["'self'", ...others].join(' ')}`,
    `connect-src ${["'self'", ...sockets, ...others].join(' ')}`,
    "font-src 'self' data:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Security headers for the web app, GraphQL and files (a route may set a stricter CSP of
 * its own, as /files does). HSTS only in production, where TLS is expected in front.
 */
export function securityHeaders(config: Pick<AppConfig, 'env' | 's3' | 'publicUrl'>): RequestHandler {
  const base = Object.entries(baseSecurityHeaders(config.env));
  return (req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(config, req.headers.host));
    for (const [name, value] of base) res.setHeader(name, value);
    next();
  };
}
