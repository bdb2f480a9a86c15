import { readdirSync, readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { PASSWORD, createFacility, verifiedUser, type TestUser } from '../factories/identity';
import { count, errorOf, makeUsers, ok } from '../factories/social';
import { TestApp, startTestApp } from '../support/app';
import { rawSocket } from '../support/raw-ws';

let app: TestApp;
let facilityId: string;
beforeAll(async () => {
  app = await startTestApp();
  facilityId = (await createFacility(app, { provinceCode: '01' })).id;
});
afterAll(() => app?.close());

const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($token: String!, $p: String!) { resetPassword(token: $token, newPassword: $p) }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const NEW_PASSWORD = 'Trăng rằm tháng tám sáng tỏ';

/** The reset links written to the local outbox (SMTP_URL unset) for `email`. */
function linksFor(email: string): string[] {
  const dir = join(app.config.dataDir, 'outbox');
  let files: string[] = [];
  try {
    files = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return files
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { to: string; text: string })
    .filter((m) => m.to === email)
    .map((m) => /#token=([A-Za-z0-9_-]+)/.exec(m.text)![1]);
}
const passwordHash = async (u: TestUser) => (await app.sql('SELECT password_hash FROM users WHERE id = $1', [u.id]))[0].password_hash as string;
const login = (u: TestUser, password: string) => app.gql(LOGIN, { input: { email: u.email, password } });

describe('password recovery', () => {
  it('e-mails a one-time link; using it sets the password, revokes every session and closes open sockets', async () => {
    const user = await verifiedUser(app, facilityId);
    const socket = await rawSocket(app.url, { token: user.accessToken });
    expect(ok(await app.gql(REQUEST, { email: `  ${user.email.toUpperCase()} ` })).requestPasswordReset).toBe(true);
    const [token] = linksFor(user.email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    // stored hashed only
    expect(await count(app, 'SELECT count(*) n FROM password_reset_tokens WHERE token_hash = $1', [token])).toBe(0);

    expect(ok(await app.gql(RESET, { token, p: NEW_PASSWORD })).resetPassword).toBe(true);
    expect(await socket.closed).toBe(4403);
    expect(errorOf(await app.gql(`{ me { id } }`, {}, user.accessToken)).code).toBe('UNAUTHENTICATED');
    expect(await count(app, 'SELECT count(*) n FROM auth_sessions WHERE user_id = $1 AND revoked_at IS NULL', [user.id])).toBe(0);
    expect(errorOf(await login(user, PASSWORD)).code).toBe('UNAUTHENTICATED');
    ok(await login(user, NEW_PASSWORD));
    // one time only
    const again = await app.gql(RESET, { token, p: 'Một mật khẩu khác hẳn nữa' });
    expect(errorOf(again)).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
    const audit = await app.sql("SELECT action FROM audit_log WHERE target_id = $1 AND action LIKE 'user.password_reset%' ORDER BY at", [user.id]);
    expect(audit.map((a) => a.action)).toEqual(['user.password_reset_requested', 'user.password_reset']);
  });

  it('answers true for an unknown address and sends nothing', async () => {
    expect(ok(await app.gql(REQUEST, { email: 'khong-co-ai@test.ketnoi.vn' })).requestPasswordReset).toBe(true);
    expect(linksFor('khong-co-ai@test.ketnoi.vn')).toEqual([]);
  });

  it('refuses an expired link, a newer link replaces an older one, and a weak password changes nothing', async () => {
    const user = await verifiedUser(app, facilityId);
    ok(await app.gql(REQUEST, { email: user.email }));
    ok(await app.gql(REQUEST, { email: user.email }));
    const [older, newer] = linksFor(user.email);
    const before = await passwordHash(user);
    expect(errorOf(await app.gql(RESET, { token: older, p: NEW_PASSWORD }))).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(errorOf(await app.gql(RESET, { token: newer, p: '12345678' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    await app.sql("UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND used_at IS NULL", [user.id]);
    expect(errorOf(await app.gql(RESET, { token: newer, p: NEW_PASSWORD }))).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(await passwordHash(user)).toBe(before);
    expect(await count(app, 'SELECT count(*) n FROM auth_sessions WHERE user_id = $1 AND revoked_at IS NULL', [user.id])).toBe(1);
  });

  it('bad input: a malformed e-mail or token → BAD_USER_INPUT with the field', async () => {
    expect(errorOf(await app.gql(REQUEST, { email: 'không phải e-mail' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(errorOf(await app.gql(RESET, { token: 'ngắn', p: NEW_PASSWORD }))).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('is rate-limited per address: the fourth request in an hour is refused', async () => {
    const user = await verifiedUser(app, facilityId);
    for (let i = 0; i < 3; i++) ok(await app.gql(REQUEST, { email: user.email }));
    expect(errorOf(await app.gql(REQUEST, { email: user.email })).code).toBe('RATE_LIMITED');
    expect(linksFor(user.email)).toHaveLength(3);
  });

  it('shows the operator the outbox at /dev/outbox outside production', async () => {
    const res = await fetch(`${app.url}/dev/outbox`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('Ketnoi — Đặt lại mật khẩu');
  });

  it('keeps the outbox (reset links) from other machines on the network, and away when SMTP_URL is set', async () => {
    const lan = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && !i.internal && i.family === 'IPv4');
    if (!lan) throw new Error('this test needs a non-loopback IPv4 interface to reach the server from "another machine"');
    const open = await startTestApp({ env: { HOST: '0.0.0.0' } });
    const smtp = await startTestApp({ env: { SMTP_URL: 'smtp://127.0.0.1:1' } });
    try {
      const port = new URL(open.url).port;
      expect((await fetch(`http://127.0.0.1:${port}/dev/outbox`)).status).toBe(200);
      const fromLan = await fetch(`http://${lan.address}:${port}/dev/outbox`);
      expect(fromLan.status).toBe(404);
      expect(await fromLan.text()).not.toContain('Đặt lại mật khẩu');
      expect((await fetch(`${smtp.url}/dev/outbox`)).status).toBe(404);
    } finally {
      await open.close();
      await smtp.close();
    }
  });
});

describe('setUserRoles', () => {
  const SET = `mutation($u: ID!, $r: [Role!]!, $p: String) { setUserRoles(userId: $u, roles: $r, scopeProvinceCode: $p) { id roles scopeProvinceCode } }`;
  const rolesOf = async (id: string) => (await app.sql('SELECT roles, scope_province_code FROM users WHERE id = $1', [id]))[0];

  it('a platform admin grants scoped admin roles and withdraws them, audited with before and after', async () => {
    const [admin, target] = await makeUsers(app, facilityId, [{ roles: ['MEMBER', 'PLATFORM_ADMIN'] }, {}]);
    const granted = ok(await app.gql(SET, { u: target.id, r: ['DEPARTMENT_ADMIN', 'FACILITY_ADMIN'], p: '79' }, admin.accessToken)).setUserRoles;
    expect(granted).toEqual({ id: target.id, roles: ['MEMBER', 'FACILITY_ADMIN', 'DEPARTMENT_ADMIN'], scopeProvinceCode: '79' });
    // the new admin acts at once within the scope
    expect(ok(await app.gql(`{ pendingVerifications(first: 5) { edges { node { id } } } }`, {}, target.accessToken))).toBeTruthy();
    ok(await app.gql(SET, { u: target.id, r: ['MINISTRY_ADMIN'] }, admin.accessToken));
    expect(await rolesOf(target.id)).toEqual({ roles: ['MEMBER', 'MINISTRY_ADMIN'], scope_province_code: null });
    const audit = await app.sql("SELECT actor_id, details FROM audit_log WHERE target_id = $1 AND action = 'user.roles_changed' ORDER BY at", [target.id]);
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      actor_id: admin.id,
      details: { before: { roles: ['MEMBER'] }, after: { roles: ['MEMBER', 'FACILITY_ADMIN', 'DEPARTMENT_ADMIN'], scopeProvinceCode: '79' } },
    });
  });

  it('refuses every role but platform admin, and changes nothing', async () => {
    const [target, member, facilityAdmin, department, ministry] = await makeUsers(app, facilityId, [
      {},
      {},
      { roles: ['MEMBER', 'FACILITY_ADMIN'] },
      { roles: ['MEMBER', 'DEPARTMENT_ADMIN'] },
      { roles: ['MEMBER', 'MINISTRY_ADMIN'] },
    ]);
    for (const caller of [member, facilityAdmin, department, ministry]) {
      expect(errorOf(await app.gql(SET, { u: target.id, r: ['MINISTRY_ADMIN'] }, caller.accessToken)).code).toBe('FORBIDDEN');
    }
    expect(errorOf(await app.gql(SET, { u: target.id, r: ['MINISTRY_ADMIN'] })).code).toBe('UNAUTHENTICATED');
    expect(await rolesOf(target.id)).toEqual({ roles: ['MEMBER'], scope_province_code: null });
  });

  it('bad input → BAD_USER_INPUT with the field, and nothing changed', async () => {
    const [admin, target, pending] = await makeUsers(app, facilityId, [{ roles: ['MEMBER', 'PLATFORM_ADMIN'] }, {}, { status: 'PENDING' }]);
    const cases: [Record<string, unknown>, string][] = [
      [{ u: 'khong-phai-uuid', r: ['FACILITY_ADMIN'] }, 'userId'],
      [{ u: target.id, r: ['DEPARTMENT_ADMIN'] }, 'scopeProvinceCode'],
      [{ u: target.id, r: ['DEPARTMENT_ADMIN'], p: '999' }, 'scopeProvinceCode'],
      [{ u: target.id, r: ['FACILITY_ADMIN'], p: '79' }, 'scopeProvinceCode'],
      [{ u: target.id, r: ['PLATFORM_ADMIN'] }, 'roles'],
      [{ u: target.id, r: ['FACILITY_ADMIN', 'FACILITY_ADMIN'] }, 'roles'],
      [{ u: pending.id, r: ['FACILITY_ADMIN'] }, 'userId'],
    ];
    for (const [vars, field] of cases) {
      expect([vars, errorOf(await app.gql(SET, vars, admin.accessToken))]).toEqual([vars, { code: 'BAD_USER_INPUT', field }]);
    }
    expect(errorOf(await app.gql(SET, { u: crypto.randomUUID(), r: [] }, admin.accessToken)).code).toBe('NOT_FOUND');
    expect(await rolesOf(target.id)).toEqual({ roles: ['MEMBER'], scope_province_code: null });
    expect(await count(app, "SELECT count(*) n FROM audit_log WHERE actor_id = $1 AND action = 'user.roles_changed'", [admin.id])).toBe(0);
  });
});
