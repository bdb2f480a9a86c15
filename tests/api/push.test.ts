import { PushService } from '@ketnoi/notifications';
import { MembershipService } from '@ketnoi/messaging';
import { loadConfig } from '@ketnoi/platform';
import { createFacility, verifiedUser, type TestUser } from '../factories/identity';
import { createPost, follow, ok } from '../factories/social';
import { sendMessage, startConversation } from '../factories/messaging';
import { createCase, makeCaseUsers, requestConsult, shareCase } from '../factories/cases';
import { TestApp, startTestApp } from '../support/app';
import { PushReceiver } from '../support/push-receiver';

let app: TestApp;
let receiver: PushReceiver;
let facilityId: string;
beforeAll(async () => {
  receiver = new PushReceiver();
  await receiver.start();
  app = await startTestApp();
  facilityId = (await createFacility(app)).id;
});
afterAll(async () => {
  await app?.close();
  await receiver?.close();
});

const KEY = `{ webPushPublicKey }`;
const REGISTER = `mutation($e: String!, $p: String!, $a: String!) { registerPushSubscription(endpoint: $e, p256dh: $p, auth: $a) }`;
const UNREGISTER = `mutation($e: String!) { unregisterPushSubscription(endpoint: $e) }`;
const SETTINGS = `{ pushSettings { messages consultations mentions broadcasts } }`;
const UPDATE = `mutation($input: UpdatePushSettingsInput!) { updatePushSettings(input: $input) { messages consultations mentions broadcasts } }`;
const errorOf = (res: { errors?: { extensions?: { code?: string; field?: string } }[] }) => ({
  code: res.errors?.[0]?.extensions?.code,
  field: res.errors?.[0]?.extensions?.field,
});
const subscriptionsOf = async (user: TestUser) =>
  (await app.sql(`SELECT endpoint FROM push_subscriptions WHERE user_id = $1`, [user.id])).map((r) => r.endpoint as string);

async function subscribed(user: TestUser) {
  const sub = receiver.subscribe();
  ok(await app.gql(REGISTER, { e: sub.endpoint, p: sub.keys.p256dh, a: sub.keys.authSecret }, user.accessToken));
  return sub;
}

/** Every value of a push payload is a UUID or its kind: ids only. */
function expectIdsOnly(plaintext: string, forbidden: string[]) {
  const payload = JSON.parse(plaintext) as Record<string, string>;
  for (const [k, v] of Object.entries(payload)) {
    if (k === 'kind') expect(['MESSAGE', 'CONSULTATION', 'MENTION', 'BROADCAST']).toContain(v);
    else expect(v).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  }
  for (const text of forbidden) expect(plaintext).not.toContain(text);
  return payload;
}

describe('Web Push', () => {
  it('publishes a VAPID P-256 public key; keys are validated at start-up and required in production', async () => {
    const key = ok(await app.gql(KEY)).webPushPublicKey as string;
    const raw = Buffer.from(key, 'base64url');
    expect(raw).toHaveLength(65);
    expect(raw[0]).toBe(4);
    expect(key).toBe(app.config.push.publicKey);
    expect(() => loadConfig({ NODE_ENV: 'test', DATA_DIR: app.config.dataDir, VAPID_PUBLIC_KEY: 'abc' })).toThrow(
      /VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY must be set together/,
    );
    expect(() => loadConfig({ NODE_ENV: 'test', DATA_DIR: app.config.dataDir, VAPID_PUBLIC_KEY: 'abc', VAPID_PRIVATE_KEY: 'def' })).toThrow(
      /VAPID_PUBLIC_KEY must be/,
    );
    expect(() => loadConfig({ NODE_ENV: 'test', DATA_DIR: app.config.dataDir, VAPID_SUBJECT: 'ops@example.org' })).toThrow(/VAPID_SUBJECT must be/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are required in production/);
    // generated once into DATA_DIR: a restart keeps the key browsers subscribed with
    expect(loadConfig({ NODE_ENV: 'test', DATA_DIR: app.config.dataDir }).push.publicKey).toBe(key);
  });

  it('registers a subscription: signed-in only, bad input refused with its field and nothing stored', async () => {
    const user = await verifiedUser(app, facilityId);
    const sub = receiver.subscribe();
    const good = { e: sub.endpoint, p: sub.keys.p256dh, a: sub.keys.authSecret };
    expect(errorOf(await app.gql(REGISTER, good))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const bad: [Record<string, string>, string][] = [
      [{ e: 'ftp://127.0.0.1/push/x' }, 'endpoint'],
      [{ e: 'http://push.example.org/x' }, 'endpoint'], // plain http only to this machine, and never in production
      [{ e: 'not a url at all' }, 'endpoint'],
      [{ p: Buffer.alloc(65, 1).toString('base64url') }, 'p256dh'], // not an uncompressed point
      [{ p: 'a'.repeat(87) + '!' }, 'p256dh'],
      [{ a: Buffer.alloc(12).toString('base64url') }, 'auth'], // 12 bytes, not 16
    ];
    for (const [over, field] of bad) {
      const res = await app.gql(REGISTER, { ...good, ...over }, user.accessToken);
      expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect(await subscriptionsOf(user)).toEqual([]);
    ok(await app.gql(REGISTER, good, user.accessToken));
    ok(await app.gql(REGISTER, good, user.accessToken)); // idempotent
    expect(await subscriptionsOf(user)).toEqual([sub.endpoint]);

    // another account signing in on the same browser takes the endpoint over; the first cannot remove it any more
    const other = await verifiedUser(app, facilityId);
    ok(await app.gql(REGISTER, good, other.accessToken));
    expect(await subscriptionsOf(user)).toEqual([]);
    ok(await app.gql(UNREGISTER, { e: sub.endpoint }, user.accessToken));
    expect(await subscriptionsOf(other)).toEqual([sub.endpoint]);
    ok(await app.gql(UNREGISTER, { e: sub.endpoint }, other.accessToken));
    expect(await subscriptionsOf(other)).toEqual([]);
  });

  it('pushes a new message end to end: encrypted (aes128gcm), VAPID-signed, ids only — never the text or names', async () => {
    const alice = await verifiedUser(app, facilityId, { fullName: 'Trần Thị Ánh Tuyết' });
    const bob = await verifiedUser(app, facilityId, { fullName: 'Hoàng Văn Quang' });
    await follow(app, alice, bob);
    await follow(app, bob, alice);
    const sub = await subscribed(bob);
    const aliceSub = await subscribed(alice);
    const conversation = await startConversation(app, alice, [bob]);
    const body = 'BN Nguyễn Văn Bình, SĐT 0912345678, tái khám sáng mai';
    const message = await sendMessage(app, alice, conversation.id, { body });

    const [push] = await receiver.waitFor(sub.path);
    expect(push.headers['content-encoding']).toBe('aes128gcm');
    expect(push.headers.urgency).toBe('high');
    expect(Number(push.headers.ttl)).toBeGreaterThan(0);
    expect(push.vapid.k).toBe(app.config.push.publicKey);
    expect(push.vapid.aud).toBe(receiver.origin);
    expect(push.vapid.sub).toMatch(/^mailto:|^https:/);
    const payload = expectIdsOnly(push.plaintext, [body, '0912345678', 'Nguyễn', 'Trần', 'Ánh Tuyết', 'Hoàng']);
    expect(payload).toEqual({ kind: 'MESSAGE', conversationId: conversation.id, messageId: message.id });
    // the sender's own devices are not told
    expect(receiver.received.filter((r) => r.path === aliceSub.path)).toEqual([]);

    // pushed a moment later, and only to those who have not read it by then (mute counts too)
    const membership = app.server.app.get(MembershipService);
    const next = await sendMessage(app, alice, conversation.id);
    expect(await membership.pushRecipients(conversation.id, alice.id, next.seq)).toEqual([bob.id]);
    ok(
      await app.gql(
        `mutation($c: ID!, $s: Int!) { markConversationRead(conversationId: $c, seq: $s) { id } }`,
        { c: conversation.id, s: next.seq },
        bob.accessToken,
      ),
    );
    expect(await membership.pushRecipients(conversation.id, alice.id, next.seq)).toEqual([]);
  });

  it('pushes mentions and consultation requests to those who may see them, and honours per-kind settings', async () => {
    const [author, consultant] = await makeCaseUsers(app, facilityId, 2);
    const mentioned = await verifiedUser(app, facilityId, { fullName: 'Đặng Thu Hà' });
    const sub = await subscribed(mentioned);
    const consultSub = await subscribed(consultant);

    const post = await createPost(app, author, { body: `Nhờ @[Đặng Thu Hà](${mentioned.id}) xem giúp phim X-quang này` });
    const [mention] = await receiver.waitFor(sub.path);
    const m = expectIdsOnly(mention.plaintext, ['X-quang', 'Đặng', 'Thu Hà']);
    expect(m).toMatchObject({ kind: 'MENTION', targetId: post.id });
    expect((await app.sql(`SELECT recipient_id FROM notifications WHERE id = $1`, [m.notificationId]))[0].recipient_id).toBe(mentioned.id);

    const c = await createCase(app, author);
    await shareCase(app, author, c.id, { userIds: [consultant.id] }, 'CONSULT');
    const k = await requestConsult(app, author, { caseFileId: c.id, consultantId: consultant.id, note: 'Xin ý kiến về chỉ định can thiệp.' });
    const [consult] = await receiver.waitFor(consultSub.path);
    expect(expectIdsOnly(consult.plaintext, ['chỉ định', c.title as string])).toMatchObject({ kind: 'CONSULTATION', targetId: k.id });

    // settings: defaults on; turning mentions off stops mention pushes (the job itself is run here, so nothing is timed)
    expect(ok(await app.gql(SETTINGS, {}, mentioned.accessToken)).pushSettings).toEqual({
      messages: true,
      consultations: true,
      mentions: true,
      broadcasts: true,
    });
    expect(errorOf(await app.gql(UPDATE, { input: { mentions: 'no' } }, mentioned.accessToken))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mentions' });
    expect(ok(await app.gql(UPDATE, { input: { mentions: false } }, mentioned.accessToken)).updatePushSettings).toMatchObject({
      mentions: false,
      messages: true,
    });
    expect(errorOf(await app.gql(SETTINGS))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const push = app.server.app.get(PushService);
    const before = receiver.received.length;
    await push.deliver({ userIds: [mentioned.id], payload: { kind: 'MENTION', ids: { notificationId: m.notificationId, targetId: post.id } } });
    expect(receiver.received.length).toBe(before);
    await push.deliver({ userIds: [mentioned.id], payload: { kind: 'BROADCAST', ids: { broadcastId: post.id } } });
    expect(expectIdsOnly((await receiver.waitFor(sub.path, 2))[1].plaintext, [])).toEqual({ kind: 'BROADCAST', broadcastId: post.id });
  });

  it('drops a subscription the push service says is gone (410)', async () => {
    const user = await verifiedUser(app, facilityId);
    const sub = await subscribed(user);
    receiver.markGone(sub.path);
    await app.server.app.get(PushService).deliver({ userIds: [user.id], payload: { kind: 'MESSAGE', ids: { conversationId: user.id, messageId: user.id } } });
    expect(await subscriptionsOf(user)).toEqual([]);
  });
});
