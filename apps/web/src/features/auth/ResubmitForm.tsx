import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profession } from '../../gql/graphql';
import { mapApiError } from '../../shared/lib/errors';
import { FacilitySelect } from '../../shared/reference/FacilitySelect';
import { ProfessionSelect } from '../../shared/reference/ProfessionSelect';
import { ProvinceSelect } from '../../shared/reference/ProvinceSelect';
import { SpecialtySelect } from '../../shared/reference/SpecialtySelect';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { SuccessAlert } from '../../shared/ui/SuccessAlert';
import { ApplicantLicenseDocument, ResubmitVerificationDocument } from '../admin/documents';
import { ADMIN_TOOLS_NS } from '../admin/registerTexts';

const FIELDS = ['fullName', 'profession', 'specialtyCode', 'facilityId', 'licenseNumber'];

interface Applicant {
  fullName: string;
  profession: Profession;
  specialty?: { code: string } | null;
  facility?: { id: string; province: { code: string } } | null;
}

/** A rejected applicant corrects the details the verifier pointed at and sends them again (back to PENDING). */
export function ResubmitForm({ viewer, onDone }: { viewer: Applicant; onDone?: () => void }) {
  const { t } = useTranslation(ADMIN_TOOLS_NS);
  const { t: tc } = useTranslation();
  const [fullName, setFullName] = useState(viewer.fullName);
  const [profession, setProfession] = useState<Profession | null>(viewer.profession);
  const [specialtyCode, setSpecialtyCode] = useState<string | null>(viewer.specialty?.code ?? null);
  const [provinceCode, setProvinceCode] = useState<string | null>(viewer.facility?.province.code ?? null);
  const [facilityId, setFacilityId] = useState<string | null>(viewer.facility?.id ?? null);
  const [licenseNumber, setLicenseNumber] = useState('');
  const license = useQuery(ApplicantLicenseDocument, { fetchPolicy: 'network-only' });
  useEffect(() => {
    if (license.data?.me?.licenseNumber) setLicenseNumber((current) => current || (license.data?.me?.licenseNumber ?? ''));
  }, [license.data]);
  const [resubmit, { loading, error, data }] = useMutation(ResubmitVerificationDocument);
  const mapped = mapApiError(error, FIELDS);
  const fields = mapped.fieldErrors;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!profession || !facilityId) return;
    resubmit({ variables: { input: { fullName, profession, specialtyCode, facilityId, licenseNumber: licenseNumber.trim() || null } } })
      .then(() => onDone?.())
      .catch(() => undefined);
  };

  if (data?.resubmitVerification.verificationStatus === 'PENDING') return <SuccessAlert>{t('resubmit.done')}</SuccessAlert>;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="resubmit-title">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="resubmit-title">
          {t('resubmit.title')}
        </Title>
        <Text size="sm">{t('resubmit.intro')}</Text>
        <TextInput
          id="resubmit-fullName"
          label={t('resubmit.fullName')}
          required
          value={fullName}
          onChange={(e) => setFullName(e.currentTarget.value)}
          error={fields.fullName}
        />
        <ProfessionSelect
          id="resubmit-profession"
          label={t('resubmit.profession')}
          placeholder={tc('auth.register.professionPlaceholder')}
          required
          value={profession}
          onChange={setProfession}
          error={fields.profession ?? (!profession ? tc('validation.selectRequired') : undefined)}
        />
        <SpecialtySelect
          id="resubmit-specialtyCode"
          label={t('resubmit.specialty')}
          placeholder={tc('auth.register.specialtyPlaceholder')}
          value={specialtyCode}
          onChange={setSpecialtyCode}
          error={fields.specialtyCode}
        />
        <ProvinceSelect
          id="resubmit-province"
          label={tc('auth.register.province')}
          description={tc('auth.register.provinceHint')}
          placeholder={tc('auth.register.provincePlaceholder')}
          value={provinceCode}
          onChange={setProvinceCode}
        />
        <FacilitySelect
          id="resubmit-facilityId"
          label={t('resubmit.facility')}
          placeholder={tc('auth.register.facilityPlaceholder')}
          required
          provinceCode={provinceCode}
          value={facilityId}
          onChange={setFacilityId}
          error={fields.facilityId}
        />
        <TextInput
          id="resubmit-licenseNumber"
          label={t('resubmit.licenseNumber')}
          description={t('resubmit.licenseHint')}
          autoComplete="off"
          value={licenseNumber}
          onChange={(e) => setLicenseNumber(e.currentTarget.value)}
          error={fields.licenseNumber}
        />
        <ErrorAlert alert={mapped.alert} />
        <Button type="submit" loading={loading} disabled={!profession || !facilityId} style={{ alignSelf: 'flex-start' }}>
          {t('resubmit.submit')}
        </Button>
      </Stack>
    </form>
  );
}
