import { TextInput } from '@mantine/core';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profession } from '../../gql/graphql';
import { FacilitySelect } from '../../shared/reference/FacilitySelect';
import { ProfessionSelect } from '../../shared/reference/ProfessionSelect';
import { ProvinceSelect } from '../../shared/reference/ProvinceSelect';
import { SpecialtySelect } from '../../shared/reference/SpecialtySelect';

/** The professional details an applicant gives when registering and again when resubmitting. */
export interface ProfileValues {
  fullName: string;
  profession: Profession | null;
  specialtyCode: string | null;
  /** Only narrows the facility search; not sent. */
  provinceCode: string | null;
  facilityId: string | null;
  licenseNumber: string;
}

/** The fields the API reports errors on (`extensions.field`). */
export type ProfileField = 'fullName' | 'profession' | 'specialtyCode' | 'facilityId' | 'licenseNumber';

export interface ProfileLabels {
  fullName: string;
  profession: string;
  specialty: string;
  facility: string;
  licenseNumber: string;
  licenseHint: string;
}

interface Props {
  /** Input ids are `<idPrefix>-<field>` (focus on error, labels, tests). */
  idPrefix: string;
  labels: ProfileLabels;
  values: ProfileValues;
  /** Called with the one field that changed; keep it stable (useCallback): the facility picker depends on it. */
  onChange: (patch: Partial<ProfileValues>) => void;
  errors: Partial<Record<ProfileField, string>>;
  fullNameAutoComplete?: string;
  /** Rendered right after the name (e.g. the account's email and password when registering). */
  afterName?: ReactNode;
}

/** Name, profession, specialty, province → facility, licence: shared by registration and resubmission. */
export function ProfileFields({ idPrefix, labels, values, onChange, errors, fullNameAutoComplete, afterName }: Props) {
  const { t } = useTranslation();
  const onFacilityChange = useCallback((facilityId: string | null) => onChange({ facilityId }), [onChange]);
  return (
    <>
      <TextInput
        id={`${idPrefix}-fullName`}
        label={labels.fullName}
        autoComplete={fullNameAutoComplete}
        required
        value={values.fullName}
        onChange={(event) => onChange({ fullName: event.currentTarget.value })}
        error={errors.fullName}
      />
      {afterName}
      <ProfessionSelect
        id={`${idPrefix}-profession`}
        label={labels.profession}
        placeholder={t('auth.register.professionPlaceholder')}
        required
        value={values.profession}
        onChange={(profession) => onChange({ profession })}
        error={errors.profession}
      />
      <SpecialtySelect
        id={`${idPrefix}-specialtyCode`}
        label={labels.specialty}
        placeholder={t('auth.register.specialtyPlaceholder')}
        value={values.specialtyCode}
        onChange={(specialtyCode) => onChange({ specialtyCode })}
        error={errors.specialtyCode}
      />
      <ProvinceSelect
        id={`${idPrefix}-province`}
        label={t('auth.register.province')}
        description={t('auth.register.provinceHint')}
        placeholder={t('auth.register.provincePlaceholder')}
        value={values.provinceCode}
        onChange={(provinceCode) => onChange({ provinceCode })}
      />
      <FacilitySelect
        id={`${idPrefix}-facilityId`}
        label={labels.facility}
        placeholder={t('auth.register.facilityPlaceholder')}
        required
        provinceCode={values.provinceCode}
        value={values.facilityId}
        onChange={onFacilityChange}
        error={errors.facilityId}
      />
      <TextInput
        id={`${idPrefix}-licenseNumber`}
        label={labels.licenseNumber}
        description={labels.licenseHint}
        autoComplete="off"
        value={values.licenseNumber}
        onChange={(event) => onChange({ licenseNumber: event.currentTarget.value })}
        error={errors.licenseNumber}
      />
    </>
  );
}
