import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProvincesDocument } from './documents';
import { accentInsensitiveFilter } from './filter';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (code: string | null) => void;
};

/** Searchable list of the 34 provinces and centrally-run cities. */
export function ProvinceSelect({ value, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(ProvincesDocument);
  const options = useMemo(
    () =>
      (data?.provinces ?? [])
        .map((province) => ({ value: province.code, label: province.name }))
        .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    [data],
  );
  return (
    <Select
      data={options}
      value={value}
      onChange={(code) => onChange(code)}
      searchable
      clearable
      filter={accentInsensitiveFilter}
      nothingFoundMessage={loading ? t('select.searching') : t('select.nothingFound')}
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      limit={50}
      {...props}
    />
  );
}
