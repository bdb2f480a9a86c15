import { createFacility, registerUser, verifiedUser, type TestUser } from '../factories/identity';
import { CSV, HEADER_VI, IMPORT_ROSTER, XLSX, importCsv, rosterLines, uploadRoster, xlsxWithMergedHeader } from '../factories/workforce';
import { scheduleSession } from '../factories/live';
import { TestApp, startTestApp } from '../support/app';

const OVERVIEW = /* GraphQL */ `
  query ($scope: WorkforceScopeInput) {
    workforceOverview(scope: $scope) {
      headcount
      onPlatform
      population
      populationSource
      populationYear
      doctorsPer10k
      doctorsNursesMidwivesPer10k
      whoThreshold
      byProfession {
        key
        label
        count
      }
      bySex {
        key
        count
      }
      byAgeBand {
        key
        count
      }
      byFacilityLevel {
        key
        count
      }
      licenceRenewalsDue
      cmeBehind
      suppressed
    }
  }
`;
const BY_PROVINCE = `query($p: Profession) { workforceByProvince(profession: $p) { province { code name } population populationSource populationYear headcount doctorsPer10k doctorsNursesMidwivesPer10k belowWhoThreshold } }`;
const MEMBERS = `query($scope: WorkforceScopeInput, $q: String, $after: String) { workforceMembers(scope: $scope, query: $q, first: 50, after: $after) { edges { node { id fullName profession sex birthYear licenseNumber onPlatform user { id } facility { id } } } pageInfo { hasNextPage endCursor } } }`;
const GAPS = `query($scope: WorkforceScopeInput) { specialtyGaps(scope: $scope, first: 20) { edges { node { facility { id } specialty { code } peersWithIt } } } }`;
const DEMAND = `query($scope: WorkforceScopeInput) { consultDemand(scope: $scope) { specialty { code } province { code } requests answeredWithinTarget consultants } }`;
const IMPORTS = `query($f: ID!) { rosterImports(facilityId: $f, first: 10) { edges { node { id status dryRun rowsImported } } } }`;
const EXPORT = `query($scope: WorkforceScopeInput) { exportWorkforce(scope: $scope) }`;
const TEMPLATE = `query { rosterTemplate }`;
const REPLACE_POP = `mutation($u: ID!) { replacePopulationDenominators(uploadId: $u) { province { code } population source year } }`;
const SET_CME = `mutation($input: SetCmeRequirementInput!) { setCmeRequirement(input: $input) { hoursPerPeriod periodYears } }`;

const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const rosterCount = async (app: TestApp, facilityId: string) =>
  (await app.sql<{ n: number }>('SELECT count(*)::int n FROM workforce_roster_entries WHERE facility_id = $1', [facilityId]))[0].n;

describe('staffing analytics (workforce)', () => {
  let app: TestApp;
  // Province 01 (Hà Nội) and 79 (Hồ Chí Minh); facilities A, B in 01, C in 79.
  let fA: { id: string }, fB: { id: string }, fC: { id: string };
  let facilityAdminA: TestUser, deptAdmin01: TestUser, ministry: TestUser, member: TestUser;

  beforeAll(async () => {
    app = await startTestApp();
    fA = await createFacility(app, { provinceCode: '01', level: 'BASIC', kind: 'HOSPITAL' });
    fB = await createFacility(app, { provinceCode: '01', level: 'BASIC', kind: 'HOSPITAL' });
    fC = await createFacility(app, { provinceCode: '79', level: 'SPECIALIZED', kind: 'HOSPITAL' });
    facilityAdminA = await verifiedUser(app, fA.id, { roles: ['MEMBER', 'FACILITY_ADMIN'] });
    deptAdmin01 = await verifiedUser(app, fB.id, { roles: ['MEMBER', 'DEPARTMENT_ADMIN'], scopeProvinceCode: '01' });
    ministry = await verifiedUser(app, fC.id, { roles: ['MEMBER', 'MINISTRY_ADMIN'] });
    member = await verifiedUser(app, fA.id);
  });
  afterAll(() => app?.close());

  it('a dry run reports every bad value per column in Vietnamese and imports nothing', async () => {
    const res = await importCsv(
      app,
      facilityAdminA.accessToken,
      fA.id,
      [
        HEADER_VI,
        'Trần Văn An,Bác sĩ,Tim mạch,Nam,1980,001/HNO-CCHN,2030-01-31,Trưởng khoa,30',
        ',Bác sĩ,,Nam,,,,,', // row 3: no name
        'Lê Thị 2,Phi công,,Nữ,,,,,', // row 4: digit in name, unknown profession
        'Phạm Văn Bình,Bác sĩ,Khoa lạ,Nam,1890,,,,', // row 5: unknown specialty, birth year
        'Hoàng Thị Cúc,Điều dưỡng,,Gái,2001,,,,', // row 6: sex
        'Vũ Văn Dũng,Bác sĩ,,Nam,1975,ab,31/02/2029,,', // row 7: licence, impossible date
        'Đỗ Thị Em,Hộ sinh,,Nữ,1990,,,,mười', // row 8: CME hours
        'Trần Văn Phúc,Bác sĩ,,Nam,1981,001/hno-cchn,,,', // row 9: duplicate licence (case-insensitive)
        'Ngô Thị Hạnh,Điều dưỡng,,Nữ,1985,,,,',
        'Ngô  Thị Hạnh,Điều dưỡng,,Nữ,1985,,,,', // row 11: same name + birth year, no licence
        `Bùi Văn Giang,Bác sĩ,,Nam,1970,,,${'x'.repeat(120)},`, // row 12: position too long
      ],
      { dryRun: true },
    );
    expect(res.errors).toBeUndefined();
    const imp = res.data!.importRoster;
    expect(imp).toMatchObject({
      status: 'REJECTED',
      dryRun: true,
      rowsTotal: 11,
      rowsImported: 0,
      facility: { id: fA.id },
      importedBy: { id: facilityAdminA.id },
    });
    const cells = imp.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`);
    expect(cells).toEqual(
      expect.arrayContaining([
        '3:full_name',
        '4:full_name',
        '4:profession',
        '5:specialty_code',
        '5:birth_year',
        '6:sex',
        '7:license_number',
        '7:license_valid_until',
        '8:cme_hours',
        '9:license_number',
        '11:full_name',
        '12:position',
      ]),
    );
    expect(cells).not.toContain('2:full_name');
    expect(imp.errors.find((e: { row: number }) => e.row === 9).message).toMatch(/trùng với dòng 2/);
    for (const e of imp.errors) expect(e.message).toMatch(/[àáảãạăâđêôơưếềệốồộớờợứừựíìỉ]/i);
    expect(await rosterCount(app, fA.id)).toBe(0);
  });

  it('a missing required column is reported on the header row', async () => {
    const res = await importCsv(app, facilityAdminA.accessToken, fA.id, ['Họ tên,Nghề nghiệp,Năm sinh', 'Trần Văn An,Bác sĩ,1980'], { dryRun: true });
    expect(res.data!.importRoster.errors).toEqual([{ row: 1, column: 'sex', message: 'Thiếu cột bắt buộc “Giới tính”.' }]);
  });

  it('reads UTF-8 with BOM and Windows-1258, English headers and enum values, semicolons', async () => {
    const win = await importCsv(app, facilityAdminA.accessToken, fA.id, [HEADER_VI, 'Nguyễn Thị Hồng Nhung,Điều dưỡng,Nhi khoa,Nữ,1992,,,,'], {
      dryRun: true,
      encoding: 'win1258',
    });
    expect(win.data!.importRoster).toMatchObject({ status: 'IMPORTED', dryRun: true, rowsTotal: 1, errors: [] });
    const bom = await importCsv(app, facilityAdminA.accessToken, fA.id, ['full_name;profession;sex;birth_year', 'Đặng Văn Long;PHYSICIAN;MALE;1979'], {
      dryRun: true,
      encoding: 'utf8bom',
    });
    expect(bom.data!.importRoster).toMatchObject({ status: 'IMPORTED', rowsTotal: 1, errors: [] });
    expect(await rosterCount(app, fA.id)).toBe(0);
  });

  it('imports an XLSX whose title and header cells are merged', async () => {
    const f = await createFacility(app, { provinceCode: '01' });
    const admin = await verifiedUser(app, f.id, { roles: ['MEMBER', 'FACILITY_ADMIN'] });
    const body = await xlsxWithMergedHeader([
      ['Trịnh Văn Khoa', 'Bác sĩ', 'Ngoại tổng quát', 'Nam', 1978, 'X-77/BYT', new Date(Date.UTC(2031, 5, 30)), 'Phó khoa', '', 24],
      ['Lý Thị Mai', 'Hộ sinh', '', 'Nữ', 1995, '', '15/08/2027', '', '', ''],
    ]);
    const uploadId = await uploadRoster(app, admin.accessToken, body, XLSX, 'nhan-su.xlsx');
    const res = await app.gql(IMPORT_ROSTER, { facilityId: f.id, uploadId }, admin.accessToken);
    expect(res.data!.importRoster).toMatchObject({ status: 'IMPORTED', dryRun: false, rowsTotal: 2, rowsImported: 2, errors: [] });
    const rows = await app.sql(
      `SELECT full_name, profession, specialty_code, license_number, to_char(license_valid_until, 'YYYY-MM-DD') d, position, cme_hours::float h FROM workforce_roster_entries WHERE facility_id = $1 ORDER BY full_name`,
      [f.id],
    );
    expect(rows).toEqual([
      { full_name: 'Lý Thị Mai', profession: 'MIDWIFE', specialty_code: null, license_number: null, d: '2027-08-15', position: null, h: null },
      {
        full_name: 'Trịnh Văn Khoa',
        profession: 'PHYSICIAN',
        specialty_code: 'GENERAL_SURGERY',
        license_number: 'X-77/BYT',
        d: '2031-06-30',
        position: 'Phó khoa',
        h: 24,
      },
    ]);
  });

  it('a 10 MB file with one bad row imports nothing', async () => {
    const f = await createFacility(app, { provinceCode: '01' });
    const admin = await verifiedUser(app, f.id, { roles: ['MEMBER', 'FACILITY_ADMIN'] });
    const lines = [
      HEADER_VI,
      ...rosterLines(60_000, 'big').map((l) => l.replace('Điều dưỡng viên', 'Điều dưỡng viên khoa Hồi sức tích cực và chống độc - cơ sở hai')),
    ];
    lines[40_001] = lines[40_001].replace(',Nữ,', ',Không biết,');
    let body = Buffer.from(lines.join('\n') + '\n');
    expect(body.length).toBeGreaterThan(10 * 1024 * 1024 - 1);
    const uploadId = await uploadRoster(app, admin.accessToken, body);
    body = Buffer.alloc(0);
    const res = await app.gql(IMPORT_ROSTER, { facilityId: f.id, uploadId }, admin.accessToken);
    expect(res.data!.importRoster).toMatchObject({ status: 'REJECTED', rowsTotal: 60_000, rowsImported: 0, errors: [{ row: 40_002, column: 'sex' }] });
    expect(await rosterCount(app, f.id)).toBe(0);
    expect((await app.sql('SELECT count(*)::int n FROM workforce_registry WHERE facility_id = $1', [f.id]))[0].n).toBe(0);
  });

  it('re-import replaces the roster by licence number or (name, birth year), keeps history, and a member with the same licence wins', async () => {
    const f = await createFacility(app, { provinceCode: '01' });
    const admin = await verifiedUser(app, f.id, { roles: ['MEMBER', 'FACILITY_ADMIN'] });
    const first = await importCsv(app, admin.accessToken, f.id, [
      HEADER_VI,
      'Cao Văn Sơn,Bác sĩ,Nội tổng quát,Nam,1970,LIC-1,,,10',
      'Mạc Thị Tuyết,Điều dưỡng,,Nữ,1988,,,,',
      'Lưu Văn Quang,Y sĩ,,Nam,1990,,,,',
    ]);
    expect(first.data!.importRoster).toMatchObject({ status: 'IMPORTED', rowsImported: 3, rowsRemoved: 0 });
    const before = await app.sql<{ id: string; full_name: string }>('SELECT id, full_name FROM workforce_roster_entries WHERE facility_id = $1', [f.id]);
    const idOf = (rows: { id: string; full_name: string }[], n: string) => rows.find((r) => r.full_name === n)?.id;

    const second = await importCsv(app, admin.accessToken, f.id, [
      HEADER_VI,
      'Cao Văn Sơn,Bác sĩ,Tim mạch,Nam,1970,lic-1,,,12', // same licence: updated in place
      'Mạc Thị Tuyết,Điều dưỡng,Nhi khoa,Nữ,1988,,,,', // same name + year: updated in place
      'Kiều Văn Tài,Bác sĩ,,Nam,1985,,,,', // new
    ]);
    expect(second.data!.importRoster).toMatchObject({ status: 'IMPORTED', rowsImported: 3, rowsRemoved: 1 });
    const after = await app.sql<{ id: string; full_name: string }>('SELECT id, full_name FROM workforce_roster_entries WHERE facility_id = $1', [f.id]);
    expect(idOf(after, 'Cao Văn Sơn')).toBe(idOf(before, 'Cao Văn Sơn'));
    expect(idOf(after, 'Mạc Thị Tuyết')).toBe(idOf(before, 'Mạc Thị Tuyết'));
    expect(idOf(after, 'Lưu Văn Quang')).toBeUndefined();
    const history = await app.gql(IMPORTS, { f: f.id }, admin.accessToken);
    expect(history.data!.rosterImports.edges.map((e: { node: { rowsImported: number } }) => e.node.rowsImported)).toEqual([3, 3]);

    // A verified member at another facility holds LIC-1: one person, the member wins.
    const doctor = await verifiedUser(app, fB.id, { fullName: 'Cao Văn Sơn', profession: 'PHYSICIAN', specialtyCode: 'CARDIOLOGY' });
    await app.gql(
      `mutation { updateProfile(input: { licenseNumber: "LIC-1", sex: "MALE", birthYear: 1970, licenseValidUntil: "2030-06-01" }) { id } }`,
      {},
      doctor.accessToken,
    );
    const third = await importCsv(app, admin.accessToken, f.id, [
      HEADER_VI,
      'Cao Văn Sơn,Bác sĩ,Tim mạch,Nam,1970,LIC-1,,,12',
      'Kiều Văn Tài,Bác sĩ,,Nam,1985,,,,',
    ]);
    expect(third.data!.importRoster.status).toBe('IMPORTED');
    await app.gql(`mutation { setCmeRequirement(input: { hoursPerPeriod: 120, periodYears: 5 }) { hoursPerPeriod } }`, {}, ministry.accessToken); // full refresh
    const found = await app.gql(MEMBERS, { scope: { provinceCode: '01' }, q: 'cao van son' }, ministry.accessToken);
    const people = found.data!.workforceMembers.edges.map((e: { node: unknown }) => e.node);
    expect(people).toEqual([
      expect.objectContaining({
        id: doctor.id,
        onPlatform: true,
        licenseNumber: 'LIC-1',
        user: { id: doctor.id },
        facility: { id: fB.id },
        sex: 'MALE',
        birthYear: 1970,
      }),
    ]);
  });

  it('counts training-ledger credits toward CME pace, besides imported hours', async () => {
    const f = await createFacility(app, { provinceCode: '96' });
    const nurse = await verifiedUser(app, f.id, { fullName: 'Lý Thị Học', profession: 'NURSE' });
    const validUntil = `${new Date().getFullYear() + 2}-12-31`; // ~3 of 5 years elapsed: ~70 of 120 hours due
    await app.gql(
      `mutation { updateProfile(input: { licenseNumber: "LIC-CME-1", sex: "FEMALE", birthYear: 1988, licenseValidUntil: "${validUntil}" }) { id } }`,
      {},
      nurse.accessToken,
    );
    const behind = async () => {
      await app.gql(SET_CME, { input: { hoursPerPeriod: 120, periodYears: 5 } }, ministry.accessToken); // full refresh
      return (await app.gql(OVERVIEW, { scope: { provinceCode: '96' } }, ministry.accessToken)).data!.workforceOverview.cmeBehind;
    };
    expect(await behind()).toBe(1);
    const session = await scheduleSession(app, nurse);
    await app.sql(`INSERT INTO training_credits (id, user_id, session_id, hours, earned_at) VALUES (gen_random_uuid(), $1, $2, 100, now())`, [
      nurse.id,
      session.id,
    ]);
    expect(await behind()).toBe(0);
  });

  it('computes densities against the denominators and lets a ministry admin replace them', async () => {
    const f = await createFacility(app, { provinceCode: '46', level: 'BASIC' });
    // The admins are verified members too (profession OTHER): the registry counts them.
    const admin = await verifiedUser(app, f.id, { roles: ['MEMBER', 'FACILITY_ADMIN'], profession: 'OTHER' });
    const res = await importCsv(app, admin.accessToken, f.id, [
      HEADER_VI,
      ...rosterLines(30, 'bsi', 'Bác sĩ'),
      ...rosterLines(20, 'dd', 'Điều dưỡng'),
      ...rosterLines(5, 'hs', 'Hộ sinh'),
      ...rosterLines(7, 'ds', 'Dược sĩ'),
    ]);
    expect(res.data!.importRoster.rowsImported).toBe(62);
    const headcount = 62 + 1;
    const [{ population }] = await app.sql<{ population: number }>(`SELECT population FROM workforce_population WHERE province_code = '46'`);
    const before = (await app.gql(OVERVIEW, { scope: { provinceCode: '46' } }, ministry.accessToken)).data!.workforceOverview;
    expect(before).toMatchObject({ headcount, population, populationYear: 2025, whoThreshold: 44.5 });
    expect(before.populationSource).toMatch(/NQ 202\/2025/);
    expect(before.doctorsPer10k).toBeCloseTo(Math.round((30 / population) * 1e6) / 100, 2);

    // Hand-computed with 100,000 people: 30 doctors → 3.00; 30 + 20 + 5 → 5.50 per 10,000.
    const dept = await verifiedUser(app, f.id, { roles: ['MEMBER', 'DEPARTMENT_ADMIN'], scopeProvinceCode: '46', profession: 'OTHER' });
    const csv = Buffer.from('code,population,source,year\n46,100000,GSO thử nghiệm 2026,2026\n');
    expect(code(await app.gql(REPLACE_POP, { u: await uploadRoster(app, dept.accessToken, csv) }, dept.accessToken))).toBe('FORBIDDEN');
    const bad = await app.gql(
      REPLACE_POP,
      { u: await uploadRoster(app, ministry.accessToken, Buffer.from('code,population,source,year\n46,100000,GSO,2026\n99,5,,1800\n')) },
      ministry.accessToken,
    );
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uploadId' });
    expect((await app.sql(`SELECT population FROM workforce_population WHERE province_code = '46'`))[0].population).toBe(population);
    const ok = await app.gql(REPLACE_POP, { u: await uploadRoster(app, ministry.accessToken, csv) }, ministry.accessToken);
    expect(ok.data!.replacePopulationDenominators.find((p: { province: { code: string } }) => p.province.code === '46')).toEqual({
      province: { code: '46' },
      population: 100000,
      source: 'GSO thử nghiệm 2026',
      year: 2026,
    });
    const after = (await app.gql(OVERVIEW, { scope: { provinceCode: '46' } }, ministry.accessToken)).data!.workforceOverview;
    expect(after).toMatchObject({
      population: 100000,
      populationSource: 'GSO thử nghiệm 2026',
      populationYear: 2026,
      doctorsPer10k: 3,
      doctorsNursesMidwivesPer10k: 5.5,
    });
    const map = (await app.gql(BY_PROVINCE, {}, ministry.accessToken)).data!.workforceByProvince;
    expect(map).toHaveLength(34);
    expect(map.find((p: { province: { code: string } }) => p.province.code === '46')).toMatchObject({
      headcount,
      doctorsPer10k: 3,
      doctorsNursesMidwivesPer10k: 5.5,
      belowWhoThreshold: true,
      populationYear: 2026,
    });
    expect((await app.gql(BY_PROVINCE, { p: 'NURSE' }, dept.accessToken)).data!.workforceByProvince).toEqual([
      expect.objectContaining({ province: { code: '46', name: expect.any(String) }, headcount: 20 }),
    ]);
  });

  it('suppresses counts below 5 outside the admin’s own facility', async () => {
    const f = await createFacility(app, { provinceCode: '48', level: 'INITIAL' });
    const admin = await verifiedUser(app, f.id, { roles: ['MEMBER', 'FACILITY_ADMIN'], profession: 'OTHER' });
    await importCsv(app, admin.accessToken, f.id, [HEADER_VI, ...rosterLines(8, 'dd', 'Điều dưỡng'), ...rosterLines(2, 'hs', 'Hộ sinh')]);
    const own = (await app.gql(OVERVIEW, {}, admin.accessToken)).data!.workforceOverview;
    const byKey = (rows: { key: string; count: number | null }[]) => Object.fromEntries(rows.map((r) => [r.key, r.count]));
    expect(own).toMatchObject({ headcount: 11, suppressed: false, population: null, doctorsPer10k: null });
    expect(byKey(own.byProfession)).toMatchObject({ NURSE: 8, MIDWIFE: 2, OTHER: 1, PHYSICIAN: 0 });
    const dept = await verifiedUser(app, f.id, { roles: ['MEMBER', 'DEPARTMENT_ADMIN'], scopeProvinceCode: '48' });
    for (const scope of [null, { facilityId: f.id }]) {
      const seen = (await app.gql(OVERVIEW, { scope }, dept.accessToken)).data!.workforceOverview;
      expect(seen.suppressed).toBe(true);
      expect(byKey(seen.byProfession)).toMatchObject({ NURSE: 8, MIDWIFE: null, OTHER: null, PHYSICIAN: null });
      expect(byKey(seen.byFacilityLevel)).toMatchObject({ INITIAL: 11, BASIC: null });
    }
  });

  it('keeps every admin inside their scope and refuses members', async () => {
    const queries: [string, Record<string, unknown>][] = [
      [OVERVIEW, {}],
      [BY_PROVINCE, {}],
      [MEMBERS, {}],
      [GAPS, {}],
      [DEMAND, {}],
      [EXPORT, {}],
      [TEMPLATE, {}],
      [IMPORTS, { f: fA.id }],
    ];
    for (const [q, v] of queries) expect(code(await app.gql(q, v, member.accessToken))).toBe('FORBIDDEN');
    const pendingAdmin = await registerUser(app, { facilityId: fA.id, roles: ['MEMBER', 'FACILITY_ADMIN'] });
    expect(code(await app.gql(OVERVIEW, {}, pendingAdmin.accessToken))).toBe('FORBIDDEN');

    // Facility admin: another facility, another province, the country map.
    for (const q of [OVERVIEW, MEMBERS, GAPS, DEMAND, EXPORT]) {
      expect(code(await app.gql(q, { scope: { facilityId: fB.id } }, facilityAdminA.accessToken))).toBe('FORBIDDEN');
      expect(code(await app.gql(q, { scope: { provinceCode: '79' } }, facilityAdminA.accessToken))).toBe('FORBIDDEN');
    }
    expect(code(await app.gql(BY_PROVINCE, {}, facilityAdminA.accessToken))).toBe('FORBIDDEN');
    expect(code(await app.gql(IMPORTS, { f: fB.id }, facilityAdminA.accessToken))).toBe('FORBIDDEN');
    // Department admin: another province or a facility there.
    for (const q of [OVERVIEW, MEMBERS, GAPS, DEMAND, EXPORT]) {
      expect(code(await app.gql(q, { scope: { provinceCode: '79' } }, deptAdmin01.accessToken))).toBe('FORBIDDEN');
      expect(code(await app.gql(q, { scope: { facilityId: fC.id } }, deptAdmin01.accessToken))).toBe('FORBIDDEN');
      expect((await app.gql(q, { scope: { provinceCode: '01' } }, deptAdmin01.accessToken)).errors).toBeUndefined();
      expect((await app.gql(q, { scope: { provinceCode: '79' } }, ministry.accessToken)).errors).toBeUndefined();
    }
    expect(code(await app.gql(IMPORTS, { f: fC.id }, deptAdmin01.accessToken))).toBe('FORBIDDEN');
    expect(
      (await app.gql(BY_PROVINCE, {}, deptAdmin01.accessToken)).data!.workforceByProvince.map((p: { province: { code: string } }) => p.province.code),
    ).toEqual(['01']);
    // Imports outside the scope are refused and change nothing.
    const uploadId = await uploadRoster(app, deptAdmin01.accessToken, Buffer.from(`${HEADER_VI}\nTrần An,Bác sĩ,,Nam,1980,,,,\n`));
    expect(code(await app.gql(IMPORT_ROSTER, { facilityId: fC.id, uploadId }, deptAdmin01.accessToken))).toBe('FORBIDDEN');
    const memberUpload = await uploadRoster(app, member.accessToken, Buffer.from(`${HEADER_VI}\nTrần An,Bác sĩ,,Nam,1980,,,,\n`));
    expect(code(await app.gql(IMPORT_ROSTER, { facilityId: fA.id, uploadId: memberUpload }, member.accessToken))).toBe('FORBIDDEN');
    expect(await rosterCount(app, fC.id)).toBe(0);
    expect(code(await app.gql(SET_CME, { input: { hoursPerPeriod: 100, periodYears: 5 } }, deptAdmin01.accessToken))).toBe('FORBIDDEN');
  });

  it('refuses bad input with the field and changes nothing', async () => {
    const t = facilityAdminA.accessToken;
    const before = (await app.sql('SELECT count(*)::int n FROM workforce_roster_imports'))[0].n;
    const notMine = await uploadRoster(app, deptAdmin01.accessToken, Buffer.from(`${HEADER_VI}\n`));
    expect((await app.gql(IMPORT_ROSTER, { facilityId: fA.id, uploadId: notMine }, t)).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'uploadId',
    });
    expect((await app.gql(IMPORT_ROSTER, { facilityId: 'x', uploadId: notMine }, t)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await app.gql(IMPORT_ROSTER, { facilityId: crypto.randomUUID(), uploadId: notMine }, t)).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'facilityId',
    });
    expect((await app.gql(OVERVIEW, { scope: { provinceCode: '63' } }, ministry.accessToken)).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'scope.provinceCode',
    });
    expect((await app.gql(OVERVIEW, { scope: { facilityId: crypto.randomUUID() } }, ministry.accessToken)).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'scope.facilityId',
    });
    expect((await app.gql(SET_CME, { input: { hoursPerPeriod: 0, periodYears: 5 } }, ministry.accessToken)).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'hoursPerPeriod',
    });
    expect((await app.gql(`query { cmeRequirement { hoursPerPeriod } }`, {}, ministry.accessToken)).data!.cmeRequirement.hoursPerPeriod).toBe(120);
    expect((await app.sql('SELECT count(*)::int n FROM workforce_roster_imports'))[0].n).toBe(before);
    // A wrong file type for the purpose never becomes READY.
    const { uploadFile } = await import('../support/uploads');
    const pdf = await uploadFile(app, t, { purpose: 'ROSTER', body: Buffer.from('%PDF-1.4 fake'), contentType: 'application/pdf' });
    expect(pdf.requestErrors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentType' });
    const binary = await uploadFile(app, t, { purpose: 'ROSTER', body: Buffer.from([0, 1, 2, 3, 0, 0]), contentType: CSV });
    expect(binary.completeErrors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });

  it('streams the export as CSV to a short-lived signed link, and serves the template', async () => {
    const url = (await app.gql(EXPORT, { scope: { facilityId: fA.id } }, facilityAdminA.accessToken)).data!.exportWorkforce as string;
    const res = await fetch(new URL(url, app.url), { headers: { accept: 'text/html,*/*' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel opens it as UTF-8
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('Họ tên,Nghề nghiệp,Chuyên khoa,Giới tính,Năm sinh,Số GPHN,GPHN hết hạn,Chức vụ,Giờ CME,Cơ sở,Tỉnh/thành phố,Nguồn');
    const registry = (await app.sql('SELECT count(*)::int n FROM workforce_registry WHERE facility_id = $1', [fA.id]))[0].n;
    expect(lines.length - 1).toBe(registry);
    const tampered = url.replace(/t=(.)/, (_, c: string) => `t=${c === 'a' ? 'b' : 'a'}`);
    expect((await fetch(new URL(tampered, app.url))).status).toBe(403);
    const template = await fetch(new URL((await app.gql(TEMPLATE, {}, facilityAdminA.accessToken)).data!.rosterTemplate, app.url));
    const tbytes = Buffer.from(await template.arrayBuffer());
    expect([...tbytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(tbytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe(HEADER_VI);
  });

  it('finds specialty gaps among same-level, same-kind peers and consult supply', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const f = await createFacility(app, { provinceCode: '92', level: 'SPECIALIZED', kind: 'REGIONAL_MEDICAL_CENTER' });
      const admin = await verifiedUser(app, f.id, { roles: ['MEMBER', 'FACILITY_ADMIN'] });
      // Five of six have paediatrics; the sixth has only internal medicine.
      await importCsv(app, admin.accessToken, f.id, [HEADER_VI, ...rosterLines(2, `g${'abcdef'[i]}`, 'Bác sĩ', i < 5 ? 'Nhi khoa' : 'Nội tổng quát')]);
      ids.push(f.id);
    }
    const gaps = (await app.gql(GAPS, { scope: { provinceCode: '92' } }, ministry.accessToken)).data!.specialtyGaps.edges.map((e: { node: unknown }) => e.node);
    expect(gaps).toEqual([{ facility: { id: ids[5] }, specialty: { code: 'PEDIATRICS' }, peersWithIt: 0.8333 }]);
    const demand = (await app.gql(DEMAND, { scope: { provinceCode: '01' } }, ministry.accessToken)).data!.consultDemand;
    expect(demand).toEqual(
      expect.arrayContaining([{ specialty: { code: 'CARDIOLOGY' }, province: { code: '01' }, requests: 0, answeredWithinTarget: 0, consultants: 1 }]),
    );
  });
});
