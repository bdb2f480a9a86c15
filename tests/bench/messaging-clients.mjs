// WebSocket clients of the messaging benchmark (tests/bench/messaging.bench.mjs), in a
// process of their own so they do not share the API's event loop. Each subscriber is one
// graphql-ws connection (protocol graphql-transport-ws) of one user, authenticated with the
// user's access token in connectionParams, subscribed to conversationEvents(conversationId).
//
// IPC in:  { type: 'connect', url, subscribers: [{ token, conversationId }] }
//            → { type: 'connected', ok, failed } (every socket acknowledged or refused)
//          { type: 'subscribe', conversationId } → a second subscription on every socket
//          { type: 'unsubscribe-extra' } → ends it
//          { type: 'count', tag } → { type: 'count', received, probed }
//          { type: 'reset-probes' } → { type: 'reset' }
//          { type: 'collect', tag } → { type: 'collected', tag, latencies, probed, errors }
//          { type: 'close' } → closes every socket, then exits
// Messages whose body is `bench|<tag>|<send start>` are timed on receipt: latency =
// receive time − send start, both from performance.timeOrigin + performance.now() (one
// wall clock, one machine). Bodies `probe|…` only count subscribers that are live.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const EVENTS = `subscription($c: ID) { conversationEvents(conversationId: $c) {
  kind conversationId seq userId
  message { id clientId seq versionSeq body createdAt editedAt deletedAt
    sender { id fullName avatarUrl } attachments { id contentType url } replyTo { id } } } }`;

const now = () => performance.timeOrigin + performance.now();
const sockets = []; // { client, dispose, extra, probed }
const latencies = new Map(); // tag → number[]
const errors = [];

function onEvent(sub, payload) {
  if (payload.errors) {
    errors.push(payload.errors.map((e) => e.extensions?.code ?? e.message).join(','));
    return;
  }
  const body = payload.data?.conversationEvents?.message?.body;
  if (!body) return;
  const parts = body.split('|');
  if (parts[0] === 'probe') {
    sub.probed = true;
  } else if (parts[0] === 'bench') {
    const list = latencies.get(parts[1]) ?? [];
    list.push(now() - Number(parts[2]));
    latencies.set(parts[1], list);
  }
}

function subscribe(sub, conversationId) {
  return sub.client.subscribe(
    { query: EVENTS, variables: { c: conversationId } },
    { next: (p) => onEvent(sub, p), error: (e) => errors.push(String(e?.message ?? e?.code ?? e)), complete: () => undefined },
  );
}

/** One socket: resolves when the server acknowledged the connection (authenticated), rejects when refused. */
function open(url, { token, conversationId }) {
  return new Promise((resolve, reject) => {
    const sub = { probed: false };
    let acked = false;
    sub.client = createClient({
      url: url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: true,
      on: {
        connected: () => {
          acked = true;
          resolve(sub);
        },
        closed: (e) => {
          if (!acked) reject(new Error(`closed ${e?.code ?? ''}`));
          else if (!sub.closing) errors.push(`socket closed ${e?.code ?? ''}`);
        },
        error: (e) => {
          if (!acked) reject(new Error(String(e?.message ?? 'socket error')));
        },
      },
    });
    sub.dispose = subscribe(sub, conversationId);
  });
}

async function connect(url, subscribers) {
  let ok = 0;
  let failed = 0;
  const queue = [...subscribers];
  // a few connections at a time per process, as real clients arrive over time
  await Promise.all(
    Array.from({ length: 25 }, async () => {
      for (let s = queue.shift(); s; s = queue.shift()) {
        try {
          sockets.push(await open(url, s));
          ok++;
        } catch (e) {
          failed++;
          errors.push(String(e.message));
        }
      }
    }),
  );
  return { ok, failed };
}

process.on('message', async (m) => {
  if (m.type === 'connect') {
    const r = await connect(m.url, m.subscribers);
    process.send({ type: 'connected', ...r });
  } else if (m.type === 'subscribe') {
    for (const s of sockets) {
      s.probed = false;
      s.extra = subscribe(s, m.conversationId);
    }
    process.send({ type: 'subscribed' });
  } else if (m.type === 'unsubscribe-extra') {
    for (const s of sockets) s.extra?.();
    process.send({ type: 'unsubscribed' });
  } else if (m.type === 'collect') {
    process.send({
      type: 'collected',
      tag: m.tag,
      latencies: latencies.get(m.tag) ?? [],
      probed: sockets.filter((s) => s.probed).length,
      errors: errors.splice(0),
    });
  } else if (m.type === 'count') {
    process.send({ type: 'count', received: latencies.get(m.tag)?.length ?? 0, probed: sockets.filter((s) => s.probed).length });
  } else if (m.type === 'reset-probes') {
    for (const s of sockets) s.probed = false;
    process.send({ type: 'reset' });
  } else if (m.type === 'close') {
    for (const s of sockets) {
      s.closing = true;
      s.dispose();
      s.extra?.();
      await s.client.dispose();
    }
    process.send({ type: 'closed' });
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
process.send({ type: 'ready' });
