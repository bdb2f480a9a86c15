import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';

export interface Answer {
  /** The first `next` payload of the operation. */
  next?: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  /** The payload of an `error` message (the operation was refused before it ran). */
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  /** The socket closed (with this code) before the operation was answered. */
  closed?: number;
}

export interface RawSocket {
  /** Sends one operation (query, mutation or subscription) and resolves with how it was answered. */
  request(query: string, variables?: Record<string, unknown>): Promise<Answer>;
  /** Every message received so far, parsed. */
  received: { type: string; id?: string; payload?: unknown }[];
  /** Resolves with the close code. */
  closed: Promise<number>;
  send(data: string): void;
  close(): void;
}

/**
 * A graphql-transport-ws connection driven by hand, so a test controls exactly what is sent
 * when (graphql-ws's own client reconnects, queues and hides close codes). With `token`
 * undefined no connection_init is sent; otherwise it is sent and the ack awaited (or the close).
 */
export async function rawSocket(httpUrl: string, init?: { token?: string; payload?: Record<string, unknown> }): Promise<RawSocket> {
  const ws = new WebSocket(httpUrl.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
  const received: RawSocket['received'] = [];
  const listeners = new Set<(m: RawSocket['received'][number]) => void>();
  const closed = new Promise<number>((resolveClose) => ws.once('close', (code) => resolveClose(code)));
  ws.on('message', (data) => {
    const message = JSON.parse(String(data));
    received.push(message);
    listeners.forEach((l) => l(message));
  });
  ws.on('error', () => undefined);
  await new Promise<void>((resolveOpen, reject) => {
    ws.once('open', () => resolveOpen());
    ws.once('error', reject);
  });
  if (init) {
    const acked = new Promise<void>((resolveAck) => {
      const onMessage = (m: { type: string }) => m.type === 'connection_ack' && resolveAck();
      listeners.add(onMessage);
      void closed.then(() => resolveAck());
    });
    ws.send(JSON.stringify({ type: 'connection_init', payload: init.payload ?? (init.token ? { authorization: `Bearer ${init.token}` } : {}) }));
    await acked;
  }
  return {
    received,
    closed,
    send: (data) => ws.send(data),
    close: () => ws.close(),
    request(query, variables) {
      const id = randomUUID();
      return new Promise<Answer>((resolveAnswer) => {
        const onMessage = (m: RawSocket['received'][number]) => {
          if (m.id !== id) return;
          listeners.delete(onMessage);
          resolveAnswer(m.type === 'next' ? { next: m.payload as Answer['next'] } : m.type === 'error' ? { errors: m.payload as Answer['errors'] } : {});
        };
        listeners.add(onMessage);
        void closed.then((code) => resolveAnswer({ closed: code }));
        if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
      });
    },
  };
}

/** How an operation on a socket was refused: its error code, or the close code. */
export function refusal(answer: Answer): string | number | undefined {
  if (answer.closed !== undefined) return answer.closed;
  return (answer.errors ?? answer.next?.errors)?.[0]?.extensions?.code as string | undefined;
}
