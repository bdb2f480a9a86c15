import { PASSWORD, verifiedUser, type TestUser } from '../factories/identity';
import { follow, makeUsers, ok } from '../factories/social';
import { EVENTS, sendMessage, startConversation } from '../factories/messaging';
import { createCase, makeCaseUsers, shareCase } from '../factories/cases';
import { TestApp, collect } from '../support/app';
import { startAppWithFacility } from '../support/app-with-facility';
import { rawSocket, type RawSocket } from '../support/raw-ws';

// conversationEvents fans out with one execution per event and document (ConversationFanout):
// these prove that what each socket gets is still its own: its operation id, the values of
// fields that depend on the viewer, and nothing once it may no longer hear the conversation.

let app: TestApp;
let facilityId: string;
beforeAll(async () => ({ app, facilityId } = await startAppWithFacility()));
afterAll(() => app?.close());

const users = (n: number) => makeUsers(app, facilityId, n);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the web app's conversation page selects about a message, viewer-specific parts included. */
const RICH = `subscription($c: ID) { conversationEvents(conversationId: $c) { kind seq message { id body sharedKind
  sender { id fullName viewerFollows } sharedCase { id } sharedPost { id } } } }`;

async function subscribe(user: TestUser, query: string, conversationId: string | null) {
  const sub = collect(app.ws(user.accessToken), query, { c: conversationId });
  await sleep(250); // let the subscription register before publishing
  return sub;
}

/** `next` frames of operation `id` on a raw socket. */
const framesOf = (socket: RawSocket, id: string) => socket.received.filter((m) => m.type === 'next' && m.id === id).map((m) => m.payload as any);

async function until(check: () => boolean, ms = 5000) {
  for (const end = Date.now() + ms; Date.now() < end && !check();) await sleep(50);
}

describe('conversationEvents fan-out', () => {
  it('two operations on one socket, and two viewers: each frame carries its own operation id and the same event', async () => {
    const [a, b] = await users(2);
    await follow(app, a, b);
    await follow(app, b, a);
    const conv = await startConversation(app, a, [b]);
    const socket = await rawSocket(app.url, { token: b.accessToken });
    for (const id of ['op-1', 'op-2'])
      socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query: EVENTS, variables: { c: id === 'op-1' ? conv.id : null } } }));
    const other = await subscribe(a, EVENTS, conv.id);
    await sleep(250);
    const sent = await sendMessage(app, a, conv.id, { body: 'Hai đường' });
    await until(() => framesOf(socket, 'op-1').length > 0 && framesOf(socket, 'op-2').length > 0);
    for (const id of ['op-1', 'op-2']) {
      expect(framesOf(socket, id)).toEqual([
        {
          data: {
            conversationEvents: expect.objectContaining({
              kind: 'MESSAGE_ADDED',
              seq: sent.seq,
              message: expect.objectContaining({ id: sent.id, body: 'Hai đường' }),
            }),
          },
        },
      ]);
    }
    expect((await other.next()).data.conversationEvents.message).toMatchObject({ id: sent.id, body: 'Hai đường', sender: { id: a.id } });
    socket.close();
  });

  it('fields that depend on the viewer keep each viewer’s value (sender.viewerFollows)', async () => {
    const [sender, fan, stranger] = await users(3);
    await follow(app, sender, fan);
    await follow(app, sender, stranger);
    await follow(app, fan, sender); // only `fan` follows the sender
    const conv = await startConversation(app, sender, [fan, stranger], 'Nhóm ba người');
    const subs = { sender: await subscribe(sender, RICH, conv.id), fan: await subscribe(fan, RICH, conv.id), stranger: await subscribe(stranger, RICH, null) };
    const sent = await sendMessage(app, sender, conv.id, { body: 'Ai theo dõi tôi?' });
    const follows = async (sub: ReturnType<typeof collect<any>>) => {
      const m = (await sub.next()).data.conversationEvents.message;
      expect(m).toMatchObject({ id: sent.id, sender: { id: sender.id } });
      return m.sender.viewerFollows;
    };
    expect(await follows(subs.fan)).toBe(true);
    expect(await follows(subs.stranger)).toBe(false);
    expect(await follows(subs.sender)).toBe(false); // nobody follows themselves
  });

  it('a shared case appears only to participants allowed to open it, over the subscription too', async () => {
    const [doctor, colleague, other] = await makeCaseUsers(app, facilityId, 3);
    await follow(app, doctor, colleague);
    await follow(app, doctor, other);
    const conv = await startConversation(app, doctor, [colleague, other], 'Hội chẩn');
    const kase = await createCase(app, doctor);
    await shareCase(app, doctor, kase.id, { userIds: [colleague.id] });
    const subs = [await subscribe(doctor, RICH, conv.id), await subscribe(colleague, RICH, conv.id), await subscribe(other, RICH, conv.id)];
    const plain = await sendMessage(app, doctor, conv.id, { body: 'Chào cả nhóm' });
    const shared = await sendMessage(app, doctor, conv.id, { body: 'Xem ca này', sharedCaseId: kase.id });
    const [forDoctor, forColleague, forOther] = await Promise.all(
      subs.map(async (s) => [(await s.next()).data.conversationEvents.message, (await s.next()).data.conversationEvents.message]),
    );
    for (const [first] of [forDoctor, forColleague, forOther])
      expect(first).toMatchObject({ id: plain.id, sharedKind: null, sharedCase: null, sharedPost: null });
    expect(forDoctor[1]).toMatchObject({ id: shared.id, sharedKind: 'CASE', sharedCase: { id: kase.id } });
    expect(forColleague[1]).toMatchObject({ id: shared.id, sharedKind: 'CASE', sharedCase: { id: kase.id } });
    // the other participant learns that a case was shared, not which
    expect(forOther[1]).toMatchObject({ id: shared.id, sharedKind: 'CASE', sharedCase: null });
    // each viewer's read of the shared case is audited as theirs: allowed for the colleague, refused for the other
    const audited = async (u: TestUser) =>
      (await app.sql(`SELECT allowed FROM audit_log WHERE action = 'case.read' AND target_id = $1 AND actor_id = $2`, [kase.id, u.id])).map(
        (r) => r.allowed as boolean,
      );
    expect(await audited(colleague)).toContain(true);
    expect(await audited(other)).not.toHaveLength(0);
    expect(await audited(other)).not.toContain(true);
  });

  it('a participant removed from the conversation stops receiving on filtered and unfiltered subscriptions; the others still do', async () => {
    const [admin, stays, leaves] = await users(3);
    await follow(app, admin, stays);
    await follow(app, admin, leaves);
    const conv = await startConversation(app, admin, [stays, leaves], 'Nhóm đổi người');
    const subs = {
      stays: await subscribe(stays, EVENTS, conv.id),
      filtered: await subscribe(leaves, EVENTS, conv.id),
      unfiltered: await subscribe(leaves, EVENTS, null),
    };
    await sendMessage(app, admin, conv.id, { body: 'trước' });
    for (const sub of Object.values(subs)) expect((await sub.next()).data.conversationEvents.message.body).toBe('trước');
    ok(
      await app.gql(
        `mutation($c: ID!, $u: ID!) { removeConversationParticipant(input: { conversationId: $c, userId: $u }) { id } }`,
        { c: conv.id, u: leaves.id },
        admin.accessToken,
      ),
    );
    await sendMessage(app, admin, conv.id, { body: 'sau' });
    expect((await subs.stays.next()).data.conversationEvents.message.body).toBe('sau');
    await sleep(400);
    expect(subs.filtered.pending.filter((e: any) => e.data?.conversationEvents?.message)).toEqual([]);
    expect(subs.unfiltered.pending.filter((e: any) => e.data?.conversationEvents?.message)).toEqual([]);
  });

  it('a revoked session’s socket is closed (4403) and gets nothing more; the same user’s other session still receives', async () => {
    const [a] = await users(1);
    const b = await verifiedUser(app, facilityId);
    await follow(app, a, b);
    await follow(app, b, a);
    const conv = await startConversation(app, a, [b]);
    const revoked = await rawSocket(app.url, { token: b.accessToken });
    revoked.send(JSON.stringify({ id: 'ev', type: 'subscribe', payload: { query: EVENTS, variables: { c: conv.id } } }));
    const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
    const second = ok(await app.gql(LOGIN, { input: { email: b.email, password: PASSWORD } })).login.accessToken as string;
    const kept = collect(app.ws(second), EVENTS, { c: conv.id });
    await sleep(300);
    await sendMessage(app, a, conv.id, { body: 'một' });
    await until(() => framesOf(revoked, 'ev').length > 0);
    expect(framesOf(revoked, 'ev')).toHaveLength(1);
    expect((await kept.next()).data.conversationEvents.message.body).toBe('một');

    const sessions = ok(await app.gql(`{ mySessions { id current } }`, {}, second)).mySessions as { id: string; current: boolean }[];
    const first = sessions.find((s) => !s.current)!;
    ok(await app.gql(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: first.id }, second));
    expect(await revoked.closed).toBe(4403);
    await sendMessage(app, a, conv.id, { body: 'hai' });
    expect((await kept.next()).data.conversationEvents.message.body).toBe('hai');
    expect(framesOf(revoked, 'ev')).toHaveLength(1);
  });
});
