// Starts the built server for the browser suite on a fresh embedded database.
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'ketnoi-browser-'));
chmodSync(dataDir, 0o755);
Object.assign(process.env, {
  PORT: process.env.BROWSER_TEST_PORT ?? '3217',
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  SEED_DEMO: 'true',
  ADMIN_EMAIL: 'admin.e2e@ketnoi.vn',
  ADMIN_PASSWORD: 'Quản trị kiểm thử 2026',
  LOG_LEVEL: 'warn',
  RTMP_PORT: '0',
});
delete process.env.DATABASE_URL;
await import(new URL('../../dist/apps/api/src/main.js', import.meta.url).href);
