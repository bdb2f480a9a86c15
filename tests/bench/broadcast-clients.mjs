// graphql-ws subscribers of the broadcasts benchmark (tests/bench/broadcasts.bench.mjs), in a
// process of their own. Each is one connection of one member subscribed to broadcastPublished.
// IPC in:  { type: 'connect', url, tokens } → { type: 'connected', ok, failed }
//          { type: 'collect' } → { type: 'collected', received: [[broadcastId, [receivedAt…]]], errors }
//          { type: 'close' } → closes every socket and exits
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const SUBSCRIPTION = `subscription { broadcastPublished { id title priority requireAck publishedAt } }`;
const now = () => performance.timeOrigin + performance.now();
const clients = [];
const received = new Map(); // broadcast id → receive times
const errors = [];

process.on('message', async (m) => {
  if (m.type === 'connect') {
    let ok = 0;
    let failed = 0;
    await Promise.all(
      m.tokens.map(
        (token) =>
          new Promise((resolve) => {
            const client = createClient({
              url: m.url.replace('http', 'ws') + '/graphql',
              webSocketImpl: WebSocket,
              connectionParams: { authorization: `Bearer ${token}` },
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
              { query: SUBSCRIPTION },
              {
                next: (p) => {
                  if (p.errors) return void errors.push(p.errors.map((e) => e.extensions?.code ?? e.message).join(','));
                  const id = p.data?.broadcastPublished?.id;
                  if (!id) return;
                  if (!received.has(id)) received.set(id, []);
                  received.get(id).push(now());
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
    process.send({ type: 'collected', received: [...received], errors: errors.slice(0, 5) });
  } else if (m.type === 'close') {
    await Promise.all(clients.map((c) => c.dispose()));
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
