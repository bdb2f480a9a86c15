import { LiveClock, PlaybackTokens } from '@ketnoi/live';
import { createFacility } from '../factories/identity';
import { addMembers, createGroup, errorOf, follow, makeUsers, ok } from '../factories/social';
import { END, LIVE_SESSION, SCHEDULE, START, inMinutes, scheduleSession, startSession } from '../factories/live';
import { TestApp, collect, startTestApp } from '../support/app';

let app: TestApp;
let facilityId: string;
const clock = { at: null as Date | null };

beforeAll(async () => {
  app = await startTestApp();
  facilityId = (await createFacility(app)).id;
  const liveClock = app.server.app.get(LiveClock);
  liveClock.now = () => clock.at ?? new Date();
});
afterAll(() => app?.close());
afterEach(() => (clock.at = null));

const users = (n: number, spec = {}) =>
  makeUsers(
    app,
    facilityId,
    Array.from({ length: n }, () => spec),
  );
const code = (res: Awaited<ReturnType<TestApp['gql']>>) => res.errors?.[0]?.extensions?.code;

const UPCOMING = `query { upcomingLiveSessions(first: 50) { edges { node { id status } } } }`;
const PAST = `query { pastLiveSessions(first: 50) { edges { node { id } } } }`;
const UPDATE = `mutation($id: ID!, $input: ScheduleLiveSessionInput!) { updateLiveSession(id: $id, input: $input) { id title scheduledMinutes } }`;
const CANCEL = `mutation($id: ID!) { cancelLiveSession(id: $id) { id status } }`;
const ROTATE = `mutation($id: ID!) { rotateStreamKey(id: $id) { id ingest { streamKey } } }`;
const JOIN = `mutation($id: ID!) { joinLiveSession(id: $id) { secondsWatched firstJoinedAt } }`;
const BEAT = `mutation($id: ID!) { liveHeartbeat(id: $id) { secondsWatched } }`;
const LEAVE = `mutation($id: ID!) { leaveLiveSession(id: $id) { secondsWatched leftAt } }`;
const ATTENDANCE = `query($s: ID!) { sessionAttendance(sessionId: $s) { edges { node { secondsWatched creditedHours user { id } } } } }`;
const EXPORT_CSV = `mutation($id: ID!) { exportSessionAttendance(id: $id) }`;
const LEDGER = `query { myTrainingLedger { totalHours hoursLast5Years credits { edges { node { hours session { id title } } } } } }`;
const EXPORT_LEDGER = `mutation { exportTrainingLedger }`;
const POST = `mutation($s: ID!, $b: String!, $q: Boolean, $c: String!) { postLiveChat(sessionId: $s, body: $b, isQuestion: $q, clientId: $c) { id body isQuestion upvotes viewerUpvoted author { id } } }`;
const CHAT = `query($s: ID!, $q: Boolean) { liveChat(sessionId: $s, questionsOnly: $q) { edges { node { id body upvotes hiddenAt answeredAt } } } }`;
const UPVOTE = `mutation($id: ID!) { upvoteQuestion(id: $id) { id upvotes viewerUpvoted } }`;
const ANSWER = `mutation($id: ID!) { markQuestionAnswered(id: $id) { id answeredAt } }`;
const HIDE = `mutation($id: ID!) { hideLiveChat(id: $id) { id hiddenAt } }`;
const REACT = `mutation($s: ID!, $e: String!) { sendLiveReaction(sessionId: $s, emoji: $e) }`;
const EVENTS = `subscription($s: ID!) { liveSessionEvents(sessionId: $s) { kind sessionId status reaction viewerCount chat { id body upvotes viewerUpvoted hiddenAt author { id } } } }`;
const PROGRAMME = `mutation($g: ID!, $t: String!) { createTrainingProgramme(groupId: $g, title: $t) { id title group { id } } }`;
const PROGRAMME_Q = `query($id: ID!) { trainingProgramme(id: $id) { id sessions { edges { node { id } } } memberProgress { edges { node { user { id } sessionsCredited sessionsEnded hours } } } } }`;

/** The next event of a subscription that `match` accepts (others, e.g. viewer counts, are skipped). */
async function nextOf(sub: { next(ms?: number): Promise<any> }, match: (e: any) => boolean, ms = 12_000): Promise<any> {
  const deadline = Date.now() + ms;
  for (;;) {
    const e = (await sub.next(Math.max(1, deadline - Date.now()))).data.liveSessionEvents;
    if (match(e)) return e;
  }
}

const ids = (res: { data?: any }, field: string) => (res.data?.[field].edges as { node: { id: string } }[]).map((e) => e.node.id);
const waitFor = async <T>(what: () => Promise<T>, until: (v: T) => boolean, ms = 15_000): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (until(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('scheduling and audiences', () => {
  it('schedules a PUBLIC session for every verified member (idempotent on clientId); pending accounts and anonymous callers are refused', async () => {
    const [host, viewer] = await users(2);
    const [pending] = await users(1, { status: 'PENDING' });
    const input = {
      title: 'Cập nhật điều trị suy tim 2026',
      audience: 'PUBLIC',
      scheduledStart: inMinutes(30),
      scheduledMinutes: 45,
      cmeHours: 1,
      clientId: 'lv-1',
    };
    const [a, b] = await Promise.all([app.gql(SCHEDULE, { input }, host.accessToken), app.gql(SCHEDULE, { input }, host.accessToken)]);
    const s = ok(a).scheduleLiveSession;
    expect(ok(b).scheduleLiveSession.id).toBe(s.id);
    expect(s).toMatchObject({ status: 'SCHEDULED', attendanceThreshold: 0.8, viewerRole: 'HOST', playback: null });
    expect(s.ingest.streamKey).toMatch(/^ktn_/);
    const seen = ok(await app.gql(LIVE_SESSION, { id: s.id }, viewer.accessToken)).liveSession;
    expect(seen).toMatchObject({ id: s.id, ingest: null, viewerRole: 'VIEWER' });
    expect(ids(await app.gql(UPCOMING, {}, viewer.accessToken), 'upcomingLiveSessions')).toContain(s.id);
    expect(code(await app.gql(LIVE_SESSION, { id: s.id }, pending.accessToken))).toBe('FORBIDDEN');
    expect(code(await app.gql(SCHEDULE, { input: { ...input, clientId: 'x' } }, pending.accessToken))).toBe('FORBIDDEN');
    expect(code(await app.gql(LIVE_SESSION, { id: s.id }))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['title', { title: 'ab' }],
    ['scheduledMinutes', { scheduledMinutes: 2 }],
    ['cmeHours', { cmeHours: 100 }],
    ['attendanceThreshold', { attendanceThreshold: 0 }],
    ['scheduledStart', { scheduledStart: inMinutes(-120) }],
    ['groupId', { audience: 'GROUP' }],
    ['inviteeIds', { audience: 'INVITEES' }],
    ['inviteeIds', { audience: 'INVITEES', inviteeIds: ['00000000-0000-4000-8000-000000000000'] }],
    ['coHostIds', { coHostIds: ['not-a-uuid'] }],
  ])('refuses a bad %s with BAD_USER_INPUT and stores nothing', async (field, over) => {
    const [host] = await users(1);
    const res = await app.gql(
      SCHEDULE,
      { input: { title: 'Buổi thử', audience: 'PUBLIC', scheduledStart: inMinutes(30), scheduledMinutes: 30, ...over } },
      host.accessToken,
    );
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await app.sql('SELECT 1 FROM live_sessions WHERE host_id = $1', [host.id])).toHaveLength(0);
  });

  it('GROUP sessions: only moderators schedule; only members see them (lists, liveSession, chat, events)', async () => {
    const [owner, member, outsider] = await users(3);
    const group = await createGroup(app, owner, { privacy: 'PRIVATE', kind: 'TRAINING_NETWORK' });
    await addMembers(app, owner, group.id, [member]);
    const input = { title: 'Hội chẩn tim mạch tuyến xã', audience: 'GROUP', groupId: group.id, scheduledStart: inMinutes(10), scheduledMinutes: 30 };
    expect(code(await app.gql(SCHEDULE, { input }, member.accessToken))).toBe('FORBIDDEN');
    const s = ok(await app.gql(SCHEDULE, { input }, owner.accessToken)).scheduleLiveSession;
    expect(ids(await app.gql(UPCOMING, {}, member.accessToken), 'upcomingLiveSessions')).toContain(s.id);
    expect(ids(await app.gql(UPCOMING, {}, outsider.accessToken), 'upcomingLiveSessions')).not.toContain(s.id);
    expect(ok(await app.gql(LIVE_SESSION, { id: s.id }, outsider.accessToken)).liveSession).toBeNull();
    for (const [q, v] of [
      [CHAT, { s: s.id }],
      [POST, { s: s.id, b: 'chào', c: 'o-1' }],
      [JOIN, { id: s.id }],
      [REACT, { s: s.id, e: '👍' }],
      [START, { id: s.id }],
      [CANCEL, { id: s.id }],
      [ROTATE, { id: s.id }],
      [ATTENDANCE, { s: s.id }],
    ] as const) {
      expect([q.slice(0, 40), code(await app.gql(q, v, outsider.accessToken))]).toEqual([q.slice(0, 40), 'NOT_FOUND']);
    }
    const sub = collect(app.ws(outsider.accessToken), EVENTS, { s: s.id });
    expect((await sub.next()).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('INVITEES sessions: invitees and co-hosts watch, others do not; co-hosts see the key and rotate it, only the host starts', async () => {
    const [host, invitee, cohost, other] = await users(4);
    const s = await scheduleSession(app, host, { audience: 'INVITEES', inviteeIds: [invitee.id], coHostIds: [cohost.id] });
    expect(ok(await app.gql(LIVE_SESSION, { id: s.id }, invitee.accessToken)).liveSession.ingest).toBeNull();
    const asCohost = ok(await app.gql(LIVE_SESSION, { id: s.id }, cohost.accessToken)).liveSession;
    expect(asCohost.ingest.streamKey).toBe(s.ingest.streamKey);
    expect(ok(await app.gql(LIVE_SESSION, { id: s.id }, other.accessToken)).liveSession).toBeNull();
    const rotated = ok(await app.gql(ROTATE, { id: s.id }, cohost.accessToken)).rotateStreamKey.ingest.streamKey;
    expect(rotated).not.toBe(s.ingest.streamKey);
    expect(code(await app.gql(ROTATE, { id: s.id }, invitee.accessToken))).toBe('FORBIDDEN');
    expect(code(await app.gql(START, { id: s.id }, cohost.accessToken))).toBe('FORBIDDEN');
    expect(code(await app.gql(START, { id: s.id }, invitee.accessToken))).toBe('FORBIDDEN');
  });

  it('update and cancel: the host, while SCHEDULED; a cancelled session leaves the lists', async () => {
    const [host, viewer] = await users(2);
    const s = await scheduleSession(app, host);
    const input = { title: 'Tiêu đề mới', audience: 'PUBLIC', scheduledStart: inMinutes(90), scheduledMinutes: 90 };
    expect(code(await app.gql(UPDATE, { id: s.id, input }, viewer.accessToken))).toBe('FORBIDDEN');
    expect(ok(await app.gql(UPDATE, { id: s.id, input }, host.accessToken)).updateLiveSession).toMatchObject({ title: 'Tiêu đề mới', scheduledMinutes: 90 });
    expect(code(await app.gql(CANCEL, { id: s.id }, viewer.accessToken))).toBe('FORBIDDEN');
    expect(ok(await app.gql(CANCEL, { id: s.id }, host.accessToken)).cancelLiveSession.status).toBe('CANCELLED');
    expect(code(await app.gql(START, { id: s.id }, host.accessToken))).toBe('CONFLICT');
    expect(code(await app.gql(UPDATE, { id: s.id, input }, host.accessToken))).toBe('CONFLICT');
    expect(ids(await app.gql(UPCOMING, {}, viewer.accessToken), 'upcomingLiveSessions')).not.toContain(s.id);
  });

  it('lists LIVE first, then by start time, and pages with cursors', async () => {
    const [host] = await users(1);
    const later = await scheduleSession(app, host, { scheduledStart: inMinutes(300) });
    const sooner = await scheduleSession(app, host, { scheduledStart: inMinutes(200) });
    const live = await scheduleSession(app, host, { scheduledStart: inMinutes(400) });
    await startSession(app, host, live.id);
    const [me] = await users(1);
    const all = ids(await app.gql(UPCOMING, {}, me.accessToken), 'upcomingLiveSessions');
    const mine = all.filter((id) => [later.id, sooner.id, live.id].includes(id));
    expect(mine).toEqual([live.id, sooner.id, later.id]);
    const PAGE = `query($a: String) { upcomingLiveSessions(first: 1, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    for (let after: string | null = null, i = 0; i < 100; i++) {
      const page: any = ok(await app.gql(PAGE, { a: after }, me.accessToken)).upcomingLiveSessions;
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(errorOf(await app.gql(PAGE, { a: 'bad' }, me.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('attendance and credit', () => {
  it('counts only time between heartbeats (≤ 45 s per gap), once per person across tabs, and credits those above the threshold once', async () => {
    const [host, stayer, leaver, tabs] = await users(4);
    const s = await scheduleSession(app, host, { cmeHours: 2, attendanceThreshold: 0.8, title: 'Đào tạo liên tục: sốc nhiễm khuẩn' });
    const t0 = new Date(Date.now() + 1000);
    const at = (sec: number) => (clock.at = new Date(t0.getTime() + sec * 1000));
    expect(code(await app.gql(JOIN, { id: s.id }, stayer.accessToken))).toBe('CONFLICT'); // not live yet
    at(0);
    await startSession(app, host, s.id);
    for (const u of [stayer, leaver, tabs]) ok(await app.gql(JOIN, { id: s.id }, u.accessToken));
    // stayer: every 30 s for 300 s; leaver: leaves at 60 s; tabs: two tabs beating 15 s apart, and a 200 s gap
    for (let t = 15; t <= 300; t += 15) {
      at(t);
      if (t % 30 === 0) ok(await app.gql(BEAT, { id: s.id }, stayer.accessToken));
      if (t === 30) ok(await app.gql(BEAT, { id: s.id }, leaver.accessToken));
      if (t === 60) expect(ok(await app.gql(LEAVE, { id: s.id }, leaver.accessToken)).leaveLiveSession.secondsWatched).toBe(60);
      if (t <= 90 || t === 300) ok(await app.gql(BEAT, { id: s.id }, tabs.accessToken)); // two tabs: a beat every 15 s in all
    }
    at(300);
    ok(await app.gql(END, { id: s.id }, host.accessToken));
    const rows = await app.sql<{ user_id: string; seconds_watched: number }>('SELECT user_id, seconds_watched FROM live_attendance WHERE session_id = $1', [
      s.id,
    ]);
    const secs = Object.fromEntries(rows.map((r) => [r.user_id, r.seconds_watched]));
    expect(secs[stayer.id]).toBe(300);
    expect(secs[leaver.id]).toBe(60);
    expect(secs[tabs.id]).toBe(90 + 45); // 0–90 s counted once although two tabs beat; the 210 s gap counts 45 s
    expect(code(await app.gql(BEAT, { id: s.id }, stayer.accessToken))).toBe('CONFLICT');

    const credits = await waitFor(
      () => app.sql('SELECT user_id, hours FROM training_credits WHERE session_id = $1', [s.id]),
      (r) => r.length > 0,
    );
    expect(credits).toEqual([{ user_id: stayer.id, hours: '2.00' }]);
    // the job again (a retry, a second end): nothing doubles
    const { AttendanceService } = await import('@ketnoi/live');
    expect(await app.server.app.get(AttendanceService).credit(s.id)).toBe(0);
    expect(await app.sql('SELECT 1 FROM training_credits WHERE session_id = $1', [s.id])).toHaveLength(1);

    const ledger = ok(await app.gql(LEDGER, {}, stayer.accessToken)).myTrainingLedger;
    expect(ledger).toMatchObject({ totalHours: 2, hoursLast5Years: 2 });
    expect(ledger.credits.edges[0].node.session.title).toBe('Đào tạo liên tục: sốc nhiễm khuẩn');
    expect(ok(await app.gql(LEDGER, {}, leaver.accessToken)).myTrainingLedger.totalHours).toBe(0);

    const list = ok(await app.gql(ATTENDANCE, { s: s.id }, host.accessToken)).sessionAttendance.edges.map((e: any) => e.node);
    expect(list.map((n: any) => [n.user.id, n.secondsWatched, n.creditedHours])).toEqual([
      [stayer.id, 300, 2],
      [tabs.id, 135, null],
      [leaver.id, 60, null],
    ]);
    expect(code(await app.gql(ATTENDANCE, { s: s.id }, stayer.accessToken))).toBe('FORBIDDEN');
    const csvUrl = ok(await app.gql(EXPORT_CSV, { id: s.id }, host.accessToken)).exportSessionAttendance;
    const csv = await (await fetch(new URL(csvUrl, app.url))).text();
    expect(csv.split('\r\n')[0]).toContain('Họ tên');
    expect(csv).toContain(stayer.id);
    expect(code(await app.gql(EXPORT_CSV, { id: s.id }, stayer.accessToken))).toBe('FORBIDDEN');

    const pdfUrl = ok(await app.gql(EXPORT_LEDGER, {}, stayer.accessToken)).exportTrainingLedger;
    const pdf = Buffer.from(await (await fetch(new URL(pdfUrl, app.url))).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/FontFile2'); // the TrueType font (with Vietnamese glyphs) is embedded
  });

  it('department and facility admins in scope see the attendance list; an admin elsewhere does not', async () => {
    const [host] = await users(1);
    const [facilityAdmin] = await makeUsers(app, facilityId, [{ roles: ['MEMBER', 'FACILITY_ADMIN'] }]);
    const elsewhere = await createFacility(app, { provinceCode: '79' });
    const [otherAdmin] = await makeUsers(app, elsewhere.id, [{ roles: ['MEMBER', 'FACILITY_ADMIN'] }]);
    const s = await scheduleSession(app, host, { audience: 'INVITEES', inviteeIds: [otherAdmin.id] });
    expect(ok(await app.gql(ATTENDANCE, { s: s.id }, facilityAdmin.accessToken)).sessionAttendance.edges).toEqual([]);
    expect(code(await app.gql(ATTENDANCE, { s: s.id }, otherAdmin.accessToken))).toBe('FORBIDDEN');
  });
});

describe('chat, questions and reactions', () => {
  it('chat is idempotent by clientId, questions take one up-vote per viewer, hosts answer and hide; events reach watchers live', async () => {
    const [host, a, b] = await users(3);
    const s = await scheduleSession(app, host);
    await startSession(app, host, s.id);
    const subA = collect(app.ws(a.accessToken), EVENTS, { s: s.id });
    const subB = collect(app.ws(b.accessToken), EVENTS, { s: s.id });
    await waitFor(
      async () => app.server.app.get((await import('@ketnoi/live')).LiveEvents).subscriberCount(s.id),
      (n) => n === 2,
    );

    const [m1, m1again] = await Promise.all([
      app.gql(POST, { s: s.id, b: 'Xin chào mọi người', c: 'c-1' }, a.accessToken),
      app.gql(POST, { s: s.id, b: 'Xin chào mọi người', c: 'c-1' }, a.accessToken),
    ]);
    expect(ok(m1again).postLiveChat.id).toBe(ok(m1).postLiveChat.id);
    const chatEvent = await subB.next();
    expect(chatEvent.data.liveSessionEvents).toMatchObject({ kind: 'CHAT', chat: { body: 'Xin chào mọi người', author: { id: a.id }, viewerUpvoted: false } });
    await subA.next();
    expect(subB.pending).toHaveLength(0); // once, not twice

    const q = ok(await app.gql(POST, { s: s.id, b: 'Liều furosemide đường uống?', q: true, c: 'q-1' }, a.accessToken)).postLiveChat;
    await subA.next();
    await subB.next();
    expect(ok(await app.gql(UPVOTE, { id: q.id }, b.accessToken)).upvoteQuestion).toMatchObject({ upvotes: 1, viewerUpvoted: true });
    expect(ok(await app.gql(UPVOTE, { id: q.id }, b.accessToken)).upvoteQuestion).toMatchObject({ upvotes: 1, viewerUpvoted: true });
    // one serialisation per variant: the up-voter sees viewerUpvoted true, the others false
    expect((await subB.next()).data.liveSessionEvents.chat).toMatchObject({ id: q.id, upvotes: 1, viewerUpvoted: true });
    expect((await subA.next()).data.liveSessionEvents.chat).toMatchObject({ id: q.id, upvotes: 1, viewerUpvoted: false });
    expect(code(await app.gql(UPVOTE, { id: ok(m1).postLiveChat.id }, b.accessToken))).toBe('CONFLICT');

    expect(code(await app.gql(ANSWER, { id: q.id }, b.accessToken))).toBe('FORBIDDEN');
    expect(ok(await app.gql(ANSWER, { id: q.id }, host.accessToken)).markQuestionAnswered.answeredAt).toBeTruthy();
    await subA.next();
    await subB.next();
    const questions = ok(await app.gql(CHAT, { s: s.id, q: true }, b.accessToken)).liveChat.edges;
    expect(questions.map((e: any) => e.node.id)).toEqual([q.id]);

    expect(code(await app.gql(HIDE, { id: ok(m1).postLiveChat.id }, b.accessToken))).toBe('FORBIDDEN');
    ok(await app.gql(HIDE, { id: ok(m1).postLiveChat.id }, host.accessToken));
    expect((await subB.next()).data.liveSessionEvents.chat).toMatchObject({ body: '', hiddenAt: expect.any(String) });
    await subA.next();
    const seenByB = ok(await app.gql(CHAT, { s: s.id }, b.accessToken)).liveChat.edges.map((e: any) => e.node.id);
    expect(seenByB).toEqual([q.id]);
    const seenByHost = ok(await app.gql(CHAT, { s: s.id }, host.accessToken)).liveChat.edges.map((e: any) => e.node.id);
    expect(seenByHost).toHaveLength(2);

    expect(ok(await app.gql(REACT, { s: s.id, e: '👏' }, b.accessToken)).sendLiveReaction).toBe(true);
    expect((await subA.next()).data.liveSessionEvents).toMatchObject({ kind: 'REACTION', reaction: '👏' });
    expect(errorOf(await app.gql(REACT, { s: s.id, e: '💩' }, b.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'emoji' });
    expect(errorOf(await app.gql(POST, { s: s.id, b: '   ', c: 'c-2' }, b.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });

    ok(await app.gql(JOIN, { id: s.id }, a.accessToken));
    expect(await nextOf(subB, (e) => e.kind === 'VIEWERS' && e.viewerCount === 1)).toBeTruthy();

    ok(await app.gql(END, { id: s.id }, host.accessToken));
    expect(await nextOf(subA, (e) => e.kind === 'STATUS')).toMatchObject({ status: 'ENDED' });
    expect(code(await app.gql(POST, { s: s.id, b: 'muộn rồi', c: 'c-3' }, b.accessToken))).toBe('CONFLICT');
  });

  it('reactions are rate-limited', async () => {
    const [host, fan] = await users(2);
    const s = await scheduleSession(app, host);
    await startSession(app, host, s.id);
    let limited = false;
    for (let i = 0; i < 40 && !limited; i++) limited = code(await app.gql(REACT, { s: s.id, e: '❤️' }, fan.accessToken)) === 'RATE_LIMITED';
    expect(limited).toBe(true);
  });
});

describe('programmes', () => {
  it('a training network moderator creates a programme and schedules its sessions; members see their progress', async () => {
    const [owner, member, outsider] = await users(3);
    const group = await createGroup(app, owner, { privacy: 'PRIVATE', kind: 'TRAINING_NETWORK' });
    await addMembers(app, owner, group.id, [member]);
    expect(code(await app.gql(PROGRAMME, { g: group.id, t: 'Chương trình tim mạch' }, member.accessToken))).toBe('FORBIDDEN');
    const p = ok(await app.gql(PROGRAMME, { g: group.id, t: 'Chương trình tim mạch' }, owner.accessToken)).createTrainingProgramme;
    const s = await scheduleSession(app, owner, { audience: 'GROUP', programmeId: p.id });
    expect(s.group.id).toBe(group.id);
    expect(
      errorOf(
        await app.gql(
          SCHEDULE,
          { input: { title: 'Sai', audience: 'PUBLIC', programmeId: p.id, scheduledStart: inMinutes(5), scheduledMinutes: 30 } },
          owner.accessToken,
        ),
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'audience',
    });
    const seen = ok(await app.gql(PROGRAMME_Q, { id: p.id }, member.accessToken)).trainingProgramme;
    expect(seen.sessions.edges.map((e: any) => e.node.id)).toEqual([s.id]);
    expect(seen.memberProgress.edges.map((e: any) => e.node.user.id)).toEqual([member.id]);
    const all = ok(await app.gql(PROGRAMME_Q, { id: p.id }, owner.accessToken)).trainingProgramme.memberProgress.edges;
    expect(all).toHaveLength(2);
    expect(ok(await app.gql(PROGRAMME_Q, { id: p.id }, outsider.accessToken)).trainingProgramme).toBeNull();
  });
});

describe('playback URLs', () => {
  it('are per viewer and short-lived: a forged, foreign-session or expired token gets nothing', async () => {
    const [host, viewer] = await users(2);
    const s = await scheduleSession(app, host);
    await startSession(app, host, s.id);
    const url = ok(await app.gql(LIVE_SESSION, { id: s.id }, viewer.accessToken)).liveSession.playback.hlsUrl as string;
    expect(url).toMatch(new RegExp(`^/live/hls/${s.id}/${viewer.id}\\.\\d+\\.[A-Za-z0-9_-]+/index\\.m3u8$`));
    const tokens = new PlaybackTokens(app.config.jwtSecret);
    const expired = tokens.sign(s.id, viewer.id, new Date(Date.now() - 1000));
    const other = await scheduleSession(app, host);
    const foreign = tokens.sign(other.id, viewer.id, new Date(Date.now() + 60_000));
    for (const bad of [
      url.replace(/\.([A-Za-z0-9_-]+)\/index/, '.AAAA/index'),
      `/live/hls/${s.id}/${expired}/index.m3u8`,
      `/live/hls/${s.id}/${foreign}/index.m3u8`,
    ]) {
      const res = await fetch(app.url + bad);
      expect([bad, res.status, (await res.arrayBuffer()).byteLength]).toEqual([bad, 403, 0]);
    }
    // a genuine token before any media: nothing to play yet
    expect((await fetch(app.url + url)).status).toBe(404);
  });

  it('the media-server hook allows only the current key of a LIVE session', async () => {
    const secret = 'hook-secret-for-tests-0123456789';
    const hooked = await startTestApp({ env: { LIVE_HOOK_SECRET: secret, LIVE_MEDIA: 'off' } });
    try {
      const facility = await createFacility(hooked);
      const [host] = await makeUsers(hooked, facility.id, 1);
      const res = await hooked.gql(
        SCHEDULE,
        { input: { title: 'Buổi hook', audience: 'PUBLIC', scheduledStart: inMinutes(5), scheduledMinutes: 30 } },
        host.accessToken,
      );
      const s = ok(res).scheduleLiveSession;
      const hook = (key: string, sec = secret) =>
        fetch(`${hooked.url}/live/hooks/publish?secret=${sec}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `app=live&name=${key}`,
        }).then((r) => r.status);
      expect(await hook(s.ingest.streamKey)).toBe(403); // before start
      ok(await hooked.gql(START, { id: s.id }, host.accessToken));
      expect(await hook(s.ingest.streamKey, 'wrong-secret-wrong-secret-000000')).toBe(403);
      expect(await hook('ktn_wrongwrongwrongwrong')).toBe(403);
      expect(await hook(s.ingest.streamKey)).toBe(200);
      const rotated = ok(await hooked.gql(ROTATE, { id: s.id }, host.accessToken)).rotateStreamKey.ingest.streamKey;
      expect(await hook(s.ingest.streamKey)).toBe(403);
      expect(await hook(rotated)).toBe(200);
      ok(await hooked.gql(END, { id: s.id }, host.accessToken));
      expect(await hook(rotated)).toBe(403); // after end
    } finally {
      await hooked.close();
    }
  });
});

describe('notifications', () => {
  it('announces a scheduled PUBLIC session to the host’s followers as a domain event', async () => {
    const [host, fan] = await users(2);
    await follow(app, fan, host);
    const { DomainEvents } = await import('@ketnoi/platform');
    const seen: unknown[] = [];
    app.server.app.get(DomainEvents).on('live.scheduled', (e) => void seen.push(e));
    const s = await scheduleSession(app, host);
    expect(seen).toEqual([expect.objectContaining({ type: 'live.scheduled', sessionId: s.id, actorId: host.id })]);
    expect(ids(await app.gql(PAST, {}, fan.accessToken), 'pastLiveSessions')).not.toContain(s.id);
  });
});
