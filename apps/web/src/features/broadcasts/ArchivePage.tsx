import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useViewer } from '../../app/auth/hooks';
import { LoadMoreList } from '../../shared/ui/LoadMoreList';
import { PageHeader } from '../../shared/ui/PageHeader';
import { BroadcastsDocument } from './documents';
import { BroadcastListCard } from './parts';
import { publisherRole } from './roles';

const PAGE = 20;

/** The archive: what targets the viewer (publishers: also their scope), searchable. */
export function ArchivePage() {
  const { t } = useTranslation('broadcasts');
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const documentNumber = params.get('so') ?? '';
  const unacknowledgedOnly = params.get('chua') === '1';
  const [debouncedQuery] = useDebouncedValue(query.trim(), 300);
  const [debouncedNumber] = useDebouncedValue(documentNumber.trim(), 300);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const { data, loading, error, fetchMore } = useQuery(BroadcastsDocument, {
    variables: { first: PAGE, query: debouncedQuery || null, documentNumber: debouncedNumber || null, unacknowledgedOnly },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.broadcasts;
  return (
    <Stack gap="md" maw={860} mx="auto">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <PageHeader title={t('broadcasts.title')} subtitle={t('broadcasts.subtitle')} />
        {publisherRole(viewer) ? (
          <Button component={Link} to="/broadcasts/new" leftSection={<IconPlus size={18} aria-hidden />}>
            {t('broadcasts.actions.compose')}
          </Button>
        ) : null}
      </Group>
      <Stack gap="xs" component="search" role="search">
        <TextInput
          label={t('broadcasts.archive.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(e) => set('q', e.currentTarget.value)}
          maxLength={200}
        />
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('broadcasts.archive.documentNumber')}
            placeholder={t('broadcasts.archive.documentNumberPlaceholder')}
            value={documentNumber}
            onChange={(e) => set('so', e.currentTarget.value)}
            maxLength={60}
            style={{ flex: '1 1 200px' }}
          />
          <Checkbox
            label={t('broadcasts.archive.unacknowledgedOnly')}
            checked={unacknowledgedOnly}
            onChange={(e) => set('chua', e.currentTarget.checked ? '1' : '')}
            mb={8}
          />
        </Group>
      </Stack>
      <LoadMoreList
        items={connection?.edges ?? []}
        loaded={!!connection}
        loading={loading}
        error={error}
        empty={t('broadcasts.archive.empty')}
        hasMore={!!connection?.pageInfo.hasNextPage}
        onLoadMore={() => fetchMore({ variables: { after: connection?.pageInfo.endCursor } })}
        label={t('broadcasts.archive.label')}
      >
        {({ node }) => <BroadcastListCard key={node.id} item={node} to={`/broadcasts/${node.id}`} />}
      </LoadMoreList>
    </Stack>
  );
}
