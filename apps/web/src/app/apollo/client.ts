import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { from, mergeMap, of } from 'rxjs';
import { GRAPHQL_PATH, session } from '../auth/session';
import { MeDocument } from '../auth/viewer';
import { connection } from './pagination';
import { setRealtimeStatus } from './connectionState';

/** Operations that must never trigger a token refresh (they are how one gets a token). */
const NO_REFRESH = new Set(['Login', 'Register', 'RefreshSession', 'Logout']);

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${GRAPHQL_PATH}`;
}

function bearer(): string | undefined {
  const token = session.getAccessToken();
  return token ? `Bearer ${token}` : undefined;
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

export function createApolloClient(): ApolloClient {
  const httpLink = new HttpLink({ uri: GRAPHQL_PATH });
  const ws = createWsClient();
  const wsLink = new GraphQLWsLink(ws.client);

  const authLink = new ApolloLink((operation, forward) => {
    const authorization = bearer();
    if (authorization) {
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, authorization },
      }));
    }
    return forward(operation);
  });

  // An authenticated request refused with UNAUTHENTICATED: the access token has probably
  // expired. Refresh once (single-flight, shared with every other failing request) and retry;
  // if the refresh is refused the session is cleared, which logs the user out.
  const refreshLink = new ErrorLink(({ error, result, operation, forward }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    if (!error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return;
    if (NO_REFRESH.has(operation.operationName ?? '')) return;
    if (operation.getContext().authRetried) return;
    const sentWith = operation.getContext().headers?.authorization as string | undefined;
    if (!sentWith || !session.isAuthenticated()) return;
    operation.setContext({ authRetried: true });
    // Another request already renewed the token while this one was in flight: just retry.
    if (bearer() && bearer() !== sentWith) return forward(operation);
    return from(session.refresh()).pipe(
      mergeMap((refreshed) => {
        if (!refreshed) return of(result ?? { errors: error.errors });
        return forward(operation);
      }),
    );
  });

  const transport = ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, wsLink, httpLink);

  const client = new ApolloClient({
    link: ApolloLink.from([refreshLink, authLink, transport]),
    cache: new InMemoryCache({
      // Abstract types queried with inline fragments (search results).
      possibleTypes: { SearchResult: ['Post', 'User', 'Group', 'Hashtag'] },
      typePolicies: {
        Query: {
          fields: {
            facilities: connection(['provinceCode', 'search']),
            searchUsers: connection(['query', 'specialtyCode', 'facilityId', 'provinceCode']),
            pendingVerifications: connection(false),
            feed: connection(false),
            userPosts: connection(['userId']),
            groupPosts: connection(['groupId']),
            savedPosts: connection(false),
            search: connection(['query', 'types']),
            notifications: connection(false),
            groups: connection(['query']),
            myGroups: connection(false),
            groupMembers: connection(['groupId']),
            groupJoinRequests: connection(['groupId']),
            conversations: connection(false),
            myCaseFiles: connection(false),
            sharedWithMe: connection(false),
            caseAuditLog: connection(['caseFileId']),
            moderationQueue: connection(['groupId', 'status']),
            broadcasts: connection(['query', 'documentNumber', 'unacknowledgedOnly']),
            publicBroadcasts: connection(false),
          },
        },
        // A case's discussion: one list per case.
        CaseFile: { fields: { comments: connection(false) } },
        Post: {
          fields: {
            // One list per post; `@connection(key:)` lookups (CommentReplies) stay apart.
            comments: connection(['@connection', ['key']]),
            // A shared original that was deleted (evicted) reads as null: "no longer visible".
            sharedPost: { read: (existing, { canRead }) => (existing && canRead(existing) ? existing : null) },
          },
        },
        Comment: { fields: { replies: connection(false) } },
        // Reach has no id: one object per broadcastReach(id); facilities page within it.
        BroadcastReach: { merge: true, fields: { byFacility: connection(['provinceCode']) } },
        Hashtag: { keyFields: ['tag'] },
        Province: { keyFields: ['code'] },
        Specialty: { keyFields: ['code'] },
        Session: { keyFields: ['id'] },
      },
    }),
  });

  // Every AuthPayload carries the viewer: put it in the cache as `me`.
  session.onUser((user) => {
    client.writeQuery({ query: MeDocument, data: { __typename: 'Query', me: user } });
  });

  // Keep the WebSocket and the cache in step with the identity.
  let generation = session.getState().generation;
  session.subscribe(() => {
    const { generation: next, status } = session.getState();
    if (next === generation) return;
    generation = next;
    ws.restart();
    if (status === 'anonymous') void client.clearStore();
  });

  return client;
}
