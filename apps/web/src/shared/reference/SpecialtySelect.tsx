import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SpecialtiesDocument } from './documents';
import { accentInsensitiveFilter } from './filter';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (code: string | null) => void;
};

/** Searchable (accent-insensitive) list of specialties, named in the current language. */
export function SpecialtySelect({ value, onChange, ...props }: Props) {
  const { t, i18n } = useTranslation();
  const { data, loading } = useQuery(SpecialtiesDocument);
  const options = useMemo(() => {
    const english = i18n.language === 'en';
    return (data?.specialties ?? [])
      .map((specialty) => ({ value: specialty.code, label: english ? specialty.nameEn : specialty.name }))
      .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  }, [data, i18n.language]);
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
      limit={100}
      {...props}
    />
  );
}
