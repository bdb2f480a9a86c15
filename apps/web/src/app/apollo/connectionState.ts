import { useSyncExternalStore } from 'react';

/**
 * The state of the graphql-ws socket, for "Đang kết nối lại…" banners and catch-up after a
 * reconnect. `connectedCount` grows by one on every connection_ack, so a hook can catch up
 * each time it changes.
 */
export interface RealtimeState {
  status: 'idle' | 'connecting' | 'connected' | 'closed';
  /** How many times the socket has been acknowledged (0: never yet). */
  connectedCount: number;
}

let state: RealtimeState = { status: 'idle', connectedCount: 0 };
const listeners = new Set<() => void>();

export function setRealtimeStatus(status: RealtimeState['status']): void {
  const connectedCount = status === 'connected' ? state.connectedCount + 1 : state.connectedCount;
  if (status === state.status && connectedCount === state.connectedCount) return;
  state = { status, connectedCount };
  listeners.forEach((listener) => listener());
}

export function getRealtimeState(): RealtimeState {
  return state;
}

export function subscribeRealtimeState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The socket state; `reconnecting` once a socket that was up is down (or coming back). */
export function useRealtimeConnection(): RealtimeState & { reconnecting: boolean } {
  const current = useSyncExternalStore(subscribeRealtimeState, getRealtimeState);
  return { ...current, reconnecting: current.connectedCount > 0 && current.status !== 'connected' && current.status !== 'idle' };
}
