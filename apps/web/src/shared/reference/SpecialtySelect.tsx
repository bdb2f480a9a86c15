import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeSelect, type CodeSelectProps } from './CodeSelect';
import { SpecialtiesDocument } from './documents';

/** Searchable (accent-insensitive) list of specialties, named in the current language. */
export function SpecialtySelect(props: CodeSelectProps) {
  const { i18n } = useTranslation();
  const { data, loading } = useQuery(SpecialtiesDocument);
  const options = useMemo(() => {
    const english = i18n.language === 'en';
    return (data?.specialties ?? [])
      .map((specialty) => ({ value: specialty.code, label: english ? specialty.nameEn : specialty.name }))
      .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  }, [data, i18n.language]);
  return <CodeSelect data={options} loading={loading} limit={100} {...props} />;
}
