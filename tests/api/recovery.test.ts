import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:net';
import { createFacility } from '../factories/identity';
import { follow, makeUsers } from '../factories/social';
import { SEND, startConversation } from '../factories/messaging';
import { ApiProcess, cleanUpApiProcesses, factoryApp, gqlAt, isAlive, postmasterOf, startApiProcess, tempDataDir } from '../support/api-process';
import { waitFor } from '../support/uploads';

/**
 * Fault tests on the real `npm start` entry with embedded PostgreSQL (whatever
 * DATABASE_URL says): kill -9 of the API, kill -9 of PostgreSQL. They spawn real
 * processes, so they are slow by nature; every child is cleaned up in afterAll.
 */
jest.setTimeout(240_000);
afterAll(cleanUpApiProcesses);

const health = async (url: string) => {
  const res = await fetch(`${url}/health`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const PROVINCES = `{ provinces { code } }`;

/**
 * Occupies 127.0.0.1:port, so a restarted PostgreSQL cannot listen there yet; connections
 * are dropped at once, as they would be refused with nothing listening.
 */
const holdPort = (port: number) =>
  new Promise<Server>((resolve, reject) => {
    const srv = createServer((socket) => socket.destroy());
    srv.once('error', reject);
    srv.listen(port, '127.0.0.1', () => resolve(srv));
  });

async function setUpConversation(dataDir: string, api: () => ApiProcess) {
  const app = factoryApp(dataDir, api);
  const facility = await createFacility(app);
  const [a, b] = await makeUsers(app, facility.id, 2);
  await follow(app, a, b);
  const conv = await startConversation(app, a, [b]);
  return { app, a, b, conv };
}

describe('recovery', () => {
  it('npm start after kill -9: the orphaned PostgreSQL is stopped and replaced, and the API serves again with its data', async () => {
    const dir = tempDataDir();
    const first = await startApiProcess(dir);
    expect((await gqlAt(first.url, PROVINCES)).data?.provinces.length).toBeGreaterThan(0);
    const facility = await createFacility(factoryApp(dir, () => first));
    const orphan = postmasterOf(dir)!;

    await first.kill9();
    expect(isAlive(orphan.pid)).toBe(true); // what used to make the next start fail

    const second = await startApiProcess(dir);
    expect(isAlive(orphan.pid)).toBe(false);
    expect(postmasterOf(dir)!.pid).not.toBe(orphan.pid);
    expect(second.output.join('\n')).toContain(`stopping PostgreSQL (pid ${orphan.pid})`);
    expect(await health(second.url)).toEqual({ status: 200, body: { status: 'ok', database: 'up' } });
    expect((await gqlAt(second.url, PROVINCES)).data?.provinces.length).toBeGreaterThan(0);
    const [row] = await factoryApp(dir, () => second).sql(`SELECT count(*)::int AS n FROM facilities WHERE id = $1`, [facility.id]);
    expect(row.n).toBe(1);
    expect(second.output.join('\n')).not.toMatch(/unhandled|UnhandledPromiseRejection/i);
    expect(await second.stop()).toBe(0);
  });

  it('kill -9 of the API while clients send: after restart every acknowledged message is stored exactly once and resends by clientId are deduplicated', async () => {
    const dir = tempDataDir();
    let api = await startApiProcess(dir);
    const { app, a, conv } = await setUpConversation(dir, () => api);

    interface Attempt {
      clientId: string;
      body: string;
      ackedId?: string;
    }
    const attempts: Attempt[] = [];
    let killed = false;
    const sendAs = (at: Attempt) => app.gql(SEND, { input: { conversationId: conv.id, body: at.body, clientId: at.clientId } }, a.accessToken);
    // Three clients sending back to back; whatever is in flight at the kill has no answer.
    const clients = [0, 1, 2].map(async (k) => {
      for (let i = 0; !killed; i++) {
        const at: Attempt = { clientId: randomUUID(), body: `máy ${k} tin ${i}` };
        attempts.push(at);
        try {
          at.ackedId = (await sendAs(at)).data?.sendMessage?.id;
        } catch {
          // the connection died with the server
        }
      }
    });
    await waitFor(async () => attempts.filter((at) => at.ackedId).length >= 30, { timeoutMs: 60_000, intervalMs: 5 });
    await api.kill9();
    killed = true;
    await Promise.all(clients);
    const acked = attempts.filter((at) => at.ackedId);

    api = await startApiProcess(dir);
    // Every client resends what it has no answer for, and (a retry after a lost answer
    // looks the same to the server) some of what it has: the same clientId, the same message.
    for (const at of attempts) {
      const res = await sendAs(at);
      expect(res.errors).toBeUndefined();
      if (at.ackedId) expect(res.data!.sendMessage.id).toBe(at.ackedId);
      else at.ackedId = res.data!.sendMessage.id;
    }

    const stored = await app.sql<{ id: string; client_id: string; seq: number; body: string }>(
      `SELECT id, client_id, seq, body FROM messages WHERE conversation_id = $1 ORDER BY seq`,
      [conv.id],
    );
    expect(stored).toHaveLength(attempts.length);
    expect(new Set(stored.map((m) => m.client_id)).size).toBe(attempts.length);
    expect(stored.map((m) => m.seq)).toEqual(attempts.map((_, i) => i + 1)); // no gaps, no doubles
    const byId = new Map(stored.map((m) => [m.id, m]));
    for (const at of acked) expect(byId.get(at.ackedId!)).toMatchObject({ client_id: at.clientId, body: at.body });
    expect(await api.stop()).toBe(0);
  });

  it('PostgreSQL killed: /health says so while it is down, the API restarts it and answers again', async () => {
    const dir = tempDataDir();
    const api = await startApiProcess(dir);
    const { app, a, conv } = await setUpConversation(dir, () => api);
    const send = (body: string) => app.gql(SEND, { input: { conversationId: conv.id, body, clientId: randomUUID() } }, a.accessToken);
    expect((await send('trước sự cố')).data?.sendMessage.seq).toBe(1);

    // Kill the postmaster and take its port, so that it stays down long enough to look
    // at; if the supervisor was quicker, kill the new one too.
    const { port } = postmasterOf(dir)!;
    let held: Server | undefined;
    for (let tries = 0; !held && tries < 20; tries++) {
      const pm = postmasterOf(dir);
      if (pm && isAlive(pm.pid)) {
        process.kill(pm.pid, 'SIGKILL');
        await waitFor(async () => !isAlive(pm.pid), { intervalMs: 5 });
      }
      held = await holdPort(port).catch(() => undefined);
    }
    expect(held).toBeDefined();
    try {
      await waitFor(async () => (await health(api.url)).status === 503, { timeoutMs: 10_000 });
      expect(await health(api.url)).toEqual({ status: 503, body: { status: 'unavailable', database: 'down' } });
      const whileDown = await send('trong sự cố');
      expect(whileDown.data?.sendMessage).toBeFalsy();
      expect(whileDown.errors?.length).toBeGreaterThan(0);
    } finally {
      await new Promise((r) => held!.close(r));
    }

    await waitFor(async () => (await health(api.url)).status === 200, { timeoutMs: 30_000, intervalMs: 200 });
    expect(await health(api.url)).toEqual({ status: 200, body: { status: 'ok', database: 'up' } });
    const after = await waitFor(async () => (await send('sau sự cố')).data?.sendMessage, { timeoutMs: 10_000 });
    expect(after.seq).toBe(2);
    expect(isAlive(api.pid)).toBe(true); // the same API process, with a new PostgreSQL
    const logs = api.output.join('\n');
    expect(logs).toContain('embedded PostgreSQL exited unexpectedly; restarting it');
    expect(logs).toContain('embedded PostgreSQL restarted');
    expect(await api.stop()).toBe(0);
  });
});
