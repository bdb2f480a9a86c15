import { Badge, Button, Card, Group, SimpleGrid, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { IconHash, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { SearchKind, SearchQuery } from '../../gql/graphql';
import { formatNumber } from '../../shared/lib/format';
import { SearchDocument } from './documents';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { LoadMoreFooter, useLoadMore } from '../../shared/ui/LoadMoreList';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageLoader } from '../../shared/ui/PageShell';
import { GroupCardView } from '../groups/GroupCardView';
import { UserCardView } from '../people/UserCardView';
import { PostCard } from '../posts/PostCard';

const TABS = ['all', 'posts', 'people', 'groups', 'hashtags'] as const;
type Tab = (typeof TABS)[number];
type Result = SearchQuery['search']['edges'][number]['node'];
const KIND_OF_TAB: Record<Exclude<Tab, 'all'>, SearchKind> = {
  posts: 'POST',
  people: 'USER',
  groups: 'GROUP',
  hashtags: 'HASHTAG',
};
const PAGE = 20;

function HashtagLink({ tag, postCount }: { tag: string; postCount: number }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="sm" component="li">
      <Group justify="space-between" wrap="nowrap">
        <Button
          component={Link}
          to={`/search?q=${encodeURIComponent(`#${tag}`)}&tab=posts`}
          variant="subtle"
          leftSection={<IconHash size={18} aria-hidden />}
          px={4}
          style={{ minWidth: 0 }}
        >
          <Text span fw={600} truncate>
            {tag}
          </Text>
        </Button>
        <Badge variant="light" color="gray" tt="none">
          {t('search.postCount', { count: postCount, formatted: formatNumber(postCount, i18n.language) })}
        </Badge>
      </Group>
    </Card>
  );
}

function Results({ results, tab }: { results: Result[]; tab: Tab }) {
  const { t } = useTranslation();
  const posts = results.filter((r): r is Extract<Result, { __typename: 'Post' }> => r.__typename === 'Post');
  const users = results.filter((r): r is Extract<Result, { __typename: 'User' }> => r.__typename === 'User');
  const groups = results.filter((r): r is Extract<Result, { __typename: 'Group' }> => r.__typename === 'Group');
  const tags = results.filter((r): r is Extract<Result, { __typename: 'Hashtag' }> => r.__typename === 'Hashtag');
  const section = (key: Exclude<Tab, 'all'>, count: number, body: React.ReactNode) =>
    count > 0 ? (
      <Stack gap="sm" key={key}>
        {tab === 'all' ? (
          <Title order={2} fz="h4">
            {t(`search.tabs.${key}`)}
          </Title>
        ) : null}
        {body}
      </Stack>
    ) : null;
  return (
    <Stack gap="lg">
      {(tab === 'all' || tab === 'hashtags') &&
        section(
          'hashtags',
          tags.length,
          <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {tags.map((tag) => (
              <HashtagLink key={tag.tag} tag={tag.tag} postCount={tag.postCount} />
            ))}
          </SimpleGrid>,
        )}
      {(tab === 'all' || tab === 'people') &&
        section(
          'people',
          users.length,
          <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {users.map((user) => (
              <UserCardView key={user.id} user={user} />
            ))}
          </SimpleGrid>,
        )}
      {(tab === 'all' || tab === 'groups') &&
        section(
          'groups',
          groups.length,
          <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {groups.map((group) => (
              <GroupCardView key={group.id} group={group} />
            ))}
          </SimpleGrid>,
        )}
      {(tab === 'all' || tab === 'posts') &&
        section(
          'posts',
          posts.length,
          <Stack gap="md">
            {posts.map((post) => (
              <PostCard key={post.id} post={post} />
            ))}
          </Stack>,
        )}
    </Stack>
  );
}

export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [query] = useDebouncedValue(text.trim(), 300);
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : 'all';

  const { data, previousData, loading, error, fetchMore } = useQuery(SearchDocument, {
    // One tab = one kind, filtered by the server so every page of that tab is full.
    variables: { query, first: PAGE, types: tab === 'all' ? undefined : [KIND_OF_TAB[tab]] },
    skip: query.length < 2,
  });
  const shown = query.length < 2 ? undefined : (data ?? previousData);
  const connection = shown?.search;
  const results = connection?.edges.map(({ node }) => node) ?? [];

  const update = (next: { q?: string; tab?: Tab }) => {
    const q = next.q ?? text.trim();
    const nextTab = next.tab ?? tab;
    const search = new URLSearchParams();
    if (q) search.set('q', q);
    if (nextTab !== 'all') search.set('tab', nextTab);
    setParams(search, { replace: true });
  };

  const more = useLoadMore(() => fetchMore({ variables: { after: connection?.pageInfo.endCursor } }));

  return (
    <Stack gap="md" maw={760} mx="auto">
      <PageHeader title={t('search.title')} subtitle={t('search.subtitle')} />
      <form role="search" onSubmit={(event) => event.preventDefault()} aria-label={t('search.title')}>
        <TextInput
          label={t('search.label')}
          placeholder={t('search.placeholder')}
          type="search"
          leftSection={<IconSearch size={18} aria-hidden />}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            update({ q: event.currentTarget.value.trim() });
          }}
          autoComplete="off"
          autoFocus={!text}
        />
      </form>
      <Tabs value={tab} onChange={(value) => update({ tab: (value as Tab) ?? 'all' })} keepMounted={false}>
        <Tabs.List style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value} px={{ base: 8, sm: 'md' }} style={{ whiteSpace: 'nowrap' }}>
              {t(`search.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <ErrorAlert error={error} />
      {query.length < 2 ? <Text c="dimmed">{t('search.hint')}</Text> : loading && !shown ? <PageLoader /> : null}
      {connection && results.length === 0 && !loading ? <Text role="status">{t('search.noResults', { query })}</Text> : null}
      <div style={{ opacity: loading && !more.loadingMore ? 0.6 : 1 }} aria-busy={loading}>
        <Results results={results} tab={tab} />
      </div>
      <LoadMoreFooter hasMore={!!connection?.pageInfo.hasNextPage} state={more} />
    </Stack>
  );
}
