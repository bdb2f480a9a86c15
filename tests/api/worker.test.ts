import { randomUUID } from 'node:crypto';
import { CALL_RING_QUEUE } from '@ketnoi/messaging';
import { OVERDUE_QUEUE } from '@ketnoi/cases';
import { createFacility, type TestUser } from '../factories/identity';
import { follow, makeUsers, ok } from '../factories/social';
import { startConversation } from '../factories/messaging';
import { makeCaseUsers, createCase, requestConsult } from '../factories/cases';
import { TestApp, collect, startTestApp } from '../support/app';
import { TestRedis, startTestRedis } from '../support/redis';
import { waitFor } from '../support/uploads';
import { WorkerProcess, cleanUpWorkerProcesses, startWorkerProcess } from '../support/worker-process';

/**
 * The scaled-out deployment (README "Scaling out"): an API with RUN_JOBS=false only
 * enqueues; the real worker process (dist/apps/worker/src/main.js) works every feature's
 * jobs on the same database, and their live effects reach the API's subscribers through
 * Redis (REDIS_URL's server, else a private redis-server).
 */
jest.setTimeout(120_000);

let redis: TestRedis;
let app: TestApp;
let worker: WorkerProcess | undefined;
let facilityId: string;

beforeAll(async () => {
  redis = await startTestRedis();
  app = await startTestApp({ env: { RUN_JOBS: 'false', REDIS_URL: redis.url, CALL_RING_TIMEOUT_SECONDS: '1' } });
  facilityId = (await createFacility(app)).id;
});
afterAll(async () => {
  await worker?.stop();
  await cleanUpWorkerProcesses();
  await app?.close();
  await redis?.stop();
});

const startWorker = async () =>
  (worker ??= await startWorkerProcess({
    databaseUrl: app.databaseUrl,
    dataDir: app.config.dataDir,
    jwtSecret: app.config.jwtSecret,
    env: { REDIS_URL: redis.url },
  }));

const jobOf = async (queue: string, key: string) =>
  (
    await app.sql<{ state: string; due: boolean }>(
      `SELECT state, now() > start_after + interval '3 seconds' AS due FROM pgboss.job WHERE name = $1 AND singleton_key = $2`,
      [queue, key],
    )
  )[0];

const CALL_FIELDS = `id endedAt missed answeredAt participants { id }`;
const EVENTS = `subscription($c: ID) { conversationEvents(conversationId: $c) { kind signal message { body sender { id } call { ${CALL_FIELDS} } } } }`;
const ONGOING = `query($id: ID!) { conversation(id: $id) { ongoingCall { ${CALL_FIELDS} } } }`;
const SIGNAL = `mutation($c: ID!, $s: JSON!) { sendCallSignal(conversationId: $c, signal: $s) }`;

describe('the worker process', () => {
  it('works the call-ring timeout the RUN_JOBS=false API left: the call ends as missed, live on the API', async () => {
    const [a, b] = await makeUsers(app, facilityId, 2);
    await follow(app, a, b);
    await follow(app, b, a);
    const conv = await startConversation(app, a, [b]);
    const sub = collect(app.ws(b.accessToken), EVENTS, { c: conv.id });
    await new Promise((r) => setTimeout(r, 250)); // let the subscription register before publishing
    const callId = randomUUID();
    expect(ok(await app.gql(SIGNAL, { c: conv.id, s: { type: 'invite', callId, video: false } }, a.accessToken)).sendCallSignal).toBe(true);
    expect((await sub.next()).data.conversationEvents).toMatchObject({ kind: 'CALL_SIGNAL', signal: { type: 'invite' } });

    // Well past its due time (several of pg-boss's 0.5 s polls), the API has not taken the job.
    const job = await waitFor(async () => {
      const j = await jobOf(CALL_RING_QUEUE, callId);
      return j?.due && j;
    });
    expect(job.state).toBe('created');
    expect(ok(await app.gql(ONGOING, { id: conv.id }, a.accessToken)).conversation.ongoingCall).toMatchObject({ id: callId, endedAt: null });

    expect((await startWorker()).queues).toEqual(expect.arrayContaining([CALL_RING_QUEUE, OVERDUE_QUEUE]));
    const added = (await sub.next(30_000)).data.conversationEvents;
    expect(added).toMatchObject({ kind: 'MESSAGE_ADDED', message: { body: null, sender: { id: a.id }, call: { id: callId, missed: true, answeredAt: null } } });
    expect(added.message.call.endedAt).not.toBeNull();
    expect(ok(await app.gql(ONGOING, { id: conv.id }, a.accessToken)).conversation.ongoingCall).toBeNull();
    expect((await jobOf(CALL_RING_QUEUE, callId)).state).toBe('completed');
  });

  it('works the consultation overdue sweep, and the notifications it leads to are written there', async () => {
    const clinic = await createFacility(app, { name: 'Trung tâm Y tế Worker', provinceCode: '08', level: 'BASIC' });
    const hospital = await createFacility(app, { name: 'Bệnh viện Worker', provinceCode: '01', level: 'SPECIALISED' });
    const [author] = await makeCaseUsers(app, clinic.id, 1);
    const [consultant]: TestUser[] = await makeCaseUsers(app, hospital.id, 1);
    const c = await createCase(app, author);
    const k = await requestConsult(app, author, { caseFileId: c.id, consultantId: consultant.id, urgency: 'EMERGENCY' });
    await app.sql(`UPDATE consultations SET due_at = now() - interval '2 hours' WHERE id = $1`, [k.id]);
    expect((await startWorker()).queues).toContain(OVERDUE_QUEUE);

    await app.server.runtime.jobs.send(OVERDUE_QUEUE, {});
    const notified = await waitFor(
      async () => {
        const rows = await app.sql<{ recipient_id: string }>(`SELECT recipient_id FROM notifications WHERE kind = 'CONSULT_OVERDUE' AND target_id = $1`, [
          k.id,
        ]);
        return rows.length >= 2 && rows;
      },
      { timeoutMs: 30_000 },
    );
    expect(notified.map((r) => r.recipient_id).sort()).toEqual([author.id, consultant.id].sort());
    const [row] = await app.sql(`SELECT overdue_flagged_at FROM consultations WHERE id = $1`, [k.id]);
    expect(row.overdue_flagged_at).toBeInstanceOf(Date);
  });
});
