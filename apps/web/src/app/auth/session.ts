/**
 * The session store: the access token lives in memory only, the refresh token in
 * localStorage (`ketnoi.refresh`). It is plain TypeScript (no React) so the Apollo links can
 * read it; React subscribes through `useSession()`.
 *
 * `refresh()` is single-flight: however many requests fail with UNAUTHENTICATED at once,
 * only one `refreshSession` call goes out, and they all wait for it (refresh tokens are
 * rotated by the server, so two concurrent refreshes with the same token would log us out).
 */
import { print } from 'graphql';
import { graphql } from '../../gql';
import type { ViewerFieldsFragment } from '../../gql/graphql';

export const REFRESH_TOKEN_KEY = 'ketnoi.refresh';
export const GRAPHQL_PATH = '/graphql';

export const RefreshSessionDocument = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      refreshToken
      user {
        ...ViewerFields
      }
    }
  }
`);

export type SessionStatus = 'restoring' | 'anonymous' | 'authenticated';

export interface SessionState {
  status: SessionStatus;
  accessToken: string | null;
  /** Bumped every time the identity changes (login, logout), so dependants can reset. */
  generation: number;
  /** True after the server refused to renew the session (expired or revoked elsewhere). */
  expired: boolean;
}

export interface AuthTokens {
  accessToken: string;
  refreshToken: string;
  user: ViewerFieldsFragment;
}

type Listener = () => void;
type UserListener = (user: ViewerFieldsFragment) => void;

function readStoredRefreshToken(): string | null {
  try {
    return window.localStorage.getItem(REFRESH_TOKEN_KEY);
  } catch {
    return null;
  }
}

function writeStoredRefreshToken(token: string | null): void {
  try {
    if (token) window.localStorage.setItem(REFRESH_TOKEN_KEY, token);
    else window.localStorage.removeItem(REFRESH_TOKEN_KEY);
  } catch {
    /* storage unavailable (private mode): the session just won't survive a reload */
  }
}

let state: SessionState = {
  status: readStoredRefreshToken() ? 'restoring' : 'anonymous',
  accessToken: null,
  generation: 0,
  expired: false,
};
const listeners = new Set<Listener>();
const userListeners = new Set<UserListener>();
let inflightRefresh: Promise<boolean> | null = null;
/** The user of the last AuthPayload, for an Apollo Client created after it (App.tsx loads it later). */
let currentUser: ViewerFieldsFragment | null = null;
let restorePromise: Promise<boolean> | null = null;

function setState(next: Partial<SessionState>): void {
  state = { ...state, ...next };
  listeners.forEach((listener) => listener());
}

export const session = {
  getState(): SessionState {
    return state;
  },
  getAccessToken(): string | null {
    return state.accessToken;
  },
  isAuthenticated(): boolean {
    return state.status === 'authenticated';
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /**
   * Called with the user of every AuthPayload (login, register, refresh), e.g. to fill the
   * cache; at once with the current one if there is a session already.
   */
  onUser(listener: UserListener): () => void {
    userListeners.add(listener);
    if (currentUser && state.status === 'authenticated') listener(currentUser);
    return () => userListeners.delete(listener);
  },

  /** Store a fresh AuthPayload (login, register or refresh). */
  establish(tokens: AuthTokens): void {
    writeStoredRefreshToken(tokens.refreshToken);
    const identityChanged = state.status !== 'authenticated';
    currentUser = tokens.user;
    userListeners.forEach((listener) => listener(tokens.user));
    setState({
      status: 'authenticated',
      accessToken: tokens.accessToken,
      generation: identityChanged ? state.generation + 1 : state.generation,
      expired: false,
    });
  },

  /** Forget everything locally (the caller has told the server, or cannot). */
  clear(expired = false): void {
    writeStoredRefreshToken(null);
    currentUser = null;
    if (state.status === 'anonymous' && state.accessToken === null) {
      if (state.expired !== expired) setState({ expired });
      return;
    }
    setState({ status: 'anonymous', accessToken: null, generation: state.generation + 1, expired });
  },

  /**
   * Exchange the stored refresh token for a new pair. Resolves true on success; on a
   * definite refusal clears the session and resolves false. Single-flight.
   */
  refresh(): Promise<boolean> {
    if (inflightRefresh) return inflightRefresh;
    const refreshToken = readStoredRefreshToken();
    if (!refreshToken) {
      session.clear();
      return Promise.resolve(false);
    }
    inflightRefresh = callRefresh(refreshToken)
      .then((payload) => {
        if (payload) {
          session.establish(payload);
          return true;
        }
        // Refused: expired, or revoked from another device. Tell the user if they were signed in.
        session.clear(state.status !== 'anonymous');
        return false;
      })
      .catch(() => {
        // Network trouble: keep the refresh token for a later try, but we are not signed in now.
        if (state.status === 'restoring') setState({ status: 'anonymous', accessToken: null });
        return false;
      })
      .finally(() => {
        inflightRefresh = null;
      });
    return inflightRefresh;
  },

  /** On page load: restore the session from the stored refresh token, once. */
  restore(): Promise<boolean> {
    if (!restorePromise) {
      restorePromise = readStoredRefreshToken() ? session.refresh() : Promise.resolve(false);
    }
    return restorePromise;
  },
};

const refreshQuery = print(RefreshSessionDocument);

/** Returns the payload, null when the server refused the token, throws on network failure. */
async function callRefresh(refreshToken: string): Promise<AuthTokens | null> {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      operationName: 'RefreshSession',
      query: refreshQuery,
      variables: { refreshToken },
    }),
  });
  if (response.status >= 500) throw new Error(`refreshSession: HTTP ${response.status}`);
  let body: { data?: { refreshSession?: AuthTokens | null } | null; errors?: unknown[] };
  try {
    body = await response.json();
  } catch {
    throw new Error('refreshSession: invalid response');
  }
  const payload = body.data?.refreshSession;
  if (payload) return payload;
  const refused = (body.errors ?? []).some((error) => {
    const code = (error as { extensions?: { code?: unknown } })?.extensions?.code;
    return code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT' || code === 'FORBIDDEN' || code === 'NOT_FOUND';
  });
  if (refused || response.status === 401) return null;
  throw new Error('refreshSession: temporary failure');
}

// Another tab rotated or cleared the refresh token: follow it.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== REFRESH_TOKEN_KEY) return;
    if (event.newValue === null && state.status === 'authenticated') {
      currentUser = null;
      setState({ status: 'anonymous', accessToken: null, generation: state.generation + 1 });
    }
  });
}
