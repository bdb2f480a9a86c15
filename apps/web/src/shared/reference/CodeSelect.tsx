import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { accentInsensitiveFilter } from './filter';

export type CodeSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (code: string | null) => void;
};

/** A searchable (accent-insensitive), clearable select of reference data picked by code. */
export function CodeSelect({ value, onChange, loading, ...props }: CodeSelectProps & { data: SelectProps['data']; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Select
      value={value}
      onChange={(code) => onChange(code)}
      searchable
      clearable
      filter={accentInsensitiveFilter}
      nothingFoundMessage={loading ? t('select.searching') : t('select.nothingFound')}
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      {...props}
    />
  );
}
