import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profession } from '../../gql/graphql';

export const PROFESSIONS: readonly Profession[] = [
  'PHYSICIAN',
  'ASSISTANT_PHYSICIAN',
  'NURSE',
  'MIDWIFE',
  'MEDICAL_TECHNICIAN',
  'CLINICAL_NUTRITIONIST',
  'PARAMEDIC',
  'CLINICAL_PSYCHOLOGIST',
  'TRADITIONAL_MEDICINE',
  'PHARMACIST',
  'OTHER',
];

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: Profession | null;
  onChange: (value: Profession | null) => void;
};

export function ProfessionSelect({ value, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const data = useMemo(() => PROFESSIONS.map((profession) => ({ value: profession, label: t(`enums.Profession.${profession}`) })), [t]);
  return <Select data={data} value={value} onChange={(next) => onChange((next as Profession | null) ?? null)} allowDeselect={false} {...props} />;
}
