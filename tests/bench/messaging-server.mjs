// The API process of the messaging benchmark (tests/bench/messaging.bench.mjs): the real
// server (dist/) on the benchmark's database, alone in its own process so its event loop
// and memory are measured without the WebSocket clients. Started with --expose-gc.
// IPC in: { type: 'mem', gc? } → forced GC (unless gc: false), then { type: 'mem', usage, statements, byStatement, elu };
//         { type: 'stop' } → closes the server and exits.
// Counts the SQL statements of the API's own pools (application_name "ketnoi").

// graphql-js runs development-only checks unless NODE_ENV is production, as in production.
process.env.NODE_ENV = 'production';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const pg = require('pg');
const dist = new URL('../../dist/', import.meta.url).pathname;
const { loadConfig, createLogger } = require(`${dist}libs/platform/src`);
const { startServer } = require(`${dist}apps/api/src/server`);

let statements = 0;
const byStatement = new Map(); // the statement's first 70 characters → count
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (...args) {
  if (this.connectionParameters?.application_name === 'ketnoi') {
    statements++;
    const text = typeof args[0] === 'string' ? args[0] : args[0]?.text;
    const key = String(text ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 70);
    byStatement.set(key, (byStatement.get(key) ?? 0) + 1);
  }
  return originalQuery.apply(this, args);
};

const { BENCH_DATABASE_URL, BENCH_DATA_DIR, BENCH_JWT_SECRET } = process.env;
const config = loadConfig({
  NODE_ENV: 'test',
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_DIR: BENCH_DATA_DIR,
  JWT_SECRET: BENCH_JWT_SECRET,
  SEED_DEMO: 'false',
  LOG_LEVEL: 'silent',
  RUN_JOBS: 'false',
});
const server = await startServer(config, createLogger('silent'), BENCH_DATABASE_URL);

function usage(gc) {
  if (gc) for (let i = 0; i < 3; i++) globalThis.gc?.();
  return process.memoryUsage();
}

process.on('message', async (m) => {
  if (m.type === 'mem') {
    process.send({ type: 'mem', usage: usage(m.gc !== false), statements, byStatement: [...byStatement], elu: performance.eventLoopUtilization() });
  } else if (m.type === 'live-dir') {
    // live benchmark: serve a prepared folder as a session's current publish (what a publish sets)
    const { MEDIA_GATEWAY } = require(`${dist}libs/live/src`);
    server.app.get(MEDIA_GATEWAY).currentDir.set(m.sessionId, m.dir);
  } else if (m.type === 'stop') {
    await server.close().catch(() => undefined);
    process.exit(0); // writes the --cpu-prof profile, when asked for
  }
});
process.on('disconnect', () => process.exit(0));
process.send({ type: 'ready', url: server.url });
