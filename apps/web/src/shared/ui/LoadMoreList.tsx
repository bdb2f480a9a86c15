import { Button, Center, Stack, Text } from '@mantine/core';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';
import { PageLoader } from './PageShell';

/** Runs one "load more" at a time and keeps its pending state and error. */
export function useLoadMore(load: () => Promise<unknown>) {
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const loadMore = useCallback(() => {
    setLoadingMore(true);
    setMoreError(null);
    void load()
      .catch(setMoreError)
      .finally(() => setLoadingMore(false));
  }, [load]);
  return { loadMore, loadingMore, moreError, clearMoreError: () => setMoreError(null) };
}

/** The error of the last "load more" and the "Tải thêm" button (while there is more). */
export function LoadMoreFooter({ hasMore, state }: { hasMore: boolean; state: ReturnType<typeof useLoadMore> }) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorAlert error={state.moreError} onClose={state.clearMoreError} />
      {hasMore ? (
        <Center>
          <Button variant="default" onClick={state.loadMore} loading={state.loadingMore}>
            {t('common.loadMore')}
          </Button>
        </Center>
      ) : null}
    </>
  );
}

export interface LoadMoreListProps<T> {
  items: readonly T[];
  /** Each item, with its key (a `<li>` or a component rendering one). */
  children: (item: T) => ReactNode;
  /** The first page has arrived (until then a spinner; then `empty` if there is nothing). */
  loaded: boolean;
  /** A request is in flight (a refetch with other variables dims the list). */
  loading?: boolean;
  /** The query's error. */
  error?: unknown;
  /** Shown when the list is loaded and empty: a sentence (a status line) or any content. */
  empty?: ReactNode;
  hasMore: boolean;
  /** Fetches the next page (e.g. `fetchMore({ variables: { after: endCursor } })`). */
  onLoadMore: () => Promise<unknown>;
  /** Wraps the items (default: a plain list); receives the list's accessible name. */
  list?: (items: ReactNode) => ReactNode;
  label?: string;
}

/** A paged list: first-load spinner, error, empty state, the items and a "Tải thêm" button. */
export function LoadMoreList<T>({ items, children, loaded, loading = false, error, empty, hasMore, onLoadMore, list, label }: LoadMoreListProps<T>) {
  const more = useLoadMore(onLoadMore);
  const rendered = items.map(children);
  return (
    <>
      <ErrorAlert error={error} />
      {loading && !loaded ? <PageLoader /> : null}
      {loaded && !loading && items.length === 0 && !hasMore && empty ? typeof empty === 'string' ? <Text role="status">{empty}</Text> : empty : null}
      {items.length > 0 ? (
        <div style={{ opacity: loading && !more.loadingMore ? 0.6 : 1 }} aria-busy={loading}>
          {list ? (
            list(rendered)
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
              {rendered}
            </Stack>
          )}
        </div>
      ) : null}
      <LoadMoreFooter hasMore={hasMore} state={more} />
    </>
  );
}
