import { Button, Group, Stack } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mapApiError, type FormAlert } from '../../shared/lib/errors';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PasswordField } from '../../shared/ui/PasswordField';
import { SuccessAlert } from '../../shared/ui/SuccessAlert';
import { ChangePasswordDocument, MySessionsDocument } from './documents';

const FIELDS = ['currentPassword', 'newPassword'] as const;
type Field = (typeof FIELDS)[number] | 'confirm';
const EMPTY: Record<Field, string> = { currentPassword: '', newPassword: '', confirm: '' };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Field, string>>(EMPTY);
  const { currentPassword, newPassword, confirm } = values;
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const [done, setDone] = useState(false);
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument, {
    refetchQueries: [MySessionsDocument],
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    setDone(false);
    const errors: Partial<Record<Field, string>> = {};
    if (!currentPassword) errors.currentPassword = t('validation.required');
    if (!newPassword) errors.newPassword = t('validation.required');
    else if (newPassword.length < 8) errors.newPassword = t('validation.passwordShort');
    if (newPassword && confirm !== newPassword) errors.confirm = t('validation.passwordMismatch');
    setFieldErrors(errors);
    if (Object.keys(errors).length) return;
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
      setValues(EMPTY);
      setDone(true);
    } catch (error) {
      const mapped = mapApiError(error, FIELDS);
      setFieldErrors(mapped.fieldErrors);
      setAlert(mapped.alert);
    }
  };

  const fields: { name: Field; label: string; description?: string }[] = [
    { name: 'currentPassword', label: t('profile.password.current') },
    { name: 'newPassword', label: t('profile.password.new'), description: t('profile.password.hint') },
    { name: 'confirm', label: t('profile.password.confirm') },
  ];
  const clear = (field: Field) => setFieldErrors((errors) => (errors[field] ? { ...errors, [field]: undefined } : errors));

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack maw={640}>
        <ErrorAlert alert={alert} />
        {done ? <SuccessAlert onClose={() => setDone(false)}>{t('profile.password.done')}</SuccessAlert> : null}
        {fields.map((field) => (
          <PasswordField
            key={field.name}
            label={field.label}
            description={field.description}
            autoComplete={field.name === 'currentPassword' ? 'current-password' : 'new-password'}
            required
            value={values[field.name]}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setValues((current) => ({ ...current, [field.name]: value }));
              clear(field.name);
            }}
            error={fieldErrors[field.name]}
          />
        ))}
        <Group>
          <Button type="submit" loading={loading}>
            {t('profile.password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
