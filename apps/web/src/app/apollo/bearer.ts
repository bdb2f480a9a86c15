import { session } from '../auth/session';

/** The Authorization header value for the current access token, if signed in. */
export function bearer(): string | undefined {
  const token = session.getAccessToken();
  return token ? `Bearer ${token}` : undefined;
}
