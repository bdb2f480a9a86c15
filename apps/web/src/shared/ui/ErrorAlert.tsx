import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { mapApiError, type FormAlert } from '../lib/errors';
import { UploadError } from '../upload/uploadError';

interface ErrorAlertProps {
  /** Either an already mapped alert or a raw error (Apollo, upload). */
  alert?: FormAlert | null;
  error?: unknown;
  onClose?: () => void;
  /** A title more precise than the code's (e.g. "wrong e-mail or password" for a failed login). */
  title?: string;
}

/** One clear alert for an error that does not belong under a form field. */
export function ErrorAlert({ alert, error, onClose, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  let shown = alert ?? null;
  let uploadMessage: string | null = null;
  if (!shown && error) {
    if (error instanceof UploadError) {
      uploadMessage = error.reason === 'tooLarge' ? t('upload.tooLarge', { max: 5 }) : error.reason === 'badType' ? t('upload.badType') : t('upload.failed');
      shown = { code: 'BAD_USER_INPUT', message: uploadMessage };
    } else if (!(error instanceof DOMException && error.name === 'AbortError')) {
      shown = mapApiError(error).alert;
    }
  }
  if (!shown) return null;
  const code = shown.code;
  return (
    <Alert
      role="alert"
      color={code === 'RATE_LIMITED' || code === 'CONFLICT' ? 'orange' : 'red'}
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title={title ?? t(`errors.title.${code}`)}
      withCloseButton={!!onClose}
      closeButtonLabel={t('common.close')}
      onClose={onClose}
    >
      {shown.message ?? t(`errors.message.${code}`)}
    </Alert>
  );
}
