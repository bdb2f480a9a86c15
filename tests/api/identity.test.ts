import { PASSWORD, createFacility, registerUser, verifiedUser } from '../factories/identity';
import { TestApp, startTestApp } from '../support/app';
import { ok } from '../factories/social';

let app: TestApp;
let facility: { id: string; provinceCode: string };

beforeAll(async () => {
  app = await startTestApp();
  facility = await createFacility(app, { name: 'Bệnh viện Đa khoa Đống Đa', provinceCode: '01' });
});
afterAll(() => app?.close());

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id fullName verificationStatus roles email } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id } } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken user { id } } }`;
const ME = `{ me { id fullName verificationStatus email facility { id name province { code name } } } }`;

const registerInput = (over: Record<string, unknown> = {}) => ({
  fullName: 'Trần Thị Hoa',
  email: `hoa.${Math.random().toString(36).slice(2)}@test.ketnoi.vn`,
  password: PASSWORD,
  profession: 'NURSE',
  specialtyCode: 'CARDIOLOGY',
  facilityId: facility.id,
  licenseNumber: '001234/HNO-CCHN',
  ...over,
});

const count = async (sql: string, params: unknown[] = []) => Number((await app.sql<{ n: string }>(sql, params))[0].n);

describe('register', () => {
  it('creates a PENDING member and returns working tokens', async () => {
    const input = registerInput();
    const res = await app.gql(REGISTER, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data!.register.user).toMatchObject({ fullName: 'Trần Thị Hoa', verificationStatus: 'PENDING', roles: ['MEMBER'], email: input.email });
    const me = await app.gql(ME, {}, res.data!.register.accessToken);
    expect(me.data!.me).toMatchObject({ fullName: 'Trần Thị Hoa', facility: { id: facility.id, province: { code: '01', name: 'Hà Nội' } } });
    const [row] = await app.sql('SELECT password_hash FROM users WHERE email = $1', [input.email]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a duplicate e-mail (any case) with CONFLICT and saves nothing', async () => {
    const input = registerInput();
    await app.gql(REGISTER, { input });
    const before = await count('SELECT count(*) n FROM users');
    const res = await app.gql(REGISTER, { input: { ...input, email: ` ${input.email.toUpperCase()} ` } });
    expect(res.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect(await count('SELECT count(*) n FROM users')).toBe(before);
  });

  it.each([
    ['password', { password: 'short' }, /ít nhất 8/],
    ['password', { password: 'password123' }, /phổ biến/],
    ['password', { password: 'abcdefgh' }, /dễ đoán: có dãy ký tự liên tiếp/],
    ['password', { password: 'Ketnoi2026' }, /dễ đoán: dựa trên từ quen thuộc/],
    ['password', { password: 'mậtkhẩu1' }, /dễ đoán: dựa trên từ quen thuộc/],
    ['password', { password: 'KetNoi#2026!' }, /dễ đoán/],
    ['password', { password: 'HoaTran1990' }, /dễ đoán: dựa trên tên hoặc e-mail của bạn/],
    ['email', { email: 'not-an-email' }, /E-mail không hợp lệ/],
    ['fullName', { fullName: ' ' }, /Họ và tên/],
    ['facilityId', { facilityId: '0190b4a0-0000-7000-8000-000000000000' }, /cơ sở y tế/i],
    ['facilityId', { facilityId: 'not-a-uuid' }, /Mã định danh không hợp lệ/],
    ['specialtyCode', { specialtyCode: 'ASTROLOGY' }, /Chuyên khoa/],
    ['licenseNumber', { licenseNumber: '<script>' }, /giấy phép/],
  ])('refuses a bad %s with BAD_USER_INPUT naming the field', async (field, over, message) => {
    const before = await count('SELECT count(*) n FROM users');
    const res = await app.gql(REGISTER, { input: registerInput(over) });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors![0].message).toMatch(message);
    expect(await count('SELECT count(*) n FROM users')).toBe(before);
  });

  it('refuses an unknown profession at the GraphQL layer as BAD_USER_INPUT', async () => {
    const res = await app.gql(REGISTER, { input: registerInput({ profession: 'WIZARD' }) });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('login, refresh, logout, sessions', () => {
  const email = `login.${Date.now()}@test.ketnoi.vn`;
  beforeAll(async () => {
    await app.gql(REGISTER, { input: registerInput({ email }) });
  });

  it('logs in case-insensitively and answers the same for a wrong password and an unknown e-mail', async () => {
    const ok = await app.gql(LOGIN, { input: { email: email.toUpperCase(), password: PASSWORD } });
    expect(ok.data!.login.accessToken).toBeTruthy();
    const wrong = await app.gql(LOGIN, { input: { email, password: 'Sai mật khẩu rồi 123' } });
    const unknown = await app.gql(LOGIN, { input: { email: 'nobody@test.ketnoi.vn', password: 'Sai mật khẩu rồi 123' } });
    expect(wrong.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0]).toEqual(wrong.errors![0]);
  });

  it('throttles repeated failures per account with RATE_LIMITED', async () => {
    const victim = `victim.${Date.now()}@test.ketnoi.vn`;
    await app.gql(REGISTER, { input: registerInput({ email: victim }) });
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await app.gql(LOGIN, { input: { email: victim, password: `wrong-password-${i}` } });
      codes.push(r.errors![0].extensions!.code as string);
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes[5]).toBe('RATE_LIMITED');
    // even the right password is refused while blocked
    const blocked = await app.gql(LOGIN, { input: { email: victim, password: PASSWORD } });
    expect(blocked.errors![0].extensions!.code).toBe('RATE_LIMITED');
  });

  it('rotates refresh tokens and revokes the family when an old one is replayed', async () => {
    const login = await app.gql(LOGIN, { input: { email, password: PASSWORD } });
    const first = login.data!.login.refreshToken;
    const r1 = await app.gql(REFRESH, { t: first });
    expect(r1.errors).toBeUndefined();
    const second = r1.data!.refreshSession.refreshToken;
    expect(second).not.toBe(first);
    // replaying the used token is theft: refused, and the session is revoked
    const replay = await app.gql(REFRESH, { t: first });
    expect(replay.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const afterReuse = await app.gql(REFRESH, { t: second });
    expect(afterReuse.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const me = await app.gql(ME, {}, r1.data!.refreshSession.accessToken);
    expect(me.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const [audit] = await app.sql(`SELECT count(*) n FROM audit_log WHERE action = 'session.refresh_reuse_detected'`);
    expect(Number(audit.n)).toBeGreaterThan(0);
  });

  it('logout ends the session: its access and refresh tokens stop working', async () => {
    const login = await app.gql(LOGIN, { input: { email, password: PASSWORD } });
    const { accessToken, refreshToken } = login.data!.login;
    expect((await app.gql(`mutation { logout }`, {}, accessToken)).data!.logout).toBe(true);
    expect((await app.gql(ME, {}, accessToken)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(REFRESH, { t: refreshToken })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('lists sessions and revokes only your own', async () => {
    const a = (await app.gql(LOGIN, { input: { email, password: PASSWORD } }, undefined, { 'user-agent': 'phone' })).data!.login;
    const b = (await app.gql(LOGIN, { input: { email, password: PASSWORD } }, undefined, { 'user-agent': 'laptop' })).data!.login;
    const list = await app.gql(`{ mySessions { id userAgent current } }`, {}, a.accessToken);
    const sessions = list.data!.mySessions as { id: string; userAgent: string; current: boolean }[];
    const laptop = sessions.find((s) => s.userAgent === 'laptop')!;
    expect(sessions.find((s) => s.current)!.userAgent).toBe('phone');
    const other = await registerUser(app, { facilityId: facility.id });
    const foreign = await app.gql(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: laptop.id }, other.accessToken);
    expect(foreign.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await app.gql(ME, {}, b.accessToken)).data!.me).not.toBeNull();
    await app.gql(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: laptop.id }, a.accessToken);
    expect((await app.gql(ME, {}, b.accessToken)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('changes the password, refusing a wrong current one, and signs out other sessions', async () => {
    const user = await registerUser(app, { facilityId: facility.id });
    const other = (await app.gql(LOGIN, { input: { email: user.email, password: PASSWORD } })).data!.login;
    const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
    const wrong = await app.gql(CHANGE, { input: { currentPassword: 'nope nope nope', newPassword: 'Một mật khẩu mới dài' } }, user.accessToken);
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const weak = await app.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'qwerty123' } }, user.accessToken);
    expect(weak.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const guessable = await app.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'KetNoi#2026!' } }, user.accessToken);
    expect(guessable.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(guessable.errors![0].message).toMatch(/dễ đoán/);
    const same = await app.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: PASSWORD } }, user.accessToken);
    expect(same.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(same.errors![0].message).toBe('Mật khẩu mới phải khác mật khẩu hiện tại.');
    const ok = await app.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'Một mật khẩu mới dài' } }, user.accessToken);
    expect(ok.data!.changePassword).toBe(true);
    expect((await app.gql(ME, {}, user.accessToken)).data!.me.id).toBe(user.id);
    expect((await app.gql(ME, {}, other.accessToken)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const relogin = await app.gql(LOGIN, { input: { email: user.email, password: 'Một mật khẩu mới dài' } });
    expect(relogin.data!.login.user.id).toBe(user.id);
  });

  it('refuses session operations without a session', async () => {
    expect((await app.gql(`mutation { logout }`)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(`{ mySessions { id } }`)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(REFRESH, { t: 'x'.repeat(43) })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const CHANGE = `mutation { changePassword(input: { currentPassword: "a", newPassword: "b" }) }`;
    expect((await app.gql(CHANGE)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('me is null when anonymous and UNAUTHENTICATED for a forged token', async () => {
    expect((await app.gql(ME)).data!.me).toBeNull();
    const forged = await app.gql(ME, {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    expect(forged.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('verification by admins in scope', () => {
  const DECIDE = `mutation($input: VerifyUserInput!) { verifyUser(input: $input) { id verificationStatus rejectionReason } }`;
  const PENDING = `{ pendingVerifications(first: 50) { edges { node { id email licenseNumber } } } }`;
  let hanoiA: { id: string }, hanoiB: { id: string }, hue: { id: string };

  beforeAll(async () => {
    hanoiA = await createFacility(app, { provinceCode: '01' });
    hanoiB = await createFacility(app, { provinceCode: '01' });
    hue = await createFacility(app, { provinceCode: '46' });
  });

  it('facility admin → own facility; department admin → own province; ministry → everyone', async () => {
    const facilityAdmin = await verifiedUser(app, hanoiA.id, { roles: ['MEMBER', 'FACILITY_ADMIN'] });
    const deptAdmin = await verifiedUser(app, hanoiB.id, { roles: ['MEMBER', 'DEPARTMENT_ADMIN'], scopeProvinceCode: '01' });
    const ministry = await verifiedUser(app, hue.id, { roles: ['MEMBER', 'MINISTRY_ADMIN'] });
    const inA = await registerUser(app, { facilityId: hanoiA.id });
    const inB = await registerUser(app, { facilityId: hanoiB.id });
    const inHue = await registerUser(app, { facilityId: hue.id });

    const ids = async (token: string) =>
      ((await app.gql(PENDING, {}, token)).data!.pendingVerifications.edges as { node: { id: string } }[]).map((e) => e.node.id);
    const seenByFacility = await ids(facilityAdmin.accessToken);
    expect(seenByFacility).toContain(inA.id);
    expect(seenByFacility).not.toContain(inB.id);
    expect(seenByFacility).not.toContain(inHue.id);
    const seenByDept = await ids(deptAdmin.accessToken);
    expect(seenByDept).toEqual(expect.arrayContaining([inA.id, inB.id]));
    expect(seenByDept).not.toContain(inHue.id);
    expect(await ids(ministry.accessToken)).toEqual(expect.arrayContaining([inA.id, inB.id, inHue.id]));

    const outOfScope = await app.gql(DECIDE, { input: { userId: inB.id, approve: true } }, facilityAdmin.accessToken);
    expect(outOfScope.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await app.sql('SELECT verification_status s FROM users WHERE id = $1', [inB.id]))[0].s).toBe('PENDING');
    const refusedAudit = await app.sql(`SELECT allowed FROM audit_log WHERE action = 'user.verify_refused' AND target_id = $1`, [inB.id]);
    expect(refusedAudit).toEqual([{ allowed: false }]);

    const approved = await app.gql(DECIDE, { input: { userId: inA.id, approve: true } }, facilityAdmin.accessToken);
    expect(approved.data!.verifyUser.verificationStatus).toBe('VERIFIED');
    const again = await app.gql(DECIDE, { input: { userId: inA.id, approve: false, reason: 'x' } }, deptAdmin.accessToken);
    expect(again.errors![0].extensions!.code).toBe('CONFLICT');

    const noReason = await app.gql(DECIDE, { input: { userId: inB.id, approve: false } }, deptAdmin.accessToken);
    expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const rejected = await app.gql(DECIDE, { input: { userId: inB.id, approve: false, reason: 'Số giấy phép không khớp' } }, deptAdmin.accessToken);
    expect(rejected.data!.verifyUser).toMatchObject({ verificationStatus: 'REJECTED', rejectionReason: 'Số giấy phép không khớp' });
    const okHue = await app.gql(DECIDE, { input: { userId: inHue.id, approve: true } }, ministry.accessToken);
    expect(okHue.data!.verifyUser.verificationStatus).toBe('VERIFIED');
    const audit = await app.sql(`SELECT action, actor_id FROM audit_log WHERE target_id = ANY($1) AND allowed ORDER BY at`, [[inA.id, inB.id, inHue.id]]);
    expect(audit.map((a) => a.action)).toEqual(['user.verified', 'user.rejected', 'user.verified']);
  });

  it('refuses members, pending accounts and self-verification', async () => {
    const member = await verifiedUser(app, hanoiA.id);
    const pendingAdmin = await registerUser(app, { facilityId: hanoiA.id, roles: ['MEMBER', 'FACILITY_ADMIN'] });
    const target = await registerUser(app, { facilityId: hanoiA.id });
    for (const token of [member.accessToken, pendingAdmin.accessToken]) {
      const res = await app.gql(DECIDE, { input: { userId: target.id, approve: true } }, token);
      expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await app.gql(PENDING, {}, token)).errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    const self = await app.gql(DECIDE, { input: { userId: pendingAdmin.id, approve: true } }, pendingAdmin.accessToken);
    expect(self.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await app.gql(DECIDE, { input: { userId: target.id, approve: true } })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await app.sql('SELECT verification_status s FROM users WHERE id = $1', [target.id]))[0].s).toBe('PENDING');
  });

  it('hides e-mail and licence number from colleagues but shows them to admins in scope', async () => {
    const admin = await verifiedUser(app, hanoiA.id, { roles: ['MEMBER', 'FACILITY_ADMIN'] });
    const colleague = await verifiedUser(app, hanoiA.id);
    const subject = await verifiedUser(app, hanoiA.id);
    const Q = `query($id: ID!) { user(id: $id) { id email } }`;
    expect((await app.gql(Q, { id: subject.id }, colleague.accessToken)).data!.user).toEqual({ id: subject.id, email: null });
    expect((await app.gql(Q, { id: subject.id }, admin.accessToken)).data!.user.email).toBe(subject.email);
    // a pending account is invisible to colleagues
    const pending = await registerUser(app, { facilityId: hanoiA.id });
    expect((await app.gql(Q, { id: pending.id }, colleague.accessToken)).data!.user).toBeNull();
  });
});

describe('profile and follows', () => {
  const FOLLOW = `mutation($id: ID!) { followUser(userId: $id) { id followerCount viewerFollows } }`;
  const UNFOLLOW = `mutation($id: ID!) { unfollowUser(userId: $id) { id followerCount viewerFollows } }`;

  it('follows idempotently with exact counts, also in parallel', async () => {
    const a = await verifiedUser(app, facility.id);
    const b = await verifiedUser(app, facility.id);
    const results = await Promise.all(Array.from({ length: 8 }, () => app.gql(FOLLOW, { id: b.id }, a.accessToken)));
    results.forEach((r) => expect(r.errors).toBeUndefined());
    const [row] = await app.sql('SELECT follower_count FROM users WHERE id = $1', [b.id]);
    expect(row.follower_count).toBe(1);
    const me = await app.gql(`{ me { followingCount } }`, {}, a.accessToken);
    expect(me.data!.me.followingCount).toBe(1);
    const un = await app.gql(UNFOLLOW, { id: b.id }, a.accessToken);
    expect(un.data!.unfollowUser).toMatchObject({ followerCount: 0, viewerFollows: false });
    const unAgain = await app.gql(UNFOLLOW, { id: b.id }, a.accessToken);
    expect(unAgain.data!.unfollowUser.followerCount).toBe(0);
  });

  it('refuses self-follow, unknown users and pending followers', async () => {
    const a = await verifiedUser(app, facility.id);
    const pending = await registerUser(app, { facilityId: facility.id });
    expect((await app.gql(FOLLOW, { id: a.id }, a.accessToken)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    expect((await app.gql(FOLLOW, { id: '0190b4a0-0000-7000-8000-000000000000' }, a.accessToken)).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await app.gql(FOLLOW, { id: pending.id }, a.accessToken)).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await app.gql(FOLLOW, { id: a.id }, pending.accessToken)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await count('SELECT count(*) n FROM follows WHERE followee_id = $1', [a.id])).toBe(0);
  });

  it('updates the profile and rejects bad values without saving', async () => {
    const u = await verifiedUser(app, facility.id);
    const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { fullName title bio experienceYears specialty { code name } } }`;
    const ok = await app.gql(
      UPDATE,
      { input: { title: 'ThS. BS.', bio: 'Tim mạch can thiệp', experienceYears: 7, specialtyCode: 'CARDIOLOGY' } },
      u.accessToken,
    );
    expect(ok.data!.updateProfile).toMatchObject({ title: 'ThS. BS.', experienceYears: 7, specialty: { code: 'CARDIOLOGY' } });
    for (const [input, field] of [
      [{ experienceYears: -1 }, 'experienceYears'],
      [{ specialtyCode: 'NOPE' }, 'specialtyCode'],
      [{ bio: 'x'.repeat(2001) }, 'bio'],
      [{ avatarAttachmentId: '0190b4a0-0000-7000-8000-000000000000' }, 'avatarAttachmentId'],
    ] as const) {
      const res = await app.gql(UPDATE, { input }, u.accessToken);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const [row] = await app.sql('SELECT title, experience_years, specialty_code FROM users WHERE id = $1', [u.id]);
    expect(row).toEqual({ title: 'ThS. BS.', experience_years: 7, specialty_code: 'CARDIOLOGY' });
  });
});

describe('directory search', () => {
  const SEARCH = `query($q: String!, $s: String, $f: ID, $p: String, $first: Int, $after: String) {
    searchUsers(query: $q, specialtyCode: $s, facilityId: $f, provinceCode: $p, first: $first, after: $after) {
      edges { cursor node { id fullName } } pageInfo { hasNextPage endCursor } } }`;
  let viewer: { accessToken: string };
  let lan: { id: string }, dung: { id: string }, hueDoctor: { id: string };

  beforeAll(async () => {
    const hueFacility = await createFacility(app, { provinceCode: '46' });
    viewer = await verifiedUser(app, facility.id);
    lan = await verifiedUser(app, facility.id, { fullName: 'Nguyễn Thị Lan', specialtyCode: 'CARDIOLOGY' });
    dung = await verifiedUser(app, facility.id, { fullName: 'Đặng Văn Dũng', specialtyCode: 'PEDIATRICS' });
    hueDoctor = await verifiedUser(app, hueFacility.id, { fullName: 'Nguyễn Thị Lan Anh', specialtyCode: 'CARDIOLOGY' });
    await registerUser(app, { facilityId: facility.id, fullName: 'Nguyễn Thị Lan Chờ' });
  });

  const ids = async (vars: Record<string, unknown>) =>
    ((await app.gql(SEARCH, vars, viewer.accessToken)).data!.searchUsers.edges as { node: { id: string } }[]).map((e) => e.node.id);

  it('is accent-insensitive, maps đ to d, and lists only verified workers', async () => {
    const found = await ids({ q: 'nguyen thi lan' });
    expect(found).toEqual(expect.arrayContaining([lan.id, hueDoctor.id]));
    expect(found).toHaveLength(2);
    expect(await ids({ q: 'dang van dung' })).toEqual([dung.id]);
    expect(await ids({ q: 'ĐẶNG' })).toEqual([dung.id]);
  });

  it('filters by specialty, facility and province', async () => {
    expect(await ids({ q: 'lan', s: 'CARDIOLOGY', p: '46' })).toEqual([hueDoctor.id]);
    expect(await ids({ q: '', f: facility.id, s: 'PEDIATRICS' })).toEqual([dung.id]);
  });

  it('pages with keyset cursors and caps first at 50', async () => {
    const page1 = await app.gql(SEARCH, { q: 'nguyen thi lan', first: 1 }, viewer.accessToken);
    const conn = page1.data!.searchUsers;
    expect(conn.pageInfo.hasNextPage).toBe(true);
    const page2 = await app.gql(SEARCH, { q: 'nguyen thi lan', first: 1, after: conn.pageInfo.endCursor }, viewer.accessToken);
    expect(page2.data!.searchUsers.edges[0].node.id).not.toBe(conn.edges[0].node.id);
    expect(page2.data!.searchUsers.pageInfo.hasNextPage).toBe(false);
    const tooMany = await app.gql(SEARCH, { q: 'x', first: 51 }, viewer.accessToken);
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await app.gql(SEARCH, { q: 'x', after: 'garbage' }, viewer.accessToken);
    expect(forged.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect((await app.gql(SEARCH, { q: 'x', p: '99' }, viewer.accessToken)).errors![0].extensions).toMatchObject({ field: 'provinceCode' });
  });

  it('requires sign-in', async () => {
    expect((await app.gql(SEARCH, { q: 'lan' })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('reference data and facilities', () => {
  it('serves professions and facility levels with Vietnamese names', async () => {
    const res = await app.gql(`{ professions { code nameVi } facilityLevels { code nameVi } facilityKinds { code } }`);
    expect(res.data!.professions).toEqual(expect.arrayContaining([{ code: 'NURSE', nameVi: 'Điều dưỡng' }]));
    expect(res.data!.facilityLevels.map((l: { nameVi: string }) => l.nameVi)).toEqual(['Ban đầu', 'Cơ bản', 'Chuyên sâu']);
    expect(res.data!.facilityKinds.length).toBeGreaterThanOrEqual(4);
  });

  it('serves the 34 provinces and the specialties', async () => {
    const res = await app.gql(`{ provinces { code name } specialties { code name nameEn } }`);
    expect(res.data!.provinces).toHaveLength(34);
    expect(res.data!.provinces).toEqual(expect.arrayContaining([{ code: '01', name: 'Hà Nội' }]));
    expect(res.data!.specialties.length).toBeGreaterThan(20);
  });

  it('searches facilities accent-insensitively within a province', async () => {
    await createFacility(app, { name: 'Trạm Y tế xã Đông Anh', provinceCode: '01' });
    await createFacility(app, { name: 'Trạm Y tế xã Đông Hà', provinceCode: '46' });
    const Q = `query($p: String, $s: String) { facilities(provinceCode: $p, search: $s, first: 10) { edges { node { name level province { code } } } } }`;
    const res = await app.gql(Q, { s: 'tram y te dong', p: '01' });
    expect(res.data!.facilities.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['Trạm Y tế xã Đông Anh']);
    expect((await app.gql(Q, { p: 'XX' })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'provinceCode' });
  });
});

describe('a rejected applicant fixes and resubmits', () => {
  const RESUBMIT = `mutation($input: ResubmitVerificationInput!) { resubmitVerification(input: $input) { id fullName verificationStatus rejectionReason licenseNumber facility { id } } }`;
  const DECIDE = `mutation($input: VerifyUserInput!) { verifyUser(input: $input) { id verificationStatus } }`;
  const PENDING = `{ pendingVerifications(first: 50) { edges { node { id } } } }`;
  const fixed = (facilityId: string) => ({ fullName: 'Trần Thị Sửa', profession: 'NURSE', facilityId, licenseNumber: '001234/HNO-CCHN' });
  const statusOf = async (id: string) => (await app.sql('SELECT verification_status s, full_name n FROM users WHERE id = $1', [id]))[0];

  it("from REJECTED only: back to PENDING with the new details, in the verifiers' queue again; audited", async () => {
    const admin = await verifiedUser(app, facility.id, { roles: ['MEMBER', 'FACILITY_ADMIN'] });
    const applicant = await registerUser(app, { facilityId: facility.id });
    // PENDING: nothing to resubmit yet
    expect((await app.gql(RESUBMIT, { input: fixed(facility.id) }, applicant.accessToken)).errors![0].extensions!.code).toBe('CONFLICT');
    ok(await app.gql(DECIDE, { input: { userId: applicant.id, approve: false, reason: 'Thiếu số giấy phép hành nghề' } }, admin.accessToken));
    const queue = async () => ok(await app.gql(PENDING, {}, admin.accessToken)).pendingVerifications.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await queue()).not.toContain(applicant.id);

    const again = ok(await app.gql(RESUBMIT, { input: fixed(facility.id) }, applicant.accessToken)).resubmitVerification;
    expect(again).toMatchObject({
      id: applicant.id,
      fullName: 'Trần Thị Sửa',
      verificationStatus: 'PENDING',
      rejectionReason: null,
      licenseNumber: '001234/HNO-CCHN',
      facility: { id: facility.id },
    });
    expect(await queue()).toContain(applicant.id);
    // twice in a row: it is PENDING now
    expect((await app.gql(RESUBMIT, { input: fixed(facility.id) }, applicant.accessToken)).errors![0].extensions!.code).toBe('CONFLICT');
    const audit = await app.sql(`SELECT action, actor_id FROM audit_log WHERE target_id = $1 ORDER BY at`, [applicant.id]);
    expect(audit.map((a) => a.action)).toEqual(['user.rejected', 'user.verification_resubmitted']);
    expect(ok(await app.gql(DECIDE, { input: { userId: applicant.id, approve: true } }, admin.accessToken)).verifyUser.verificationStatus).toBe('VERIFIED');
  });

  it('refuses bad input (nothing changed), other statuses and anonymous callers', async () => {
    const applicant = await registerUser(app, { facilityId: facility.id, status: 'REJECTED' });
    for (const [field, input] of [
      ['fullName', { ...fixed(facility.id), fullName: 'x' }],
      ['fullName', { ...fixed(facility.id), fullName: '12345' }],
      ['profession', { ...fixed(facility.id), profession: 'WIZARD' }],
      ['facilityId', { ...fixed(facility.id), facilityId: 'không-phải-uuid' }],
      ['facilityId', { ...fixed(facility.id), facilityId: crypto.randomUUID() }],
      ['licenseNumber', { ...fixed(facility.id), licenseNumber: '<script>' }],
      ['specialtyCode', { ...fixed(facility.id), specialtyCode: 'NOPE' }],
    ] as const) {
      const res = await app.gql(RESUBMIT, { input }, applicant.accessToken);
      expect({ field, ext: res.errors?.[0]?.extensions }).toMatchObject({ field, ext: { code: 'BAD_USER_INPUT', field } });
    }
    expect(await statusOf(applicant.id)).toEqual({ s: 'REJECTED', n: 'Nguyễn Văn Thử' });

    for (const status of ['VERIFIED', 'SUSPENDED']) {
      const someone = await registerUser(app, { facilityId: facility.id, status });
      const res = await app.gql(RESUBMIT, { input: fixed(facility.id) }, someone.accessToken);
      expect(['CONFLICT', 'FORBIDDEN']).toContain(res.errors![0].extensions!.code);
      expect((await statusOf(someone.id)).s).toBe(status);
    }
    expect((await app.gql(RESUBMIT, { input: fixed(facility.id) })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(await statusOf(applicant.id)).toEqual({ s: 'REJECTED', n: 'Nguyễn Văn Thử' });
  });
});
