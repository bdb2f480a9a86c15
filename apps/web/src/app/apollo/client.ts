import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import { defer, from, mergeMap, of, retry } from 'rxjs';
import { GRAPHQL_PATH, session } from '../auth/session';
import { bearer } from './bearer';
import { MeDocument } from '../auth/viewer';
import { connection } from './pagination';

/** Operations that must never trigger a token refresh (they are how one gets a token). */
const NO_REFRESH = new Set(['Login', 'Register', 'RefreshSession', 'Logout']);

/**
 * The WebSocket link, loaded (graphql-ws and all) when the first subscription starts: the login
 * page has none, so it stays out of the first load. A failed load (offline) is retried when the
 * browser is back online or after 5 s, as graphql-ws itself retries a lost socket. `restart`
 * before the load has no socket to restart; the socket opened later reads the current token.
 */
function lazyWsLink(): { link: ApolloLink; restart: () => void } {
  let loading: Promise<{ link: ApolloLink; restart: () => void }> | undefined;
  let loaded: { restart: () => void } | undefined;
  const load = () =>
    (loading ??= import('./wsLink').then(
      ({ createWsLink }) => (loaded = createWsLink()),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const backOnline = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        window.removeEventListener('online', done);
        resolve();
      };
      const timer = setTimeout(done, 5_000);
      window.addEventListener('online', done);
    });
  const link = new ApolloLink((operation, forward) =>
    defer(load).pipe(
      retry({ delay: backOnline }),
      mergeMap((ws) => ws.link.request(operation, forward)),
    ),
  );
  return { link, restart: () => loaded?.restart() };
}

export function createApolloClient(): ApolloClient {
  const httpLink = new HttpLink({ uri: GRAPHQL_PATH });
  const ws = lazyWsLink();
  const wsLink = ws.link;

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
