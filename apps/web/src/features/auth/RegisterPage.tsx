import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { session } from '../../app/auth/session';
import { mapApiError, type FormAlert } from '../../shared/lib/errors';
import { isEmail } from '../../shared/lib/text';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PasswordField } from '../../shared/ui/PasswordField';
import { AuthCard } from './AuthCard';
import { ProfileFields, type ProfileValues } from './ProfileFields';
import { RegisterDocument } from './documents';

/** RegisterInput fields, as the API names them in `extensions.field`. */
const FIELDS = ['fullName', 'email', 'password', 'profession', 'specialtyCode', 'facilityId', 'licenseNumber'] as const;
type Field = (typeof FIELDS)[number];

export function RegisterPage() {
  const { t } = useTranslation();
  const [profile, setProfile] = useState<ProfileValues>({
    fullName: '',
    profession: null,
    specialtyCode: null,
    provinceCode: null,
    facilityId: null,
    licenseNumber: '',
  });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const [register, { loading }] = useMutation(RegisterDocument);
  const { fullName, profession, specialtyCode, facilityId, licenseNumber } = profile;

  const clearError = useCallback((field: Field) => setFieldErrors((errors) => (errors[field] ? { ...errors, [field]: undefined } : errors)), []);
  // A changed field loses its error (the province has none of its own).
  const onProfileChange = useCallback(
    (patch: Partial<ProfileValues>) => {
      setProfile((current) => ({ ...current, ...patch }));
      for (const field of Object.keys(patch)) if (field !== 'provinceCode') clearError(field as Field);
    },
    [clearError],
  );

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
          <ProfileFields
            idPrefix="register"
            labels={{
              fullName: t('auth.register.fullName'),
              profession: t('auth.register.profession'),
              specialty: t('auth.register.specialty'),
              facility: t('auth.register.facility'),
              licenseNumber: t('auth.register.licenseNumber'),
              licenseHint: t('auth.register.licenseHint'),
            }}
            values={profile}
            onChange={onProfileChange}
            errors={fieldErrors}
            fullNameAutoComplete="name"
            afterName={
              <>
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
              </>
            }
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
