import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { AcknowledgeBroadcastDocument, PinnedBroadcastsDocument } from './documents';

/** One tap: acknowledges and takes the broadcast off the pinned strip. */
export function useAcknowledge() {
  const [mutate, state] = useMutation(AcknowledgeBroadcastDocument, {
    update(cache, { data }) {
      const id = data?.acknowledgeBroadcast.id;
      if (!id) return;
      cache.updateQuery({ query: PinnedBroadcastsDocument }, (existing) =>
        existing ? { ...existing, pinnedBroadcasts: existing.pinnedBroadcasts.filter((b) => b.id !== id) } : existing,
      );
    },
  });
  const acknowledge = useCallback((id: string) => mutate({ variables: { id } }), [mutate]);
  return { acknowledge, ...state };
}
