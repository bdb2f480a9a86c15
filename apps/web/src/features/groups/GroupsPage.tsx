import { Button, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useViewer } from '../../app/auth/hooks';
import { LoadMoreList } from '../../shared/ui/LoadMoreList';
import { PageHeader } from '../../shared/ui/PageHeader';
import { GroupsDocument, MyGroupsDocument } from './documents';
import { GroupCardView } from './GroupCardView';

const PAGE = 20;

function GroupGrid({ children, label }: { children: React.ReactNode; label: string }) {
  return (
    <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {children}
    </SimpleGrid>
  );
}

export function GroupsPage() {
  const { t } = useTranslation();
  const { hasFullAccess } = useViewer();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [query] = useDebouncedValue(text.trim(), 300);

  const mine = useQuery(MyGroupsDocument, { variables: { first: PAGE }, skip: !!query, fetchPolicy: 'cache-and-network' });
  const all = useQuery(GroupsDocument, { variables: { query: query || null, first: PAGE } });
  const shown = all.data ?? all.previousData;
  const results = shown?.groups;
  // Without a query, "discover" shows the groups the viewer is not in yet.
  const resultEdges = (results?.edges ?? []).filter(({ node }) => !!query || !node.viewerRole);
  const myGroups = mine.data?.myGroups.edges.map(({ node }) => node) ?? [];

  const onText = (value: string) => {
    setText(value);
    setParams(value.trim() ? { q: value.trim() } : {}, { replace: true });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <PageHeader title={t('groups.title')} subtitle={t('groups.subtitle')} />
        {hasFullAccess ? (
          <Button component={Link} to="/groups/new" leftSection={<IconPlus size={18} aria-hidden />}>
            {t('groups.create')}
          </Button>
        ) : null}
      </Group>
      <form role="search" onSubmit={(event) => event.preventDefault()} aria-label={t('groups.searchForm')}>
        <TextInput
          label={t('groups.search')}
          placeholder={t('groups.searchPlaceholder')}
          type="search"
          leftSection={<IconSearch size={18} aria-hidden />}
          value={text}
          onChange={(event) => onText(event.currentTarget.value)}
          autoComplete="off"
        />
      </form>

      {!query && myGroups.length > 0 ? (
        <Stack gap="sm">
          <Title order={2} fz="h4">
            {t('groups.mine')}
          </Title>
          <GroupGrid label={t('groups.mine')}>
            {myGroups.map((group) => (
              <GroupCardView key={group.id} group={group} />
            ))}
          </GroupGrid>
        </Stack>
      ) : null}

      <Stack gap="sm">
        <Title order={2} fz="h4">
          {query ? t('groups.results') : t('groups.discover')}
        </Title>
        <LoadMoreList
          items={resultEdges}
          loaded={!!shown}
          loading={all.loading && !shown}
          error={all.error}
          empty={query ? t('groups.noResults') : t('groups.nothingToDiscover')}
          hasMore={!!results?.pageInfo.hasNextPage}
          onLoadMore={() => all.fetchMore({ variables: { after: results?.pageInfo.endCursor } })}
          list={(items) => <GroupGrid label={query ? t('groups.results') : t('groups.discover')}>{items}</GroupGrid>}
        >
          {({ node }) => <GroupCardView key={node.id} group={node} />}
        </LoadMoreList>
      </Stack>
    </Stack>
  );
}
