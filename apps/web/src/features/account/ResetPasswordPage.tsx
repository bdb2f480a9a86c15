import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { session } from '../../app/auth/session';
import { mapApiError, type FormAlert } from '../../shared/lib/errors';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PasswordField } from '../../shared/ui/PasswordField';
import { AuthCard } from '../auth/AuthCard';
import { ResetPasswordDocument } from './documents';

/** The e-mailed link: /reset-password#token=… (in the fragment, so it never reaches a server log). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const token = new URLSearchParams(location.hash.replace(/^#/, '')).get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ newPassword?: string; confirm?: string; token?: string }>({});
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const [done, setDone] = useState(false);
  const [reset, { loading }] = useMutation(ResetPasswordDocument);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    const next: typeof errors = {};
    if (!password) next.newPassword = t('validation.required');
    if (password !== confirm) next.confirm = t('privacy.reset.mismatch');
    setErrors(next);
    if (Object.keys(next).length) return;
    try {
      await reset({ variables: { token, newPassword: password } });
      // every session was revoked, this browser's too
      session.clear();
      setDone(true);
    } catch (error) {
      const mapped = mapApiError(error, ['newPassword', 'token']);
      setErrors(mapped.fieldErrors);
      setAlert(mapped.alert);
    }
  };

  if (!token || done) {
    return (
      <AuthCard title={t('privacy.reset.title')}>
        <Stack>
          {done ? (
            <Alert color="teal" icon={<IconCircleCheck aria-hidden />} role="status">
              {t('privacy.reset.done')}
            </Alert>
          ) : (
            <Alert color="orange" role="alert">
              {t('privacy.reset.noToken')}
            </Alert>
          )}
          <Button component={Link} to={done ? '/login' : '/forgot-password'} fullWidth>
            {done ? t('privacy.forgot.back') : t('privacy.reset.again')}
          </Button>
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('privacy.reset.title')} subtitle={t('privacy.reset.subtitle')}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert alert={alert} />
          {errors.token ? (
            <Alert color="red" role="alert">
              {errors.token}{' '}
              <Anchor component={Link} to="/forgot-password" fw={600}>
                {t('privacy.reset.again')}
              </Anchor>
            </Alert>
          ) : null}
          <PasswordField
            label={t('privacy.reset.password')}
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.newPassword}
          />
          <PasswordField
            label={t('privacy.reset.confirm')}
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(event) => setConfirm(event.currentTarget.value)}
            error={errors.confirm}
          />
          <Button type="submit" loading={loading} fullWidth size="md">
            {t('privacy.reset.submit')}
          </Button>
          <Text size="sm" ta="center">
            <Anchor component={Link} to="/login">
              {t('privacy.forgot.back')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
