import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/auth/useSession';
import { session } from '../../app/auth/session';
import { mapApiError, type FormAlert } from '../../shared/lib/errors';
import { isEmail } from '../../shared/lib/text';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PasswordField } from '../../shared/ui/PasswordField';
import { AuthCard } from './AuthCard';
import { requestLogin } from './loginRequest';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

export function LoginPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const [loading, setLoading] = useState(false);
  const { expired } = useSession();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Partial<Record<Field, string>> = {};
    if (!email.trim()) errors.email = t('validation.required');
    else if (!isEmail(email)) errors.email = t('validation.email');
    if (!password) errors.password = t('validation.required');
    setFieldErrors(errors);
    setAlert(null);
    if (Object.keys(errors).length) return;
    setLoading(true);
    try {
      const tokens = await requestLogin({ email: email.trim(), password });
      // The route guard sends the user on: verified → "/", pending → "/pending" (the button
      // stays busy while the signed-in app loads).
      session.establish(tokens);
    } catch (error) {
      const mapped = mapApiError(error, FIELDS);
      setFieldErrors(mapped.fieldErrors);
      setAlert(mapped.alert);
      setLoading(false);
    }
  };

  return (
    <AuthCard title={t('auth.login.title')} subtitle={t('auth.login.subtitle')}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack>
          {expired && !alert ? (
            <Alert color="orange" icon={<IconClockExclamation aria-hidden />} role="status">
              {t('auth.login.expired')}
            </Alert>
          ) : null}
          {/* a refused login is a wrong e-mail or password, not "not signed in" */}
          <ErrorAlert alert={alert} title={alert?.code === 'UNAUTHENTICATED' ? t('privacy.login.wrongTitle') : undefined} />
          <TextInput
            label={t('auth.login.email')}
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldErrors.email}
          />
          <PasswordField
            label={t('auth.login.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fieldErrors.password}
          />
          <Anchor component={Link} to="/forgot-password" size="sm" ta="right" mt={-8}>
            {t('privacy.forgot.link')}
          </Anchor>
          <Button type="submit" loading={loading} fullWidth size="md">
            {t('auth.login.submit')}
          </Button>
          <Text size="sm" ta="center">
            {t('auth.login.noAccount')}{' '}
            <Anchor component={Link} to="/register" fw={600}>
              {t('auth.login.registerLink')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
