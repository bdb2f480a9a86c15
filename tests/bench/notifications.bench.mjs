// Notification reads with both sources computed on read. `notifications` and
// `unreadNotificationCount` union the viewer's stored rows with live-session notices
// (LiveNoticeSql: every session in the 30-day window the viewer may watch) and broadcast
// notices (BroadcastNoticeSql: every broadcast targeting them). Seeds 2,000 members, 50,000
// stored notifications (NOTIF_BENCH_VIEWER_ROWS of them the viewer's, 20 % unread, most about
// their own posts so the post-visibility check runs), then measures over real HTTP against the
// API in a process of its own (tests/bench/messaging-server.mjs), for one verified viewer:
//   - p50 / p95 of `notifications(first: 20)` (the web app's fields) and of
//     `unreadNotificationCount`, with `{ __typename }` (token, session check, GraphQL; no
//     resolver) interleaved as the floor every request pays
//   - first with stored rows only, then after adding 3,000 live sessions in the notice window
//     (PUBLIC and INVITEES, scheduled / live / ended / cancelled, reminded when due) and 300
//     broadcasts (national and targeted; some read), with a read mark 15 days back
// Printed, not enforced. Uses DATABASE_URL's server when set (a database of its own), else an
// embedded PostgreSQL.
import { createRequire } from 'node:module';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { benchDatabase, child, dist, gql, now, pct, sleep } from './support.mjs';

const require = createRequire(import.meta.url);
const pg = require('pg');
const { TokenSigner } = require(`${dist}libs/identity/src`);

const USERS = 2_000;
const STORED = 50_000;
const VIEWER_ROWS = Number(process.env.NOTIF_BENCH_VIEWER_ROWS ?? 10_000);
const VIEWER_POSTS = 500;
const SESSIONS = Number(process.env.NOTIF_BENCH_SESSIONS ?? 3_000);
const BROADCASTS = 300;
const ROUNDS = 60;
const WARM = 5;

const db = await benchDatabase('ketnoi_notif_bench');
const sql = new pg.Client({ connectionString: db.url });
await sql.connect();
const jwtSecret = randomBytes(32).toString('hex');
const signer = new TokenSigner(jwtSecret);
let api;

const secs = (t) => `${((now() - t) / 1000).toFixed(1)} s`;

/** Members (the first is the viewer: a verified nurse at a facility in Hà Nội), the viewer's posts and the stored notifications. */
async function seedStored() {
  await sql.query(
    `INSERT INTO facilities (id, name, search_text, level, kind, ownership, province_code)
     SELECT gen_random_uuid(), 'Cơ sở y tế ' || g, 'co so y te ' || g, (ARRAY['INITIAL','BASIC','SPECIALIZED'])[1 + g % 3], 'HOSPITAL', 'PROVINCIAL', p.codes[1 + g % 34]
       FROM generate_series(0, 199) g, (SELECT array_agg(code ORDER BY code) AS codes FROM provinces) p`,
  );
  await sql.query(
    `WITH f AS (SELECT array_agg(id ORDER BY province_code, id) AS ids FROM facilities)
     INSERT INTO users (id, email, password_hash, full_name, search_text, profession, facility_id, roles, verification_status, verified_at)
     SELECT gen_random_uuid(), 'nb' || g || '@bench.vn', 'x', 'Nhân viên y tế ' || g, 'nhan vien y te ' || g,
            (ARRAY['NURSE','PHYSICIAN','MIDWIFE','PHARMACIST'])[1 + g % 4], f.ids[1 + g % array_length(f.ids, 1)], '{MEMBER}', 'VERIFIED', now()
       FROM generate_series(0, $1 - 1) g, f`,
    [USERS],
  );
  const viewerId = (await sql.query(`SELECT id FROM users WHERE email = 'nb0@bench.vn'`)).rows[0].id;
  await sql.query(
    `INSERT INTO posts (id, author_id, body, visibility, created_at)
     SELECT gen_random_uuid(), $1, 'Bài viết ' || g, 'ALL_VERIFIED', now() - (g || ' hours')::interval FROM generate_series(1, $2) g`,
    [viewerId, VIEWER_POSTS],
  );
  // The viewer's: most about their posts (reactions, comments, mentions: the post-visibility
  // check runs), the rest follows; spread over 60 days. Everyone else's: random recipients.
  await sql.query(
    `WITH p AS (SELECT array_agg(id) AS ids FROM posts WHERE author_id = $1),
          a AS (SELECT array_agg(id) AS ids FROM users WHERE id <> $1)
     INSERT INTO notifications (id, recipient_id, kind, target_id, post_id, actor_ids, actor_count, read_at, created_at, updated_at)
     SELECT gen_random_uuid(), $1, (ARRAY['POST_REACTION','POST_COMMENT','MENTION','FOLLOW'])[1 + g % 4], gen_random_uuid(),
            CASE WHEN g % 4 < 3 THEN p.ids[1 + g % array_length(p.ids, 1)] END,
            ARRAY[a.ids[1 + g % array_length(a.ids, 1)]], 1,
            CASE WHEN g % 5 = 0 THEN NULL ELSE now() END, t, t
       FROM generate_series(1, $2) g, p, a, LATERAL (SELECT now() - make_interval(secs => (g::bigint * 2654435761) % (60 * 86400)) AS t) x`,
    [viewerId, VIEWER_ROWS],
  );
  await sql.query(
    `WITH u AS (SELECT array_agg(id) AS ids FROM users WHERE id <> $1)
     INSERT INTO notifications (id, recipient_id, kind, target_id, actor_ids, actor_count, read_at, created_at, updated_at)
     SELECT gen_random_uuid(), u.ids[1 + g % array_length(u.ids, 1)], 'FOLLOW', gen_random_uuid(), ARRAY[u.ids[1 + (g * 7) % array_length(u.ids, 1)]], 1,
            CASE WHEN g % 3 = 0 THEN NULL ELSE now() END, t, t
       FROM generate_series(1, $2) g, u, LATERAL (SELECT now() - make_interval(secs => (g::bigint * 40503) % (60 * 86400)) AS t) x`,
    [viewerId, STORED - VIEWER_ROWS],
  );
  await sql.query('VACUUM ANALYZE');
  return viewerId;
}

/** Live sessions in the 30-day notice window, broadcasts, and the viewer's read mark 15 days back. */
async function seedComputed(viewerId) {
  // Start times spread over ±29 days: past ones ended (one in a hundred live now, started in
  // the last two hours), future ones scheduled, one in thirteen cancelled; the reminder job has
  // announced every one whose start is less than 15 minutes away or past. Each was created 3 to
  // 12 days before its start (those starting sooner: over the last 3 days).
  await sql.query(
    `WITH u AS (SELECT array_agg(id) AS ids FROM users WHERE id <> $1),
          t AS (SELECT g, CASE WHEN g % 100 = 1 THEN now() - make_interval(mins => g % 120)
                               ELSE now() + make_interval(secs => ((g::bigint * 2654435761) % (58 * 86400)) - 29 * 86400) END AS start
                  FROM generate_series(1, $2) g),
          s AS (SELECT g, start, CASE WHEN g % 13 = 0 THEN 'CANCELLED' WHEN start > now() THEN 'SCHEDULED'
                                      WHEN g % 100 = 1 THEN 'LIVE' ELSE 'ENDED' END AS status FROM t)
     INSERT INTO live_sessions (id, host_id, title, audience, status, scheduled_start, scheduled_minutes, started_at, ended_at, stream_key, reminded_at, created_at)
     SELECT gen_random_uuid(), u.ids[1 + s.g % array_length(u.ids, 1)], 'Phiên trực tiếp ' || s.g, CASE WHEN s.g % 5 = 0 THEN 'INVITEES' ELSE 'PUBLIC' END,
            s.status, s.start, 60,
            CASE WHEN s.status IN ('LIVE', 'ENDED') THEN s.start END,
            CASE WHEN s.status = 'ENDED' THEN s.start + interval '1 hour' END,
            'ktn_bench_' || s.g, CASE WHEN s.start - interval '15 minutes' < now() THEN s.start - interval '15 minutes' END,
            least(s.start - make_interval(days => 3 + s.g % 10), now() - make_interval(mins => s.g % 4320))
       FROM s, u`,
    [viewerId, SESSIONS],
  );
  // The viewer is invited to one INVITEES session in three (the others are not theirs to see).
  await sql.query(
    `INSERT INTO live_session_invitees (session_id, user_id)
     SELECT id, $1 FROM live_sessions WHERE audience = 'INVITEES' AND abs(hashtext(id::text)) % 3 = 0`,
    [viewerId],
  );
  const publisher = (await sql.query(`SELECT id FROM users WHERE email = 'nb1@bench.vn'`)).rows[0].id;
  await sql.query(
    `INSERT INTO broadcasts (id, title, body, issuer, search_text, published_by_id, scope_province_code, priority, require_ack,
                             target_provinces, target_levels, target_professions, target_specialties, client_id, published_at)
     SELECT gen_random_uuid(), 'Thông báo ' || g, 'Nội dung ' || g, 'Bộ Y tế', 'thong bao ' || g, $1, NULL,
            (ARRAY['NORMAL','NORMAL','HIGH','URGENT'])[1 + g % 4], g % 3 = 0,
            CASE g % 5 WHEN 1 THEN '{01}'::text[] WHEN 2 THEN '{79}'::text[] WHEN 3 THEN '{01,48,79}'::text[] ELSE '{}'::text[] END,
            CASE WHEN g % 7 = 0 THEN '{SPECIALIZED}'::text[] ELSE '{}'::text[] END,
            CASE g % 4 WHEN 1 THEN '{NURSE}'::text[] WHEN 2 THEN '{PHYSICIAN}'::text[] ELSE '{}'::text[] END,
            '{}'::text[], 'nb' || g, now() - make_interval(secs => (g::bigint * 2654435761) % (60 * 86400))
       FROM generate_series(1, $2) g`,
    [publisher, BROADCASTS],
  );
  await sql.query(
    `INSERT INTO broadcast_reads (broadcast_id, user_id, read_at, province_code)
     SELECT id, $1, now(), '01' FROM broadcasts WHERE abs(hashtext(id::text)) % 4 = 0`,
    [viewerId],
  );
  await sql.query(`INSERT INTO notification_read_marks (user_id, read_at, read_id) VALUES ($1, now() - interval '15 days', gen_random_uuid())`, [viewerId]);
  await sql.query('VACUUM ANALYZE');
}

const NOTIFICATIONS = `query($first: Int) { notifications(first: $first) { edges { cursor node {
  id kind read createdAt updatedAt targetId postId groupId caseFileId group { id name } liveSession { id title } actorCount actors { id fullName avatarUrl }
} } pageInfo { hasNextPage endCursor } } }`;
const UNREAD = `{ unreadNotificationCount }`;
const FLOOR = `{ __typename }`;

/** Interleaved rounds of the three requests; p50 / p95 of each, and what the viewer saw. */
async function measure(url, token) {
  const times = { list: [], unread: [], floor: [] };
  let seen = null;
  for (let i = 0; i < WARM + ROUNDS; i++) {
    let t = now();
    const list = await gql(url, NOTIFICATIONS, { first: 20 }, token);
    if (i >= WARM) times.list.push(now() - t);
    t = now();
    const unread = await gql(url, UNREAD, {}, token);
    if (i >= WARM) times.unread.push(now() - t);
    t = now();
    await gql(url, FLOOR, {}, token);
    if (i >= WARM) times.floor.push(now() - t);
    if (!seen) {
      const kinds = {};
      for (const e of list.notifications.edges) kinds[e.node.kind] = (kinds[e.node.kind] ?? 0) + 1;
      seen = { page: list.notifications.edges.length, kinds, unread: unread.unreadNotificationCount };
    }
  }
  const stat = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return `p50 ${pct(s, 50).toFixed(1)} ms / p95 ${pct(s, 95).toFixed(1)} ms`;
  };
  return { list: stat(times.list), unread: stat(times.unread), floor: stat(times.floor), seen };
}

function report(title, r) {
  console.log(`${title}:`);
  console.log(`  notifications(first: 20)  ${r.list}   (page of ${r.seen.page}: ${JSON.stringify(r.seen.kinds)})`);
  console.log(`  unreadNotificationCount   ${r.unread}   (count ${r.seen.unread})`);
  console.log(`  { __typename } floor      ${r.floor}`);
}

try {
  let t = now();
  const viewerId = await seedStored();
  console.log(`seeded ${USERS} members and ${STORED} stored notifications (${VIEWER_ROWS} the viewer's) in ${secs(t)}`);
  const sid = randomUUID();
  await sql.query(`INSERT INTO auth_sessions (id, user_id) VALUES ($1, $2)`, [sid, viewerId]);
  const token = signer.signAccess({ sub: viewerId, sid });
  api = child('messaging-server.mjs', { env: { BENCH_DATABASE_URL: db.url, BENCH_DATA_DIR: join(db.dataDir, 'api'), BENCH_JWT_SECRET: jwtSecret } });
  const { url } = await api.expect('ready');

  report(`stored rows only, ${ROUNDS} rounds`, await measure(url, token));
  t = now();
  await seedComputed(viewerId);
  const [{ visible, live }] = (
    await sql.query(
      `SELECT count(*)::int AS visible, count(*) FILTER (WHERE s.status = 'LIVE')::int AS live FROM live_sessions s LEFT JOIN live_session_invitees i ON i.session_id = s.id AND i.user_id = $1
        WHERE s.audience = 'PUBLIC' OR i.user_id IS NOT NULL`,
      [viewerId],
    )
  ).rows;
  console.log(`added ${SESSIONS} live sessions (${visible} the viewer may watch, ${live} live now) and ${BROADCASTS} broadcasts in ${secs(t)}`);
  report(`+ live sessions and broadcasts, ${ROUNDS} rounds`, await measure(url, token));
} finally {
  api?.proc.send({ type: 'stop' });
  await sleep(1000);
  await sql.end().catch(() => undefined);
  await db.drop();
}
process.exit(0);
