import type { PubSubEngine } from 'graphql-subscriptions';
import { PUB_SUB } from '@ketnoi/platform';
import { NOTIFICATION_CHANNEL } from '@ketnoi/notifications';
import { createFacility } from '../factories/identity';
import { createPost, makeUsers, ok } from '../factories/social';
import { scheduleSession, startSession } from '../factories/live';
import { TestApp, collect, startPeerServer, startTestApp } from '../support/app';
import { TestRedis, startTestRedis } from '../support/redis';
import type { TestUser } from '../factories/identity';

/**
 * `notificationAdded` across two API servers on one database and one Redis. A live notice
 * (computed on read) is one pub/sub message carrying all its recipients; every recipient's
 * socket, on either server, gets it exactly once, and nobody else's. Uses REDIS_URL's
 * server, else starts its own redis-server.
 */
let redis: TestRedis;
let app: TestApp;
let peer: Awaited<ReturnType<typeof startPeerServer>>;
let facilityId: string;
/** Messages published on the notifications channel, by either server. */
const published: { recipientIds: string[]; notificationId: string }[] = [];

function recordPublishes(pubsub: PubSubEngine): void {
  const original = pubsub.publish.bind(pubsub);
  jest.spyOn(pubsub, 'publish').mockImplementation((channel: string, payload: any) => {
    if (channel === NOTIFICATION_CHANNEL) published.push(payload);
    return original(channel, payload);
  });
}

beforeAll(async () => {
  redis = await startTestRedis();
  app = await startTestApp({ env: { REDIS_URL: redis.url } });
  peer = await startPeerServer(app, { env: { REDIS_URL: redis.url } });
  facilityId = (await createFacility(app)).id;
  recordPublishes(app.server.app.get(PUB_SUB));
  recordPublishes(peer.server.app.get(PUB_SUB));
});
afterAll(async () => {
  await peer?.close();
  await app?.close();
  await redis?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SUB = `subscription { notificationAdded { id kind targetId liveSession { id } } }`;
const NOTIFS = `query { notifications(first: 50) { edges { node { id kind targetId } } } }`;
type Collector = ReturnType<typeof collect>;

/** Every one of `subs` gets exactly one event (then nothing more); returns them. */
async function exactlyOne(subs: Collector[]): Promise<any[]> {
  const events = await Promise.all(subs.map((s) => s.next(5000).then((e: any) => e.data.notificationAdded)));
  await sleep(700);
  expect(subs.map((s) => s.pending.length)).toEqual(subs.map(() => 0));
  return events;
}

const kindsAbout = async (user: TestUser, targetId: string): Promise<string[]> =>
  ok(await peer.gql(NOTIFS, {}, user.accessToken))
    .notifications.edges.map((e: { node: { kind: string; targetId: string } }) => e.node)
    .filter((n: { targetId: string }) => n.targetId === targetId)
    .map((n: { kind: string }) => n.kind);

describe('notificationAdded across API processes (Redis pub/sub)', () => {
  it('a live notice is one message for all its recipients: each socket of each recipient, on either server, gets it once; others nothing', async () => {
    const [host, invitee, invitee2, cohost, bystander] = await makeUsers(app, facilityId, 5);
    const recipients = [
      collect(app.ws(invitee.accessToken), SUB),
      collect(peer.ws(invitee.accessToken), SUB), // the same person's second device, on the other server
      collect(peer.ws(invitee2.accessToken), SUB),
      collect(app.ws(cohost.accessToken), SUB),
    ];
    const others = [collect(app.ws(host.accessToken), SUB), collect(app.ws(bystander.accessToken), SUB), collect(peer.ws(bystander.accessToken), SUB)];
    await sleep(300);
    published.length = 0;

    const s = await scheduleSession(app, host, { audience: 'INVITEES', inviteeIds: [invitee.id, invitee2.id], coHostIds: [cohost.id] });
    const scheduled = await exactlyOne(recipients);
    for (const n of scheduled) expect(n).toMatchObject({ id: scheduled[0].id, kind: 'LIVE_SCHEDULED', targetId: s.id, liveSession: { id: s.id } });
    expect(published).toHaveLength(1);
    expect([...published[0].recipientIds].sort()).toEqual([invitee.id, invitee2.id, cohost.id].sort());

    await startSession(app, host, s.id);
    const live = await exactlyOne(recipients);
    for (const n of live) expect(n).toMatchObject({ kind: 'LIVE_NOW', liveSession: { id: s.id } });
    expect(published).toHaveLength(2);
    for (const o of others) expect(o.pending).toEqual([]);
  });

  it('a verified member who may read a PUBLIC session notice but is not in its signalled audience gets nothing live', async () => {
    const [host, cohost, member] = await makeUsers(app, facilityId, 3);
    const cohostSub = collect(peer.ws(cohost.accessToken), SUB);
    const memberSubs = [collect(app.ws(member.accessToken), SUB), collect(peer.ws(member.accessToken), SUB)];
    await sleep(300);
    const s = await scheduleSession(app, host, { audience: 'PUBLIC', coHostIds: [cohost.id] });
    expect((await exactlyOne([cohostSub]))[0]).toMatchObject({ kind: 'LIVE_SCHEDULED', targetId: s.id });
    expect(await kindsAbout(member, s.id)).toEqual(['LIVE_SCHEDULED']); // they see it on reading…
    for (const m of memberSubs) expect(m.pending).toEqual([]); // …but it is not pushed to them
  });

  it('a stored notification made through one server reaches its recipient on both, once each, and nobody else', async () => {
    const [author, fan, bystander] = await makeUsers(app, facilityId, 3);
    const post = await createPost(app, author);
    const mine = [collect(app.ws(author.accessToken), SUB), collect(peer.ws(author.accessToken), SUB)];
    const theirs = [collect(app.ws(bystander.accessToken), SUB), collect(peer.ws(fan.accessToken), SUB)];
    await sleep(300);
    published.length = 0;
    ok(await peer.gql(`mutation($p: ID!) { reactToPost(postId: $p, kind: LIKE) { id } }`, { p: post.id }, fan.accessToken));
    const [a, b] = await exactlyOne(mine);
    expect(a).toMatchObject({ kind: 'POST_REACTION', targetId: post.id });
    expect(b.id).toBe(a.id);
    expect(published).toEqual([{ recipientIds: [author.id], notificationId: a.id }]);
    for (const t of theirs) expect(t.pending).toEqual([]);
  });
});
