import { useSyncExternalStore } from 'react';

/**
 * What the rest of the app may ask of the mounted CallProvider (one per signed-in app),
 * kept outside React context so the provider can sit anywhere in the layout.
 */
export interface CallController {
  start: (conversationId: string, video: boolean) => void;
  /** A call (or a ring) is in progress on this device. */
  busy: boolean;
  maxParticipants: number;
}

let controller: CallController | null = null;
const listeners = new Set<() => void>();

export function setCallController(next: CallController | null): void {
  controller = next;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** null when calls are not available (signed out, not verified). */
export function useCallController(): CallController | null {
  return useSyncExternalStore(
    subscribe,
    () => controller,
    () => null,
  );
}
