import { Button, Grid, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FacilitySelect } from '../../shared/reference/FacilitySelect';
import { ProvinceSelect } from '../../shared/reference/ProvinceSelect';
import { SpecialtySelect } from '../../shared/reference/SpecialtySelect';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadMoreList } from '../../shared/ui/LoadMoreList';
import { SearchUsersDocument } from './documents';
import { UserCardView } from './UserCardView';

const PAGE_SIZE = 20;

export function PeoplePage() {
  const { t } = useTranslation();
  // Filters live in the URL so a search can be shared and survives "back".
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [debouncedText] = useDebouncedValue(text.trim(), 350);
  const specialtyCode = params.get('specialty');
  const provinceCode = params.get('province');
  const facilityId = params.get('facility');

  const setParam = useCallback(
    (name: string, value: string | null) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const onText = (value: string) => {
    setText(value);
    setParam('q', value.trim() || null);
  };
  const onFacility = useCallback((id: string | null) => setParam('facility', id), [setParam]);

  const { data, previousData, loading, error, fetchMore } = useQuery(SearchUsersDocument, {
    variables: {
      query: debouncedText,
      specialtyCode: specialtyCode || null,
      provinceCode: provinceCode || null,
      facilityId: facilityId || null,
      first: PAGE_SIZE,
    },
  });
  const shown = data ?? previousData;
  const connection = shown?.searchUsers;
  const users = connection?.edges.map((edge) => edge.node) ?? [];
  const hasFilters = !!(text || specialtyCode || provinceCode || facilityId);

  return (
    <Stack>
      <PageHeader title={t('people.title')} subtitle={t('people.subtitle')} />
      <form role="search" onSubmit={(event) => event.preventDefault()} aria-label={t('people.searchForm')}>
        <Grid gap="sm">
          <Grid.Col span={12}>
            <TextInput
              label={t('people.search')}
              placeholder={t('people.searchPlaceholder')}
              type="search"
              leftSection={<IconSearch size={18} aria-hidden />}
              value={text}
              onChange={(event) => onText(event.currentTarget.value)}
              autoComplete="off"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <SpecialtySelect
              label={t('people.specialty')}
              placeholder={t('people.anySpecialty')}
              value={specialtyCode}
              onChange={(code) => setParam('specialty', code)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <ProvinceSelect
              label={t('people.province')}
              placeholder={t('people.anyProvince')}
              value={provinceCode}
              onChange={(code) => setParam('province', code)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <FacilitySelect
              label={t('people.facility')}
              placeholder={t('people.anyFacility')}
              provinceCode={provinceCode}
              value={facilityId}
              onChange={onFacility}
            />
          </Grid.Col>
        </Grid>
        {hasFilters ? (
          <Button
            variant="subtle"
            mt="xs"
            px={0}
            onClick={() => {
              setText('');
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            {t('people.clearFilters')}
          </Button>
        ) : null}
      </form>

      <Title order={2} fz="h4" mt="sm">
        {t('people.results')}
      </Title>
      <LoadMoreList
        items={users}
        loaded={!!shown}
        loading={loading}
        error={error}
        empty={t('people.noResults')}
        hasMore={!!connection?.pageInfo.hasNextPage}
        onLoadMore={() => fetchMore({ variables: { after: connection?.pageInfo.endCursor } })}
        list={(items) => (
          <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {items}
          </SimpleGrid>
        )}
      >
        {(user) => <UserCardView key={user.id} user={user} />}
      </LoadMoreList>
    </Stack>
  );
}
