import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostPageFragment } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PostCard } from './PostCard';

interface PostListProps {
  connection: PostPageFragment | null | undefined;
  loading: boolean;
  error: unknown;
  /** fetchMore({ variables: { after } }) of the query. */
  fetchMore: (after: string) => Promise<unknown>;
  empty: ReactNode;
  hideGroup?: boolean;
  /** Accessible name of the list (a feed). */
  label: string;
}

/**
 * A feed of post cards that loads the next page when its end scrolls into view
 * (IntersectionObserver), with a "Tải thêm" button for keyboards and when observing fails.
 */
export function PostList({ connection, loading, error, fetchMore, empty, hideGroup, label }: PostListProps) {
  const { t } = useTranslation();
  const sentinel = useRef<HTMLDivElement>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const hasNext = !!connection?.pageInfo.hasNextPage;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMoreRef = useRef<(retry?: boolean) => void>(() => {});
  loadMoreRef.current = (retry = false) => {
    if (!hasNext || !endCursor || loadingMore || loading || (moreError && !retry)) return;
    setMoreError(null);
    setLoadingMore(true);
    fetchMore(endCursor)
      .catch((caught: unknown) => setMoreError(caught))
      .finally(() => setLoadingMore(false));
  };

  useEffect(() => {
    const node = sentinel.current;
    if (!node || !hasNext || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) loadMoreRef.current();
      },
      { rootMargin: '800px 0px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasNext, endCursor]);

  // Deduplicate by id: a post prepended locally may also come back in a page.
  const seen = new Set<string>();
  const posts = (connection?.edges ?? []).flatMap(({ node }) => {
    if (seen.has(node.id)) return [];
    seen.add(node.id);
    return [node];
  });

  if (loading && !connection) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  return (
    <Stack gap="md">
      {error && !connection ? <ErrorAlert error={error} /> : null}
      {connection && posts.length === 0 ? empty : null}
      {posts.length > 0 ? (
        <Stack gap="md" role="feed" aria-label={label} aria-busy={loadingMore}>
          {posts.map((post) => (
            <PostCard key={post.id} post={post} hideGroup={hideGroup} />
          ))}
        </Stack>
      ) : null}
      <div ref={sentinel} aria-hidden style={{ height: 1 }} />
      <ErrorAlert error={moreError} onClose={() => setMoreError(null)} />
      {hasNext ? (
        <Center>
          <Button variant="default" onClick={() => loadMoreRef.current(true)} loading={loadingMore}>
            {t('common.loadMore')}
          </Button>
        </Center>
      ) : connection && posts.length > 0 ? (
        <Text ta="center" size="sm" c="dimmed" py="sm">
          {t('feed.end')}
        </Text>
      ) : null}
    </Stack>
  );
}
