import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { mapApiError, type FormAlert } from '../../shared/lib/errors';
import { isEmail } from '../../shared/lib/text';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { AuthCard } from '../auth/AuthCard';
import { RequestPasswordResetDocument } from './documents';

/** "Quên mật khẩu?": asks for a reset link; the answer never says whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const [sent, setSent] = useState(false);
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    if (!email.trim()) return setFieldError(t('validation.required'));
    if (!isEmail(email)) return setFieldError(t('validation.email'));
    setFieldError(null);
    try {
      await request({ variables: { email: email.trim() } });
      setSent(true);
    } catch (error) {
      const mapped = mapApiError(error, ['email']);
      setFieldError(mapped.fieldErrors.email ?? null);
      setAlert(mapped.alert);
    }
  };

  return (
    <AuthCard title={t('privacy.forgot.title')} subtitle={t('privacy.forgot.subtitle')}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack>
          {sent ? (
            <Alert color="teal" icon={<IconMailCheck aria-hidden />} role="status">
              {t('privacy.forgot.sent')}
            </Alert>
          ) : null}
          <ErrorAlert alert={alert} />
          <TextInput
            label={t('privacy.forgot.email')}
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldError}
          />
          <Button type="submit" loading={loading} fullWidth size="md">
            {t('privacy.forgot.submit')}
          </Button>
          <Text size="sm" ta="center">
            <Anchor component={Link} to="/login" fw={600}>
              {t('privacy.forgot.back')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
