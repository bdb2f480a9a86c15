// WebSocket viewers of the live benchmark (tests/bench/live.bench.mjs), in a process of their
// own. Each viewer is one graphql-ws connection of one user subscribed to liveSessionEvents.
// IPC in:  { type: 'connect', url, viewers: [{ token }], sessionId } → { type: 'connected', ok, failed }
//          { type: 'collect' } → { type: 'collected', latencies, errors }
//          { type: 'close' } → closes every socket and exits
// Chat bodies `bench|<send start>` are timed on receipt (one clock, one machine).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const EVENTS = `subscription($s: ID!) { liveSessionEvents(sessionId: $s) { kind sessionId status viewerCount reaction
  chat { id body isQuestion upvotes viewerUpvoted createdAt author { id fullName avatarUrl } } } }`;
const now = () => performance.timeOrigin + performance.now();
const clients = [];
let latencies = [];
const errors = [];

process.on('message', async (m) => {
  if (m.type === 'connect') {
    let ok = 0;
    let failed = 0;
    await Promise.all(
      m.viewers.map(
        (v) =>
          new Promise((resolve) => {
            const client = createClient({
              url: m.url.replace('http', 'ws') + '/graphql',
              webSocketImpl: WebSocket,
              connectionParams: { authorization: `Bearer ${v.token}` },
              retryAttempts: 0,
              lazy: false,
              onNonLazyError: () => undefined,
            });
            clients.push(client);
            let settled = false;
            const done = (good) => {
              if (settled) return;
              settled = true;
              if (good) ok++;
              else failed++;
              resolve();
            };
            client.on('connected', () => setTimeout(() => done(true), 50));
            client.on('closed', () => done(false));
            client.subscribe(
              { query: EVENTS, variables: { s: m.sessionId } },
              {
                next: (p) => {
                  if (p.errors) return void errors.push(p.errors.map((e) => e.extensions?.code ?? e.message).join(','));
                  const body = p.data?.liveSessionEvents?.chat?.body;
                  if (body?.startsWith('bench|')) latencies.push(now() - Number(body.split('|')[1]));
                },
                error: (e) => errors.push(String(e?.message ?? e)),
                complete: () => undefined,
              },
            );
          }),
      ),
    );
    process.send({ type: 'connected', ok, failed });
  } else if (m.type === 'collect') {
    process.send({ type: 'collected', latencies, errors: errors.slice(0, 5) });
    latencies = [];
  } else if (m.type === 'close') {
    await Promise.all(clients.map((c) => c.dispose()));
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
