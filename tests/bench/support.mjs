// Shared set-up of the benchmarks that run the API in a process of its own
// (tests/bench/messaging-server.mjs) against a database of their own: the database (on
// DATABASE_URL's server when set, else an embedded PostgreSQL), IPC children, percentiles.
// Not a benchmark itself (no .bench.mjs suffix).
import { createRequire } from 'node:module';
import { fork } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const pg = require('pg');
export const dist = new URL('../../dist/', import.meta.url).pathname;
const { createDataSource, startEmbeddedPostgres, ensureDatabase } = require(`${dist}libs/platform/src`);
const { ENTITIES } = require(`${dist}libs/features/src`);
const { MIGRATIONS } = require(`${dist}migrations`);
const { DirectoryService } = require(`${dist}libs/directory/src`);

const here = dirname(fileURLToPath(import.meta.url));
export const now = () => performance.timeOrigin + performance.now();
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Nearest-rank percentile of a sorted array. */
export const pct = (s, p) => (s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN);

/**
 * A fresh, migrated database with the reference data (provinces, specialties) named `<prefix>_<time>` and a scratch data folder.
 * Returns { url, dataDir, drop() } (drop removes the database, the folder and any embedded server).
 */
export async function benchDatabase(prefix) {
  const dataDir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  chmodSync(dataDir, 0o755);
  const name = `${prefix}_${Date.now()}`;
  let adminUrl;
  let urlFor;
  let stopEmbedded = async () => undefined;
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = '/postgres';
    adminUrl = u.toString();
    urlFor = (db) => Object.assign(new URL(adminUrl), { pathname: `/${db}` }).toString();
  } else {
    const embedded = await startEmbeddedPostgres(join(dataDir, 'postgres'), { unsafeFast: true });
    adminUrl = embedded.adminUrl;
    urlFor = (db) => embedded.urlFor(db);
    stopEmbedded = () => embedded.stop();
  }
  await ensureDatabase(adminUrl, name);
  const url = urlFor(name);
  const ds = createDataSource({ url, entities: ENTITIES, migrations: MIGRATIONS });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await new DirectoryService(ds).syncReferenceData();
  await ds.destroy();
  return {
    url,
    dataDir,
    async drop() {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      await stopEmbedded();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One GraphQL request over HTTP to the API at `url` as `token`'s holder; throws on any error. */
export async function gql(url, query, variables, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * The whole API in this process (startServer from dist/) on a fresh benchDatabase: returns
 * { server, sql (a connected pg.Client on the database), gql(query, variables, token), close() }
 * (close ends the client, the server and drops the database). `env` adds to the config.
 */
export async function benchServer(prefix, env = {}) {
  const { loadConfig, createLogger } = require(`${dist}libs/platform/src`);
  const { startServer } = require(`${dist}apps/api/src/server`);
  const db = await benchDatabase(prefix);
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: db.dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'silent', ...env });
  const server = await startServer(config, createLogger('silent'), db.url);
  const sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  return {
    server,
    sql,
    gql: (query, variables, token) => gql(server.url, query, variables, token),
    async close() {
      await sql.end();
      await server.close();
      await db.drop();
    },
  };
}

/** Forks tests/bench/<file> with IPC; `expect(type)` waits for a message, `ask(msg, type)` sends and waits. */
export function child(file, { execArgv = [], env = {} } = {}) {
  const proc = fork(join(here, file), [], { execArgv, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting = new Map();
  proc.on('message', (m) => {
    const w = waiting.get(m.type);
    if (w) {
      waiting.delete(m.type);
      w(m);
    }
  });
  const expect = (type) => new Promise((resolve) => waiting.set(type, resolve));
  return { proc, expect, ask: (msg, reply) => (proc.send(msg), expect(reply)) };
}
