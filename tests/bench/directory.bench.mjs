// Directory search at scale: seeds 100,000 users with generate_series, then measures
// through real GraphQL over HTTP:
//   - SQL statements per searchUsers page at 10 and at 50 items (must be equal: no N+1)
//   - next-page p50 at 100k users ÷ at 1k users (keyset pagination: target ≤ 1.3)
//   - pendingVerifications next-page p50, same ratio
import { createRequire } from 'node:module';
import { benchServer } from './support.mjs';

const require = createRequire(import.meta.url);
const pg = require('pg');

// Count every statement sent through node-postgres in this process.
let statements = 0;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (...args) {
  statements++;
  return originalQuery.apply(this, args);
};

const { sql, gql, close } = await benchServer('ketnoi_directory_bench');

const FACILITIES = 200;
async function seed(total) {
  // facilities in every province, users spread over them with Vietnamese-like names
  await sql.query(
    `
    INSERT INTO facilities (id, name, search_text, level, kind, ownership, province_code)
    SELECT gen_random_uuid(), 'Bệnh viện ' || g, 'benh vien ' || g,
           (ARRAY['INITIAL','BASIC','SPECIALIZED'])[1 + g % 3], 'HOSPITAL', 'PROVINCIAL',
           (SELECT code FROM provinces ORDER BY code OFFSET (g % 34) LIMIT 1)
      FROM generate_series(1, $1) g
     WHERE NOT EXISTS (SELECT 1 FROM facilities LIMIT 1)`,
    [FACILITIES],
  );
  const have = Number((await sql.query('SELECT count(*) FROM users')).rows[0].count);
  await sql.query(
    `
    WITH f AS (SELECT array_agg(id ORDER BY id) ids FROM facilities),
         s AS (SELECT array_agg(code ORDER BY code) codes FROM specialties)
    INSERT INTO users (id, email, password_hash, full_name, search_text, profession, specialty_code, facility_id, roles, verification_status, created_at)
    SELECT gen_random_uuid(), 'bench' || g || '@bench.vn', 'x',
           (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Phan','Vũ','Đặng','Bùi','Đỗ'])[1 + g % 10] || ' Văn ' || 'Người ' || g,
           (ARRAY['nguyen','tran','le','pham','hoang','phan','vu','dang','bui','do'])[1 + g % 10] || ' van nguoi ' || g,
           'PHYSICIAN', s.codes[1 + g % array_length(s.codes, 1)], f.ids[1 + g % array_length(f.ids, 1)], '{MEMBER}',
           CASE WHEN g % 7 = 3 THEN 'PENDING' ELSE 'VERIFIED' END,
           now() - (g || ' seconds')::interval
      FROM generate_series($1 + 1, $2) g, f, s`,
    [have, total],
  );
  await sql.query('VACUUM ANALYZE');
}

async function viewerToken() {
  const email = `bench.viewer.${Date.now()}@bench.vn`;
  const facilityId = (await sql.query('SELECT id FROM facilities LIMIT 1')).rows[0].id;
  const reg = await gql(`mutation($i: RegisterInput!) { register(input: $i) { user { id } } }`, {
    i: { fullName: 'Quản trị Bench', email, password: 'Cây đa giếng nước sân đình', profession: 'OTHER', facilityId },
  });
  await sql.query(`UPDATE users SET verification_status = 'VERIFIED', roles = '{MEMBER,MINISTRY_ADMIN}' WHERE id = $1`, [reg.register.user.id]);
  const login = await gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email, password: 'Cây đa giếng nước sân đình' } });
  return login.login.accessToken;
}

const SEARCH = `query($q: String!, $first: Int, $after: String) { searchUsers(query: $q, first: $first, after: $after) {
  edges { cursor node { id fullName avatarUrl viewerFollows specialty { name } facility { name province { name } } } } pageInfo { endCursor hasNextPage } } }`;
const PENDING = `query($first: Int, $after: String) { pendingVerifications(first: $first, after: $after) {
  edges { node { id fullName email licenseNumber facility { name province { name } } } } pageInfo { endCursor } } }`;

async function statementsFor(query, variables, token) {
  await gql(query, variables, token); // warm
  const before = statements;
  await gql(query, variables, token);
  return statements - before;
}

async function nextPageP50(query, variables, field, token, rounds = 100) {
  const first = await gql(query, variables, token);
  let after = first[field].pageInfo.endCursor;
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t = process.hrtime.bigint();
    const page = await gql(query, { ...variables, after }, token);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    after = page[field].pageInfo.endCursor ?? first[field].pageInfo.endCursor;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const results = {};
let t0 = Date.now();
await seed(1_000);
const token = await viewerToken();
results.small = {
  search: await nextPageP50(SEARCH, { q: 'nguyen van', first: 20 }, 'searchUsers', token),
  pending: await nextPageP50(PENDING, { first: 20 }, 'pendingVerifications', token),
};
const stmts10 = await statementsFor(SEARCH, { q: 'van', first: 10 }, token);
const stmts50 = await statementsFor(SEARCH, { q: 'van', first: 50 }, token);
console.log(`seeded 1,000 users in ${Date.now() - t0} ms`);
t0 = Date.now();
await seed(100_000);
console.log(`seeded 100,000 users in ${Date.now() - t0} ms`);
results.large = {
  search: await nextPageP50(SEARCH, { q: 'nguyen van', first: 20 }, 'searchUsers', token),
  pending: await nextPageP50(PENDING, { first: 20 }, 'pendingVerifications', token),
};

const fmt = (n) => n.toFixed(2);
console.log(`SQL statements per searchUsers page: ${stmts10} at 10 items, ${stmts50} at 50 items (target: equal) ${stmts10 === stmts50 ? 'OK' : 'FAIL'}`);
for (const k of ['search', 'pending']) {
  const ratio = results.large[k] / results.small[k];
  console.log(
    `${k} next-page p50: ${fmt(results.small[k])} ms at 1k users, ${fmt(results.large[k])} ms at 100k → ratio ${fmt(ratio)} (target ≤ 1.3) ${ratio <= 1.3 ? 'OK' : 'ABOVE TARGET'}`,
  );
}

await close();
process.exit(0);
