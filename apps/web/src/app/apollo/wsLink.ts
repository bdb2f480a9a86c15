import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client } from 'graphql-ws';
import { GRAPHQL_PATH, session } from '../auth/session';
import { bearer } from './bearer';
import { setRealtimeStatus } from './connectionState';

/*
 * The subscription transport, loaded with the first subscription (client.ts `lazyWsLink`):
 * graphql-ws is not part of the login page's first load.
 */

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${GRAPHQL_PATH}`;
}

/**
 * graphql-ws client that can be restarted (close code 4205) when the identity changes, so the
 * next connection_init carries the new token. Lazy: no socket until a subscription starts.
 */
function createWsClient(): { client: Client; restart: () => void } {
  let restartRequested = false;
  // A socket still connecting may carry the previous token: restart it once it opens. With no
  // socket at all there is nothing to restart (the next one reads the current token).
  let connecting = false;
  const restartWhenOpen = () => {
    if (connecting) restartRequested = true;
  };
  let restart = restartWhenOpen;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  // The server closes a socket with 4403 when its token expires or its session ends; the next
  // connection waits for the refresh that close started, so it carries the renewed token.
  let sentAuthorization: string | undefined;
  let refreshing: Promise<boolean> | undefined;
  const client = createClient({
    url: wsUrl,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      const delay = Math.min(1000 * 2 ** retries, 30_000) * (0.5 + Math.random() / 2);
      // Back online: retry at once rather than at the end of a long back-off.
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          window.removeEventListener('online', done);
          resolve();
        };
        const timer = setTimeout(done, delay);
        window.addEventListener('online', done);
      });
    },
    // A socket whose pong does not come back within 5 s is dead (network gone without a close).
    keepAlive: 15_000,
    connectionParams: async () => {
      await refreshing;
      const authorization = bearer();
      sentAuthorization = authorization;
      return authorization ? { authorization } : {};
    },
    on: {
      connecting: () => {
        connecting = true;
        setRealtimeStatus('connecting');
      },
      connected: () => setRealtimeStatus('connected'),
      ping: (received) => {
        if (received) return;
        clearTimeout(pongTimer);
        pongTimer = setTimeout(() => {
          client.terminate();
        }, 5_000);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
      opened: (socket) => {
        connecting = false;
        const ws = socket as WebSocket;
        restart = () => {
          if (ws.readyState === WebSocket.OPEN) ws.close(4205, 'Client Restart');
          else restartRequested = true;
        };
        if (restartRequested) {
          restartRequested = false;
          restart();
        }
      },
      closed: (event) => {
        connecting = false;
        restart = restartWhenOpen;
        clearTimeout(pongTimer);
        // 1000: closed because no subscription is left (lazy), not a lost connection.
        setRealtimeStatus((event as CloseEvent)?.code === 1000 ? 'idle' : 'closed');
        // 4403: the server refused our token (expired, or its session ended); refresh it before
        // the retry, unless it was renewed meanwhile. A refused refresh signs the user out.
        if ((event as CloseEvent)?.code === 4403 && session.isAuthenticated() && bearer() === sentAuthorization) {
          refreshing = session.refresh();
        }
      },
    },
  });
  // The browser knows the network is gone: drop the socket now (it reconnects when back).
  window.addEventListener('offline', () => {
    client.terminate();
  });
  return { client, restart: () => restart() };
}

/** A terminating link over a restartable graphql-ws client. */
export function createWsLink(): { link: GraphQLWsLink; restart: () => void } {
  const ws = createWsClient();
  return { link: new GraphQLWsLink(ws.client), restart: ws.restart };
}
