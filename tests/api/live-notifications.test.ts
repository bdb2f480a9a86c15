import { AUTO_END_IDLE_MINUTES, LiveClock, LiveSessionsService } from '@ketnoi/live';
import { DomainEvents } from '@ketnoi/platform';
import type { LiveSessionEvent } from '@ketnoi/live';
import { createFacility } from '../factories/identity';
import { addMembers, count, createGroup, errorOf, makeUsers, ok } from '../factories/social';
import { LIVE_SESSION, inMinutes, scheduleSession, startSession } from '../factories/live';
import { TestApp, collect, startTestApp } from '../support/app';
import type { TestUser } from '../factories/identity';

let app: TestApp;
let facilityId: string;
let sessions: LiveSessionsService;
const clock = { at: null as Date | null };

beforeAll(async () => {
  app = await startTestApp();
  facilityId = (await createFacility(app)).id;
  app.server.app.get(LiveClock).now = () => clock.at ?? new Date();
  sessions = app.server.app.get(LiveSessionsService);
});
afterAll(() => app?.close());
afterEach(() => (clock.at = null));

const users = (n: number, spec = {}) =>
  makeUsers(
    app,
    facilityId,
    Array.from({ length: n }, () => spec),
  );

const NOTIFS = `query { notifications(first: 50) { edges { node { id kind read targetId actorCount actors { id } liveSession { id title status } } } } }`;
const UNREAD = `query { unreadNotificationCount }`;
const MARK = `mutation($upTo: ID) { markNotificationsRead(upTo: $upTo) }`;
const UPDATE = `mutation($id: ID!, $input: ScheduleLiveSessionInput!) { updateLiveSession(id: $id, input: $input) { id scheduledStart } }`;
const CANCEL = `mutation($id: ID!) { cancelLiveSession(id: $id) { id status } }`;
const JOIN = `mutation($id: ID!) { joinLiveSession(id: $id) { secondsWatched } }`;
const BEAT = `mutation($id: ID!) { liveHeartbeat(id: $id) { secondsWatched } }`;
const LEDGER = `query { myTrainingLedger { credits { edges { node { hours session { id } } } } } }`;

type Notice = { id: string; kind: string; read: boolean; targetId: string; actorCount: number; actors: { id: string }[]; liveSession: { id: string } | null };

/** The user's live notices about one session, as `KIND` or `KIND:read`. */
async function noticesAbout(user: TestUser, sessionId: string): Promise<string[]> {
  const list = ok(await app.gql(NOTIFS, {}, user.accessToken)).notifications.edges.map((e: { node: Notice }) => e.node) as Notice[];
  return list
    .filter((n) => n.targetId === sessionId)
    .map((n) => `${n.kind}${n.read ? ':read' : ''}`)
    .sort();
}
const noticeOf = async (user: TestUser, sessionId: string, kind: string): Promise<Notice | undefined> =>
  (ok(await app.gql(NOTIFS, {}, user.accessToken)).notifications.edges.map((e: { node: Notice }) => e.node) as Notice[]).find(
    (n) => n.targetId === sessionId && n.kind === kind,
  );

describe('live-session notifications (computed on read)', () => {
  it('a PUBLIC session reaches every verified member, never its host or a pending account, and writes no row per recipient', async () => {
    const [host, member, other] = await users(3);
    const [pending] = await users(1, { status: 'PENDING' });
    const s = await scheduleSession(app, host, { audience: 'PUBLIC' });
    expect(await noticesAbout(member, s.id)).toEqual(['LIVE_SCHEDULED']);
    expect(await noticesAbout(other, s.id)).toEqual(['LIVE_SCHEDULED']);
    expect(await noticesAbout(host, s.id)).toEqual([]);
    expect(await noticesAbout(pending, s.id)).toEqual([]);
    const n = await noticeOf(member, s.id, 'LIVE_SCHEDULED');
    expect(n).toMatchObject({ actorCount: 1, actors: [{ id: host.id }], liveSession: { id: s.id } });
    expect(await count(app, `SELECT count(*) AS n FROM notifications WHERE target_id = $1`, [s.id])).toBe(0);

    await startSession(app, host, s.id);
    expect(await noticesAbout(member, s.id)).toEqual(['LIVE_NOW', 'LIVE_SCHEDULED']);
    expect(await noticesAbout(pending, s.id)).toEqual([]);
    ok(await app.gql(`mutation($id: ID!) { endLiveSession(id: $id) { id } }`, { id: s.id }, host.accessToken));
    expect(await noticesAbout(member, s.id)).toEqual(['LIVE_SCHEDULED']); // no longer "live now"
  });

  it('INVITEES and GROUP sessions reach only invitees, co-hosts and members; outsiders and non-invitees never', async () => {
    const [host, invitee, cohost, nonInvitee, owner, member, outsider] = await users(7);
    const s = await scheduleSession(app, host, { audience: 'INVITEES', inviteeIds: [invitee.id], coHostIds: [cohost.id] });
    expect(await noticesAbout(invitee, s.id)).toEqual(['LIVE_SCHEDULED']);
    expect(await noticesAbout(cohost, s.id)).toEqual(['LIVE_SCHEDULED']);
    expect(await noticesAbout(nonInvitee, s.id)).toEqual([]);
    // Someone dropped from the invitees no longer sees them.
    const input = { title: 'Giao ban', audience: 'INVITEES', inviteeIds: [nonInvitee.id], scheduledStart: inMinutes(60), scheduledMinutes: 60 };
    ok(await app.gql(UPDATE, { id: s.id, input }, host.accessToken));
    expect(await noticesAbout(invitee, s.id)).toEqual([]);
    expect(await noticesAbout(nonInvitee, s.id)).toEqual(['LIVE_SCHEDULED']);

    const group = await createGroup(app, owner, { privacy: 'PRIVATE', kind: 'TRAINING_NETWORK' });
    await addMembers(app, owner, group.id, [member]);
    const g = await scheduleSession(app, owner, { audience: 'GROUP', groupId: group.id });
    expect(await noticesAbout(member, g.id)).toEqual(['LIVE_SCHEDULED']);
    expect(await noticesAbout(outsider, g.id)).toEqual([]);
    expect(await noticesAbout(owner, g.id)).toEqual([]);
    // liveSession is null for a non-live notification and never leaks a session to others.
    const list = ok(await app.gql(NOTIFS, {}, outsider.accessToken)).notifications.edges.map((e: { node: Notice }) => e.node) as Notice[];
    expect(list.filter((n) => n.liveSession && [s.id, g.id].includes(n.liveSession.id))).toEqual([]);
  });

  it('"starts in 15 minutes" goes out once, from the job on a controlled clock; rescheduling and cancelling take wrong reminders away', async () => {
    const [host, invitee] = await users(2);
    const start = new Date(Date.now() + 2 * 3600_000);
    const s = await scheduleSession(app, host, { audience: 'INVITEES', inviteeIds: [invitee.id], scheduledStart: start.toISOString() });
    const other = await scheduleSession(app, host, { audience: 'INVITEES', inviteeIds: [invitee.id], scheduledStart: start.toISOString() });
    const emitted: string[] = [];
    app.server.app.get(DomainEvents).on<LiveSessionEvent>('live.starting', (e) => void emitted.push(e.sessionId));
    const minutesBefore = (m: number) => (clock.at = new Date(start.getTime() - m * 60_000));

    minutesBefore(20);
    await sessions.remind();
    expect(await noticesAbout(invitee, s.id)).toEqual(['LIVE_SCHEDULED']);
    minutesBefore(14);
    await sessions.remind();
    await sessions.remind(); // idempotent: a second run (or the cron in another process) announces nothing again
    minutesBefore(5);
    await sessions.remind();
    expect(emitted.filter((id) => id === s.id)).toHaveLength(1);
    expect(await noticesAbout(invitee, s.id)).toEqual(['LIVE_SCHEDULED', 'LIVE_STARTING']);
    expect(await noticesAbout(host, s.id)).toEqual([]);

    // Rescheduled one hour later: the reminder for the old time disappears until the new one is due.
    clock.at = null;
    const later = new Date(start.getTime() + 3600_000);
    const input = { title: 'Dời lịch', audience: 'INVITEES', inviteeIds: [invitee.id], scheduledStart: later.toISOString(), scheduledMinutes: 60 };
    ok(await app.gql(UPDATE, { id: s.id, input }, host.accessToken));
    expect(await noticesAbout(invitee, s.id)).toEqual(['LIVE_SCHEDULED']);
    minutesBefore(1);
    await sessions.remind();
    expect(await noticesAbout(invitee, s.id)).toEqual(['LIVE_SCHEDULED']);
    clock.at = new Date(later.getTime() - 10 * 60_000);
    await sessions.remind();
    expect(await noticesAbout(invitee, s.id)).toEqual(['LIVE_SCHEDULED', 'LIVE_STARTING']);
    expect(emitted.filter((id) => id === s.id)).toHaveLength(2);

    // Cancelled: every notice about it is gone.
    expect(await noticesAbout(invitee, other.id)).toEqual(['LIVE_SCHEDULED', 'LIVE_STARTING']);
    clock.at = null;
    ok(await app.gql(CANCEL, { id: other.id }, host.accessToken));
    expect(await noticesAbout(invitee, other.id)).toEqual([]);
  });

  it('live notices count as unread and are marked read with the rest (up to one, or all); newer ones stay unread', async () => {
    const [host, invitee, stranger] = await users(3);
    ok(await app.gql(MARK, {}, invitee.accessToken)); // PUBLIC sessions of the other tests reach them too
    const s = await scheduleSession(app, host, { audience: 'INVITEES', inviteeIds: [invitee.id] });
    expect(ok(await app.gql(UNREAD, {}, invitee.accessToken)).unreadNotificationCount).toBe(1);
    const scheduled = (await noticeOf(invitee, s.id, 'LIVE_SCHEDULED')) as Notice;
    // Someone else's (computed) notification id is not theirs to mark.
    expect(errorOf(await app.gql(MARK, { upTo: scheduled.id }, stranger.accessToken)).code).toBe('NOT_FOUND');
    expect(ok(await app.gql(MARK, { upTo: scheduled.id }, invitee.accessToken)).markNotificationsRead).toBe(1);
    expect(await noticesAbout(invitee, s.id)).toEqual(['LIVE_SCHEDULED:read']);
    expect(ok(await app.gql(UNREAD, {}, invitee.accessToken)).unreadNotificationCount).toBe(0);

    await startSession(app, host, s.id);
    expect(await noticesAbout(invitee, s.id)).toEqual(['LIVE_NOW', 'LIVE_SCHEDULED:read']);
    expect(ok(await app.gql(UNREAD, {}, invitee.accessToken)).unreadNotificationCount).toBe(1);
    // Marking an older one again never moves the mark back.
    expect(ok(await app.gql(MARK, { upTo: scheduled.id }, invitee.accessToken)).markNotificationsRead).toBe(0);
    expect(ok(await app.gql(MARK, {}, invitee.accessToken)).markNotificationsRead).toBe(1);
    expect(await noticesAbout(invitee, s.id)).toEqual(['LIVE_NOW:read', 'LIVE_SCHEDULED:read']);
    expect(ok(await app.gql(UNREAD, {}, invitee.accessToken)).unreadNotificationCount).toBe(0);
  });
});

describe('auto-end', () => {
  const status = async (host: TestUser, id: string) => ok(await app.gql(LIVE_SESSION, { id }, host.accessToken)).liveSession.status as string;

  it(`ends a LIVE session after ${AUTO_END_IDLE_MINUTES} minutes without media, then credits it as a normal end`, async () => {
    const [host, viewer] = await users(2);
    const s = await scheduleSession(app, host, { audience: 'INVITEES', inviteeIds: [viewer.id], scheduledMinutes: 120, cmeHours: 1.5 });
    const t0 = new Date(Date.now() + 1000);
    const at = (sec: number) => (clock.at = new Date(t0.getTime() + sec * 1000));
    at(0);
    await startSession(app, host, s.id);
    ok(await app.gql(JOIN, { id: s.id }, viewer.accessToken));
    // Media arrives for a while, then the host's stream stops (they forgot to end).
    await sessions.publishState(s.id, { publishing: true, problem: null });
    for (let sec = 30; sec <= 600; sec += 30) {
      at(sec);
      ok(await app.gql(BEAT, { id: s.id }, viewer.accessToken));
    }
    await sessions.publishState(s.id, { publishing: false, problem: null });
    at(600 + (AUTO_END_IDLE_MINUTES - 1) * 60);
    await sessions.autoEnd();
    expect(await status(host, s.id)).toBe('LIVE');
    at(600 + AUTO_END_IDLE_MINUTES * 60);
    await sessions.autoEnd();
    expect(await status(host, s.id)).toBe('ENDED');
    const ended = await app.sql<{ ended_at: Date }>(`SELECT ended_at FROM live_sessions WHERE id = $1`, [s.id]);
    expect(ended[0].ended_at.toISOString()).toBe(new Date(t0.getTime() + (600 + AUTO_END_IDLE_MINUTES * 60) * 1000).toISOString());
    // Live for 30 minutes, watched 10: below 80 %, so no credit; the credit job ran (credited_at set).
    await waitFor(async () => (await app.sql(`SELECT 1 FROM live_sessions WHERE id = $1 AND credited_at IS NOT NULL`, [s.id])).length === 1);
    expect(ok(await app.gql(LEDGER, {}, viewer.accessToken)).myTrainingLedger.credits.edges.filter((e: any) => e.node.session.id === s.id)).toEqual([]);
  });

  it('ends a session still receiving media once its planned end is an hour behind; attendees above the threshold get credit', async () => {
    const [host, viewer] = await users(2);
    const s = await scheduleSession(app, host, { audience: 'INVITEES', inviteeIds: [viewer.id], scheduledMinutes: 5, cmeHours: 0.5 });
    const t0 = new Date(Date.now() + 1000);
    const at = (sec: number) => (clock.at = new Date(t0.getTime() + sec * 1000));
    at(0);
    await startSession(app, host, s.id);
    await sessions.publishState(s.id, { publishing: true, problem: null });
    ok(await app.gql(JOIN, { id: s.id }, viewer.accessToken));
    // Planned: the later of the planned start (an hour ahead) and the actual start, plus 5 minutes, plus 60 minutes' grace.
    const plannedEnd = Math.round((new Date(s.scheduledStart).getTime() - t0.getTime()) / 1000) + 300;
    for (let sec = 30; sec <= plannedEnd + 59 * 60; sec += 30) {
      at(sec);
      if (sec % 600 === 0) {
        await sessions.autoEnd();
        expect([sec, await status(host, s.id)]).toEqual([sec, 'LIVE']);
      }
      ok(await app.gql(BEAT, { id: s.id }, viewer.accessToken));
    }
    at(plannedEnd + 60 * 60);
    ok(await app.gql(BEAT, { id: s.id }, viewer.accessToken));
    await sessions.autoEnd();
    expect(await status(host, s.id)).toBe('ENDED');
    expect(await sessions.autoEnd()).not.toContain(s.id);
    const credits = await waitFor(
      async () => ok(await app.gql(LEDGER, {}, viewer.accessToken)).myTrainingLedger.credits.edges.filter((e: any) => e.node.session.id === s.id),
      (c: unknown[]) => c.length > 0,
    );
    expect(credits).toEqual([{ node: { hours: 0.5, session: { id: s.id } } }]);
  });
});

async function waitFor<T>(what: () => Promise<T>, until: (v: T) => boolean = Boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (until(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('live delivery of live notices', () => {
  it('invitees get "scheduled" and "live now" over graphql-ws as they happen; others do not', async () => {
    const [host, invitee, bystander] = await users(3);
    const SUB = `subscription { notificationAdded { id kind liveSession { id } } }`;
    const mine = collect(app.ws(invitee.accessToken), SUB);
    const theirs = collect(app.ws(bystander.accessToken), SUB);
    await new Promise((r) => setTimeout(r, 300));
    const s = await scheduleSession(app, host, { audience: 'INVITEES', inviteeIds: [invitee.id] });
    expect((await mine.next()).data.notificationAdded).toMatchObject({ kind: 'LIVE_SCHEDULED', liveSession: { id: s.id } });
    await startSession(app, host, s.id);
    const live = (await mine.next()).data.notificationAdded;
    expect(live).toMatchObject({ kind: 'LIVE_NOW', liveSession: { id: s.id } });
    expect(await noticeOf(invitee, s.id, 'LIVE_NOW')).toMatchObject({ id: live.id });
    await expect(theirs.next(700)).rejects.toThrow(/no event/);
  });
});
