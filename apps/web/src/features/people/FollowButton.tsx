import { Button, type ButtonProps } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconUserCheck, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../app/auth/hooks';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { FollowUserDocument, UnfollowUserDocument } from './documents';

interface FollowTarget {
  id: string;
  fullName: string;
  viewerFollows: boolean;
  followerCount: number;
}

/**
 * Follow / unfollow with an optimistic count. The viewer's own followingCount moves with it.
 */
export function FollowButton({ user, ...props }: { user: FollowTarget } & ButtonProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [follow, followState] = useMutation(FollowUserDocument);
  const [unfollow, unfollowState] = useMutation(UnfollowUserDocument);
  const [error, setError] = useState<unknown>(null);
  if (!viewer || viewer.id === user.id) return null;

  const following = user.viewerFollows;
  const busy = followState.loading || unfollowState.loading;

  const toggle = async () => {
    setError(null);
    const delta = following ? -1 : 1;
    const options = {
      variables: { userId: user.id },
      update: (cache: import('@apollo/client').ApolloCache) => {
        cache.modify({
          id: cache.identify({ __typename: 'User', id: viewer.id }),
          fields: { followingCount: (count: number) => Math.max(0, count + delta) },
        });
      },
    };
    const optimistic = {
      __typename: 'User' as const,
      id: user.id,
      viewerFollows: !following,
      followerCount: Math.max(0, user.followerCount + delta),
    };
    try {
      if (following) await unfollow({ ...options, optimisticResponse: { __typename: 'Mutation', unfollowUser: optimistic } });
      else await follow({ ...options, optimisticResponse: { __typename: 'Mutation', followUser: optimistic } });
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <>
      <Button
        variant={following ? 'default' : 'filled'}
        leftSection={following ? <IconUserCheck size={18} aria-hidden /> : <IconUserPlus size={18} aria-hidden />}
        onClick={() => void toggle()}
        disabled={busy}
        aria-label={following ? t('people.unfollowLabel', { name: user.fullName }) : t('people.followLabel', { name: user.fullName })}
        {...props}
      >
        {following ? t('people.unfollow') : t('people.follow')}
      </Button>
      <ErrorAlert error={error} onClose={() => setError(null)} />
    </>
  );
}
