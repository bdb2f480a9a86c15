import { Group, Loader, Select, Stack, Text, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacilityOptionFragment } from '../../gql/graphql';
import { FacilityByIdDocument, FacilitySearchDocument } from './documents';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'filter'> & {
  value: string | null;
  onChange: (id: string | null, facility: FacilityOptionFragment | null) => void;
  /** Only facilities of this province. */
  provinceCode?: string | null;
  /** The facility already chosen (e.g. the user's own), so its name shows before any search. */
  initialFacility?: FacilityOptionFragment | null;
};

/**
 * Facility picker that searches on the server as the user types (debounced), optionally
 * within one province. The server's search is accent-insensitive, so no client filtering.
 */
export function FacilitySelect({ value, onChange, provinceCode, initialFacility, ...props }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<FacilityOptionFragment | null>(initialFacility ?? null);
  const [debouncedSearch] = useDebouncedValue(search, 300);

  // A value set from outside (e.g. a link with ?facility=…): fetch its name once.
  const { data: byIdData } = useQuery(FacilityByIdDocument, {
    variables: { id: value ?? '' },
    skip: !value || selected?.id === value,
  });
  const resolved = value && selected?.id !== value ? (byIdData?.facility ?? null) : null;
  const current = value ? (selected?.id === value ? selected : resolved) : null;
  // Typing shows the chosen facility's name in the box; that is not a new search.
  const term = current && debouncedSearch === current.name ? '' : debouncedSearch.trim();

  const { data, previousData, loading } = useQuery(FacilitySearchDocument, {
    variables: { search: term || null, provinceCode: provinceCode || null, first: 20 },
  });

  // A province chosen after the facility: drop a facility from another province.
  useEffect(() => {
    if (current && provinceCode && current.province.code !== provinceCode) {
      setSelected(null);
      onChange(null, null);
    }
  }, [provinceCode, current, onChange]);

  const facilities = useMemo(() => {
    const found = (data ?? previousData)?.facilities.edges.map((edge) => edge.node) ?? [];
    if (current && !found.some((facility) => facility.id === current.id)) return [current, ...found];
    return found;
  }, [data, previousData, current]);

  const byId = useMemo(() => new Map(facilities.map((facility) => [facility.id, facility])), [facilities]);
  const options = useMemo(() => facilities.map((facility) => ({ value: facility.id, label: facility.name })), [facilities]);

  return (
    <Select
      data={options}
      value={current ? current.id : null}
      onChange={(id) => {
        const facility = id ? (byId.get(id) ?? null) : null;
        setSelected(facility);
        onChange(facility ? facility.id : null, facility);
      }}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? t('select.searching') : t('select.nothingFound')}
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      rightSection={loading && search ? <Loader size="xs" aria-label={t('select.searching')} /> : undefined}
      renderOption={({ option }) => {
        const facility = byId.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {facility ? (
              <Group gap={4}>
                <Text size="xs" c="dimmed">
                  {facility.province.name} · {t(`enums.FacilityLevel.${facility.level}`)}
                </Text>
              </Group>
            ) : null}
          </Stack>
        );
      }}
      {...props}
    />
  );
}
