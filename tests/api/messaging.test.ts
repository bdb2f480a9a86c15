import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { registerUser, TestUser } from '../factories/identity';
import { addMembers, count, createGroup, createPost, errorOf, follow, makeUsers, ok, uploadImage } from '../factories/social';
import { CONVERSATION, DELETE, EDIT, EVENTS, MARK_READ, SEND, SINCE, START, sendMessage, startConversation, uploadMessageImage } from '../factories/messaging';
import { createCase, makeCaseUsers, shareCase } from '../factories/cases';
import { TestApp, collect } from '../support/app';
import { startAppWithFacility } from '../support/app-with-facility';

let app: TestApp;
let facilityId: string;
beforeAll(async () => ({ app, facilityId } = await startAppWithFacility()));
afterAll(() => app?.close());

const users = (n: number) => makeUsers(app, facilityId, n);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Two users who follow each other, and their 1:1 conversation. */
async function pair() {
  const [a, b] = await users(2);
  await follow(app, a, b);
  await follow(app, b, a);
  const conv = await startConversation(app, a, [b]);
  return { a, b, conv };
}

async function subscribe(user: TestUser, conversationId: string | null) {
  const sub = collect(app.ws(user.accessToken), EVENTS, { c: conversationId });
  await sleep(250); // let the subscription register before publishing
  return sub;
}

async function expectNothing(sub: ReturnType<typeof collect>, ms = 400) {
  await sleep(ms);
  expect(sub.pending).toEqual([]);
}

describe('input validation (decorators on the argument and input classes)', () => {
  it('refuses bad arguments of conversation operations with BAD_USER_INPUT naming the field, changing nothing', async () => {
    const [admin, b, c] = await users(3);
    for (const u of [b, c]) await follow(app, admin, u);
    const conv = await startConversation(app, admin, [b], 'Nhóm kiểm tra');
    const before = await count(app, `SELECT count(*) AS n FROM conversations`, []);
    expect(errorOf(await app.gql(START, { p: [] }, admin.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'participantIds' });
    expect(errorOf(await app.gql(START, { p: [b.id, c.id], t: 'x'.repeat(201) }, admin.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(await count(app, `SELECT count(*) AS n FROM conversations`, [])).toBe(before);
    // a title padded past the limit is trimmed before it is checked
    const padded = await startConversation(app, admin, [b, c], `  ${'t'.repeat(200)}  `);
    expect(padded.title).toBe('t'.repeat(200));

    expect(errorOf(await app.gql(MARK_READ, { c: conv.id, s: -1 }, b.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'seq' });
    expect(errorOf(await app.gql(SINCE, { c: conv.id, a: 0, f: 0 }, b.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    const SINCE_IDS = `query($c: ID!, $a: Int!, $f: Int) { messagesSince(conversationId: $c, afterSeq: $a, first: $f) { id } }`; // cheap enough for the cost limit
    expect(errorOf(await app.gql(SINCE_IDS, { c: conv.id, a: 0, f: 501 }, b.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });

    const ADD = `mutation($c: ID!, $u: [ID!]!) { addConversationParticipants(input: { conversationId: $c, userIds: $u }) { id } }`;
    expect(errorOf(await app.gql(ADD, { c: conv.id, u: [] }, admin.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'userIds' });
    expect(errorOf(await app.gql(ADD, { c: conv.id, u: [admin.id] }, admin.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'userIds' });
    expect(errorOf(await app.gql(ADD, { c: conv.id, u: [randomUUID()] }, admin.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'userIds' });
    expect(await count(app, `SELECT count(*) AS n FROM conversation_participants WHERE conversation_id = $1`, [conv.id])).toBe(2);
  });

  it('a message of attachments only needs no text; more than ten attachments are refused', async () => {
    const { a, conv } = await pair();
    const image = await uploadMessageImage(app, a);
    const sent = await sendMessage(app, a, conv.id, { body: '  ', attachmentIds: [image] });
    expect(sent).toMatchObject({ body: null, attachments: [{ id: image }] });
    const tooMany = await app.gql(
      SEND,
      { input: { conversationId: conv.id, body: 'x', attachmentIds: Array.from({ length: 11 }, () => image), clientId: randomUUID() } },
      a.accessToken,
    );
    expect(errorOf(tooMany)).toEqual({ code: 'BAD_USER_INPUT', field: 'attachmentIds' });
    expect(await count(app, `SELECT count(*) AS n FROM messages WHERE conversation_id = $1`, [conv.id])).toBe(1);
  });
});

describe('conversations', () => {
  it('reuses the 1:1 conversation whoever starts it, even when both start at once', async () => {
    const [a, b] = await users(2);
    await follow(app, a, b);
    const results = await Promise.all([
      app.gql(START, { p: [b.id] }, a.accessToken),
      app.gql(START, { p: [a.id] }, b.accessToken),
      app.gql(START, { p: [b.id, b.id] }, a.accessToken),
      app.gql(START, { p: [b.id] }, a.accessToken),
    ]);
    const ids = new Set(results.map((r) => ok(r).startConversation.id));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    expect(ok(results[0]).startConversation).toMatchObject({ isGroup: false, kind: 'DIRECT' });
    expect(await count(app, `SELECT count(*) AS n FROM conversation_participants WHERE conversation_id = $1`, [id])).toBe(2);
    expect(await count(app, `SELECT count(*) AS n FROM conversations WHERE direct_key LIKE '%' || $1 || '%'`, [a.id])).toBe(1);
  });

  it('only verified members start conversations', async () => {
    const [target] = await users(1);
    const pending = await registerUser(app, { facilityId });
    const res = await app.gql(START, { p: [target.id] }, pending.accessToken);
    expect(errorOf(res).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(START, { p: [target.id] })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await app.gql(START, { p: [randomUUID()] }, target.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'participantIds' });
    expect(errorOf(await app.gql(START, { p: [target.id] }, target.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'participantIds' });
  });

  it('a stranger gets a message request to accept (then reply) or decline; followed people and group co-members do not', async () => {
    const [sender, stranger, followed, coMember, decliner] = await users(5);
    await follow(app, sender, followed);
    const group = await createGroup(app, coMember);
    await addMembers(app, coMember, group.id, [sender]);

    const req = await startConversation(app, sender, [stranger]);
    expect(req.requestPending).toBe(false); // for the sender
    await sendMessage(app, sender, req.id, { body: 'Chào anh, em hỏi về ca bệnh' });
    const seen = ok(await app.gql(CONVERSATION, { id: req.id }, stranger.accessToken)).conversation;
    expect(seen).toMatchObject({ requestPending: true, unreadCount: 1 });
    expect(errorOf(await app.gql(SEND, { input: { conversationId: req.id, body: 'trả lời', clientId: randomUUID() } }, stranger.accessToken)).code).toBe(
      'FORBIDDEN',
    );
    ok(await app.gql(`mutation($c: ID!) { acceptConversation(input: { conversationId: $c }) { id requestPending } }`, { c: req.id }, stranger.accessToken));
    await sendMessage(app, stranger, req.id, { body: 'Chào em' });

    for (const other of [followed, coMember]) {
      const c = await startConversation(app, sender, [other]);
      expect(ok(await app.gql(CONVERSATION, { id: c.id }, other.accessToken)).conversation.requestPending).toBe(false);
    }

    const d = await startConversation(app, sender, [decliner]);
    expect(
      ok(await app.gql(`mutation($c: ID!) { declineConversation(input: { conversationId: $c }) }`, { c: d.id }, decliner.accessToken)).declineConversation,
    ).toBe(true);
    expect(ok(await app.gql(CONVERSATION, { id: d.id }, decliner.accessToken)).conversation).toBeNull();
  });

  it('a message request names who made it: the creator of a group conversation (not its first member), the other person of a 1:1', async () => {
    const [creator, colleague, stranger] = await makeUsers(app, facilityId, [
      { fullName: 'Trần Thị Người Tạo' },
      { fullName: 'An Văn Đồng Nghiệp' },
      { fullName: 'Lê Văn Người Lạ' },
    ]);
    await follow(app, creator, colleague);
    const REQUESTED_BY = `query($id: ID!) { conversation(id: $id) { requestPending requestedBy { id fullName } participants { id } } }`;
    const group = await startConversation(app, creator, [colleague, stranger], 'Hội chẩn tim mạch');
    const seen = ok(await app.gql(REQUESTED_BY, { id: group.id }, stranger.accessToken)).conversation;
    expect(seen.requestPending).toBe(true);
    expect(seen.requestedBy).toEqual({ id: creator.id, fullName: 'Trần Thị Người Tạo' });
    expect(seen.participants).toHaveLength(3);
    // no pending request, no requester: the creator and the trusted colleague
    for (const u of [creator, colleague]) expect(ok(await app.gql(REQUESTED_BY, { id: group.id }, u.accessToken)).conversation.requestedBy).toBeNull();

    const direct = await startConversation(app, stranger, [creator]);
    expect(ok(await app.gql(REQUESTED_BY, { id: direct.id }, creator.accessToken)).conversation.requestedBy).toEqual({
      id: stranger.id,
      fullName: 'Lê Văn Người Lạ',
    });
  });

  it('group conversations: admins add and remove participants, members leave, and mute', async () => {
    const [admin, b, c, d] = await users(4);
    for (const u of [b, c, d]) await follow(app, admin, u);
    const conv = await startConversation(app, admin, [b, c], 'Hội chẩn tim mạch');
    expect(conv).toMatchObject({ title: 'Hội chẩn tim mạch', isGroup: true, kind: 'GROUP', viewerIsAdmin: true });
    expect(conv.participants.map((p: { id: string }) => p.id).sort()).toEqual([admin.id, b.id, c.id].sort());
    const ADD = `mutation($c: ID!, $u: [ID!]!) { addConversationParticipants(input: { conversationId: $c, userIds: $u }) { id participants { id } } }`;
    const REMOVE = `mutation($c: ID!, $u: ID!) { removeConversationParticipant(input: { conversationId: $c, userId: $u }) { id participants { id } } }`;
    expect(errorOf(await app.gql(ADD, { c: conv.id, u: [d.id] }, b.accessToken)).code).toBe('FORBIDDEN');
    expect(ok(await app.gql(ADD, { c: conv.id, u: [d.id] }, admin.accessToken)).addConversationParticipants.participants).toHaveLength(4);
    expect(ok(await app.gql(REMOVE, { c: conv.id, u: c.id }, admin.accessToken)).removeConversationParticipant.participants).toHaveLength(3);
    expect(ok(await app.gql(CONVERSATION, { id: conv.id }, c.accessToken)).conversation).toBeNull();
    ok(await app.gql(`mutation($c: ID!) { leaveConversation(input: { conversationId: $c }) }`, { c: conv.id }, d.accessToken));
    expect(ok(await app.gql(CONVERSATION, { id: conv.id }, d.accessToken)).conversation).toBeNull();
    const muted = ok(
      await app.gql(`mutation($c: ID!) { muteConversation(input: { conversationId: $c, muted: true }) { muted } }`, { c: conv.id }, b.accessToken),
    );
    expect(muted.muteConversation.muted).toBe(true);
    // the last admin leaving hands over to the longest-standing participant
    ok(await app.gql(REMOVE, { c: conv.id, u: admin.id }, admin.accessToken));
    expect(ok(await app.gql(CONVERSATION, { id: conv.id }, admin.accessToken)).conversation).toBeNull();
    expect(ok(await app.gql(CONVERSATION, { id: conv.id }, b.accessToken)).conversation.viewerIsAdmin).toBe(true);
  });

  it("lists the viewer's conversations by latest activity, with last message and unread counts", async () => {
    const [me, x, y] = await users(3);
    await follow(app, x, me);
    await follow(app, y, me);
    const cx = await startConversation(app, x, [me]);
    const cy = await startConversation(app, y, [me]);
    await sendMessage(app, y, cy.id);
    const mx = await sendMessage(app, x, cx.id);
    const LIST = `{ conversations(first: 1) { edges { node { id unreadCount lastMessage { id } } } pageInfo { hasNextPage endCursor } } unreadConversationCount }`;
    const page = ok(await app.gql(LIST, {}, me.accessToken));
    expect(page.conversations.edges[0].node).toEqual({ id: cx.id, unreadCount: 1, lastMessage: { id: mx.id } });
    expect(page.unreadConversationCount).toBe(2);
    const next = ok(
      await app.gql(
        `query($a: String) { conversations(first: 5, after: $a) { edges { node { id } } } }`,
        { a: page.conversations.pageInfo.endCursor },
        me.accessToken,
      ),
    );
    expect(next.conversations.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([cy.id]);
  });
});

describe('messages', () => {
  it('sends text, attachments, replies and shared posts and cases (shown only to those who may see them)', async () => {
    const { a, b, conv } = await pair();
    const att = await uploadMessageImage(app, a);
    const first = await sendMessage(app, a, conv.id, { body: 'Kết quả siêu âm', attachmentIds: [att] });
    expect(first).toMatchObject({ seq: 1, body: 'Kết quả siêu âm', attachments: [{ id: att }], sender: { id: a.id } });
    const reply = await sendMessage(app, b, conv.id, { body: 'Cảm ơn', replyToId: first.id });
    expect(reply.replyTo).toEqual({ id: first.id });

    const group = await createGroup(app, a, { privacy: 'SECRET' });
    const secret = await createPost(app, a, { visibility: 'GROUP', groupId: group.id });
    const shared = await sendMessage(app, a, conv.id, { body: null, sharedPostId: secret.id });
    expect(shared.sharedPost).toEqual({ id: secret.id });
    const asB = ok(await app.gql(SINCE, { c: conv.id, a: shared.seq - 1 }, b.accessToken)).messagesSince;
    expect(asB[0]).toMatchObject({ id: shared.id, sharedPost: null });
    // B cannot share what B cannot see
    const refused = await app.gql(SEND, { input: { conversationId: conv.id, sharedPostId: secret.id, clientId: randomUUID() } }, b.accessToken);
    expect(errorOf(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'sharedPostId' });
  });

  it('refuses empty, too long, foreign-attachment and bad reply messages with BAD_USER_INPUT and saves nothing', async () => {
    const { a, b, conv } = await pair();
    const foreign = await uploadMessageImage(app, b);
    const postMedia = await uploadImage(app, a);
    const cases: [Record<string, unknown>, string][] = [
      [{ body: '' }, 'body'],
      [{ body: '   \n ' }, 'body'],
      [{ body: null }, 'body'],
      [{ body: 'x'.repeat(10_001) }, 'body'],
      [{ body: 'xem ảnh', attachmentIds: [foreign] }, 'attachmentIds'],
      [{ body: 'xem ảnh', attachmentIds: [postMedia] }, 'attachmentIds'],
      [{ body: 'trả lời', replyToId: randomUUID() }, 'replyToId'],
      [{ body: 'x', clientId: '' }, 'clientId'],
    ];
    for (const [input, field] of cases) {
      const res = await app.gql(SEND, { input: { conversationId: conv.id, clientId: randomUUID(), ...input } }, a.accessToken);
      expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect(await count(app, `SELECT count(*) AS n FROM messages WHERE conversation_id = $1`, [conv.id])).toBe(0);
    expect(await count(app, `SELECT last_seq AS n FROM conversations WHERE id = $1`, [conv.id])).toBe(0);
    // exactly 10,000 characters is fine
    expect((await sendMessage(app, a, conv.id, { body: 'y'.repeat(10_000) })).seq).toBe(1);
  });

  it('20 concurrent senders get seq 1..20 with no gaps', async () => {
    const [admin, ...others] = await users(5);
    for (const u of others) await follow(app, admin, u);
    const conv = await startConversation(app, admin, others, 'Đông người');
    const senders = [admin, ...others];
    const sent = await Promise.all(Array.from({ length: 20 }, (_, i) => sendMessage(app, senders[i % senders.length], conv.id, { body: `#${i}` })));
    expect(sent.map((m) => m.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const stored = await app.sql<{ seq: number }>(`SELECT seq FROM messages WHERE conversation_id = $1 ORDER BY seq`, [conv.id]);
    expect(stored.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('the same clientId returns the same message, also when the requests race', async () => {
    const { a, conv } = await pair();
    const clientId = randomUUID();
    const input = { conversationId: conv.id, body: 'Gửi một lần thôi', clientId };
    const results = await Promise.all(Array.from({ length: 8 }, () => app.gql(SEND, { input }, a.accessToken)));
    const ids = new Set(results.map((r) => ok(r).sendMessage.id));
    expect(ids.size).toBe(1);
    expect(ok(results[0]).sendMessage).toMatchObject({ seq: 1, clientId });
    const again = await sendMessage(app, a, conv.id, { body: 'Gửi một lần thôi', clientId });
    expect(again.id).toBe([...ids][0]);
    expect(await count(app, `SELECT count(*) AS n FROM messages WHERE conversation_id = $1`, [conv.id])).toBe(1);
    // no seq was burnt by the duplicates
    expect((await sendMessage(app, a, conv.id)).seq).toBe(2);
  });

  it('edits and deletes own messages only; a deletion leaves a tombstone', async () => {
    const { a, b, conv } = await pair();
    const m = await sendMessage(app, a, conv.id, { body: 'Bản đầu' });
    expect(errorOf(await app.gql(EDIT, { id: m.id, b: 'Sửa hộ' }, b.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(DELETE, { id: m.id }, b.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(EDIT, { id: m.id, b: ' ' }, a.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(errorOf(await app.gql(EDIT, { id: m.id, b: 'z'.repeat(10_001) }, a.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
    const edited = ok(await app.gql(EDIT, { id: m.id, b: 'Bản sửa' }, a.accessToken)).editMessage;
    expect(edited).toMatchObject({ id: m.id, seq: 1, versionSeq: 2, body: 'Bản sửa' });
    expect(edited.editedAt).toBeTruthy();
    const deleted = ok(await app.gql(DELETE, { id: m.id }, a.accessToken)).deleteMessage;
    expect(deleted).toMatchObject({ id: m.id, seq: 1, versionSeq: 3, body: null });
    expect(deleted.deletedAt).toBeTruthy();
    expect(errorOf(await app.gql(EDIT, { id: m.id, b: 'sống lại' }, a.accessToken)).code).toBe('BAD_USER_INPUT');
    const page = ok(await app.gql(CONVERSATION, { id: conv.id }, b.accessToken)).conversation.messages;
    expect(page.edges.map((e: { node: unknown }) => e.node)).toEqual([{ id: m.id, seq: 1, body: null }]);
  });

  it('pages history backwards, newest last', async () => {
    const { a, conv } = await pair();
    for (let i = 1; i <= 5; i++) await sendMessage(app, a, conv.id, { body: `m${i}` });
    const Q = `query($id: ID!, $b: String) { conversation(id: $id) { messages(first: 2, before: $b) { edges { node { seq } } pageInfo { hasNextPage endCursor } } } }`;
    const p1 = ok(await app.gql(Q, { id: conv.id }, a.accessToken)).conversation.messages;
    expect(p1.edges.map((e: { node: { seq: number } }) => e.node.seq)).toEqual([4, 5]);
    const p2 = ok(await app.gql(Q, { id: conv.id, b: p1.pageInfo.endCursor }, a.accessToken)).conversation.messages;
    expect(p2.edges.map((e: { node: { seq: number } }) => e.node.seq)).toEqual([2, 3]);
    const p3 = ok(await app.gql(Q, { id: conv.id, b: p2.pageInfo.endCursor }, a.accessToken)).conversation.messages;
    expect(p3.edges.map((e: { node: { seq: number } }) => e.node.seq)).toEqual([1]);
    expect(p3.pageInfo.hasNextPage).toBe(false);
  });
});

describe('fan-out cost', () => {
  /**
   * Statements the API's own pool sends (not pg-boss, not this test's SQL client) from one
   * send until every one of `receivers` + 1 sockets (a filtered subscription per participant
   * and the sender's unfiltered one) has the message.
   */
  async function statementsToDeliver(receivers: number): Promise<number> {
    // A message's push job runs 2 s after it is sent: let the previous round's finish first.
    await sleep(2_500);
    const [sender, ...others] = await users(receivers + 1);
    for (const o of others) await follow(app, sender, o);
    const conv = await startConversation(app, sender, others, `Nhóm ${receivers}`);
    const original = Client.prototype.query;
    let n = 0;
    Client.prototype.query = function (this: Client & { connectionParameters?: { application_name?: string } }, ...args: unknown[]) {
      if (this.connectionParameters?.application_name === 'ketnoi') n++;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as never;
    const subs = [
      ...[sender, ...others].map((u) => collect(app.ws(u.accessToken), EVENTS, { c: conv.id })),
      collect(app.ws(sender.accessToken), EVENTS, { c: null }),
    ];
    try {
      // Until every socket has connected and subscribed (each checks its session): quiet for 400 ms.
      for (let before = -1; before !== n;) {
        before = n;
        await sleep(400);
      }
      // Earlier tests' jobs (a message's push job runs 2 s after it is sent, when pg-boss next
      // polls) would be counted too: wait until none is running or due within the next 3 s.
      for (let i = 0; i < 50; i++) {
        const [{ due }] = await app.sql(
          `SELECT count(*)::int AS due FROM pgboss.job WHERE state IN ('active', 'retry') OR (state = 'created' AND start_after < now() + interval '3 seconds')`,
          [],
        );
        if (!due) break;
        await sleep(200);
      }
      n = 0;
      const sent = await sendMessage(app, sender, conv.id, { body: 'Cho cả nhóm' });
      for (const sub of subs) {
        expect((await sub.next()).data.conversationEvents).toMatchObject({ message: { id: sent.id, body: 'Cho cả nhóm', sender: { id: sender.id } } });
      }
      await sleep(200); // any straggling per-socket statement would be counted too
      return n;
    } finally {
      Client.prototype.query = original;
      subs.forEach((s) => s.dispose());
    }
  }

  it('one event costs the same statements for 3 or 13 sockets: the message, its sender and the sessions are loaded once per event', async () => {
    const small = await statementsToDeliver(2);
    const large = await statementsToDeliver(12);
    expect(large).toBe(small);
  });
});

describe('delivery', () => {
  it('persists before publishing and reaches every connection of every participant, the sender included', async () => {
    const { a, b, conv } = await pair();
    const subs = [await subscribe(a, conv.id), await subscribe(a, null), await subscribe(b, conv.id), await subscribe(b, null)];
    const sent = await sendMessage(app, a, conv.id, { body: 'Đến tất cả' });
    for (const sub of subs) {
      const ev = (await sub.next()).data.conversationEvents;
      expect(ev).toMatchObject({
        kind: 'MESSAGE_ADDED',
        conversationId: conv.id,
        seq: sent.seq,
        message: { id: sent.id, body: 'Đến tất cả', sender: { id: a.id } },
      });
      // committed by the time anyone hears about it
      expect(await count(app, `SELECT count(*) AS n FROM messages WHERE id = $1`, [sent.id])).toBe(1);
    }
    for (const sub of subs) expect(sub.errors).toEqual([]);
  });

  it('catch-up returns new messages and edits and deletions of older ones made since, each once', async () => {
    const { a, b, conv } = await pair();
    const m1 = await sendMessage(app, a, conv.id, { body: 'một' });
    const m2 = await sendMessage(app, a, conv.id, { body: 'hai' });
    const m3 = await sendMessage(app, b, conv.id, { body: 'ba' });
    const seen = m3.seq; // B goes offline here
    ok(await app.gql(EDIT, { id: m1.id, b: 'một (sửa)' }, a.accessToken));
    ok(await app.gql(DELETE, { id: m2.id }, a.accessToken));
    ok(await app.gql(EDIT, { id: m1.id, b: 'một (sửa lần 2)' }, a.accessToken));
    const m4 = await sendMessage(app, a, conv.id, { body: 'bốn' });
    const missed = ok(await app.gql(SINCE, { c: conv.id, a: seen }, b.accessToken)).messagesSince;
    expect(missed.map((m: any) => [m.id, m.body, !!m.deletedAt])).toEqual([
      [m2.id, null, true],
      [m1.id, 'một (sửa lần 2)', false],
      [m4.id, 'bốn', false],
    ]);
    const next = Math.max(...missed.map((m: { versionSeq: number }) => m.versionSeq));
    expect(ok(await app.gql(SINCE, { c: conv.id, a: next }, b.accessToken)).messagesSince).toEqual([]);
    // paging the catch-up never skips or repeats
    const p1 = ok(await app.gql(SINCE, { c: conv.id, a: 0, f: 2 }, b.accessToken)).messagesSince;
    const p2 = ok(await app.gql(SINCE, { c: conv.id, a: p1[1].versionSeq, f: 10 }, b.accessToken)).messagesSince;
    expect([...p1, ...p2].map((m: { id: string }) => m.id).sort()).toEqual([m1.id, m2.id, m3.id, m4.id].sort());
    expect(errorOf(await app.gql(SINCE, { c: conv.id, a: -1 }, b.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'afterSeq' });
  });

  it('edits and deletions are events too, positioned in the same sequence', async () => {
    const { a, b, conv } = await pair();
    const m = await sendMessage(app, a, conv.id);
    const sub = await subscribe(b, conv.id);
    ok(await app.gql(EDIT, { id: m.id, b: 'đã sửa' }, a.accessToken));
    ok(await app.gql(DELETE, { id: m.id }, a.accessToken));
    expect((await sub.next()).data.conversationEvents).toMatchObject({ kind: 'MESSAGE_EDITED', seq: 2, message: { id: m.id, body: 'đã sửa', versionSeq: 2 } });
    expect((await sub.next()).data.conversationEvents).toMatchObject({ kind: 'MESSAGE_DELETED', seq: 3, message: { id: m.id, body: null, versionSeq: 3 } });
  });

  it('read state: unread per conversation and in total, READ receipts to the sender', async () => {
    const { a, b, conv } = await pair();
    const senderSub = await subscribe(a, conv.id);
    const before = ok(await app.gql(`{ unreadConversationCount }`, {}, b.accessToken)).unreadConversationCount;
    await sendMessage(app, a, conv.id);
    const last = await sendMessage(app, a, conv.id);
    await senderSub.next();
    await senderSub.next();
    const conv1 = ok(await app.gql(CONVERSATION, { id: conv.id }, b.accessToken)).conversation;
    expect(conv1.unreadCount).toBe(2);
    expect(ok(await app.gql(`{ unreadConversationCount }`, {}, b.accessToken)).unreadConversationCount).toBe(before + 1);
    expect(ok(await app.gql(CONVERSATION, { id: conv.id }, a.accessToken)).conversation.unreadCount).toBe(0); // own messages
    const read = ok(await app.gql(MARK_READ, { c: conv.id, s: 1 }, b.accessToken)).markConversationRead;
    expect(read).toMatchObject({ unreadCount: 1, lastReadSeq: 1 });
    expect((await senderSub.next()).data.conversationEvents).toMatchObject({ kind: 'READ', userId: b.id, seq: 1 });
    ok(await app.gql(MARK_READ, { c: conv.id, s: last.seq + 100 }, b.accessToken));
    expect((await senderSub.next()).data.conversationEvents).toMatchObject({ kind: 'READ', userId: b.id, seq: last.seq });
    expect(ok(await app.gql(CONVERSATION, { id: conv.id }, b.accessToken)).conversation.unreadCount).toBe(0);
    expect(ok(await app.gql(`{ unreadConversationCount }`, {}, b.accessToken)).unreadConversationCount).toBe(before);
    const receipts = ok(await app.gql(`query($id: ID!) { conversation(id: $id) { readStates { user { id } lastReadSeq } } }`, { id: conv.id }, a.accessToken));
    expect(receipts.conversation.readStates).toEqual([{ user: { id: b.id }, lastReadSeq: last.seq }]);
    // never backwards: no event, no change
    ok(await app.gql(MARK_READ, { c: conv.id, s: 1 }, b.accessToken));
    await expectNothing(senderSub);
  });

  it('typing and call signals reach participants and are never stored', async () => {
    const { a, b, conv } = await pair();
    const sub = await subscribe(b, null);
    const rowsBefore = await count(app, `SELECT count(*) AS n FROM messages`);
    expect(ok(await app.gql(`mutation($c: ID!) { setTyping(conversationId: $c) }`, { c: conv.id }, a.accessToken)).setTyping).toBe(true);
    expect((await sub.next()).data.conversationEvents).toMatchObject({ kind: 'TYPING', conversationId: conv.id, userId: a.id, message: null });
    // repeated keystrokes within a couple of seconds are acknowledged but not re-sent…
    expect(ok(await app.gql(`mutation($c: ID!) { setTyping(conversationId: $c) }`, { c: conv.id }, a.accessToken)).setTyping).toBe(true);
    // …but once the message is sent, the next keystroke is a new burst, announced at once
    await sendMessage(app, a, conv.id, { body: 'Dạ' });
    expect((await sub.next()).data.conversationEvents).toMatchObject({ kind: 'MESSAGE_ADDED', userId: a.id });
    ok(await app.gql(`mutation($c: ID!) { setTyping(conversationId: $c) }`, { c: conv.id }, a.accessToken));
    expect((await sub.next()).data.conversationEvents).toMatchObject({ kind: 'TYPING', userId: a.id });
    const signal = { type: 'invite', callId: randomUUID(), video: true };
    ok(await app.gql(`mutation($c: ID!, $s: JSON!) { sendCallSignal(conversationId: $c, signal: $s) }`, { c: conv.id, s: signal }, a.accessToken));
    expect((await sub.next()).data.conversationEvents).toMatchObject({ kind: 'CALL_SIGNAL', userId: a.id, signal });
    expect(await count(app, `SELECT count(*) AS n FROM messages`)).toBe(rowsBefore + 1);
    expect(await count(app, `SELECT last_seq AS n FROM conversations WHERE id = $1`, [conv.id])).toBe(1);
  });
});

describe('permissions', () => {
  it('outsiders cannot read, send, catch up, mark read, type or subscribe — and hear nothing without a filter', async () => {
    const { a, b, conv } = await pair();
    const [outsider] = await users(1);
    const m = await sendMessage(app, a, conv.id);
    expect(ok(await app.gql(CONVERSATION, { id: conv.id }, outsider.accessToken)).conversation).toBeNull();
    expect(errorOf(await app.gql(SEND, { input: { conversationId: conv.id, body: 'xin chào', clientId: randomUUID() } }, outsider.accessToken)).code).toBe(
      'NOT_FOUND',
    );
    expect(errorOf(await app.gql(SINCE, { c: conv.id, a: 0 }, outsider.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(MARK_READ, { c: conv.id, s: 1 }, outsider.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(`mutation($c: ID!) { setTyping(conversationId: $c) }`, { c: conv.id }, outsider.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(EDIT, { id: m.id, b: 'hack' }, outsider.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(DELETE, { id: m.id }, outsider.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(SINCE, { c: conv.id, a: 0 })).code).toBe('UNAUTHENTICATED');

    const filtered = collect(app.ws(outsider.accessToken), EVENTS, { c: conv.id });
    const unfiltered = await subscribe(outsider, null);
    const member = await subscribe(b, null);
    await sendMessage(app, a, conv.id, { body: 'bí mật' });
    ok(await app.gql(`mutation($c: ID!) { setTyping(conversationId: $c) }`, { c: conv.id }, a.accessToken));
    expect((await member.next()).data.conversationEvents.kind).toBe('MESSAGE_ADDED');
    expect((await member.next()).data.conversationEvents.kind).toBe('TYPING');
    await sleep(300);
    expect(unfiltered.pending).toEqual([]);
    expect(filtered.pending.filter((e: any) => e.data)).toEqual([]);
    expect(JSON.stringify([...filtered.errors, ...filtered.pending])).toMatch(/NOT_FOUND|Không tìm thấy/);
  });

  it('rechecks per event: a removed participant stops receiving at once', async () => {
    const [admin, b, c] = await users(3);
    await follow(app, admin, b);
    await follow(app, admin, c);
    const conv = await startConversation(app, admin, [b, c], 'Nhóm tạm');
    const subC = await subscribe(c, null);
    await sendMessage(app, admin, conv.id, { body: 'trước' });
    expect((await subC.next()).data.conversationEvents.message.body).toBe('trước');
    ok(
      await app.gql(
        `mutation($c: ID!, $u: ID!) { removeConversationParticipant(input: { conversationId: $c, userId: $u }) { id } }`,
        { c: conv.id, u: c.id },
        admin.accessToken,
      ),
    );
    await sendMessage(app, admin, conv.id, { body: 'sau' });
    await expectNothing(subC);
  });
});

describe("a group's chat", () => {
  const GROUP_CHAT = `query($g: ID!) { group(id: $g) { id conversation { id title isGroup kind groupId participants { id } } } }`;

  it('is created once for members, follows the group membership live, and carries a chat of three', async () => {
    const [owner, m1, m2, outsider] = await users(4);
    const group = await createGroup(app, owner, { name: 'Nhóm Tim mạch Bạch Mai', privacy: 'PRIVATE' });
    await addMembers(app, owner, group.id, [m1, m2]);
    const views = await Promise.all([owner, m1, m2].map(async (u) => ok(await app.gql(GROUP_CHAT, { g: group.id }, u.accessToken)).group.conversation));
    expect(new Set(views.map((v) => v.id)).size).toBe(1);
    const conv = views[0];
    expect(conv).toMatchObject({ title: 'Nhóm Tim mạch Bạch Mai', isGroup: true, kind: 'GROUP_CHAT', groupId: group.id });
    expect(conv.participants).toHaveLength(3);
    expect(ok(await app.gql(GROUP_CHAT, { g: group.id }, outsider.accessToken)).group.conversation).toBeNull();
    expect(ok(await app.gql(CONVERSATION, { id: conv.id }, outsider.accessToken)).conversation).toBeNull();

    const subs = await Promise.all([owner, m1, m2].map((u) => subscribe(u, conv.id)));
    const outsiderSub = await subscribe(outsider, null);
    const sent = [
      await sendMessage(app, owner, conv.id, { body: 'Chào cả nhóm' }),
      await sendMessage(app, m1, conv.id, { body: 'Chào anh' }),
      await sendMessage(app, m2, conv.id, { body: 'Chào' }),
    ];
    expect(sent.map((m) => m.seq)).toEqual([1, 2, 3]);
    for (const sub of subs) {
      const got = [await sub.next(), await sub.next(), await sub.next()].map((e) => e.data.conversationEvents.message.id);
      expect(got).toEqual(sent.map((m) => m.id));
    }
    expect(outsiderSub.pending).toEqual([]);
    ok(await app.gql(MARK_READ, { c: conv.id, s: 3 }, m1.accessToken));
    expect(ok(await app.gql(CONVERSATION, { id: conv.id }, m1.accessToken)).conversation.unreadCount).toBe(0);
    expect(ok(await app.gql(CONVERSATION, { id: conv.id }, m2.accessToken)).conversation.unreadCount).toBe(2);

    // leaving the group leaves its chat, at once
    ok(await app.gql(`mutation($g: ID!) { leaveGroup(groupId: $g) }`, { g: group.id }, m2.accessToken));
    for (const s of subs) while (s.pending.length) s.pending.shift();
    await sendMessage(app, owner, conv.id, { body: 'm2 đã rời' });
    await subs[0].next();
    await expectNothing(subs[2]);
    expect(errorOf(await app.gql(SEND, { input: { conversationId: conv.id, body: 'tôi đây', clientId: randomUUID() } }, m2.accessToken)).code).toBe(
      'NOT_FOUND',
    );
    expect(outsiderSub.pending).toEqual([]);
  });
});

describe('more guarantees', () => {
  it('a shared case shows only to participants allowed to open it', async () => {
    const [doctor, colleague, other] = await makeCaseUsers(app, facilityId, 3);
    await follow(app, doctor, colleague);
    await follow(app, doctor, other);
    const conv = await startConversation(app, doctor, [colleague, other], 'Ca khó');
    const kase = await createCase(app, doctor);
    await shareCase(app, doctor, kase.id, { userIds: [colleague.id] });
    const sent = await sendMessage(app, doctor, conv.id, { body: 'Xem giúp ca này', sharedCaseId: kase.id });
    expect(sent.sharedCase).toEqual({ id: kase.id });
    const read = async (u: TestUser) => {
      const m = ok(await app.gql(SINCE, { c: conv.id, a: 0 }, u.accessToken)).messagesSince[0];
      return { sharedCase: m.sharedCase, sharedKind: m.sharedKind };
    };
    expect(await read(colleague)).toEqual({ sharedCase: { id: kase.id }, sharedKind: 'CASE' });
    // the other participant learns a case was shared (an "unavailable" card), not which
    expect(await read(other)).toEqual({ sharedCase: null, sharedKind: 'CASE' });
    // once deleted, nothing is left of the share
    ok(await app.gql(DELETE, { id: sent.id }, doctor.accessToken));
    expect(await read(colleague)).toEqual({ sharedCase: null, sharedKind: null });
    const refused = await app.gql(SEND, { input: { conversationId: conv.id, sharedCaseId: kase.id, clientId: randomUUID() } }, other.accessToken);
    expect(errorOf(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'sharedCaseId' });
  });

  it('a conversation filter means that conversation only', async () => {
    const { a, b, conv } = await pair();
    const [c] = await users(1);
    await follow(app, a, c);
    const other = await startConversation(app, a, [c]);
    const sub = await subscribe(a, conv.id);
    await sendMessage(app, a, other.id, { body: 'chỗ khác' });
    const here = await sendMessage(app, b, conv.id, { body: 'ở đây' });
    expect((await sub.next()).data.conversationEvents.message.id).toBe(here.id);
    await expectNothing(sub, 200);
  });

  it('a signed-out session stops receiving at once', async () => {
    const { a, b, conv } = await pair();
    const sub = await subscribe(b, null);
    await sendMessage(app, a, conv.id);
    await sub.next();
    ok(await app.gql(`mutation { logout }`, {}, b.accessToken));
    await sendMessage(app, a, conv.id);
    await expectNothing(sub, 600);
  });

  it('pending accounts cannot subscribe', async () => {
    const pending = await registerUser(app, { facilityId });
    const sub = collect(app.ws(pending.accessToken), EVENTS, { c: null });
    await sleep(300);
    // refused at subscribe time (the socket sends the access error), no data ever
    expect(JSON.stringify([...sub.errors, ...sub.pending])).toMatch(/xác minh|FORBIDDEN/);
    expect(sub.pending.filter((e: any) => e.data)).toEqual([]);
  });
});
