import { useCallback } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { session } from './session';
import { useSession } from './useSession';
import { LogoutDocument, MeDocument, hasFullAccess, isAdmin } from './viewer';

export { useSession };

/** The signed-in user (from the cache, filled by every AuthPayload), or null. */
export function useViewer() {
  const { status } = useSession();
  const { data, loading, error } = useQuery(MeDocument, {
    skip: status !== 'authenticated',
    fetchPolicy: 'cache-first',
  });
  const viewer = status === 'authenticated' ? (data?.me ?? null) : null;
  return {
    status,
    viewer,
    loading: status === 'restoring' || (status === 'authenticated' && loading && !viewer),
    error,
    isAdmin: isAdmin(viewer),
    hasFullAccess: hasFullAccess(viewer),
  };
}

export function useLogout(): () => Promise<void> {
  const client = useApolloClient();
  return useCallback(async () => {
    try {
      if (session.isAuthenticated()) await client.mutate({ mutation: LogoutDocument });
    } catch {
      /* the server may already consider us logged out; forget locally anyway */
    }
    session.clear();
    // A shared ward computer: nothing of this user stays behind (Apollo's cache, and the
    // IndexedDB outbox and drafts; loaded on demand so the first chunk stays light).
    await client.clearStore();
    await import('../../features/messages/outboxStore').then((m) => m.clearOfflineData()).catch(() => undefined);
  }, [client]);
}
