import { useMutation } from '@apollo/client/react';
import type { Reference } from '@apollo/client';
import { useCallback } from 'react';
import { VerifyUserDocument } from './documents';

/** verifyUser with optimistic removal of the user from the pending queue. */
export function useVerifyUser() {
  const [mutate, result] = useMutation(VerifyUserDocument);
  const verify = useCallback(
    (userId: string, approve: boolean, reason?: string) =>
      mutate({
        variables: { input: { userId, approve, reason: reason ?? null } },
        optimisticResponse: {
          __typename: 'Mutation',
          verifyUser: { __typename: 'User', id: userId, verificationStatus: approve ? 'VERIFIED' : 'REJECTED' },
        },
        update(cache) {
          cache.modify({
            fields: {
              pendingVerifications(existing, { readField }) {
                const list = existing as { edges?: Array<{ node: Reference }> } | undefined;
                if (!list?.edges) return existing;
                return {
                  ...list,
                  edges: list.edges.filter((edge) => readField('id', edge.node) !== userId),
                } as typeof existing;
              },
            },
          });
        },
      }),
    [mutate],
  );
  return [verify, result] as const;
}
