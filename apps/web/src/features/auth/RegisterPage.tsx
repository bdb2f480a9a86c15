import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { session } from '../../app/auth/session';
import type { Profession } from '../../gql/graphql';
import { mapApiError, type FormAlert } from '../../shared/lib/errors';
import { isEmail } from '../../shared/lib/text';
import { FacilitySelect } from '../../shared/reference/FacilitySelect';
import { ProfessionSelect } from '../../shared/reference/ProfessionSelect';
import { ProvinceSelect } from '../../shared/reference/ProvinceSelect';
import { SpecialtySelect } from '../../shared/reference/SpecialtySelect';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PasswordField } from '../../shared/ui/PasswordField';
import { AuthCard } from './AuthCard';
import { RegisterDocument } from './documents';

/** RegisterInput fields, as the API names them in `extensions.field`. */
const FIELDS = ['fullName', 'email', 'password', 'profession', 'specialtyCode', 'facilityId', 'licenseNumber'] as const;
type Field = (typeof FIELDS)[number];

export function RegisterPage() {
  const { t } = useTranslation();
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [profession, setProfession] = useState<Profession | null>(null);
  const [specialtyCode, setSpecialtyCode] = useState<string | null>(null);
  const [provinceCode, setProvinceCode] = useState<string | null>(null);
  const [facilityId, setFacilityId] = useState<string | null>(null);
  const [licenseNumber, setLicenseNumber] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const [register, { loading }] = useMutation(RegisterDocument);

  const clearError = (field: Field) => setFieldErrors((errors) => (errors[field] ? { ...errors, [field]: undefined } : errors));
  const onFacilityChange = useCallback((id: string | null) => {
    setFacilityId(id);
    setFieldErrors((errors) => (errors.facilityId ? { ...errors, facilityId: undefined } : errors));
  }, []);

  const validate = (): Partial<Record<Field, string>> => {
    const errors: Partial<Record<Field, string>> = {};
    if (!fullName.trim()) errors.fullName = t('validation.required');
    if (!email.trim()) errors.email = t('validation.required');
    else if (!isEmail(email)) errors.email = t('validation.email');
    if (!password) errors.password = t('validation.required');
    else if (password.length < 8) errors.password = t('validation.passwordShort');
    if (!profession) errors.profession = t('validation.selectRequired');
    if (!facilityId) errors.facilityId = t('validation.selectRequired');
    return errors;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = validate();
    setFieldErrors(errors);
    setAlert(null);
    if (Object.keys(errors).length || !profession || !facilityId) {
      const first = FIELDS.find((field) => errors[field]);
      if (first) document.getElementById(`register-${first}`)?.focus();
      return;
    }
    try {
      const { data } = await register({
        variables: {
          input: {
            fullName: fullName.trim(),
            email: email.trim(),
            password,
            profession,
            specialtyCode: specialtyCode ?? null,
            facilityId,
            licenseNumber: licenseNumber.trim() || null,
          },
        },
      });
      // New accounts are pending: the route guard takes the user to /pending.
      if (data?.register) session.establish(data.register);
    } catch (error) {
      const mapped = mapApiError(error, FIELDS);
      setFieldErrors(mapped.fieldErrors);
      setAlert(mapped.alert);
    }
  };

  return (
    <AuthCard title={t('auth.register.title')} subtitle={t('auth.register.subtitle')}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert alert={alert} />
          <TextInput
            id="register-fullName"
            label={t('auth.register.fullName')}
            autoComplete="name"
            required
            value={fullName}
            onChange={(event) => {
              setFullName(event.currentTarget.value);
              clearError('fullName');
            }}
            error={fieldErrors.fullName}
          />
          <TextInput
            id="register-email"
            label={t('auth.register.email')}
            type="email"
            inputMode="email"
            autoComplete="email"
            required
            value={email}
            onChange={(event) => {
              setEmail(event.currentTarget.value);
              clearError('email');
            }}
            error={fieldErrors.email}
          />
          <PasswordField
            id="register-password"
            label={t('auth.register.password')}
            description={t('auth.register.passwordHint')}
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => {
              setPassword(event.currentTarget.value);
              clearError('password');
            }}
            error={fieldErrors.password}
          />
          <ProfessionSelect
            id="register-profession"
            label={t('auth.register.profession')}
            placeholder={t('auth.register.professionPlaceholder')}
            required
            value={profession}
            onChange={(value) => {
              setProfession(value);
              clearError('profession');
            }}
            error={fieldErrors.profession}
          />
          <SpecialtySelect
            id="register-specialtyCode"
            label={t('auth.register.specialty')}
            placeholder={t('auth.register.specialtyPlaceholder')}
            value={specialtyCode}
            onChange={(value) => {
              setSpecialtyCode(value);
              clearError('specialtyCode');
            }}
            error={fieldErrors.specialtyCode}
          />
          <ProvinceSelect
            id="register-province"
            label={t('auth.register.province')}
            description={t('auth.register.provinceHint')}
            placeholder={t('auth.register.provincePlaceholder')}
            value={provinceCode}
            onChange={setProvinceCode}
          />
          <FacilitySelect
            id="register-facilityId"
            label={t('auth.register.facility')}
            placeholder={t('auth.register.facilityPlaceholder')}
            required
            provinceCode={provinceCode}
            value={facilityId}
            onChange={onFacilityChange}
            error={fieldErrors.facilityId}
          />
          <TextInput
            id="register-licenseNumber"
            label={t('auth.register.licenseNumber')}
            description={t('auth.register.licenseHint')}
            autoComplete="off"
            value={licenseNumber}
            onChange={(event) => {
              setLicenseNumber(event.currentTarget.value);
              clearError('licenseNumber');
            }}
            error={fieldErrors.licenseNumber}
          />
          <Button type="submit" loading={loading} fullWidth size="md">
            {t('auth.register.submit')}
          </Button>
          <Text size="sm" ta="center">
            {t('auth.register.haveAccount')}{' '}
            <Anchor component={Link} to="/login" fw={600}>
              {t('auth.register.loginLink')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
