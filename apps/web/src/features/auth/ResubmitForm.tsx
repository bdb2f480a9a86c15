import { Button, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profession } from '../../gql/graphql';
import { mapApiError } from '../../shared/lib/errors';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { SuccessAlert } from '../../shared/ui/SuccessAlert';
import { ApplicantLicenseDocument, ResubmitVerificationDocument } from '../admin/documents';
import { ADMIN_TOOLS_NS } from '../admin/registerTexts';
import { ProfileFields, type ProfileField, type ProfileValues } from './ProfileFields';

const FIELDS: ProfileField[] = ['fullName', 'profession', 'specialtyCode', 'facilityId', 'licenseNumber'];

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
  const [values, setValues] = useState<ProfileValues>({
    fullName: viewer.fullName,
    profession: viewer.profession,
    specialtyCode: viewer.specialty?.code ?? null,
    provinceCode: viewer.facility?.province.code ?? null,
    facilityId: viewer.facility?.id ?? null,
    licenseNumber: '',
  });
  const onChange = useCallback((patch: Partial<ProfileValues>) => setValues((current) => ({ ...current, ...patch })), []);
  const { fullName, profession, specialtyCode, facilityId, licenseNumber } = values;
  const license = useQuery(ApplicantLicenseDocument, { fetchPolicy: 'network-only' });
  useEffect(() => {
    const stored = license.data?.me?.licenseNumber;
    if (stored) setValues((current) => (current.licenseNumber ? current : { ...current, licenseNumber: stored }));
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
        <ProfileFields
          idPrefix="resubmit"
          labels={{
            fullName: t('resubmit.fullName'),
            profession: t('resubmit.profession'),
            specialty: t('resubmit.specialty'),
            facility: t('resubmit.facility'),
            licenseNumber: t('resubmit.licenseNumber'),
            licenseHint: t('resubmit.licenseHint'),
          }}
          values={values}
          onChange={onChange}
          errors={{ ...fields, profession: fields.profession ?? (!profession ? tc('validation.selectRequired') : undefined) }}
        />
        <ErrorAlert alert={mapped.alert} />
        <Button type="submit" loading={loading} disabled={!profession || !facilityId} style={{ alignSelf: 'flex-start' }}>
          {t('resubmit.submit')}
        </Button>
      </Stack>
    </form>
  );
}
