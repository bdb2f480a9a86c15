import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { PASSWORD, TestUser, verifiedUser } from '../factories/identity';
import { follow, ok } from '../factories/social';
import { EVENTS, SEND, SINCE, startConversation } from '../factories/messaging';
import { TestApp } from '../support/app';
import { startAppWithFacility } from '../support/app-with-facility';
import { rawSocket, refusal } from '../support/raw-ws';

let app: TestApp;
let facilityId: string;
beforeAll(async () => ({ app, facilityId } = await startAppWithFacility()));
afterAll(() => app?.close());

const ME = `{ me { id } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;

const otherSession = async (user: TestUser): Promise<string> =>
  ok(await app.gql(LOGIN, { input: { email: user.email, password: PASSWORD } })).login.accessToken;

async function currentSessionId(token: string): Promise<string> {
  const sessions = ok(await app.gql(`{ mySessions { id current } }`, {}, token)).mySessions as { id: string; current: boolean }[];
  return sessions.find((s) => s.current)!.id;
}

describe('a socket whose session is revoked', () => {
  const revocations: [string, (user: TestUser) => Promise<unknown>][] = [
    ['logout', (user) => app.gql(`mutation { logout }`, {}, user.accessToken)],
    [
      'a password change from another session',
      async (user) => ok(await app.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'Một mật khẩu mới dài' } }, await otherSession(user))),
    ],
    [
      'reuse of a refresh token',
      async (user) => {
        const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`;
        ok(await app.gql(REFRESH, { t: user.refreshToken }));
        return app.gql(REFRESH, { t: user.refreshToken });
      },
    ],
    [
      'revokeSession from another session',
      async (user) => {
        const sessionId = await currentSessionId(user.accessToken);
        return ok(await app.gql(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: sessionId }, await otherSession(user)));
      },
    ],
  ];

  it.each(revocations)('is closed with 4403 after %s; an operation sent before the close is refused', async (_how, revoke) => {
    const user = await verifiedUser(app, facilityId);
    const [idle, busy] = await Promise.all([rawSocket(app.url, { token: user.accessToken }), rawSocket(app.url, { token: user.accessToken })]);
    const subscription = idle.request(EVENTS, { c: null });
    expect((await busy.request(ME)).next).toEqual({ data: { me: { id: user.id } } });

    await revoke(user);
    // The busy socket's next operation is refused, whether it arrives before the close or not.
    expect(['UNAUTHENTICATED', 4403]).toContain(refusal(await busy.request(ME)));
    expect(await busy.closed).toBe(4403);
    // Nothing is sent on the idle one: the revocation itself closes it.
    expect(await idle.closed).toBe(4403);
    expect(await subscription).toEqual({ closed: 4403 });
  });

  it('refuses queries and mutations at once, before the revocation is announced to the socket', async () => {
    const [a, b] = await Promise.all([verifiedUser(app, facilityId), verifiedUser(app, facilityId)]);
    await follow(app, a, b);
    const conv = await startConversation(app, a, [b]);
    const sockets = await Promise.all([0, 1, 2].map(() => rawSocket(app.url, { token: a.accessToken })));
    // Revoked in the database only: as seen by a process the pub/sub message has not reached yet.
    await app.sql(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'test' WHERE id = $1`, [await currentSessionId(a.accessToken)]);

    const answers = await Promise.all([
      sockets[0].request(ME),
      sockets[1].request(SEND, { input: { conversationId: conv.id, body: 'sau khi đăng xuất', clientId: randomUUID() } }),
      sockets[2].request(SINCE, { c: conv.id, a: 0 }),
    ]);
    for (const answer of answers) {
      expect(answer.errors).toEqual([{ message: 'Mã truy cập không hợp lệ.', extensions: { code: 'UNAUTHENTICATED' } }]);
    }
    for (const socket of sockets) expect(await socket.closed).toBe(4403);
    expect(await app.sql(`SELECT id FROM messages WHERE conversation_id = $1`, [conv.id])).toEqual([]);
  });

  it('is closed with 4403 when its access token expires, and an expired token opens none', async () => {
    const user = await verifiedUser(app, facilityId);
    const { sid } = jwt.decode(user.accessToken) as { sid: string };
    const shortLived = jwt.sign({ sid, typ: 'access' }, app.config.jwtSecret, { algorithm: 'HS256', subject: user.id, expiresIn: 2, issuer: 'ketnoi' });
    const socket = await rawSocket(app.url, { token: shortLived });
    const subscription = socket.request(EVENTS, { c: null });
    expect(await socket.closed).toBe(4403);
    expect(await subscription).toEqual({ closed: 4403 });

    const again = await rawSocket(app.url, { token: shortLived });
    expect(await again.closed).toBe(4403);
  });
});

describe('graphql-ws applies the HTTP limits', () => {
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `p${i}: provinces { code }`).join(' ')} }`;
  const deep = `{ post(id: "${randomUUID()}") { ${'sharedPost { '.repeat(11)}id${' }'.repeat(11)} } }`;
  const costly = `{ ${Array.from({ length: 10 }, (_, i) => `s${i}: searchUsers(query: "a", first: 50) { edges { node { id fullName facility { name province { name } } specialty { name } } } }`).join(' ')} f: facilities(first: 50) { edges { node { id name province { code name } } } } }`;

  it('refuses what HTTP refuses, with the same codes and messages', async () => {
    const user = await verifiedUser(app, facilityId);
    const socket = await rawSocket(app.url, { token: user.accessToken });
    for (const query of [deep, aliases(31), costly, `{ nope }`]) {
      const overHttp = await app.gql(query, {}, user.accessToken);
      expect(overHttp.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const overWs = await socket.request(query);
      expect(overWs.errors![0]).toMatchObject({ message: overHttp.errors![0].message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    }
    expect((await socket.request(`{ me { id `)).errors![0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect((await socket.request(aliases(5))).next!.data!.p4).toEqual(expect.any(Array));
  });

  it('refuses a frame over 64 KB before reading it, even connection_init', async () => {
    const socket = await rawSocket(app.url);
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${'x'.repeat(70_000)}` } }));
    expect(await socket.closed).toBe(1009);
  });

  it('closes a socket that does not send connection_init within 3 s', async () => {
    const socket = await rawSocket(app.url);
    expect(await socket.closed).toBe(4408);
  });
});
