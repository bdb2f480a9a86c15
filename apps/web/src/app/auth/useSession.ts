import { useSyncExternalStore } from 'react';
import { session, type SessionState } from './session';

/** The session's state, re-rendering on every change (no Apollo: the login page uses it). */
export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}
