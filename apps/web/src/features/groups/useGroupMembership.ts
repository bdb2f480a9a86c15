import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { GroupCardFragment } from '../../gql/graphql';
import { JoinGroupDocument, LeaveGroupDocument } from './documents';

/** Join (or request, or accept an invitation) and leave (or withdraw, or decline). */
export function useGroupMembership() {
  const [join, joinState] = useMutation(JoinGroupDocument, { refetchQueries: ['MyGroups'] });
  const [leave, leaveState] = useMutation(LeaveGroupDocument, { refetchQueries: ['MyGroups'] });

  const joinGroup = useCallback((group: GroupCardFragment) => join({ variables: { groupId: group.id } }), [join]);

  const leaveGroup = useCallback(
    (group: GroupCardFragment) =>
      leave({
        variables: { groupId: group.id },
        update: (cache, { data }) => {
          if (!data?.leaveGroup) return;
          const wasMember = !!group.viewerRole;
          cache.modify({
            id: cache.identify({ __typename: 'Group', id: group.id }),
            fields: {
              viewerRole: () => null,
              viewerRequestPending: () => false,
              viewerInvited: () => false,
              memberCount: (count: number) => (wasMember ? Math.max(0, count - 1) : count),
            },
          });
          if (wasMember) {
            // Its posts may no longer be visible: fetch them again when shown.
            cache.evict({ id: 'ROOT_QUERY', fieldName: 'groupPosts', args: { groupId: group.id } });
            cache.evict({ id: 'ROOT_QUERY', fieldName: 'feed' });
          }
        },
      }),
    [leave],
  );

  return { joinGroup, leaveGroup, loading: joinState.loading || leaveState.loading };
}
