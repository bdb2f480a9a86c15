import { createHmac, randomUUID } from 'node:crypto';
import { createFacility, registerUser, TestUser } from '../factories/identity';
import { count, errorOf, follow, makeUsers, ok } from '../factories/social';
import { EDIT, startConversation } from '../factories/messaging';
import { GqlResult, TestApp, collect, startTestApp } from '../support/app';

const TURN_SECRET = 'turn-secret-for-the-call-tests';
const RING_SECONDS = 2;

let app: TestApp;
let facilityId: string;
beforeAll(async () => {
  app = await startTestApp({
    env: {
      CALL_RING_TIMEOUT_SECONDS: String(RING_SECONDS),
      TURN_SECRET,
      ICE_SERVERS: JSON.stringify([
        { urls: 'stun:stun.ketnoi.test:3478' },
        { urls: ['turn:turn.ketnoi.test:3478', 'turns:turn.ketnoi.test:5349'] },
        { urls: 'turn:static.ketnoi.test:3478', username: 'static-user', credential: 'static-pass' },
      ]),
    },
  });
  facilityId = (await createFacility(app)).id;
});
afterAll(() => app?.close());

const users = (n: number) => makeUsers(app, facilityId, n);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const SIGNAL = `mutation($c: ID!, $s: JSON!) { sendCallSignal(conversationId: $c, signal: $s) }`;
const CALL_FIELDS = `id video startedAt answeredAt endedAt durationSeconds missed outcome startedBy { id } participants { id } activeParticipants { id }`;
const EVENTS = `subscription($c: ID) { conversationEvents(conversationId: $c) { kind conversationId userId seq signal message { id seq body sender { id } call { ${CALL_FIELDS} } } } }`;
const CONV = `query($id: ID!) { conversation(id: $id) { id lastSeq unreadCount lastMessage { id seq body call { id } } ongoingCall { ${CALL_FIELDS} }
  messages(first: 50) { edges { node { id seq body sender { id } call { ${CALL_FIELDS} } } } } } }`;

const signal = (u: TestUser, conversationId: string, s: unknown) => app.gql(SIGNAL, { c: conversationId, s }, u.accessToken);
const send = async (u: TestUser, conversationId: string, s: unknown) => expect(ok(await signal(u, conversationId, s)).sendCallSignal).toBe(true);

type Sub = ReturnType<typeof collect<any>>;
async function subscribe(user: TestUser, conversationId: string | null = null): Promise<Sub> {
  const sub = collect<any>(app.ws(user.accessToken), EVENTS, { c: conversationId });
  await sleep(250); // let the subscription register before publishing
  return sub;
}
const event = async (sub: Sub, timeoutMs?: number) => (await sub.next(timeoutMs)).data.conversationEvents;
async function expectNothing(sub: Sub, ms = 400) {
  await sleep(ms);
  expect(sub.pending).toEqual([]);
}

async function pair() {
  const [a, b] = await users(2);
  await follow(app, a, b);
  await follow(app, b, a);
  return { a, b, conv: await startConversation(app, a, [b]) };
}

async function group(n: number) {
  const people = await users(n);
  for (const p of people.slice(1)) await follow(app, people[0], p);
  return { people, conv: await startConversation(app, people[0], people.slice(1), 'Hội chẩn nhanh') };
}

const conversation = async (u: TestUser, id: string) => ok(await app.gql(CONV, { id }, u.accessToken)).conversation;
const messagesOf = async (u: TestUser, id: string) => (await conversation(u, id)).messages.edges.map((e: { node: any }) => e.node);

describe('call settings', () => {
  it('gives verified users the ICE servers, with time-limited TURN credentials (coturn use-auth-secret)', async () => {
    const [u] = await users(1);
    const before = Math.floor(Date.now() / 1000);
    const { callSettings } = ok(
      await app.gql(`{ callSettings { maxParticipants ringTimeoutSeconds iceServers { urls username credential } } }`, {}, u.accessToken),
    );
    expect(callSettings).toMatchObject({ maxParticipants: 4, ringTimeoutSeconds: RING_SECONDS });
    const [stun, turn, fixed] = callSettings.iceServers;
    expect(stun).toEqual({ urls: ['stun:stun.ketnoi.test:3478'], username: null, credential: null });
    expect(turn.urls).toEqual(['turn:turn.ketnoi.test:3478', 'turns:turn.ketnoi.test:5349']);
    const [expiry, userId] = turn.username.split(':');
    expect(userId).toBe(u.id);
    expect(Number(expiry)).toBeGreaterThanOrEqual(before + 24 * 3600);
    expect(Number(expiry)).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 24 * 3600);
    expect(turn.credential).toBe(createHmac('sha1', TURN_SECRET).update(turn.username).digest('base64'));
    expect(fixed).toEqual({ urls: ['turn:static.ketnoi.test:3478'], username: 'static-user', credential: 'static-pass' });
  });

  it('is for verified users only', async () => {
    const pending = await registerUser(app, { facilityId });
    expect(errorOf(await app.gql(`{ callSettings { maxParticipants } }`, {}, pending.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(`{ callSettings { maxParticipants } }`)).code).toBe('UNAUTHENTICATED');
  });
});

describe('signal validation', () => {
  it('refuses malformed signals with BAD_USER_INPUT on `signal`, relaying nothing', async () => {
    const { a, b, conv } = await pair();
    const sub = await subscribe(b);
    const callId = randomUUID();
    const bad: unknown[] = [
      'invite',
      [{ type: 'invite' }],
      { type: 'ring', callId, video: true },
      { type: 'invite', callId: 'not-a-uuid', video: true },
      { type: 'invite', callId },
      { type: 'invite', callId, video: 'yes' },
      { type: 'invite', callId, video: true, to: b.id },
      { type: 'invite', callId, video: true, extra: 1 },
      { type: 'offer', callId, sdp: 'v=0' },
      { type: 'offer', callId, to: b.id },
      { type: 'answer', callId, to: 'someone', sdp: 'v=0' },
      { type: 'ice', callId, to: b.id },
      { type: 'ice', callId, to: b.id, candidate: 'candidate:1' },
      { type: 'accept', callId, sdp: 'v=0' },
      { type: 'offer', callId, to: b.id, sdp: 'x'.repeat(65 * 1024) },
    ];
    for (const s of bad) {
      const res = await signal(a, conv.id, s);
      expect({ s, e: errorOf(res) }).toEqual({ s, e: { code: 'BAD_USER_INPUT', field: 'signal' } });
    }
    // well-formed, but about a call that does not exist
    expect(errorOf(await signal(a, conv.id, { type: 'accept', callId }))).toEqual({ code: 'BAD_USER_INPUT', field: 'signal' });
    expect(errorOf(await signal(a, conv.id, { type: 'offer', callId, to: b.id, sdp: 'v=0' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'signal' });
    await expectNothing(sub);
    expect(await count(app, `SELECT count(*) AS n FROM calls WHERE conversation_id = $1`, [conv.id])).toBe(0);
  });
});

describe('relay', () => {
  it('invite / accept reach every participant; offer, answer and ice reach only `to`', async () => {
    const { people, conv } = await group(3);
    const [a, b, c] = people;
    const [subA, subB, subC] = await Promise.all([subscribe(a), subscribe(b), subscribe(c, conv.id)]);
    const callId = randomUUID();

    await send(a, conv.id, { type: 'invite', callId, video: true });
    for (const sub of [subA, subB, subC]) {
      expect(await event(sub)).toMatchObject({ kind: 'CALL_SIGNAL', conversationId: conv.id, userId: a.id, signal: { type: 'invite', callId, video: true } });
    }
    await send(b, conv.id, { type: 'accept', callId });
    for (const sub of [subA, subB, subC]) expect(await event(sub)).toMatchObject({ kind: 'CALL_SIGNAL', userId: b.id, signal: { type: 'accept', callId } });

    // the later joiner offers to those already in; only the addressee hears it
    await send(b, conv.id, { type: 'offer', callId, to: a.id, sdp: 'v=0 offer' });
    expect(await event(subA)).toMatchObject({ kind: 'CALL_SIGNAL', userId: b.id, signal: { type: 'offer', to: a.id, sdp: 'v=0 offer' } });
    await send(a, conv.id, { type: 'answer', callId, to: b.id, sdp: 'v=0 answer' });
    expect(await event(subB)).toMatchObject({ userId: a.id, signal: { type: 'answer', to: b.id, sdp: 'v=0 answer' } });
    const candidate = { candidate: 'candidate:1 1 udp 2122260223 192.168.1.5 54321 typ host', sdpMid: '0', sdpMLineIndex: 0 };
    await send(a, conv.id, { type: 'ice', callId, to: b.id, candidate });
    expect(await event(subB)).toMatchObject({ userId: a.id, signal: { type: 'ice', to: b.id, candidate } });
    await expectNothing(subC);
    await expectNothing(subA, 0);

    // c has not joined: nobody may address it, and it may not address anyone
    expect(errorOf(await signal(a, conv.id, { type: 'offer', callId, to: c.id, sdp: 'v=0' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'signal' });
    expect(errorOf(await signal(c, conv.id, { type: 'offer', callId, to: a.id, sdp: 'v=0' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'signal' });
    expect(errorOf(await signal(a, conv.id, { type: 'offer', callId, to: a.id, sdp: 'v=0' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'signal' });
    await expectNothing(subA, 0);
  });

  it('media (camera on/off) reaches the call, or only `to`; only from someone in the call, and it needs `video`', async () => {
    const { people, conv } = await group(3);
    const [a, b, c] = people;
    const [subA, subB, subC] = await Promise.all([subscribe(a), subscribe(b), subscribe(c)]);
    const callId = randomUUID();
    await send(a, conv.id, { type: 'invite', callId, video: true });
    await send(b, conv.id, { type: 'accept', callId });
    for (const sub of [subA, subB, subC]) {
      expect(await event(sub)).toMatchObject({ signal: { type: 'invite' } });
      expect(await event(sub)).toMatchObject({ signal: { type: 'accept' } });
    }

    await send(b, conv.id, { type: 'media', callId, video: false });
    for (const sub of [subA, subB, subC])
      expect(await event(sub)).toMatchObject({ kind: 'CALL_SIGNAL', userId: b.id, signal: { type: 'media', callId, video: false } });
    await send(a, conv.id, { type: 'media', callId, to: b.id, video: true });
    expect(await event(subB)).toMatchObject({ userId: a.id, signal: { type: 'media', to: b.id, video: true } });
    await expectNothing(subC);
    await expectNothing(subA, 0);

    // c has not joined; a signal without `video`; an addressee outside the call
    for (const [who, s] of [
      [c, { type: 'media', callId, video: false }],
      [a, { type: 'media', callId }],
      [a, { type: 'media', callId, video: 'off' }],
      [a, { type: 'media', callId, to: c.id, video: true }],
    ] as const) {
      expect(errorOf(await signal(who, conv.id, s))).toEqual({ code: 'BAD_USER_INPUT', field: 'signal' });
    }
    await expectNothing(subA, 0);
    await expectNothing(subB, 0);
  });
});

describe('call records', () => {
  it('accept then hang up: one CALL message through the send pipeline with the duration', async () => {
    const { a, b, conv } = await pair();
    const [subA, subB] = await Promise.all([subscribe(a, conv.id), subscribe(b)]);
    const callId = randomUUID();
    await send(a, conv.id, { type: 'invite', callId, video: true });
    expect((await conversation(b, conv.id)).ongoingCall).toMatchObject({
      id: callId,
      video: true,
      answeredAt: null,
      endedAt: null,
      missed: false,
      outcome: 'ONGOING',
      startedBy: { id: a.id },
    });
    await send(b, conv.id, { type: 'accept', callId });
    await sleep(1300);
    await send(b, conv.id, { type: 'hangup', callId });

    for (const sub of [subA, subB]) {
      expect(await event(sub)).toMatchObject({ kind: 'CALL_SIGNAL', signal: { type: 'invite' } });
      expect(await event(sub)).toMatchObject({ kind: 'CALL_SIGNAL', signal: { type: 'accept' } });
      expect(await event(sub)).toMatchObject({ kind: 'CALL_SIGNAL', userId: b.id, signal: { type: 'hangup' } });
      const added = await event(sub);
      expect(added).toMatchObject({
        kind: 'MESSAGE_ADDED',
        seq: 1,
        message: { seq: 1, body: null, sender: { id: a.id }, call: { id: callId, video: true, missed: false } },
      });
      expect(added.message.call.durationSeconds).toBeGreaterThanOrEqual(1);
      expect(added.message.call.participants.map((p: { id: string }) => p.id).sort()).toEqual([a.id, b.id].sort());
    }

    const seenByB = await conversation(b, conv.id);
    expect(seenByB).toMatchObject({ lastSeq: 1, unreadCount: 1, ongoingCall: null, lastMessage: { seq: 1, body: null, call: { id: callId } } });
    expect((await conversation(a, conv.id)).unreadCount).toBe(0); // the caller "sent" it
    const [record] = await messagesOf(a, conv.id);
    expect(record.call.answeredAt).not.toBeNull();
    expect(record.call.endedAt).not.toBeNull();
    expect(record.call.durationSeconds).toBe(Math.round((Date.parse(record.call.endedAt) - Date.parse(record.call.answeredAt)) / 1000));
    // a call record is not editable text
    expect(errorOf(await app.gql(EDIT, { id: record.id, b: 'sửa' }, a.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });

    // the call is over: further signals are refused, a new call can start
    expect(errorOf(await signal(a, conv.id, { type: 'accept', callId }))).toEqual({ code: 'BAD_USER_INPUT', field: 'signal' });
    expect(errorOf(await signal(a, conv.id, { type: 'invite', callId, video: true }))).toEqual({ code: 'BAD_USER_INPUT', field: 'signal' });
    await send(a, conv.id, { type: 'invite', callId: randomUUID(), video: false });
  });

  it('an unanswered invite ends as a missed call after the ring timeout (a delayed job)', async () => {
    const { a, b, conv } = await pair();
    const sub = await subscribe(b, conv.id);
    const callId = randomUUID();
    await send(a, conv.id, { type: 'invite', callId, video: false });
    expect(await event(sub)).toMatchObject({ kind: 'CALL_SIGNAL', signal: { type: 'invite', video: false } });
    await expectNothing(sub, (RING_SECONDS - 1) * 1000);
    const added = await event(sub, 10_000);
    expect(added).toMatchObject({
      kind: 'MESSAGE_ADDED',
      message: { body: null, sender: { id: a.id }, call: { id: callId, video: false, missed: true, outcome: 'MISSED', durationSeconds: 0, answeredAt: null } },
    });
    expect(added.message.call.participants).toEqual([{ id: a.id }]);
    expect(await count(app, `SELECT count(*) AS n FROM messages WHERE call_id = $1`, [callId])).toBe(1);
    expect(errorOf(await signal(b, conv.id, { type: 'accept', callId }))).toEqual({ code: 'BAD_USER_INPUT', field: 'signal' });
  });

  it('declined: recorded as DECLINED, not missed; cancelled by the caller before an answer: missed; an answered call outlives the ring timeout', async () => {
    const { a, b, conv } = await pair();
    const declined = randomUUID();
    await send(a, conv.id, { type: 'invite', callId: declined, video: true });
    await send(b, conv.id, { type: 'decline', callId: declined });
    const cancelled = randomUUID();
    await send(a, conv.id, { type: 'invite', callId: cancelled, video: true });
    await send(a, conv.id, { type: 'hangup', callId: cancelled });
    const answered = randomUUID();
    await send(b, conv.id, { type: 'invite', callId: answered, video: true });
    await send(a, conv.id, { type: 'accept', callId: answered });
    await sleep((RING_SECONDS + 1.5) * 1000);
    expect((await conversation(a, conv.id)).ongoingCall).toMatchObject({ id: answered, endedAt: null });
    await send(a, conv.id, { type: 'hangup', callId: answered });

    const records = (await messagesOf(a, conv.id)).map((m: any) => ({ id: m.call.id, missed: m.call.missed, outcome: m.call.outcome, by: m.sender.id }));
    expect(records).toEqual([
      { id: declined, missed: false, outcome: 'DECLINED', by: a.id },
      { id: cancelled, missed: true, outcome: 'MISSED', by: a.id },
      { id: answered, missed: false, outcome: 'ANSWERED', by: b.id },
    ]);
  });

  it('a group call ends when at most one person is left; declines alone do not end it while someone still rings', async () => {
    const { people, conv } = await group(4);
    const [a, b, c, d] = people;
    const callId = randomUUID();
    await send(a, conv.id, { type: 'invite', callId, video: true });
    await send(d, conv.id, { type: 'decline', callId });
    await send(b, conv.id, { type: 'accept', callId });
    await send(c, conv.id, { type: 'accept', callId });
    const ongoing = (await conversation(d, conv.id)).ongoingCall;
    expect(ongoing.activeParticipants.map((p: { id: string }) => p.id).sort()).toEqual([a.id, b.id, c.id].sort());
    await send(b, conv.id, { type: 'hangup', callId });
    expect((await conversation(a, conv.id)).ongoingCall).toMatchObject({
      id: callId,
      activeParticipants: expect.arrayContaining([{ id: a.id }, { id: c.id }]),
    });
    expect((await conversation(a, conv.id)).ongoingCall.activeParticipants).toHaveLength(2);
    await send(a, conv.id, { type: 'hangup', callId });
    const [record] = await messagesOf(d, conv.id);
    expect(record.call).toMatchObject({ id: callId, missed: false });
    expect(record.call.participants.map((p: { id: string }) => p.id).sort()).toEqual([a.id, b.id, c.id].sort());

    const unanswered = randomUUID();
    await send(b, conv.id, { type: 'invite', callId: unanswered, video: false });
    for (const u of [a, c]) await send(u, conv.id, { type: 'decline', callId: unanswered });
    expect((await conversation(a, conv.id)).ongoingCall).toMatchObject({ id: unanswered });
    await send(d, conv.id, { type: 'decline', callId: unanswered });
    expect((await conversation(a, conv.id)).ongoingCall).toBeNull();
    expect((await messagesOf(a, conv.id)).at(-1).call).toMatchObject({ id: unanswered, missed: false, outcome: 'DECLINED' });
  });

  it('one call at a time per conversation: a second invite is refused with the ongoing call to join', async () => {
    const { people, conv } = await group(3);
    const [a, b, c] = people;
    const first = randomUUID();
    await send(a, conv.id, { type: 'invite', callId: first, video: true });
    await send(a, conv.id, { type: 'invite', callId: first, video: true }); // a retried invite rings again
    const refused = await signal(c, conv.id, { type: 'invite', callId: randomUUID(), video: true });
    expect(errorOf(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'signal' });
    expect((refused as GqlResult).errors![0].extensions!.callId).toBe(first);
    await send(c, conv.id, { type: 'accept', callId: first });
    await send(b, conv.id, { type: 'accept', callId: first });
    expect(await count(app, `SELECT count(*) AS n FROM calls WHERE conversation_id = $1`, [conv.id])).toBe(1);

    // two invites at once: exactly one call
    const { a: x, b: y, conv: direct } = await pair();
    const both = await Promise.all([
      signal(x, direct.id, { type: 'invite', callId: randomUUID(), video: true }),
      signal(y, direct.id, { type: 'invite', callId: randomUUID(), video: true }),
    ]);
    expect(both.filter((r) => !r.errors).length).toBe(1);
    expect(await count(app, `SELECT count(*) AS n FROM calls WHERE conversation_id = $1 AND ended_at IS NULL`, [direct.id])).toBe(1);
  });

  it('a caller still counted in a call (reload, crash) who invites again leaves it first', async () => {
    const { a, b, conv } = await pair();
    const stuck = randomUUID();
    await send(a, conv.id, { type: 'invite', callId: stuck, video: true });
    await send(b, conv.id, { type: 'accept', callId: stuck });
    const fresh = randomUUID();
    await send(a, conv.id, { type: 'invite', callId: fresh, video: true });
    const records = await messagesOf(b, conv.id);
    expect(records.map((m: any) => m.call.id)).toEqual([stuck]);
    expect((await conversation(b, conv.id)).ongoingCall).toMatchObject({ id: fresh, answeredAt: null });
  });
});

describe('limits and permissions', () => {
  it('refuses calls in conversations of more than 4 people', async () => {
    const { people, conv } = await group(5);
    expect(errorOf(await signal(people[1], conv.id, { type: 'invite', callId: randomUUID(), video: true }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'signal',
    });
    expect(await count(app, `SELECT count(*) AS n FROM calls WHERE conversation_id = $1`, [conv.id])).toBe(0);
  });

  it('outsiders can neither signal nor hear a call; a message request cannot ring', async () => {
    const { a, b, conv } = await pair();
    const [outsider, stranger] = await users(2);
    const outsiderSub = await subscribe(outsider);
    const callId = randomUUID();
    await send(a, conv.id, { type: 'invite', callId, video: true });
    for (const s of [
      { type: 'invite', callId: randomUUID(), video: true },
      { type: 'accept', callId },
      { type: 'hangup', callId },
      { type: 'offer', callId, to: a.id, sdp: 'v=0' },
    ]) {
      expect(errorOf(await signal(outsider, conv.id, s)).code).toBe('NOT_FOUND');
    }
    expect(errorOf(await app.gql(SIGNAL, { c: conv.id, s: { type: 'accept', callId } })).code).toBe('UNAUTHENTICATED');
    expect(ok(await app.gql(CONV, { id: conv.id }, outsider.accessToken)).conversation).toBeNull();
    await send(b, conv.id, { type: 'accept', callId });
    await send(a, conv.id, { type: 'offer', callId, to: b.id, sdp: 'v=0' });
    await send(a, conv.id, { type: 'hangup', callId });
    await expectNothing(outsiderSub);
    expect(await count(app, `SELECT count(*) AS n FROM calls WHERE id = $1 AND NOT ($2::uuid = ANY(participant_ids))`, [callId, outsider.id])).toBe(1);

    // a stranger's 1:1 is a message request until accepted: no ringing
    const request = await startConversation(app, stranger, [a]);
    expect(errorOf(await signal(stranger, request.id, { type: 'invite', callId: randomUUID(), video: true }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'signal',
    });
    expect(errorOf(await signal(a, request.id, { type: 'invite', callId: randomUUID(), video: true })).code).toBe('FORBIDDEN');
  });
});
