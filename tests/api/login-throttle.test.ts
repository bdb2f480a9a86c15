import { PASSWORD, createFacility, registerUser } from '../factories/identity';
import { TestApp, startPeerServer, startTestApp } from '../support/app';
import { startAppWithFacility } from '../support/app-with-facility';
import { gqlFrom, loopbackAddress } from '../support/client-address';

/**
 * Login throttling counts wrong passwords per (account, client address): a guesser is
 * stopped, the account's owner elsewhere is not. Client addresses are real: requests are
 * bound to different loopback addresses.
 */
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken user { id } } }`;
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

let app: TestApp;
let facilityId: string;
beforeAll(async () => ({ app, facilityId } = await startAppWithFacility()));
afterAll(() => app?.close());

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code ?? 'OK';

describe('login throttle', () => {
  it('after 5 wrong passwords from client A, A is refused with a retry time while B logs in with the right password', async () => {
    const victim = await registerUser(app, { facilityId });
    const [a, b] = [loopbackAddress(), loopbackAddress()];
    const wrong = [];
    // A forged X-Forwarded-For must not give each guess a fresh address: no proxy is trusted.
    for (let i = 0; i < 5; i++)
      wrong.push(await gqlFrom(app.url, a, LOGIN, { input: { email: victim.email, password: `sai-mat-khau-${i}` } }, { 'x-forwarded-for': `203.0.113.${i}` }));
    expect(wrong.map(codeOf)).toEqual(Array(5).fill('UNAUTHENTICATED'));

    const blocked = await gqlFrom(app.url, a, LOGIN, { input: { email: victim.email, password: PASSWORD } });
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
    const retry = blocked.errors![0].extensions!.retryAfterSeconds as number;
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(15 * 60);
    expect(blocked.errors![0].message).toMatch(/thử lại sau \d+ giây/);

    const owner = await gqlFrom(app.url, b, LOGIN, { input: { email: victim.email, password: PASSWORD } });
    expect(owner.errors).toBeUndefined();
    expect(owner.data!.login.user.id).toBe(victim.id);
    // The owner's success elsewhere does not unblock the guesser.
    expect(codeOf(await gqlFrom(app.url, a, LOGIN, { input: { email: victim.email, password: PASSWORD } }))).toBe('RATE_LIMITED');
  });

  it('a right password forgives earlier mistakes from the same client', async () => {
    const user = await registerUser(app, { facilityId });
    const c = loopbackAddress();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++)
        expect(codeOf(await gqlFrom(app.url, c, LOGIN, { input: { email: user.email, password: `nhầm-${i}` } }))).toBe('UNAUTHENTICATED');
      expect(codeOf(await gqlFrom(app.url, c, LOGIN, { input: { email: user.email, password: PASSWORD } }))).toBe('OK');
    }
  });

  it('30 concurrent wrong passwords from one client get 5 password checks, the rest RATE_LIMITED', async () => {
    const user = await registerUser(app, { facilityId });
    const c = loopbackAddress();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => gqlFrom(app.url, c, LOGIN, { input: { email: user.email, password: `đoán-${i}` } })),
    );
    const codes = results.map(codeOf);
    expect(codes.filter((x) => x === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((x) => x === 'RATE_LIMITED')).toHaveLength(25);
    expect(codeOf(await gqlFrom(app.url, loopbackAddress(), LOGIN, { input: { email: user.email, password: PASSWORD } }))).toBe('OK');
  });

  it('two API copies sharing Redis give one client 5 password checks between them', async () => {
    const shared = await startTestApp({ env: { REDIS_URL } });
    const peer = await startPeerServer(shared, { env: { REDIS_URL } });
    try {
      const sharedFacility = (await createFacility(shared)).id;
      const user = await registerUser(shared, { facilityId: sharedFacility });
      const c = loopbackAddress();
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => gqlFrom(i % 2 ? peer.url : shared.url, c, LOGIN, { input: { email: user.email, password: `đoán-${i}` } })),
      );
      expect(results.map(codeOf).filter((x) => x === 'UNAUTHENTICATED')).toHaveLength(5);
      expect(codeOf(await gqlFrom(peer.url, loopbackAddress(), LOGIN, { input: { email: user.email, password: PASSWORD } }))).toBe('OK');
    } finally {
      await peer.close();
      await shared.close();
    }
  });

  it('caps wrong passwords per client address across accounts (spraying)', async () => {
    const c = loopbackAddress();
    const codes: string[] = [];
    // 100 failures per 15 minutes per address; each e-mail is tried once.
    for (let batch = 0; batch < 101; batch += 20) {
      const res = await Promise.all(
        Array.from({ length: Math.min(20, 101 - batch) }, (_, i) =>
          gqlFrom(app.url, c, LOGIN, { input: { email: `spray-${batch + i}@test.ketnoi.vn`, password: 'Password1!' } }),
        ),
      );
      codes.push(...res.map(codeOf));
    }
    expect(codes.filter((x) => x === 'UNAUTHENTICATED')).toHaveLength(100);
    expect(codes.filter((x) => x === 'RATE_LIMITED')).toHaveLength(1);
  });
});
