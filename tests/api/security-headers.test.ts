import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFacility, registerUser } from '../factories/identity';
import { TestApp, startTestApp } from '../support/app';
import { generateVAPIDKeys } from 'web-push';

const vapid = () => {
  const keys = generateVAPIDKeys();
  return { VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey, VAPID_SUBJECT: 'mailto:ops@ketnoi.invalid' };
};
import { download, jpegBytes, uploadFile } from '../support/uploads';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('@20minutes/s3rver');

/** The directives of a Content-Security-Policy header, by name. */
function directives(csp: string | null): Map<string, string[]> {
  expect(csp).toBeTruthy();
  return new Map(
    csp!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

function expectCommonHeaders(headers: Headers) {
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
}

const graphql = (url: string) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });

describe('security headers (development, local storage)', () => {
  let app: TestApp;
  beforeAll(async () => {
    const webDir = mkdtempSync(join(tmpdir(), 'ketnoi-web-'));
    writeFileSync(
      join(webDir, 'index.html'),
      '<!doctype html><html lang="vi"><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>',
    );
    // serveWebApp reads WEB_DIST_DIR once at start-up; other test files share this process.env.
    const previous = process.env.WEB_DIST_DIR;
    process.env.WEB_DIST_DIR = webDir;
    try {
      app = await startTestApp();
    } finally {
      if (previous === undefined) delete process.env.WEB_DIST_DIR;
      else process.env.WEB_DIST_DIR = previous;
    }
  });
  afterAll(() => app?.close());

  it('the web app, GraphQL and health carry a strict CSP, no framing, nosniff and a referrer policy; no HSTS outside production', async () => {
    const page = await fetch(`${app.url}/`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const api = await graphql(app.url);
    expect(api.status).toBe(200);
    const health = await fetch(`${app.url}/health`);

    for (const res of [page, api, health]) {
      expectCommonHeaders(res.headers);
      expect(res.headers.get('strict-transport-security')).toBeNull();
      const csp = directives(res.headers.get('content-security-policy'));
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'self'"]);
      expect(csp.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
      expect(csp.get('media-src')).toEqual(["'self'", 'blob:', 'data:']);
      // graphql-ws on the same host, under either scheme
      const host = new URL(app.url).host;
      expect(csp.get('connect-src')).toEqual(["'self'", `ws://${host}`, `wss://${host}`]);
    }
  });

  it('the app may frame its own files (a broadcast PDF inline) and nothing else', async () => {
    const page = await fetch(`${app.url}/health`);
    const csp = directives(page.headers.get('content-security-policy'));
    expect(csp.get('frame-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });

  it('a Host header that is not a host name is not echoed into the policy', async () => {
    const http = await import('node:http');
    const { port } = new URL(app.url);
    const csp = await new Promise<string>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/health', headers: { host: "evil'; script-src *" } }, (res) => {
        res.resume();
        resolve(String(res.headers['content-security-policy']));
      });
      req.on('error', reject);
      req.end();
    });
    expect(directives(csp).get('connect-src')).toEqual(["'self'"]);
    expect(directives(csp).get('script-src')).toEqual(["'self'"]);
  });

  it('a file URL carries them too, with its own sandboxing policy', async () => {
    const facility = await createFacility(app);
    const user = await registerUser(app, { facilityId: facility.id });
    const out = await uploadFile(app, user.accessToken, { purpose: 'AVATAR', body: await jpegBytes(), contentType: 'image/jpeg' });
    expect(out.completeErrors).toBeUndefined();
    const res = await fetch(new URL(out.attachment!.url, app.url));
    expect(res.status).toBe(200);
    expectCommonHeaders(res.headers);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.has('sandbox')).toBe(true);
    expect((await download(out.attachment!.url, app.url)).status).toBe(200);
  });
});

describe('security headers (production, S3)', () => {
  let app: TestApp;
  let s3: { run(): Promise<{ port: number }>; close(): Promise<void> };
  let s3Origin: string;
  beforeAll(async () => {
    s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: mkdtempSync(join(tmpdir(), 's3-')), vhostBuckets: false });
    const { port } = await s3.run();
    s3Origin = `http://127.0.0.1:${port}`;
    app = await startTestApp({
      env: {
        NODE_ENV: 'production',
        // startTestApp passes its own database to the server; production only insists the variable is set.
        DATABASE_URL: 'postgres://unused@127.0.0.1/unused',
        JWT_SECRET: 'a-test-secret-of-at-least-32-characters',
        S3_ENDPOINT: s3Origin,
        S3_BUCKET: 'ketnoi',
        S3_ACCESS_KEY: 'S3RVER',
        S3_SECRET_KEY: 'S3RVER',
        ...vapid(),
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    await s3?.close();
  });

  it('adds HSTS and lets the browser PUT to and load from the storage origin', async () => {
    for (const res of [await graphql(app.url), await fetch(`${app.url}/health`)]) {
      expectCommonHeaders(res.headers);
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      const csp = directives(res.headers.get('content-security-policy'));
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('connect-src')).toContain(s3Origin);
      expect(csp.get('img-src')).toContain(s3Origin);
      expect(csp.get('media-src')).toContain(s3Origin);
    }
  });
});
