import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useSubscription } from '@apollo/client/react';
import { IconShieldCheck } from '@tabler/icons-react';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../app/auth/hooks';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle';
import { useSpecialtyName } from '../../shared/reference/useSpecialtyName';
import { StatusBadge } from '../../shared/ui/StatusBadge';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { PinnedBroadcasts } from '../broadcasts/PinnedBroadcasts';
import { FeedSuggestions } from './FeedSuggestions';
import { Composer } from '../posts/Composer';
import { FeedDocument, NewFeedPostsDocument } from '../posts/documents';
import { NewPostsPill } from '../posts/NewPostsPill';
import { PostList } from '../posts/PostList';

const PAGE_SIZE = 15;

/** Compact: who is signed in, and (for admins) the way to the verification queue. */
function WelcomeCard() {
  const { t } = useTranslation();
  const { viewer, isAdmin } = useViewer();
  const specialtyName = useSpecialtyName();
  if (!viewer) return null;
  const details = [t(`enums.Profession.${viewer.profession}`), viewer.specialty ? specialtyName(viewer.specialty) : null, viewer.facility?.name]
    .filter(Boolean)
    .join(' · ');
  return (
    <Card withBorder padding="sm">
      <Group gap="sm" wrap="nowrap" align="center">
        <UserAvatar name={viewer.fullName} url={viewer.avatarUrl} size={48} />
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Title order={1} fz={{ base: 'h4', sm: 'h3' }} className="break-anywhere">
            {t('home.welcome', { name: viewer.fullName })}
          </Title>
          <Text size="sm" c="dimmed" className="break-anywhere" lineClamp={2}>
            {details}
          </Text>
          {viewer.verificationStatus !== 'VERIFIED' || isAdmin ? (
            <Group gap="xs">
              {viewer.verificationStatus !== 'VERIFIED' ? <StatusBadge status={viewer.verificationStatus} /> : null}
              {isAdmin ? (
                <Anchor component={Link} to="/admin/verifications" size="sm">
                  <Group gap={4} component="span" wrap="nowrap">
                    <IconShieldCheck size={16} aria-hidden />
                    {t('home.adminTitle')}
                  </Group>
                </Anchor>
              ) : null}
            </Group>
          ) : null}
        </Stack>
      </Group>
    </Card>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  useDocumentTitle(t('nav.home'));
  const { data, loading, error, fetchMore, refetch } = useQuery(FeedDocument, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: false,
  });
  const [fresh, setFresh] = useState<string[]>([]);
  // A new member (following nobody yet) gets suggestions above the feed for this visit, even
  // when posts of their specialty already fill it; an empty feed always shows them.
  const [newcomer] = useState(() => viewer?.verificationStatus === 'VERIFIED' && viewer.followingCount === 0);
  const feedRef = useRef(data?.feed);
  feedRef.current = data?.feed;

  // Live: colleagues' new posts are counted, not inserted (the list does not jump under the reader).
  useSubscription(NewFeedPostsDocument, {
    skip: !viewer,
    onData: ({ data: event }) => {
      const signal = event.data?.newFeedPosts;
      if (!signal || signal.authorId === viewer?.id) return;
      if (feedRef.current?.edges.some((edge) => edge.node.id === signal.postId)) return;
      setFresh((ids) => (ids.includes(signal.postId) ? ids : [...ids, signal.postId]));
    },
  });

  const showFresh = useCallback(() => {
    window.scrollTo({ top: 0, behavior: 'smooth' });
    setFresh([]);
    void refetch();
  }, [refetch]);

  return (
    <Stack gap="md" maw={680} mx="auto">
      <WelcomeCard />
      {viewer?.verificationStatus === 'VERIFIED' ? <PinnedBroadcasts /> : null}
      <Composer />
      {newcomer && data?.feed.edges.length ? <FeedSuggestions /> : null}
      <NewPostsPill count={fresh.length} onClick={showFresh} />
      <Title order={2} className="visually-hidden">
        {t('feed.title')}
      </Title>
      <PostList
        label={t('feed.title')}
        connection={data?.feed}
        loading={loading}
        error={error}
        fetchMore={(after) => fetchMore({ variables: { after } })}
        empty={<FeedSuggestions empty />}
      />
    </Stack>
  );
}
