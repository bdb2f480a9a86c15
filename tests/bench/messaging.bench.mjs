// Messaging at 1,000 and 5,000 live subscribers on one API process. For each size, a fresh
// API process (tests/bench/messaging-server.mjs, --expose-gc) and 4 client processes
// (tests/bench/messaging-clients.mjs) holding one graphql-ws connection per user: every
// subscriber is a distinct user with their own session and access token, subscribed to
// conversationEvents(conversationId) of a conversation they take part in. Measured in one run:
//   - memory per idle socket: the API process's RSS and heapUsed + external after N idle
//     authenticated subscriptions, minus before any, ÷ N (after forced GC) — target ≤ 50 KB
//   - group chats: the N users in group conversations of 50; messages sent through HTTP
//     `sendMessage` by random participants at a steady rate of one per conversation every
//     5 s (so 4/s at 1,000 and 20/s at 5,000), each delivered to the conversation's 50 sockets
//   - one big group: all N in one conversation, 1 message a second, each to all N sockets
//   - latency = receive time at each subscriber − send start (performance.timeOrigin +
//     performance.now() in each process: one clock, one machine); p50 / p99 per size, and
//     p99 at 5,000 ÷ p99 at 1,000 — targets p99 ≤ 200 ms at 5,000 and ratio ≤ 3
//   - SQL statements of the API per delivered event (where per-subscriber work shows)
// Targets are reported, not enforced: the process fails only on errors (refused sockets,
// failed sends, deliveries that never arrive). Uses DATABASE_URL's server when set (a
// database of its own, dropped at the end), else an embedded PostgreSQL in a temporary folder.
// MESSAGING_BENCH_PROFILE=<dir>: the API processes write a --cpu-prof profile there.
process.env.NODE_ENV = 'production';
import { createRequire } from 'node:module';
import { fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// after NODE_ENV is set (a static import would load dist/ before it)
const { benchDatabase, dist, now, sleep } = await import('./support.mjs');
const require = createRequire(import.meta.url);
const pg = require('pg');
const { TokenSigner } = require(`${dist}libs/identity/src`);

const here = dirname(fileURLToPath(import.meta.url));
// MESSAGING_BENCH_SIZES=5000 (comma-separated) measures other sizes, for diagnosis only
const SIZES = (process.env.MESSAGING_BENCH_SIZES ?? '1000,5000').split(',').map(Number);
const GROUP_SIZE = 50;
const WORKERS = 4;
const PER_CONVERSATION_INTERVAL_S = 5; // one message per group chat every 5 s
const GROUP_SECONDS = 20;
const FANOUT_MESSAGES = 10;
const FANOUT_INTERVAL_MS = 1000;
const TARGET_P99_MS = 200;
const TARGET_RATIO = 3;
const TARGET_KB = 50;

const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : String(n));
const errors = [];

// ---------- file descriptors ----------
const openFiles = /Max open files\s+(\d+|unlimited)\s+(\d+|unlimited)/.exec(readFileSync('/proc/self/limits', 'utf8'));
const fdLimit = openFiles ? (openFiles[1] === 'unlimited' ? Infinity : Number(openFiles[1])) : Infinity;
const fdNeeded = Math.max(...SIZES) + 500; // the API process holds one per socket, plus its pools
console.log(`open-file limit ${fdLimit} (soft, inherited by the API and client processes); the API needs about ${fdNeeded}`);
if (fdLimit < fdNeeded) {
  console.error(`open-file limit too low for ${Math.max(...SIZES)} sockets: raise it (ulimit -n ${fdNeeded * 2}) and run again`);
  process.exit(1);
}

// ---------- database ----------
const db = await benchDatabase('ketnoi_messaging_bench');
const dbUrl = db.url;
const dataDir = db.dataDir;
const jwtSecret = randomBytes(32).toString('hex');
const signer = new TokenSigner(jwtSecret);

/** Users (each with a session), and per size: group chats of 50 and one conversation of all. */
async function seed() {
  const max = Math.max(...SIZES);
  const users = Array.from({ length: max }, () => ({ id: randomUUID(), sessionId: randomUUID() }));
  const layout = {};
  const sql = new pg.Client({ connectionString: dbUrl, application_name: 'bench-seed' });
  await sql.connect();
  try {
    await sql.query(
      `INSERT INTO users (id, email, password_hash, full_name, search_text, profession, verification_status, verified_at)
       SELECT id, 'msg' || n || '@bench.vn', 'x', 'Bác sĩ Bench ' || n, 'bac si bench ' || n, 'PHYSICIAN', 'VERIFIED', now()
         FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n)`,
      [users.map((u) => u.id)],
    );
    await sql.query(`INSERT INTO auth_sessions (id, user_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
      users.map((u) => u.sessionId),
      users.map((u) => u.id),
    ]);
    for (const size of SIZES) {
      const groups = Array.from({ length: size / GROUP_SIZE }, (_, k) => ({ id: randomUUID(), members: users.slice(k * GROUP_SIZE, (k + 1) * GROUP_SIZE) }));
      const big = { id: randomUUID(), members: users.slice(0, size) };
      for (const c of [...groups, big]) {
        await sql.query(`INSERT INTO conversations (id, kind, title, created_by_id, last_activity_at) VALUES ($1, 'GROUP', $2, $3, now())`, [
          c.id,
          c === big ? `Cả ${size}` : 'Nhóm bench',
          c.members[0].id,
        ]);
        await sql.query(
          `INSERT INTO conversation_participants (conversation_id, user_id, role)
           SELECT $1, u, CASE WHEN n = 1 THEN 'ADMIN' ELSE 'MEMBER' END FROM unnest($2::uuid[]) WITH ORDINALITY AS t(u, n)`,
          [c.id, c.members.map((u) => u.id)],
        );
      }
      layout[size] = { groups, big };
    }
    await sql.query('VACUUM ANALYZE');
  } finally {
    await sql.end();
  }
  return { users, layout };
}

// ---------- child processes ----------
/** A forked process with request/reply over IPC (one outstanding request per reply type). */
function child(file, { execArgv = [], env = {} } = {}) {
  const proc = fork(join(here, file), [], { execArgv, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting = new Map();
  let exited = false;
  proc.on('message', (m) => {
    const w = waiting.get(m.type);
    if (w) {
      waiting.delete(m.type);
      w.resolve(m);
    }
  });
  proc.on('exit', (code) => {
    exited = true;
    for (const w of waiting.values()) w.reject(new Error(`${file} exited (${code})`));
    waiting.clear();
  });
  const expect = (type) => new Promise((resolve, reject) => (exited ? reject(new Error(`${file} exited`)) : waiting.set(type, { resolve, reject })));
  return {
    proc,
    expect,
    ask(msg, reply) {
      const p = expect(reply);
      proc.send(msg);
      return p;
    },
    exited: () => exited,
  };
}

// ---------- measurements ----------
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id seq } }`;

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function run(size, { users, layout }) {
  const { groups, big } = layout[size];
  const tokens = new Map(users.slice(0, size).map((u) => [u.id, signer.signAccess({ sub: u.id, sid: u.sessionId })]));
  const execArgv = ['--expose-gc'];
  if (process.env.MESSAGING_BENCH_PROFILE)
    execArgv.push('--cpu-prof', `--cpu-prof-dir=${process.env.MESSAGING_BENCH_PROFILE}`, `--cpu-prof-name=api-${size}-${Date.now()}.cpuprofile`);
  const api = child('messaging-server.mjs', {
    execArgv,
    env: { BENCH_DATABASE_URL: dbUrl, BENCH_DATA_DIR: join(dataDir, `api-${size}`), BENCH_JWT_SECRET: jwtSecret },
  });
  const workers = [];
  try {
    const { url } = await api.expect('ready');
    const send = async (conversationId, senderId, body) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(senderId)}` },
        body: JSON.stringify({ query: SEND, variables: { input: { conversationId, clientId: randomUUID(), body } } }),
      });
      const out = await res.json();
      if (out.errors || !out.data?.sendMessage) throw new Error(`sendMessage: ${JSON.stringify(out.errors?.map((e) => e.extensions?.code))}`);
    };
    // warm the API up (no subscribers yet), then the baseline
    for (let i = 0; i < 30; i++) await send(groups[i % groups.length].id, groups[i % groups.length].members[1].id, `warm|${i}`);
    const before = (await api.ask({ type: 'mem' }, 'mem')).usage;

    for (let w = 0; w < WORKERS; w++) workers.push(child('messaging-clients.mjs'));
    await Promise.all(workers.map((w) => w.expect('ready')));
    const slices = workers.map(() => []);
    groups.forEach((g) => g.members.forEach((u, i) => slices[i % WORKERS].push({ token: tokens.get(u.id), conversationId: g.id })));
    const t = Date.now();
    const connected = await Promise.all(workers.map((w, i) => w.ask({ type: 'connect', url, subscribers: slices[i] }, 'connected')));
    const ok = connected.reduce((s, c) => s + c.ok, 0);
    const failed = connected.reduce((s, c) => s + c.failed, 0);
    console.log(`  ${size}: ${ok} sockets authenticated in ${fmt((Date.now() - t) / 1000)} s${failed ? `, ${failed} REFUSED` : ''}`);
    if (failed) errors.push(`${size}: ${failed} sockets refused`);

    /** Probe messages until every socket has received one (its subscription is live). */
    const probeAll = async (conversations) => {
      await Promise.all(workers.map((w) => w.ask({ type: 'reset-probes' }, 'reset')));
      for (let round = 0; round < 10; round++) {
        await Promise.all(conversations.map((c) => send(c.id, c.members[0].id, `probe|${round}`)));
        for (let i = 0; i < 10; i++) {
          await sleep(500);
          const counts = await Promise.all(workers.map((w) => w.ask({ type: 'count', tag: '' }, 'count')));
          if (counts.reduce((s, c) => s + c.probed, 0) >= ok) return true;
        }
      }
      errors.push(`${size}: not every subscription went live`);
      return false;
    };
    await probeAll(groups);
    await sleep(2000);
    const idle = (await api.ask({ type: 'mem' }, 'mem')).usage;
    const memory = {
      rssKb: (idle.rss - before.rss) / size / 1024,
      heapKb: (idle.heapUsed + idle.external - before.heapUsed - before.external) / size / 1024,
    };

    /** Sends `count` messages at a steady rate (open loop), then waits for every delivery. */
    const scenario = async (tag, count, intervalMs, pick, expectedPerMessage) => {
      const stateBefore = await api.ask({ type: 'mem', gc: false }, 'mem');
      const start = now();
      const sends = [];
      for (let i = 0; i < count; i++) {
        const wait = start + i * intervalMs - now();
        if (wait > 0) await sleep(wait);
        const [conversation, sender] = pick(i);
        sends.push(send(conversation.id, sender.id, `bench|${tag}|${now()}`).catch((e) => errors.push(`${size} ${tag}: ${e.message}`)));
      }
      await Promise.all(sends);
      const expected = count * expectedPerMessage;
      let received = 0;
      let lastArrival = now();
      // a busy server may take long: wait while deliveries still arrive (up to 60 s without one)
      for (let last = -1, stalled = 0; stalled < 120;) {
        const counts = await Promise.all(workers.map((w) => w.ask({ type: 'count', tag }, 'count')));
        received = counts.reduce((s, c) => s + c.received, 0);
        if (received >= expected) break;
        if (received !== last) lastArrival = now();
        stalled = received === last ? stalled + 1 : 0;
        last = received;
        await sleep(500);
      }
      const drained = lastArrival - start;
      const stateAfter = await api.ask({ type: 'mem', gc: false }, 'mem');
      const statements = stateAfter.statements - stateBefore.statements;
      const earlier = new Map(stateBefore.byStatement);
      const top = stateAfter.byStatement
        .map(([text, n]) => [text, n - (earlier.get(text) ?? 0)])
        .filter(([, n]) => n > 0)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4);
      const busy = stateAfter.elu.active - stateBefore.elu.active;
      const loadUtilization = busy / (busy + stateAfter.elu.idle - stateBefore.elu.idle);
      const collected = await Promise.all(workers.map((w) => w.ask({ type: 'collect', tag }, 'collected')));
      for (const c of collected) if (c.errors.length) errors.push(`${size} ${tag}: client errors ${[...new Set(c.errors)].join('; ')}`);
      const latencies = collected.flatMap((c) => c.latencies).sort((a, b) => a - b);
      if (latencies.length < expected) errors.push(`${size} ${tag}: ${expected - latencies.length} of ${expected} deliveries never arrived`);
      return {
        count,
        expected,
        received: latencies.length,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        max: latencies.at(-1),
        statementsPerDelivery: statements / Math.max(1, latencies.length),
        drainedS: drained / 1000,
        loadUtilization,
        top,
      };
    };

    const random = (list) => list[Math.floor(Math.random() * list.length)];
    const rate = groups.length / PER_CONVERSATION_INTERVAL_S;
    const group = await scenario(
      'group',
      Math.round(rate * GROUP_SECONDS),
      1000 / rate,
      () => {
        const g = random(groups);
        return [g, random(g.members)];
      },
      GROUP_SIZE,
    );
    group.rate = rate;

    await Promise.all(workers.map((w) => w.ask({ type: 'subscribe', conversationId: big.id }, 'subscribed')));
    await probeAll([big]);
    const fanout = await scenario('fanout', FANOUT_MESSAGES, FANOUT_INTERVAL_MS, () => [big, random(big.members)], size);
    await Promise.all(workers.map((w) => w.ask({ type: 'unsubscribe-extra' }, 'unsubscribed')));
    return { size, sockets: ok, memory, group, fanout };
  } finally {
    await Promise.all(workers.map((w) => (w.exited() ? undefined : w.ask({ type: 'close' }, 'closed').catch(() => undefined))));
    if (!api.exited()) {
      const gone = new Promise((r) => api.proc.once('exit', r));
      api.proc.send({ type: 'stop' });
      await Promise.race([gone, sleep(15_000)]);
      if (!api.exited()) api.proc.kill();
    }
  }
}

const results = [];
try {
  console.log('seeding:');
  const data = await seed();
  console.log(`  ${data.users.length} users with sessions; per size: group chats of ${GROUP_SIZE} and one conversation of everyone`);
  console.log(`measuring (API in its own process, ${WORKERS} client processes):`);
  for (const size of SIZES) {
    const r = await run(size, data);
    results.push(r);
    console.log(
      `  ${size}: group chats ${fmt(r.group.rate)} msg/s p50 ${fmt(r.group.p50)} ms p99 ${fmt(r.group.p99)} ms (${r.group.received}/${r.group.expected}); ` +
        `one conversation p50 ${fmt(r.fanout.p50)} ms p99 ${fmt(r.fanout.p99)} ms (${r.fanout.received}/${r.fanout.expected}); ` +
        `${fmt(r.memory.rssKb)} KB RSS, ${fmt(r.memory.heapKb)} KB heap+external per socket`,
    );
  }
} catch (e) {
  errors.push(String(e?.stack ?? e));
} finally {
  await db.drop();
}

if (results.length === 2 && SIZES.length === 2) {
  const [small, large] = results;
  const verdict = (ok) => (ok ? 'target met' : 'TARGET NOT MET');
  const line = (label, key) => {
    const a = small[key];
    const b = large[key];
    const ratio = b.p99 / a.p99;
    console.log(`${label}:`);
    console.log(`  p50 / p99 at ${small.size}: ${fmt(a.p50)} / ${fmt(a.p99)} ms (max ${fmt(a.max)}; ${a.received} deliveries of ${a.count} messages)`);
    console.log(
      `  p50 / p99 at ${large.size}: ${fmt(b.p50)} / ${fmt(b.p99)} ms (max ${fmt(b.max)}; ${b.received} deliveries of ${b.count} messages) — p99 ≤ ${TARGET_P99_MS} ms: ${verdict(b.p99 <= TARGET_P99_MS)}`,
    );
    console.log(`  p99(${large.size}) ÷ p99(${small.size}) = ${fmt(ratio, 2)} — ≤ ${TARGET_RATIO}: ${verdict(ratio <= TARGET_RATIO)}`);
    console.log(
      `  SQL statements per delivered event: ${fmt(a.statementsPerDelivery, 2)} at ${small.size}, ${fmt(b.statementsPerDelivery, 2)} at ${large.size}`,
    );
    for (const [text, n] of b.top) console.log(`    at ${large.size}: ${fmt(n / Math.max(1, b.received), 2)} per delivery: ${text}…`);
    console.log(
      `  API event loop busy while sending and delivering: ${fmt(a.loadUtilization * 100, 0)} % at ${small.size}, ${fmt(b.loadUtilization * 100, 0)} % at ${large.size}; ` +
        `all delivered ${fmt(a.drainedS)} s / ${fmt(b.drainedS)} s after the first send`,
    );
  };
  console.log('results:');
  line(
    `group chats of ${GROUP_SIZE} (one message per chat every ${PER_CONVERSATION_INTERVAL_S} s: ${fmt(small.group.rate)} msg/s at ${small.size}, ${fmt(large.group.rate)} at ${large.size}; send → receive)`,
    'group',
  );
  line(`one conversation of everyone (1 message/s, each to all ${small.size} / ${large.size} sockets; send → receive)`, 'fanout');
  for (const r of results) {
    console.log(
      `memory per idle socket at ${r.size}: ${fmt(r.memory.rssKb)} KB RSS (≤ ${TARGET_KB} KB: ${verdict(r.memory.rssKb <= TARGET_KB)}), ` +
        `${fmt(r.memory.heapKb)} KB heapUsed+external (${verdict(r.memory.heapKb <= TARGET_KB)})`,
    );
  }
}
if (errors.length) {
  console.error('ERRORS:');
  for (const e of [...new Set(errors)]) console.error(`  ${e}`);
  process.exit(1);
}
process.exit(0);
