// Live sessions on one API process (the real server from dist/, in its own process with
// --expose-gc: tests/bench/messaging-server.mjs). Measured in one run, printed, not enforced:
//   - live chat fan-out: N viewers (2,000 and 5,000), each a distinct user on their own
//     graphql-ws socket subscribed to liveSessionEvents of one LIVE session; chat posted over
//     HTTP at 5 messages/s for 20 s (by 100 senders, inside the per-user budget); latency =
//     receive − send start at every viewer; p50 / p99 (target p99 ≤ 1 s at 2,000)
//   - memory per idle viewer socket: API RSS and heapUsed + external after N idle
//     subscriptions minus before, ÷ N (forced GC) (target ≤ 50 KB)
//   - HLS segment serving through the signed-URL check (GET /live/hls/<session>/<token>/seg…)
//     vs a raw node:http static file server serving the same file: requests/s of each over
//     the same keep-alive client loop, as a ratio (target ≥ 0.5)
// Uses DATABASE_URL's server when set (a database of its own), else an embedded PostgreSQL.
process.env.NODE_ENV = 'production';
import { createRequire } from 'node:module';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';

// after NODE_ENV is set (a static import would load dist/ before it)
const { benchDatabase, child, dist, now, pct, sleep } = await import('./support.mjs');
const require = createRequire(import.meta.url);
const pg = require('pg');
const { TokenSigner } = require(`${dist}libs/identity/src`);
const { PlaybackTokens } = require(`${dist}libs/live/src`);

const SIZES = (process.env.LIVE_BENCH_SIZES ?? '2000,5000').split(',').map(Number);
const WORKERS = 4;
const RATE = 5; // chat messages per second
const SECONDS = 20;
const SENDERS = 100;

const jwtSecret = randomBytes(32).toString('hex');
const signer = new TokenSigner(jwtSecret);

async function seed(max) {
  const users = Array.from({ length: max + SENDERS + 1 }, () => ({ id: randomUUID(), sessionId: randomUUID() }));
  const sessionId = randomUUID();
  const sql = new pg.Client({ connectionString: dbUrl });
  await sql.connect();
  await sql.query(
    `INSERT INTO users (id, email, password_hash, full_name, search_text, profession, verification_status, verified_at)
     SELECT id, 'live' || n || '@bench.vn', 'x', 'Bác sĩ Bench ' || n, 'bac si bench ' || n, 'PHYSICIAN', 'VERIFIED', now() FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n)`,
    [users.map((u) => u.id)],
  );
  await sql.query(`INSERT INTO auth_sessions (id, user_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
    users.map((u) => u.sessionId),
    users.map((u) => u.id),
  ]);
  await sql.query(
    `INSERT INTO live_sessions (id, host_id, title, audience, status, scheduled_start, scheduled_minutes, started_at, stream_key)
     VALUES ($1, $2, 'Bench', 'PUBLIC', 'LIVE', now(), 60, now(), $3)`,
    [sessionId, users[0].id, `ktn_${randomBytes(16).toString('hex')}`],
  );
  await sql.end();
  return { users, sessionId };
}

async function fanout(size, { users, sessionId }) {
  const api = child('messaging-server.mjs', {
    execArgv: ['--expose-gc'],
    env: { BENCH_DATABASE_URL: dbUrl, BENCH_DATA_DIR: join(dataDir, `api-${size}`), BENCH_JWT_SECRET: jwtSecret },
  });
  const { url } = await api.expect('ready');
  const before = (await api.ask({ type: 'mem' }, 'mem')).usage;
  const viewers = users.slice(1, size + 1).map((u) => ({ token: signer.signAccess({ sub: u.id, sid: u.sessionId }) }));
  const workers = Array.from({ length: WORKERS }, () => child('live-clients.mjs'));
  const per = Math.ceil(size / WORKERS);
  const connected = await Promise.all(
    workers.map((w, i) => w.ask({ type: 'connect', url, sessionId, viewers: viewers.slice(i * per, (i + 1) * per) }, 'connected')),
  );
  const ok = connected.reduce((n, c) => n + c.ok, 0);
  await sleep(2000);
  const after = (await api.ask({ type: 'mem' }, 'mem')).usage;
  const kb = (a, b) => ((a - b) / 1024 / size).toFixed(1);
  console.log(
    `${size} viewers: ${ok} subscribed; per idle socket RSS ${kb(after.rss, before.rss)} KB, heapUsed+external ${kb(after.heapUsed + after.external, before.heapUsed + before.external)} KB (target ≤ 50)`,
  );
  const senders = users.slice(size + 1, size + 1 + SENDERS).map((u) => signer.signAccess({ sub: u.id, sid: u.sessionId }));
  const POST = `mutation($s: ID!, $b: String!, $c: String!) { postLiveChat(sessionId: $s, body: $b, clientId: $c) { id } }`;
  let failedSends = 0;
  const sends = [];
  for (let i = 0; i < RATE * SECONDS; i++) {
    const t = now();
    sends.push(
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${senders[i % SENDERS]}` },
        body: JSON.stringify({ query: POST, variables: { s: sessionId, b: `bench|${t}`, c: randomUUID() } }),
      })
        .then((r) => r.json())
        .then((b) => b.errors && failedSends++),
    );
    await sleep(1000 / RATE);
  }
  await Promise.all(sends);
  await sleep(3000);
  const collected = await Promise.all(workers.map((w) => w.ask({ type: 'collect' }, 'collected')));
  const lat = collected.flatMap((c) => c.latencies).sort((a, b) => a - b);
  const expected = RATE * SECONDS * ok;
  const elu = (await api.ask({ type: 'mem', gc: false }, 'mem')).elu;
  console.log(
    `${size} viewers, ${RATE} msg/s for ${SECONDS} s: ${lat.length}/${expected} deliveries, p50 ${pct(lat, 50).toFixed(1)} ms, p99 ${pct(lat, 99).toFixed(1)} ms, max ${lat.at(-1)?.toFixed(1)} ms (target p99 ≤ 1000 ms at 2,000); failed sends ${failedSends}; API event loop ${(elu.utilization * 100).toFixed(0)} % busy over its life; errors ${JSON.stringify(collected.flatMap((c) => c.errors).slice(0, 3))}`,
  );
  for (const w of workers) w.proc.send({ type: 'close' });
  api.proc.send({ type: 'stop' });
  await sleep(1000);
}

/** Requests/s of `path` on `port` from C keep-alive loops in this process for `ms`. */
async function hammer(port, path, ms = 5000, C = 16) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: C });
  let n = 0;
  let bad = 0;
  const end = Date.now() + ms;
  const loop = async () => {
    while (Date.now() < end) {
      await new Promise((resolve) => {
        http
          .get({ port, path, agent, host: '127.0.0.1' }, (res) => {
            if (res.statusCode !== 200) bad++;
            res.resume();
            res.on('end', () => (n++, resolve()));
          })
          .on('error', () => (bad++, resolve()));
      });
    }
  };
  await Promise.all(Array.from({ length: C }, loop));
  agent.destroy();
  return { rps: n / (ms / 1000), bad };
}

async function hlsServing({ users, sessionId }) {
  // a 1 s segment-sized file (≈ 150 KB) in the session's live folder, as the packager writes it
  const api = child('messaging-server.mjs', { env: { BENCH_DATABASE_URL: dbUrl, BENCH_DATA_DIR: join(dataDir, 'api-hls'), BENCH_JWT_SECRET: jwtSecret } });
  const { url } = await api.expect('ready');
  const port = Number(new URL(url).port);
  const dir = join(dataDir, 'api-hls', 'live', sessionId, 'p1');
  mkdirSync(dir, { recursive: true });
  const segment = randomBytes(150 * 1024);
  writeFileSync(join(dir, 'seg00001.ts'), segment);
  writeFileSync(join(dir, 'index.m3u8'), '#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:1\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:1.0,\nseg00001.ts\n');
  // the gateway serves the folder of the current publish: point it at this one (as a publish would)
  api.proc.send({ type: 'live-dir', sessionId, dir });
  await sleep(300);
  const token = new PlaybackTokens(jwtSecret).sign(sessionId, users[1].id, new Date(Date.now() + 600_000));
  const signedPath = `/live/hls/${sessionId}/${token}/seg00001.ts`;
  const raw = http.createServer((req, res) => {
    const body = readFileSync(join(dir, 'seg00001.ts'));
    res.writeHead(200, { 'content-type': 'video/mp2t', 'content-length': body.length });
    res.end(body);
  });
  await new Promise((r) => raw.listen(0, '127.0.0.1', r));
  await hammer(port, signedPath, 1000);
  const signed = await hammer(port, signedPath);
  const plain = await hammer(raw.address().port, '/seg00001.ts');
  console.log(
    `HLS segment (150 KB): signed-URL route ${signed.rps.toFixed(0)} req/s (${signed.bad} not 200), raw node:http ${plain.rps.toFixed(0)} req/s; ratio ${(signed.rps / plain.rps).toFixed(2)} (target ≥ 0.5)`,
  );
  raw.close();
  api.proc.send({ type: 'stop' });
  await sleep(500);
}

const db = await benchDatabase('ketnoi_live_bench');
const dbUrl = db.url;
const dataDir = db.dataDir;
try {
  const seeded = await seed(Math.max(...SIZES));
  if (!process.env.LIVE_BENCH_SKIP_HLS) await hlsServing(seeded);
  for (const size of SIZES) await fanout(size, seeded);
} finally {
  await db.drop();
}
