// Policy broadcasts at national scale: 500,000 members (12,000 facilities over the 34
// provinces, several professions and specialties), the API in a process of its own
// (tests/bench/messaging-server.mjs), measured through real GraphQL over HTTP and graphql-ws:
//   - rows written by one national publish and by one province-targeted publish (every
//     table's row count before and after: must be the same small constant)
//   - pinnedBroadcasts p50 for a targeted member with 1,000 broadcasts in the archive (≤ 20 ms)
//   - broadcastReach p50 with 300,000 reads / acknowledgements recorded on the broadcast
//     (≤ 300 ms): totals + 34 provinces, and with the first facility page; broadcastAudienceSize p50
//   - publish → the last of 2,000 subscribed targeted graphql-ws clients receiving
//     broadcastPublished (clients in 4 child processes; 200 untargeted subscribers must
//     receive nothing): p99 over every delivery and the slowest "last" of the publishes (≤ 2 s)
// Uses DATABASE_URL's server when set (a database of its own), else an embedded PostgreSQL.
import { createRequire } from 'node:module';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { benchDatabase, child, dist, gql, now, pct, sleep } from './support.mjs';

const require = createRequire(import.meta.url);
const pg = require('pg');
const { TokenSigner } = require(`${dist}libs/identity/src`);
const { BroadcastQueries } = require(`${dist}libs/broadcasts/src/broadcasts.queries`);

const USERS = Number(process.env.BCAST_BENCH_USERS ?? 500_000); // smaller only for a smoke run
const FACILITIES = 12_000;
const ARCHIVE = 1_000;
const READS = Math.min(300_000, Math.floor(USERS * 0.6));
const SUBSCRIBERS = 2_000;
const UNTARGETED = 200;
const WORKERS = 4;
const PUBLISHES = 8;

const db = await benchDatabase('ketnoi_bcast_bench');
const sql = new pg.Client({ connectionString: db.url });
await sql.connect();
const jwtSecret = randomBytes(32).toString('hex');
const signer = new TokenSigner(jwtSecret);
const workers = [];
let api;

const median = (xs) =>
  pct(
    [...xs].sort((a, b) => a - b),
    50,
  );
const ms = (x) => `${x.toFixed(1)} ms`;

/**
 * The statements broadcasts' own queries send, run for real on the bench database and
 * recorded, so the bench can time them without HTTP and print their plans.
 */
const recorded = [];
const direct = new BroadcastQueries({
  query: async (text, values) => {
    recorded.push({ text, values });
    return (await sql.query(text, values)).rows;
  },
});
/** The last statement `fn` sent: its SQL-only p50 over `n` runs and its EXPLAIN ANALYZE. */
async function sqlProfile(fn, n = 20) {
  const times = [];
  for (let i = 0; i < n + 3; i++) {
    recorded.length = 0;
    const t0 = now();
    await fn();
    if (i >= 3) times.push(now() - t0);
  }
  const { text, values } = recorded[recorded.length - 1];
  const plan = (await sql.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values)).rows.map((r) => r['QUERY PLAN']);
  return { p50: median(times), statements: recorded.length, plan };
}
const printPlan = (title, plan) => console.log(`${title}\n  ${plan.join('\n  ')}`);

async function seed() {
  let t = now();
  await sql.query(
    `INSERT INTO facilities (id, name, search_text, level, kind, ownership, province_code)
     SELECT gen_random_uuid(), 'Cơ sở y tế ' || g, 'co so y te ' || g, (ARRAY['INITIAL','BASIC','BASIC','SPECIALIZED'])[1 + g % 4], 'HOSPITAL', 'PROVINCIAL', p.codes[1 + g % 34]
       FROM generate_series(1, $1) g, (SELECT array_agg(code ORDER BY code) AS codes FROM provinces) p`,
    [FACILITIES],
  );
  // 10 statements of 50,000 (each one aggregated delta for the audience-cell triggers). Each
  // member's facility, profession and specialty are drawn independently (seeded), as in life:
  // a facility has staff of several professions and specialties.
  await sql.query('SELECT setseed(0.42)');
  for (let from = 0; from < USERS; from += 50_000) {
    const to = Math.min(USERS, from + 50_000);
    await sql.query(
      `WITH f AS (SELECT array_agg(id ORDER BY id) AS ids FROM facilities), s AS (SELECT array_agg(code ORDER BY code) AS codes FROM specialties),
            r AS (SELECT g, random() AS rp, random() AS rs, random() AS rf FROM generate_series($1 + 1, $2) g)
       INSERT INTO users (id, email, password_hash, full_name, search_text, profession, specialty_code, facility_id, roles, verification_status, verified_at)
       SELECT gen_random_uuid(), 'bc' || g || '@bench.vn', 'x', 'Nhân viên y tế ' || g, 'nhan vien y te ' || g,
              (ARRAY['NURSE','NURSE','NURSE','NURSE','PHYSICIAN','PHYSICIAN','PHYSICIAN','MIDWIFE','PHARMACIST','MEDICAL_TECHNICIAN'])[1 + floor(rp * 10)::int],
              CASE WHEN rs < 0.6 THEN s.codes[1 + floor(rs / 0.6 * array_length(s.codes, 1))::int] END,
              CASE WHEN g % 50 = 0 THEN NULL ELSE f.ids[1 + floor(rf * array_length(f.ids, 1))::int] END,
              '{MEMBER}', CASE WHEN g % 25 = 0 THEN 'PENDING' ELSE 'VERIFIED' END, now()
         FROM r, f, s`,
      [from, to],
    );
  }
  const [{ cells, areas }] = (
    await sql.query(
      `SELECT (SELECT count(*)::int FROM audience_cells WHERE members > 0) AS cells, (SELECT count(*)::int FROM audience_areas WHERE members > 0) AS areas`,
    )
  ).rows;
  console.log(`seeded ${FACILITIES} facilities and ${USERS} users in ${((now() - t) / 1000).toFixed(0)} s; ${cells} audience cells, ${areas} audience areas`);
  t = now();
  await sql.query('VACUUM ANALYZE');
  console.log(`VACUUM ANALYZE ${((now() - t) / 1000).toFixed(0)} s`);
}

/** Users (optionally matching a condition on u and its facility f) with a session, and their access tokens. */
async function withSessions(where, limit, roles = null) {
  const rows = (
    await sql.query(
      `SELECT u.id FROM users u LEFT JOIN facilities f ON f.id = u.facility_id WHERE u.verification_status = 'VERIFIED' AND ${where} ORDER BY u.email LIMIT $1`,
      [limit],
    )
  ).rows;
  const ids = rows.map((r) => r.id);
  const sids = ids.map(() => randomUUID());
  await sql.query(`INSERT INTO auth_sessions (id, user_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [sids, ids]);
  if (roles) await sql.query(`UPDATE users SET roles = $2, facility_id = NULL, profession = 'OTHER', specialty_code = NULL WHERE id = ANY($1)`, [ids, roles]);
  return ids.map((id, i) => ({ id, token: signer.signAccess({ sub: id, sid: sids[i] }) }));
}

async function rowCounts() {
  const tables = (await sql.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows.map((r) => r.tablename);
  const counts = new Map();
  for (const t of tables) counts.set(t, Number((await sql.query(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n));
  return counts;
}
async function rowsWritten(fn) {
  const before = await rowCounts();
  await fn();
  await sleep(500); // events and jobs after commit
  const after = await rowCounts();
  const changed = [...after].filter(([t, n]) => n !== before.get(t)).map(([t, n]) => `${t} +${n - before.get(t)}`);
  return { total: [...after].reduce((s, [t, n]) => s + n - before.get(t), 0), changed };
}

const PUBLISH = `mutation($input: PublishBroadcastInput!) { publishBroadcast(input: $input) { id } }`;
const input = (over = {}) => ({
  title: 'Hướng dẫn tiêm chủng mùa cúm',
  body: 'Các cơ sở y tế triển khai theo hướng dẫn.',
  documentNumber: '15/2025/TT-BYT',
  issuer: 'Bộ Y tế',
  priority: 'NORMAL',
  requireAck: false,
  target: {},
  clientId: randomUUID(),
  ...over,
});

try {
  await seed();
  api = child('messaging-server.mjs', { env: { BENCH_DATABASE_URL: db.url, BENCH_DATA_DIR: join(db.dataDir, 'api'), BENCH_JWT_SECRET: jwtSecret } });
  const { url } = await api.expect('ready');
  const ministries = await withSessions('TRUE', 3, ['MEMBER', 'MINISTRY_ADMIN']);

  // 1. Rows written by a publish
  const national = await rowsWritten(() => gql(url, PUBLISH, { input: input({ requireAck: true }) }, ministries[0].token));
  const province = await rowsWritten(() => gql(url, PUBLISH, { input: input({ target: { provinceCodes: ['01'] } }) }, ministries[0].token));
  console.log(
    `rows written: national publish ${national.total} (${national.changed.join(', ')}); province-targeted publish ${province.total} (${province.changed.join(', ')})`,
  );

  // 2. pinnedBroadcasts with 1,000 broadcasts in the archive (varied targets, priorities, some read)
  await sql.query(
    `INSERT INTO broadcasts (id, title, body, issuer, search_text, published_by_id, scope_province_code, priority, require_ack,
                             target_provinces, target_levels, target_professions, target_specialties, client_id, published_at)
     SELECT gen_random_uuid(), 'Thông báo ' || g, 'Nội dung ' || g, 'Bộ Y tế', 'thong bao ' || g, $1, NULL,
            (ARRAY['NORMAL','NORMAL','HIGH','URGENT'])[1 + g % 4], g % 3 = 0,
            CASE g % 5 WHEN 1 THEN '{01}'::text[] WHEN 2 THEN '{79}'::text[] WHEN 3 THEN '{01,48,79}'::text[] ELSE '{}'::text[] END,
            CASE WHEN g % 7 = 0 THEN '{SPECIALIZED}'::text[] ELSE '{}'::text[] END,
            CASE g % 4 WHEN 1 THEN '{NURSE}'::text[] WHEN 2 THEN '{PHYSICIAN}'::text[] ELSE '{}'::text[] END,
            '{}'::text[], 'arch' || g, now() - (g || ' minutes')::interval
       FROM generate_series(1, $2) g`,
    [ministries[0].id, ARCHIVE - 2],
  );
  const nurseWhere = `u.profession = 'NURSE' AND f.province_code = '01'`;
  const subscribers = await withSessions(nurseWhere, SUBSCRIBERS);
  const reader = subscribers[0];
  await sql.query(
    `INSERT INTO broadcast_reads (broadcast_id, user_id, read_at, province_code) SELECT id, $1, now(), '01' FROM broadcasts WHERE client_id LIKE 'arch%' AND random() < 0.3`,
    [reader.id],
  );
  await sql.query('ANALYZE broadcasts');
  const PINNED = `{ pinnedBroadcasts { id title priority requireAck viewerReadAt } }`;
  // Interleaved with the same viewer's cheapest authenticated request ({ __typename }: HTTP,
  // token and session check, GraphQL; no resolver), which every request pays whatever it asks.
  const pinnedTimes = [];
  const baseTimes = [];
  let pinnedCount = 0;
  for (let i = 0; i < 40; i++) {
    let t = now();
    pinnedCount = (await gql(url, PINNED, {}, reader.token)).pinnedBroadcasts.length;
    if (i >= 5) pinnedTimes.push(now() - t);
    t = now();
    await gql(url, '{ __typename }', {}, reader.token);
    if (i >= 5) baseTimes.push(now() - t);
  }
  const pinnedSql = await sqlProfile(() => direct.pinned({ id: reader.id }));
  console.log(
    `pinnedBroadcasts with ${ARCHIVE} broadcasts in the archive (${pinnedCount} shown): p50 ${ms(median(pinnedTimes))} (target ≤ 20 ms); ` +
      `the same viewer's { __typename } p50 ${ms(median(baseTimes))}; the pinned SQL alone (${pinnedSql.statements} statement) p50 ${ms(pinnedSql.p50)}`,
  );
  printPlan('pinned SQL plan:', pinnedSql.plan);

  // 3. broadcastReach with 300,000 reads / acknowledgements on one national broadcast
  const reachId = (await sql.query(`SELECT id FROM broadcasts WHERE require_ack AND cardinality(target_provinces) = 0 AND client_id NOT LIKE 'arch%' LIMIT 1`))
    .rows[0].id;
  let t = now();
  await sql.query(
    `INSERT INTO broadcast_reads (broadcast_id, user_id, read_at, acknowledged_at, province_code, facility_id)
     SELECT $1, u.id, now(), CASE WHEN u.email_n % 5 < 3 THEN now() END, f.province_code, u.facility_id
       FROM (SELECT id, facility_id, hashtext(email) & 1023 AS email_n FROM users WHERE verification_status = 'VERIFIED' ORDER BY id LIMIT $2) u
       LEFT JOIN facilities f ON f.id = u.facility_id
     ON CONFLICT DO NOTHING`,
    [reachId, READS],
  );
  await sql.query('VACUUM ANALYZE broadcast_reads');
  console.log(`recorded ${READS} reads (≈60 % acknowledged) in ${((now() - t) / 1000).toFixed(0)} s`);
  // The reader's pinned list again, now that one of its pinned broadcasts has 300,000 reads.
  const pinnedAfter = [];
  for (let i = 0; i < 25; i++) {
    const t0 = now();
    await gql(url, PINNED, {}, reader.token);
    if (i >= 5) pinnedAfter.push(now() - t0);
  }
  const pinnedAfterSql = await sqlProfile(() => direct.pinned({ id: reader.id }));
  console.log(`pinnedBroadcasts with ${READS} reads on a pinned broadcast: p50 ${ms(median(pinnedAfter))}; the SQL alone p50 ${ms(pinnedAfterSql.p50)}`);
  const REACH = `query($id: ID!) { broadcastReach(id: $id) { targeted read acknowledged notOnPlatform
    byProvince { province { code } targeted read acknowledged }
    byFacility(first: 20) { edges { node { facility { id name } targeted read acknowledged } } pageInfo { hasNextPage endCursor } } } }`;
  const SUMMARY = `query($id: ID!) { broadcastReach(id: $id) { targeted read acknowledged notOnPlatform byProvince { province { code } targeted read acknowledged } } }`;
  const timed = async (query, n = 15, id = reachId) => {
    const times = [];
    let last;
    for (let i = 0; i < n + 3; i++) {
      const t0 = now();
      last = (await gql(url, query, { id }, ministries[0].token)).broadcastReach;
      if (i >= 3) times.push(now() - t0);
    }
    return { p50: median(times), last };
  };
  const summary = await timed(SUMMARY);
  const full = await timed(REACH);
  const reach = full.last;
  console.log(
    `broadcastReach (targeted ${reach.targeted}, read ${reach.read}, acknowledged ${reach.acknowledged}, ${reach.byProvince.length} province rows): totals + by province p50 ${ms(summary.p50)}; with the first page of 20 facilities p50 ${ms(full.p50)} (target ≤ 300 ms)`,
  );
  const pageSql = await sqlProfile(() => direct.reachByFacility(reachId, null, null, 21));
  console.log(`first facility page SQL alone (national, untargeted: per-facility counts; ${pageSql.statements} statements) p50 ${ms(pageSql.p50)}`);
  printPlan('facility page SQL plan:', pageSql.plan);
  // The other two count sources: a target naming professions (per facility × profession) and one naming a specialty (audience cells).
  for (const [name, target] of [
    ['nurses and midwives nationally', { professions: ['NURSE', 'MIDWIFE'] }],
    ['one specialty nationally', { specialtyCodes: [(await sql.query('SELECT min(code) AS c FROM specialties')).rows[0].c] }],
  ]) {
    const { publishBroadcast } = await gql(url, PUBLISH, { input: input({ target }) }, ministries[0].token);
    const other = await timed(REACH, 15, publishBroadcast.id);
    const otherSql = await sqlProfile(() => direct.reachByFacility(publishBroadcast.id, null, null, 21));
    console.log(
      `broadcastReach with the first facility page, ${name} (targeted ${other.last.targeted}, no reads): p50 ${ms(other.p50)}; the facility page SQL alone p50 ${ms(otherSql.p50)}`,
    );
  }
  const SIZE = `query($target: BroadcastTargetInput!) { broadcastAudienceSize(target: $target) }`;
  const sizeTimes = [];
  let size;
  for (let i = 0; i < 23; i++) {
    t = now();
    size = (await gql(url, SIZE, { target: { provinceCodes: ['01', '79'], professions: ['NURSE', 'MIDWIFE'] } }, ministries[0].token)).broadcastAudienceSize;
    if (i >= 3) sizeTimes.push(now() - t);
  }
  console.log(`broadcastAudienceSize (two provinces × two professions: ${size}): p50 ${ms(median(sizeTimes))}`);

  // 4. Live: 2,000 targeted subscribers (nurses in Hà Nội) + 200 untargeted (physicians in TP.HCM)
  const untargeted = await withSessions(`u.profession = 'PHYSICIAN' AND f.province_code = '79'`, UNTARGETED);
  for (let i = 0; i < WORKERS + 1; i++) workers.push(child('broadcast-clients.mjs'));
  const per = Math.ceil(SUBSCRIBERS / WORKERS);
  const connected = await Promise.all(
    workers.map((w, i) =>
      w.ask({ type: 'connect', url, tokens: (i < WORKERS ? subscribers.slice(i * per, (i + 1) * per) : untargeted).map((s) => s.token) }, 'connected'),
    ),
  );
  const ok = connected.slice(0, WORKERS).reduce((n, c) => n + c.ok, 0);
  await sleep(2000);
  const started = new Map();
  for (let i = 0; i < PUBLISHES; i++) {
    const t0 = now();
    const { publishBroadcast } = await gql(
      url,
      PUBLISH,
      { input: input({ title: `Khẩn ${i}`, priority: 'URGENT', target: { provinceCodes: ['01'], professions: ['NURSE'] } }) },
      ministries[1 + (i % 2)].token,
    );
    started.set(publishBroadcast.id, t0);
    await sleep(3000);
  }
  await sleep(2000);
  const collected = await Promise.all(workers.map((w) => w.ask({ type: 'collect' }, 'collected')));
  const all = [];
  const lasts = [];
  let leaked = 0;
  for (const [id, t0] of started) {
    const times = collected.slice(0, WORKERS).flatMap((c) => c.received.find(([k]) => k === id)?.[1] ?? []);
    all.push(...times.map((x) => x - t0));
    if (times.length) lasts.push(Math.max(...times) - t0);
  }
  for (const [, times] of collected[WORKERS].received) leaked += times.length;
  all.sort((a, b) => a - b);
  lasts.sort((a, b) => a - b);
  console.log(
    `live: ${ok}/${SUBSCRIBERS} targeted subscribed, ${PUBLISHES} publishes: ${all.length}/${ok * PUBLISHES} deliveries; publish → receipt p50 ${ms(pct(all, 50))}, p99 ${ms(pct(all, 99))}; last client per publish: median ${ms(pct(lasts, 50))}, worst ${ms(lasts.at(-1) ?? NaN)} (target p99 ≤ 2000 ms); untargeted subscribers received ${leaked} (must be 0); errors ${JSON.stringify(collected.flatMap((c) => c.errors).slice(0, 3))}`,
  );
} finally {
  for (const w of workers) w.proc.send({ type: 'close' });
  api?.proc.send({ type: 'stop' });
  await sleep(1000);
  await sql.end().catch(() => undefined);
  await db.drop();
}
