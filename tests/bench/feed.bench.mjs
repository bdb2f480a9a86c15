// Home feed at scale. Seeds 100,000 users (a third with avatars), 2,000 groups and
// 10,000 posts (a tenth with an image) into one
// database, clones it, grows the clone to 1,000,000 posts (generate_series, indexes
// rebuilt after the load, VACUUM ANALYZE), starts the API on each, then prints, measured
// in one run:
//   - feed page req/s through GraphQL ÷ a raw node:http + pg handler that checks the same
//     token and runs the same statements (target ≥ 0.5); also ÷ the page statement alone
//   - SQL statements per feed page at 20 and at 50 items (target ≤ 5, and equal)
//   - next-page p50 at 1,000,000 posts ÷ at 10,000 posts (target ≤ 1.3); the two are
//     measured in alternation, so load from other processes on the machine hits both alike
// Uses DATABASE_URL's server when set (databases of its own, dropped at the end), else an
// embedded PostgreSQL in a temporary folder.

// graphql-js runs development-only checks unless NODE_ENV is production, as it is in
// production; the server's own configuration below stays NODE_ENV=test (embedded parts).
process.env.NODE_ENV = 'production';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const pg = require('pg');
const dist = new URL('../../dist/', import.meta.url).pathname;
const { loadConfig, createLogger, createDataSource, startEmbeddedPostgres, ensureDatabase } = require(`${dist}libs/platform/src`);
const { startServer } = require(`${dist}apps/api/src/server`);
const { ENTITIES } = require(`${dist}libs/features/src`);
const { MIGRATIONS } = require(`${dist}migrations`);
const { DirectoryService } = require(`${dist}libs/directory/src`);
const { TokenSigner } = require(`${dist}libs/identity/src`);
const { FeedsService } = require(`${dist}libs/social/src`);

// Count the statements the API's own pools send (application_name "ketnoi"); the seeding
// client, the raw handler's pool and pg-boss are not counted.
let statements = 0;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (...args) {
  if (this.connectionParameters?.application_name === 'ketnoi') statements++;
  return originalQuery.apply(this, args);
};

const USERS = 100_000;
const GROUPS = 2_000;
const FACILITIES = 200;
const YEAR_SECONDS = 365 * 24 * 3600;

const dataDir = mkdtempSync(join(tmpdir(), 'ketnoi-feed-bench-'));
chmodSync(dataDir, 0o755);
const base = `ketnoi_feed_bench_${Date.now()}`;
const small = `${base}_10k`;
const large = `${base}_1m`;
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
const admin = new pg.Client({ connectionString: adminUrl, application_name: 'bench-admin' });
await admin.connect();

async function timed(label, fn) {
  const t = Date.now();
  const out = await fn();
  console.log(`  ${label}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return out;
}

/**
 * Bulk loading: indexes are dropped and rebuilt afterwards (much faster than maintaining
 * them row by row) and foreign-key triggers are skipped (the generated data is
 * consistent). Primary keys stay; the definitions are read from the database, so they
 * are exactly the migrations' indexes.
 */
async function bulk(sql, tables, fn) {
  const { rows: defs } = await sql.query(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1) AND i.indexname NOT IN (SELECT conname FROM pg_constraint)`,
    [tables],
  );
  for (const d of defs) await sql.query(`DROP INDEX "${d.indexname}"`);
  await sql.query(`SET session_replication_role = replica`);
  try {
    await fn();
  } finally {
    await sql.query(`SET session_replication_role = DEFAULT`);
    await sql.query(`SET maintenance_work_mem = '256MB'`);
    for (const d of defs) await sql.query(d.indexdef);
  }
}

async function seedPeople(sql) {
  // Deterministic, well-formed (version 4) UUIDs, so shares can point at earlier posts.
  await sql.query(`CREATE FUNCTION bench_uuid(text) RETURNS uuid IMMUTABLE LANGUAGE sql
    AS $$ SELECT overlay(overlay(md5($1) placing '4' from 13) placing '8' from 17)::uuid $$`);
  await sql.query(
    `
    INSERT INTO facilities (id, name, search_text, level, kind, ownership, province_code)
    SELECT gen_random_uuid(), 'Bệnh viện ' || g, 'benh vien ' || g,
           (ARRAY['INITIAL','BASIC','SPECIALIZED'])[1 + g % 3], 'HOSPITAL', 'PROVINCIAL',
           (SELECT code FROM provinces ORDER BY code OFFSET (g % 34) LIMIT 1)
      FROM generate_series(1, $1) g`,
    [FACILITIES],
  );
  await sql.query(
    `
    WITH f AS (SELECT array_agg(id ORDER BY id) ids FROM facilities),
         s AS (SELECT array_agg(code ORDER BY code) codes FROM specialties)
    INSERT INTO users (id, email, password_hash, full_name, search_text, profession, specialty_code, facility_id, roles, verification_status, created_at, avatar_attachment_id)
    SELECT bench_uuid('user' || g), 'feed' || g || '@bench.vn', 'x',
           (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng'])[1 + g % 5] || ' Văn ' || g,
           (ARRAY['nguyen','tran','le','pham','hoang'])[1 + g % 5] || ' van ' || g,
           'PHYSICIAN', s.codes[1 + g % array_length(s.codes, 1)], f.ids[1 + g % array_length(f.ids, 1)], '{MEMBER}',
           CASE WHEN g % 20 = 7 THEN 'PENDING' ELSE 'VERIFIED' END, now() - (g || ' seconds')::interval,
           CASE WHEN g % 3 = 0 THEN bench_uuid('avatar' || g) END
      FROM generate_series(1, $1) g, f, s`,
    [USERS],
  );
  // a third of the users have an avatar (resolved to a presigned URL on every page)
  await sql.query(
    `
    INSERT INTO attachments (id, owner_id, purpose, file_name, content_type, size, storage_key, thumbnail_key, status, completed_at)
    SELECT bench_uuid('avatar' || g), bench_uuid('user' || g), 'AVATAR', 'avatar.jpg', 'image/jpeg', 40000,
           'bench-avatar-' || g, 'bench-avatar-' || g || '.thumb.webp', 'READY', now()
      FROM generate_series(3, $1, 3) g`,
    [USERS],
  );
  // Numbered lookup tables: joining on a number is fast; indexing a 95,000-element array
  // per row is not (the array is detoasted on every access).
  await sql.query(`CREATE TABLE bench_users AS
    SELECT (row_number() OVER (ORDER BY id))::int AS n, id, specialty_code FROM users WHERE verification_status = 'VERIFIED'`);
  await sql.query('ALTER TABLE bench_users ADD PRIMARY KEY (n)');
  // Everyone follows 5 colleagues; groups of every privacy; everyone is in 2 groups.
  await sql.query(`
    WITH t AS (SELECT count(*)::int AS total FROM bench_users)
    INSERT INTO follows (follower_id, followee_id)
    SELECT a.id, b.id
      FROM t, generate_series(1, t.total) i, generate_series(1, 5) k, bench_users a, bench_users b
     WHERE a.n = 1 + (i * 13) % t.total AND b.n = 1 + (i * 31 + k * 104729) % t.total AND a.id <> b.id
    ON CONFLICT DO NOTHING`);
  await sql.query(
    `
    INSERT INTO groups (id, name, search_text, privacy, kind, member_count, created_by_id)
    SELECT bench_uuid('group' || g), 'Nhóm ' || g, 'nhom ' || g,
           (ARRAY['PUBLIC','PUBLIC','PUBLIC','PRIVATE','PRIVATE','SECRET'])[1 + g % 6], 'SPECIALTY_COMMUNITY', 0, u.id
      FROM generate_series(1, $1) g JOIN bench_users u ON u.n = g`,
    [GROUPS],
  );
  await sql.query(`CREATE TABLE bench_groups AS SELECT (row_number() OVER (ORDER BY id))::int AS n, id FROM groups`);
  await sql.query('ALTER TABLE bench_groups ADD PRIMARY KEY (n)');
  await sql.query(`
    INSERT INTO group_members (group_id, user_id, role)
    SELECT g.id, u.id, CASE WHEN k = 1 AND u.n % 50 = 0 THEN 'OWNER' ELSE 'MEMBER' END
      FROM bench_users u CROSS JOIN generate_series(1, 2) k
      JOIN bench_groups g ON g.n = 1 + (u.n * 7 + k * 523) % ${GROUPS}
    ON CONFLICT DO NOTHING`);
  await sql.query(
    `UPDATE groups g SET member_count = c.n FROM (SELECT group_id, count(*)::int n FROM group_members GROUP BY group_id) c WHERE c.group_id = g.id`,
  );
}

/**
 * Posts numbered from..to, spread over the last year (so 1M posts are 100× denser than
 * 10k, not 990k older ones behind the same newest pages): 75% ALL_VERIFIED, 15%
 * FOLLOWERS, 10% in groups; every 20th a share of an earlier post; every 10th with an image.
 */
async function seedPosts(sql, from, to) {
  const [{ users, groups }] = (await sql.query('SELECT (SELECT count(*) FROM bench_users)::int users, (SELECT count(*) FROM bench_groups)::int groups')).rows;
  await sql.query(
    `
    INSERT INTO posts (id, author_id, body, visibility, group_id, shared_post_id, specialty_code, created_at, reaction_count, comment_count, attachment_ids)
    SELECT bench_uuid('post' || i), u.id, 'Bài viết số ' || i || ' về ca bệnh khó, mời đồng nghiệp cho ý kiến #hoichan #timmach',
           CASE WHEN i % 20 < 15 THEN 'ALL_VERIFIED' WHEN i % 20 < 18 THEN 'FOLLOWERS' ELSE 'GROUP' END,
           CASE WHEN i % 20 >= 18 THEN g.id END,
           CASE WHEN i % 20 = 5 AND i > 1000 THEN bench_uuid('post' || (i - 1 - i % 997)) END,
           u.specialty_code,
           now() - make_interval(secs => ((i::bigint * 2654435761) % ${YEAR_SECONDS}) + (i % 1000) / 1000.0),
           i % 7, i % 5,
           CASE WHEN i % 10 = 0 THEN ARRAY[bench_uuid('att' || i)] ELSE '{}' END
      FROM generate_series($1::int, $2::int) i
      JOIN bench_users u ON u.n = 1 + (i::bigint * 7919) % $3
      JOIN bench_groups g ON g.n = 1 + (i::bigint * 17) % $4`,
    [from, to, users, groups],
  );
  await sql.query(
    `
    INSERT INTO attachments (id, owner_id, purpose, file_name, content_type, size, storage_key, thumbnail_key, status, completed_at)
    SELECT bench_uuid('att' || i), u.id, 'POST_MEDIA', 'anh-' || i || '.jpg', 'image/jpeg', 120000, 'bench-' || i, 'bench-' || i || '.thumb.webp', 'READY', now()
      FROM generate_series($1::int, $2::int) i JOIN bench_users u ON u.n = 1 + (i::bigint * 7919) % $3
     WHERE i % 10 = 0`,
    [from, to, users],
  );
}

/** The benchmark's reader: a verified cardiologist following 150 people, in 5 groups. */
async function seedViewer(sql) {
  const id = randomUUID();
  const facilityId = (await sql.query('SELECT id FROM facilities LIMIT 1')).rows[0].id;
  await sql.query(
    `INSERT INTO users (id, email, password_hash, full_name, search_text, profession, specialty_code, facility_id, verification_status)
     VALUES ($1, 'feed.viewer@bench.vn', 'x', 'Bác sĩ Bench', 'bac si bench', 'PHYSICIAN', 'CARDIOLOGY', $2, 'VERIFIED')`,
    [id, facilityId],
  );
  await sql.query(
    `INSERT INTO follows (follower_id, followee_id)
    SELECT $1, id FROM users WHERE verification_status = 'VERIFIED' AND id <> $1 ORDER BY md5(id::text) LIMIT 150`,
    [id],
  );
  await sql.query(
    `INSERT INTO group_members (group_id, user_id, role)
    SELECT id, $1, 'MEMBER' FROM groups WHERE privacy <> 'SECRET' ORDER BY md5(id::text) LIMIT 5`,
    [id],
  );
  return id;
}

async function withClient(db, fn) {
  const sql = new pg.Client({ connectionString: urlFor(db), application_name: 'bench-seed' });
  await sql.connect();
  try {
    return await fn(sql);
  } finally {
    await sql.end();
  }
}

const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'silent', RUN_JOBS: 'false' });
const signer = new TokenSigner(config.jwtSecret);
const servers = [];
const FEED = `query($first: Int, $after: String) { feed(first: $first, after: $after) {
  edges { cursor node { id body hashtags createdAt editedAt visibility reactionCount commentCount shareCount viewerReaction viewerSaved
    author { id fullName avatarUrl specialty { name } }
    group { id name }
    attachments { id contentType url thumbnailUrl }
    sharedPost { id body createdAt author { id fullName avatarUrl } attachments { id url } } } }
  pageInfo { hasNextPage endCursor } } }`;

/** The API on one database, signed in as the viewer. */
async function api(db, viewerId) {
  const server = await startServer(config, createLogger('silent'), urlFor(db));
  servers.push(server);
  const sessionId = randomUUID();
  await withClient(db, (sql) => sql.query('INSERT INTO auth_sessions (id, user_id) VALUES ($1, $2)', [sessionId, viewerId]));
  const token = signer.signAccess({ sub: viewerId, sid: sessionId });
  const gql = async (query, variables) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  return { server, gql, token };
}

/** Walks the feed page by page (back to the start at its end); each call times one page. */
function pager(target) {
  let after = null;
  return async () => {
    const t = process.hrtime.bigint();
    const page = await target.gql(FEED, { first: 20, after });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    after = page.feed.pageInfo.hasNextPage ? page.feed.pageInfo.endCursor : null;
    return ms;
  };
}

const p50 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Requests per second with `concurrency` clients for `ms`, after a warm-up. */
async function throughput(request, { concurrency = 8, ms = 4000 } = {}) {
  const run = async (duration) => {
    let done = 0;
    const until = Date.now() + duration;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < until) {
          await request();
          done++;
        }
      }),
    );
    return done / (duration / 1000);
  };
  await run(800);
  return run(ms);
}

let raw;
let rawPool;
const fmt = (n) => n.toFixed(2);
try {
  console.log('seeding:');
  await ensureDatabase(adminUrl, small);
  await timed('schema (migrations)', async () => {
    const ds = createDataSource({ url: urlFor(small), entities: ENTITIES, migrations: MIGRATIONS, poolSize: 2 });
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await new DirectoryService(ds).syncReferenceData();
    await ds.destroy();
  });
  const viewerId = await withClient(small, async (sql) => {
    await timed(`${USERS.toLocaleString('en')} users, ${GROUPS.toLocaleString('en')} groups, follows, memberships`, () =>
      bulk(sql, ['users', 'follows', 'groups', 'group_members', 'attachments'], () => seedPeople(sql)),
    );
    await timed('10,000 posts', () => bulk(sql, ['posts', 'attachments'], () => seedPosts(sql, 1, 10_000)));
    const id = await seedViewer(sql);
    await timed('VACUUM ANALYZE', () => sql.query('VACUUM ANALYZE'));
    return id;
  });
  await timed('clone', () => admin.query(`CREATE DATABASE ${large} TEMPLATE ${small}`));
  await withClient(large, async (sql) => {
    await timed('990,000 more posts in the clone', () => bulk(sql, ['posts', 'attachments'], () => seedPosts(sql, 10_001, 1_000_000)));
    await timed('VACUUM ANALYZE', () => sql.query('VACUUM ANALYZE'));
    const [{ n }] = (await sql.query('SELECT count(*)::int n FROM posts')).rows;
    console.log(`  posts: ${n.toLocaleString('en')} (and 10,000 in the first database)`);
  });

  const at10k = await api(small, viewerId);
  const at1m = await api(large, viewerId);

  // SQL statements per page (1M posts)
  const statementsFor = async (first) => {
    await at1m.gql(FEED, { first }); // warm
    const before = statements;
    await at1m.gql(FEED, { first });
    return statements - before;
  };
  const stmts20 = await statementsFor(20);
  const stmts50 = await statementsFor(50);

  // next-page latency, alternating between the two sizes
  const pageSmall = pager(at10k);
  const pageLarge = pager(at1m);
  for (let i = 0; i < 20; i++) {
    await pageSmall(); // warm both
    await pageLarge();
  }
  const tSmall = [];
  const tLarge = [];
  for (let i = 0; i < 200; i++) {
    tSmall.push(await pageSmall());
    tLarge.push(await pageLarge());
  }

  // GraphQL vs raw node:http + pg handlers (1M posts). "raw" runs the page statement only;
  // "raw + auth" does what the GraphQL request does besides GraphQL itself: verify the
  // bearer token (the same signer) and run the same two statements (session check, page).
  const feeds = at1m.server.app.get(FeedsService);
  rawPool = new pg.Pool({ connectionString: urlFor(large), max: 20, application_name: 'bench-raw' });
  const SESSION_SQL = `SELECT u.id, u.roles, u.verification_status, u.facility_id,
              coalesce(u.scope_province_code, f.province_code) AS province_code
         FROM users u
         JOIN auth_sessions s ON s.user_id = u.id AND s.id = $2 AND s.revoked_at IS NULL
         LEFT JOIN facilities f ON f.id = u.facility_id
        WHERE u.id = $1`;
  raw = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      let reader = { id: viewerId, sessionId: 'bench', roles: ['MEMBER'], verificationStatus: 'VERIFIED', facilityId: null, provinceCode: null };
      if (url.pathname === '/auth') {
        const claims = signer.verifyAccess(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
        const { rows } = claims && claims !== 'expired' ? await rawPool.query(SESSION_SQL, [claims.sub, claims.sid]) : { rows: [] };
        if (!rows.length) {
          res.writeHead(401);
          return res.end();
        }
        reader = {
          id: rows[0].id,
          sessionId: claims.sid,
          roles: rows[0].roles,
          verificationStatus: rows[0].verification_status,
          facilityId: rows[0].facility_id,
          provinceCode: rows[0].province_code,
        };
      }
      const { rows } = await rawPool.query(feeds.homeStatement(reader, 20, url.searchParams.get('after')));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(rows));
    } catch (e) {
      res.writeHead(500);
      res.end(String(e));
    }
  });
  await new Promise((r) => raw.listen(0, '127.0.0.1', r));
  const rawUrl = `http://127.0.0.1:${raw.address().port}`;
  const rps = { gql: [], raw: [], rawAuth: [] };
  for (let i = 0; i < 2; i++) {
    rps.gql.push(await throughput(() => at1m.gql(FEED, { first: 20 })));
    rps.raw.push(await throughput(async () => (await fetch(`${rawUrl}/feed`)).json()));
    rps.rawAuth.push(await throughput(async () => (await fetch(`${rawUrl}/auth`, { headers: { authorization: `Bearer ${at1m.token}` } })).json()));
  }
  const best = (xs) => Math.max(...xs);

  // the page statement alone, alternating the sizes (where the latency goes)
  const sqlTimes = { small: [], large: [] };
  const feeds10k = at10k.server.app.get(FeedsService);
  const clients = { small: new pg.Client({ connectionString: urlFor(small) }), large: new pg.Client({ connectionString: urlFor(large) }) };
  for (const c of Object.values(clients)) await c.connect();
  const cursors = { small: null, large: null };
  for (let i = 0; i < 220; i++) {
    for (const size of ['small', 'large']) {
      const statement = (size === 'small' ? feeds10k : feeds).homeStatement({ id: viewerId, roles: ['MEMBER'] }, 20, cursors[size]);
      const t = process.hrtime.bigint();
      const { rows } = await clients[size].query(statement);
      if (i >= 20) sqlTimes[size].push(Number(process.hrtime.bigint() - t) / 1e6);
      const last = rows[19];
      cursors[size] = rows.length > 20 ? Buffer.from(JSON.stringify([last.page_sort_at.toISOString(), last.page_sort_id])).toString('base64url') : null;
    }
  }
  for (const c of Object.values(clients)) await c.end();

  const ratio = best(rps.gql) / best(rps.rawAuth);
  const pageRatio = p50(tLarge) / p50(tSmall);
  console.log('results:');
  console.log(
    `feed page req/s: GraphQL ${fmt(best(rps.gql))} ÷ raw node:http + pg ${fmt(best(rps.rawAuth))} (token check + the same 2 statements) = ${fmt(ratio)} (target ≥ 0.5) ${ratio >= 0.5 ? 'OK' : 'BELOW TARGET'}`,
  );
  console.log(
    `  raw with the page statement alone (no token check, 1 statement): ${fmt(best(rps.raw))} req/s → GraphQL ÷ that = ${fmt(best(rps.gql) / best(rps.raw))}`,
  );
  console.log(
    `SQL statements per feed page: ${stmts20} at 20 items, ${stmts50} at 50 items (target ≤ 5 and equal) ${stmts20 === stmts50 && stmts50 <= 5 ? 'OK' : 'FAIL'}`,
  );
  console.log(
    `feed next-page p50: ${fmt(p50(tSmall))} ms at 10k posts, ${fmt(p50(tLarge))} ms at 1M → ratio ${fmt(pageRatio)} (target ≤ 1.3) ${pageRatio <= 1.3 ? 'OK' : 'ABOVE TARGET'}`,
  );
  console.log(`  of which the page statement alone, p50: ${fmt(p50(sqlTimes.small))} ms at 10k, ${fmt(p50(sqlTimes.large))} ms at 1M`);
} finally {
  if (raw) await new Promise((r) => raw.close(r));
  await rawPool?.end();
  for (const s of servers) await s.close();
  for (const db of [large, small]) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.end();
  await stopEmbedded();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
