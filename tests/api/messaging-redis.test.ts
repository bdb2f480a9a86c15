import { randomUUID } from 'node:crypto';
import { createFacility } from '../factories/identity';
import { follow, makeUsers, ok } from '../factories/social';
import { EVENTS, SEND, SINCE, startConversation } from '../factories/messaging';
import { TestApp, collect, startPeerServer, startTestApp } from '../support/app';
import { TestRedis, startTestRedis } from '../support/redis';
import { rawSocket } from '../support/raw-ws';

/**
 * Two API servers on one database and one Redis: a message sent through one reaches a
 * subscriber connected to the other. Uses REDIS_URL's server, else starts its own
 * redis-server.
 */
let redis: TestRedis;
let REDIS_URL: string;
let app: TestApp;
let peer: Awaited<ReturnType<typeof startPeerServer>>;
beforeAll(async () => {
  redis = await startTestRedis();
  REDIS_URL = redis.url;
  app = await startTestApp({ env: { REDIS_URL } });
  peer = await startPeerServer(app, { env: { REDIS_URL } });
});
afterAll(async () => {
  await peer?.close();
  await app?.close();
  await redis?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('messaging across API processes (Redis pub/sub)', () => {
  it("a message sent through one server reaches subscribers on both, the sender's other device included", async () => {
    const facilityId = (await createFacility(app)).id;
    const [a, b, outsider] = await makeUsers(app, facilityId, 3);
    await follow(app, a, b);
    const conv = await startConversation(app, a, [b]);

    const bOnPeer = collect(peer.ws(b.accessToken), EVENTS, { c: conv.id });
    const bAllOnPeer = collect(peer.ws(b.accessToken), EVENTS, { c: null });
    const aOnFirst = collect(app.ws(a.accessToken), EVENTS, { c: null });
    const outsiderOnPeer = collect(peer.ws(outsider.accessToken), EVENTS, { c: null });
    await sleep(300);

    const sent = ok(await app.gql(SEND, { input: { conversationId: conv.id, body: 'Qua Redis', clientId: randomUUID() } }, a.accessToken)).sendMessage;
    for (const sub of [bOnPeer, bAllOnPeer, aOnFirst]) {
      expect((await sub.next(5000)).data.conversationEvents).toMatchObject({ kind: 'MESSAGE_ADDED', seq: 1, message: { id: sent.id, body: 'Qua Redis' } });
    }

    // and the other way round: sent through the peer, heard on the first server
    const reply = ok(await peer.gql(SEND, { input: { conversationId: conv.id, body: 'Đã nhận', clientId: randomUUID() } }, b.accessToken)).sendMessage;
    expect(reply.seq).toBe(2);
    expect((await aOnFirst.next(5000)).data.conversationEvents.message).toMatchObject({ id: reply.id, body: 'Đã nhận' });

    // both servers see the same stored history
    const onFirst = ok(await app.gql(SINCE, { c: conv.id, a: 0 }, b.accessToken)).messagesSince;
    const onPeer = ok(await peer.gql(SINCE, { c: conv.id, a: 0 }, b.accessToken)).messagesSince;
    expect(onPeer).toEqual(onFirst);
    expect(onFirst.map((m: { seq: number }) => m.seq)).toEqual([1, 2]);

    await sleep(300);
    expect(outsiderOnPeer.pending).toEqual([]);
  });

  it('a subscriber whose server stops reconnects elsewhere, subscribes, then catches up: nothing lost or doubled', async () => {
    const facilityId = (await createFacility(app)).id;
    const [a, b] = await makeUsers(app, facilityId, 2);
    await follow(app, a, b);
    const conv = await startConversation(app, a, [b]);
    const send = (body: string) =>
      app.gql(SEND, { input: { conversationId: conv.id, body, clientId: randomUUID() } }, a.accessToken).then((r) => ok(r).sendMessage);

    const doomed = await startPeerServer(app, { env: { REDIS_URL } });
    const live = collect(doomed.ws(b.accessToken), EVENTS, { c: conv.id });
    await sleep(300);
    const m1 = await send('một');
    const have = new Map<string, { versionSeq: number; body: string | null }>();
    const keep = (m: { id: string; versionSeq: number; body: string | null }) => {
      const prev = have.get(m.id);
      if (!prev || prev.versionSeq < m.versionSeq) have.set(m.id, m);
    };
    keep((await live.next()).data.conversationEvents.message);
    let position = m1.seq;

    await doomed.close(); // the server B was connected to goes away
    const m2 = await send('hai (khi B mất kết nối)');
    ok(await app.gql(`mutation($id: ID!, $b: String!) { editMessage(id: $id, body: $b) { id } }`, { id: m1.id, b: 'một (đã sửa)' }, a.accessToken));

    // reconnect to another server: subscribe first, then catch up, then de-duplicate
    const again = collect(peer.ws(b.accessToken), EVENTS, { c: conv.id });
    await sleep(300);
    const m3 = await send('ba (trong lúc bắt kịp)');
    const missed = ok(await peer.gql(SINCE, { c: conv.id, a: position }, b.accessToken)).messagesSince;
    for (const m of missed) keep(m);
    position = Math.max(position, ...missed.map((m: { versionSeq: number }) => m.versionSeq));
    const liveEvent = (await again.next()).data.conversationEvents.message;
    keep(liveEvent);
    expect(liveEvent.id).toBe(m3.id);
    expect([...have.keys()].sort()).toEqual([m1.id, m2.id, m3.id].sort());
    expect(have.get(m1.id)!.body).toBe('một (đã sửa)');
    // the catch-up returned each message once
    expect(new Set(missed.map((m: { id: string }) => m.id)).size).toBe(missed.length);
    expect(position).toBe(4);
  });

  it("a logout through one server closes the session's sockets on the other (4403)", async () => {
    const facilityId = (await createFacility(app)).id;
    const [a] = await makeUsers(app, facilityId, 1);
    const onPeer = await rawSocket(peer.url, { token: a.accessToken });
    const live = onPeer.request(EVENTS, { c: null });
    expect((await onPeer.request(`{ me { id } }`)).next).toEqual({ data: { me: { id: a.id } } });

    // Nothing is sent after the logout: only the revocation published through Redis can close it.
    ok(await app.gql(`mutation { logout }`, {}, a.accessToken));
    expect(await onPeer.closed).toBe(4403);
    expect(await live).toEqual({ closed: 4403 });
  });
});
