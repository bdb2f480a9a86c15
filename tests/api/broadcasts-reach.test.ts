import { randomBytes } from 'node:crypto';
import { audienceFacilitiesSql, audienceSql } from '@ketnoi/identity';
import { targetsSql } from '../../libs/broadcasts/src/targeting';
import { startTestApp, type TestApp } from '../support/app';
import { createFacility, verifiedUser, type TestUser } from '../factories/identity';

// The fast reach counts (identity's audience cells; reads grouped by where the reader was)
// must equal what the one targeting predicate says over the live audience, for each
// dimension alone and in combination, after every kind of change to users. The reference
// below is the predicate itself (targetsSql over audienceSql()), so the two cannot drift.

const SIZE = /* GraphQL */ `
  query Size($target: BroadcastTargetInput!) {
    broadcastAudienceSize(target: $target)
  }
`;
const PUBLISH = /* GraphQL */ `
  mutation Publish($input: PublishBroadcastInput!) {
    publishBroadcast(input: $input) {
      id
    }
  }
`;
const REACH = /* GraphQL */ `
  query Reach($id: ID!, $after: String) {
    broadcastReach(id: $id) {
      targeted
      read
      acknowledged
      byProvince {
        province {
          code
        }
        targeted
        read
        acknowledged
      }
      byFacility(first: 50, after: $after) {
        edges {
          node {
            facility {
              id
            }
            targeted
            read
            acknowledged
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;
const READ = /* GraphQL */ `
  mutation Read($id: ID!) {
    markBroadcastRead(id: $id) {
      id
    }
  }
`;
const ACK = /* GraphQL */ `
  mutation Ack($id: ID!) {
    acknowledgeBroadcast(id: $id) {
      id
    }
  }
`;

interface Target {
  provinceCodes?: string[];
  facilityLevels?: string[];
  professions?: string[];
  specialtyCodes?: string[];
}
const TARGETS: [string, Target][] = [
  ['everyone', {}],
  ['province', { provinceCodes: ['01'] }],
  ['two provinces', { provinceCodes: ['01', '79'] }],
  ['level', { facilityLevels: ['SPECIALIZED'] }],
  ['profession', { professions: ['NURSE'] }],
  ['specialty', { specialtyCodes: ['CARDIOLOGY'] }],
  ['province + profession', { provinceCodes: ['01', '48'], professions: ['NURSE', 'MIDWIFE'] }],
  ['level + specialty', { facilityLevels: ['BASIC', 'INITIAL'], specialtyCodes: ['CARDIOLOGY', 'PEDIATRICS'] }],
  ['all four', { provinceCodes: ['79'], facilityLevels: ['BASIC'], professions: ['PHYSICIAN'], specialtyCodes: ['CARDIOLOGY'] }],
  ['nobody', { provinceCodes: ['48'], professions: ['PHARMACIST'], specialtyCodes: ['PEDIATRICS'] }],
];

const PROVINCES = ['01', '79', '48'];
const LEVELS = ['INITIAL', 'BASIC', 'SPECIALIZED'];
const PROFESSIONS = ['PHYSICIAN', 'NURSE', 'MIDWIFE', 'PHARMACIST'];
const SPECIALTIES = [null, 'CARDIOLOGY', 'PEDIATRICS'];

describe('broadcast reach counts agree with the targeting predicate', () => {
  let app: TestApp;
  let ministry: TestUser;
  let facilities: { id: string; provinceCode: string }[];

  async function ok(query: string, variables: Record<string, unknown>, token: string) {
    const res = await app.gql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  }

  /** The predicate's own answer: targeted members by key, and their reads, from the live audience. */
  async function reference(id: string) {
    const byProvince = await app.sql<{ key: string | null; targeted: number; read: number; acknowledged: number }>(
      `SELECT a.province_code AS key, count(*)::int AS targeted, count(r.read_at)::int AS read, count(r.acknowledged_at)::int AS acknowledged
         FROM broadcasts b JOIN (${audienceSql()}) a ON ${targetsSql('b', 'a')}
         LEFT JOIN broadcast_reads r ON r.broadcast_id = b.id AND r.user_id = a.id
        WHERE b.id = $1 GROUP BY a.province_code ORDER BY 1 NULLS LAST`,
      [id],
    );
    const byFacility = await app.sql<{ key: string; targeted: number; read: number; acknowledged: number }>(
      `SELECT a.facility_id AS key, count(*)::int AS targeted, count(r.read_at)::int AS read, count(r.acknowledged_at)::int AS acknowledged
         FROM broadcasts b JOIN (${audienceSql()}) a ON ${targetsSql('b', 'a')}
         LEFT JOIN broadcast_reads r ON r.broadcast_id = b.id AND r.user_id = a.id
        WHERE b.id = $1 AND a.facility_id IS NOT NULL GROUP BY a.facility_id ORDER BY 2 DESC, 1 DESC`,
      [id],
    );
    return { byProvince, byFacility };
  }

  async function sizeByPredicate(t: Target): Promise<number> {
    const [{ n }] = await app.sql<{ n: number }>(
      `SELECT count(*)::int AS n
         FROM (SELECT $1::text[] AS target_provinces, $2::text[] AS target_levels, $3::text[] AS target_professions, $4::text[] AS target_specialties) b,
              (${audienceSql()}) a WHERE ${targetsSql('b', 'a')}`,
      [t.provinceCodes ?? [], t.facilityLevels ?? [], t.professions ?? [], t.specialtyCodes ?? []],
    );
    return n;
  }

  async function fastReach(id: string) {
    const first = (await ok(REACH, { id }, ministry.accessToken)).broadcastReach;
    const facilityRows = [...first.byFacility.edges];
    let page = first.byFacility.pageInfo;
    while (page.hasNextPage) {
      const next = (await ok(REACH, { id, after: page.endCursor }, ministry.accessToken)).broadcastReach.byFacility;
      facilityRows.push(...next.edges);
      page = next.pageInfo;
    }
    return { ...first, facilityRows };
  }

  /** The per-facility counts (each facility, and each facility × profession) against the live audience. */
  async function expectFacilityCounts(stage: string) {
    for (const byProfession of [false, true]) {
      const key = byProfession ? 'a.facility_id, a.profession' : 'a.facility_id';
      const fast = await app.sql(
        `SELECT a.facility_id, ${byProfession ? 'a.profession' : "'*'"} AS profession, a.province_code, a.facility_level, a.members AS n
           FROM (${audienceFacilitiesSql(byProfession)}) a ORDER BY 1, 2`,
      );
      const live = await app.sql(
        `SELECT ${key}, ${byProfession ? '' : "'*' AS profession, "}a.province_code, a.facility_level, count(*)::int AS n
           FROM (${audienceSql()}) a WHERE a.facility_id IS NOT NULL GROUP BY ${key}, a.province_code, a.facility_level ORDER BY 1, 2`,
      );
      expect([stage, byProfession, fast]).toEqual([stage, byProfession, live]);
    }
  }

  async function expectAgreement(stage: string) {
    for (const [name, target] of TARGETS) {
      const size = (await ok(SIZE, { target }, ministry.accessToken)).broadcastAudienceSize;
      expect([stage, name, size]).toEqual([stage, name, await sizeByPredicate(target)]);
    }
    await expectFacilityCounts(stage);
  }

  beforeAll(async () => {
    app = await startTestApp();
    facilities = [];
    for (const p of PROVINCES) for (const level of LEVELS) facilities.push(await createFacility(app, { provinceCode: p, level }));
    ministry = await verifiedUser(app, facilities[0].id, { roles: ['MEMBER', 'MINISTRY_ADMIN'], profession: 'OTHER' });
    await app.sql('UPDATE users SET facility_id = NULL WHERE id = $1', [ministry.id]);
    // 400 varied members in one statement (a bulk load goes through the same triggers), some
    // pending or without a facility.
    await app.sql(
      `INSERT INTO users (id, email, password_hash, full_name, search_text, profession, specialty_code, facility_id, roles, verification_status)
       SELECT gen_random_uuid(), 'reach' || g || '-' || $5 || '@test.ketnoi.vn', 'x', 'Người ' || g, 'nguoi ' || g,
              ($2::text[])[1 + g % 4], ($3::text[])[1 + (g / 4) % 3], CASE WHEN g % 11 = 0 THEN NULL ELSE ($1::uuid[])[1 + (g * 7) % $4] END,
              '{MEMBER}', CASE WHEN g % 9 = 0 THEN 'PENDING' ELSE 'VERIFIED' END
         FROM generate_series(1, 400) g`,
      [facilities.map((f) => f.id), PROFESSIONS, SPECIALTIES, facilities.length, randomBytes(4).toString('hex')],
    );
  });
  afterAll(() => app.close());

  it('broadcastAudienceSize and the per-facility counts equal the predicate for each dimension and combination, through every kind of change', async () => {
    await expectAgreement('after a bulk load');
    // Verification, suspension, moving facility, changing profession and specialty, deletion,
    // and a change to columns that are not counted.
    await app.sql(`UPDATE users SET verification_status = 'VERIFIED' WHERE verification_status = 'PENDING' AND email LIKE 'reach1%'`);
    await app.sql(`UPDATE users SET verification_status = 'SUSPENDED' WHERE email LIKE 'reach2%' AND verification_status = 'VERIFIED'`);
    await app.sql(`UPDATE users SET facility_id = $1 WHERE email LIKE 'reach3%'`, [facilities[8].id]);
    await app.sql(`UPDATE users SET facility_id = NULL WHERE email LIKE 'reach4%'`);
    await app.sql(`UPDATE users SET profession = 'MIDWIFE', specialty_code = NULL WHERE email LIKE 'reach5%'`);
    await app.sql(`UPDATE users SET specialty_code = 'PEDIATRICS' WHERE email LIKE 'reach6%'`);
    await app.sql(`UPDATE users SET full_name = full_name || ' (đã đổi)' WHERE email LIKE 'reach7%'`);
    await app.sql(`DELETE FROM users WHERE email LIKE 'reach8%'`);
    await expectAgreement('after changes');
    // A facility moving province and level is read from the facility now.
    await app.sql(`UPDATE facilities SET province_code = '48', level = 'INITIAL' WHERE id = $1`, [facilities[0].id]);
    await expectAgreement('after a facility moved');
  });

  it('broadcastReach by province and by facility equals the predicate, with reads and acknowledgements', async () => {
    const readers: TestUser[] = [];
    for (const [i, f] of facilities.slice(0, 6).entries()) {
      readers.push(await verifiedUser(app, f.id, { profession: i % 2 ? 'NURSE' : 'PHYSICIAN', specialtyCode: i % 3 ? 'CARDIOLOGY' : undefined }));
    }
    for (const [name, target] of TARGETS) {
      const input = {
        title: `Phạm vi ${name}`,
        body: 'Nội dung.',
        issuer: 'Bộ Y tế',
        priority: 'NORMAL',
        requireAck: true,
        target,
        clientId: randomBytes(8).toString('hex'),
      };
      const id = (await ok(PUBLISH, { input }, ministry.accessToken)).publishBroadcast.id as string;
      // Some readers open it, some acknowledge; untargeted ones are refused and counted nowhere.
      for (const [i, u] of readers.entries()) {
        if (i % 3 === 0) await app.gql(READ, { id }, u.accessToken);
        if (i % 3 === 1) await app.gql(ACK, { id }, u.accessToken);
      }
      const fast = await fastReach(id);
      const ref = await reference(id);
      expect([name, fast.byProvince.map((r: { province: { code: string } | null }) => ({ ...r, province: r.province?.code ?? null }))]).toEqual([
        name,
        ref.byProvince.map((r) => ({ province: r.key, targeted: r.targeted, read: r.read, acknowledged: r.acknowledged })),
      ]);
      const total = (k: 'targeted' | 'read' | 'acknowledged') => ref.byProvince.reduce((s, r) => s + r[k], 0);
      expect([name, fast.targeted, fast.read, fast.acknowledged]).toEqual([name, total('targeted'), total('read'), total('acknowledged')]);
      expect([
        name,
        fast.facilityRows.map((e: { node: { facility: { id: string }; targeted: number; read: number; acknowledged: number } }) => e.node),
      ]).toEqual([name, ref.byFacility.map((r) => ({ facility: { id: r.key }, targeted: r.targeted, read: r.read, acknowledged: r.acknowledged }))]);
    }
  });
});
