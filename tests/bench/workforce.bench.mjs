// Staffing analytics at scale: 500,000 registry rows (490,000 roster rows + 10,000 verified
// members) over 34 provinces and 12,000 facilities, measured through real GraphQL over HTTP:
//   - full rebuild of the derived tables (registry + cells; what the 10-minute job does)
//   - workforceOverview p50: country (ministry), province (department admin), facility
//   - workforceByProvince p50 (ministry: 34 provinces)
//   - importRoster of a 10,000-row CSV (upload, check, replace, province refresh)
//   - exportWorkforce of the whole country (500,000 rows) streamed: time and peak RSS
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The export must stream: run with the JS heap capped, so a whole-file buffer could not fit
// (left uncapped, V8 simply collects late and RSS says little).
const HEAP_MB = 256;
if (!process.execArgv.some((a) => a.startsWith('--max-old-space-size'))) {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, fileURLToPath(import.meta.url)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
import { benchServer } from './support.mjs';

const { server, sql, gql, close } = await benchServer('ketnoi_workforce_bench');

const FACILITIES = 12_000;
const ROSTER = 490_000;
const MEMBERS = 10_000;
const PASSWORD = 'Cây đa giếng nước sân đình';

async function seed() {
  await sql.query(
    `
    INSERT INTO facilities (id, name, search_text, level, kind, ownership, province_code)
    SELECT gen_random_uuid(), 'Cơ sở ' || g, 'co so ' || g,
           (ARRAY['INITIAL','INITIAL','BASIC','SPECIALIZED'])[1 + g % 4],
           (ARRAY['COMMUNE_HEALTH_STATION','HOSPITAL','REGIONAL_MEDICAL_CENTER','CLINIC'])[1 + g % 4], 'PROVINCIAL',
           (SELECT array_agg(code ORDER BY code) FROM provinces)[1 + g % 34]
      FROM generate_series(1, $1) g`,
    [FACILITIES],
  );
  await sql.query(
    `
    WITH f AS (SELECT array_agg(id ORDER BY id) ids FROM facilities),
         s AS (SELECT array_agg(code ORDER BY code) codes FROM specialties)
    INSERT INTO workforce_roster_entries (id, facility_id, full_name, search_text, profession, specialty_code, sex, birth_year,
                                          license_number, license_valid_until, cme_hours, import_id)
    SELECT gen_random_uuid(), f.ids[1 + (g::bigint * 7919) % array_length(f.ids, 1)],
           (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng'])[1 + g % 5] || ' Thị Người ' || g, (ARRAY['nguyen','tran','le','pham','hoang'])[1 + g % 5] || ' thi nguoi ' || g,
           (ARRAY['PHYSICIAN','NURSE','NURSE','MIDWIFE','PHARMACIST','MEDICAL_TECHNICIAN'])[1 + g % 6],
           CASE WHEN g % 3 = 0 THEN s.codes[1 + g % array_length(s.codes, 1)] END,
           CASE WHEN g % 3 = 0 THEN 'MALE' ELSE 'FEMALE' END, 1960 + g % 42,
           CASE WHEN g % 5 <> 0 THEN 'B-' || g END, CASE WHEN g % 5 <> 0 THEN current_date + (g % 1800) END,
           CASE WHEN g % 2 = 0 THEN g % 120 END, gen_random_uuid()
      FROM generate_series(1, $1) g, f, s`,
    [ROSTER],
  );
  await sql.query(
    `
    WITH f AS (SELECT array_agg(id ORDER BY id) ids FROM facilities)
    INSERT INTO users (id, email, password_hash, full_name, search_text, profession, facility_id, roles, verification_status, sex, birth_year, license_number)
    SELECT gen_random_uuid(), 'wf' || g || '@bench.vn', 'x', 'Bác sĩ ' || g, 'bac si ' || g, 'PHYSICIAN',
           f.ids[1 + (g::bigint * 104729) % array_length(f.ids, 1)], '{MEMBER}', 'VERIFIED', 'MALE', 1980 + g % 20, 'M-' || g
      FROM generate_series(1, $1) g, f`,
    [MEMBERS],
  );
  await sql.query('VACUUM ANALYZE');
}

async function token(roles, facilityId, province = null) {
  const email = `bench.${Math.random().toString(36).slice(2)}@bench.vn`;
  const reg = await gql(`mutation($i: RegisterInput!) { register(input: $i) { user { id } } }`, {
    i: { fullName: 'Quản trị Bench', email, password: PASSWORD, profession: 'OTHER', facilityId },
  });
  await sql.query(`UPDATE users SET verification_status = 'VERIFIED', roles = $2, scope_province_code = $3 WHERE id = $1`, [
    reg.register.user.id,
    roles,
    province,
  ]);
  return (await gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email, password: PASSWORD } })).login.accessToken;
}

async function p50(fn, rounds = 30) {
  await fn();
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const OVERVIEW = `query($scope: WorkforceScopeInput) { workforceOverview(scope: $scope) { headcount onPlatform population doctorsPer10k doctorsNursesMidwivesPer10k
  byProfession { key count } bySex { key count } byAgeBand { key count } byFacilityLevel { key count } licenceRenewalsDue cmeBehind } }`;
const BY_PROVINCE = `{ workforceByProvince { province { code } population headcount doctorsPer10k doctorsNursesMidwivesPer10k belowWhoThreshold } }`;

let t0 = performance.now();
await seed();
const seedMs = performance.now() - t0;
const anyFacility = (await sql.query(`SELECT id FROM facilities WHERE province_code = '01' LIMIT 1`)).rows[0].id;
const ministry = await token('{MEMBER,MINISTRY_ADMIN}', anyFacility);
const dept = await token('{MEMBER,DEPARTMENT_ADMIN}', anyFacility, '01');
const facilityAdmin = await token('{MEMBER,FACILITY_ADMIN}', anyFacility);

t0 = performance.now();
await gql(`mutation { setCmeRequirement(input: { hoursPerPeriod: 120, periodYears: 5 }) { hoursPerPeriod } }`, {}, ministry); // rebuilds everything
const refreshMs = performance.now() - t0;
const registry = Number((await sql.query('SELECT count(*) FROM workforce_registry')).rows[0].count);
const cells = Number((await sql.query('SELECT count(*) FROM workforce_cells')).rows[0].count);
await sql.query('VACUUM ANALYZE');

const results = {
  country: await p50(() => gql(OVERVIEW, { scope: null }, ministry)),
  byProvince: await p50(() => gql(BY_PROVINCE, {}, ministry)),
  province: await p50(() => gql(OVERVIEW, { scope: null }, dept)),
  facility: await p50(() => gql(OVERVIEW, { scope: null }, facilityAdmin)),
};

// Import 10,000 rows into one facility (province 01: its cells are rebuilt in the same transaction).
const header = 'Họ tên,Nghề nghiệp,Chuyên khoa,Giới tính,Năm sinh,Số GPHN,GPHN hết hạn,Chức vụ,Giờ CME';
const lines = [header];
for (let i = 0; i < 10_000; i++)
  lines.push(
    `Trần Thị Nhập ${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (((i / 26) % 26) | 0))}${String.fromCharCode(97 + (((i / 676) % 26) | 0))},Điều dưỡng,Nhi khoa,Nữ,${1970 + (i % 30)},IMP-${i}/BYT,31/12/2029,Điều dưỡng viên,40`,
  );
const csv = Buffer.from(lines.join('\r\n') + '\r\n');
t0 = performance.now();
const ticket = (
  await gql(
    `mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url method headers } }`,
    { i: { purpose: 'ROSTER', fileName: 'bench.csv', contentType: 'text/csv', size: csv.length } },
    facilityAdmin,
  )
).requestUpload;
await fetch(new URL(ticket.url, server.url), { method: ticket.method, headers: ticket.headers, body: csv });
await gql(`mutation($id: ID!) { completeUpload(uploadId: $id) { id } }`, { id: ticket.uploadId }, facilityAdmin);
const uploadMs = performance.now() - t0;
t0 = performance.now();
const imp = (
  await gql(
    `mutation($f: ID!, $u: ID!) { importRoster(facilityId: $f, uploadId: $u) { status rowsImported errors { row } } }`,
    { f: anyFacility, u: ticket.uploadId },
    facilityAdmin,
  )
).importRoster;
const importMs = performance.now() - t0;
if (imp.status !== 'IMPORTED' || imp.rowsImported !== 10_000) throw new Error(`import failed: ${JSON.stringify(imp).slice(0, 300)}`);

// Export the whole country, streamed; sample this process's RSS (the server runs in it).
const url = (await gql(`{ exportWorkforce }`, {}, ministry)).exportWorkforce;
global.gc?.();
const rssBefore = process.memoryUsage().rss;
let peak = rssBefore;
let peakHeap = process.memoryUsage().heapUsed;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peak = Math.max(peak, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}, 20);
t0 = performance.now();
const res = await fetch(new URL(url, server.url));
let bytes = 0;
let newlines = 0;
for await (const chunk of res.body) {
  bytes += chunk.length;
  for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) newlines++;
}
const exportMs = performance.now() - t0;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);

const mb = (n) => (n / 1024 / 1024).toFixed(0);
console.log(
  `seeded ${ROSTER.toLocaleString()} roster rows + ${MEMBERS.toLocaleString()} members over ${FACILITIES.toLocaleString()} facilities in ${(seedMs / 1000).toFixed(1)} s`,
);
console.log(
  `full rebuild (registry ${registry.toLocaleString()} rows, ${cells.toLocaleString()} cells): ${(refreshMs / 1000).toFixed(1)} s — the 10-minute job`,
);
console.log(`workforceOverview country p50: ${results.country.toFixed(1)} ms (target ≤ 300) ${results.country <= 300 ? 'OK' : 'ABOVE TARGET'}`);
console.log(`workforceByProvince p50: ${results.byProvince.toFixed(1)} ms (target ≤ 300) ${results.byProvince <= 300 ? 'OK' : 'ABOVE TARGET'}`);
console.log(`workforceOverview province scope p50: ${results.province.toFixed(1)} ms (target ≤ 100) ${results.province <= 100 ? 'OK' : 'ABOVE TARGET'}`);
console.log(`workforceOverview facility scope p50: ${results.facility.toFixed(1)} ms`);
console.log(
  `roster import of 10,000 rows: upload ${(uploadMs / 1000).toFixed(2)} s + importRoster ${(importMs / 1000).toFixed(2)} s (target ≤ 30 s) ${uploadMs + importMs <= 30_000 ? 'OK' : 'ABOVE TARGET'}`,
);
console.log(
  `export of ${(newlines - 1).toLocaleString()} rows (${mb(bytes)} MB CSV) streamed in ${(exportMs / 1000).toFixed(1)} s; RSS ${mb(rssBefore)} MB before, peak ${mb(peak)} MB (+${mb(peak - rssBefore)} MB; peak JS heap ${mb(peakHeap)} MB) — server and client share this process, JS heap capped at ${HEAP_MB} MB`,
);

await close();
process.exit(0);
