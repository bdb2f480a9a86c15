import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { CodeSelect, type CodeSelectProps } from './CodeSelect';
import { ProvincesDocument } from './documents';

/** Searchable list of the 34 provinces and centrally-run cities. */
export function ProvinceSelect(props: CodeSelectProps) {
  const { data, loading } = useQuery(ProvincesDocument);
  const options = useMemo(
    () => (data?.provinces ?? []).map((province) => ({ value: province.code, label: province.name })).sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    [data],
  );
  return <CodeSelect data={options} loading={loading} limit={50} {...props} />;
}
