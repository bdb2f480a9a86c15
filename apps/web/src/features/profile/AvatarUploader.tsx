import { Button, FileButton, Progress, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconCamera } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpload } from '../../shared/upload/useUpload';
import { IMAGE_TYPES } from '../../shared/upload/uploadFile';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { SuccessAlert } from '../../shared/ui/SuccessAlert';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { UpdateProfileDocument } from './documents';

/** Avatar with "change photo": requestUpload → PUT with progress → completeUpload → updateProfile. */
export function AvatarUploader({ name, avatarUrl }: { name: string; avatarUrl: string | null }) {
  const { t } = useTranslation();
  const { upload, uploading, progress, error: uploadError, reset } = useUpload({ purpose: 'AVATAR' });
  const [updateProfile, { loading: saving }] = useMutation(UpdateProfileDocument);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const onFile = async (file: File | null) => {
    if (!file) return;
    setError(null);
    setDone(false);
    reset();
    try {
      const attachment = await upload(file);
      await updateProfile({ variables: { input: { avatarAttachmentId: attachment.id } } });
      setDone(true);
    } catch (caught) {
      setError(caught);
    }
  };

  const busy = uploading || saving;
  return (
    <Stack gap="sm" align="center" w={{ base: '100%', xs: 200 }}>
      <UserAvatar name={name} url={avatarUrl} size={120} decorative={false} />
      <FileButton onChange={(file) => void onFile(file)} accept={IMAGE_TYPES.join(',')}>
        {(props) => (
          <Button {...props} variant="light" leftSection={<IconCamera size={18} aria-hidden />} loading={busy}>
            {t('profile.changePhoto')}
          </Button>
        )}
      </FileButton>
      <Text size="xs" c="dimmed" ta="center">
        {t('profile.photoHint')}
      </Text>
      {progress !== null ? (
        <Stack gap={4} w="100%">
          <Progress value={progress} aria-label={t('profile.uploadProgress')} animated={uploading} size="lg" />
          <Text size="xs" ta="center" aria-live="polite">
            {t('profile.uploading', { percent: progress })}
          </Text>
        </Stack>
      ) : null}
      <ErrorAlert
        error={error ?? uploadError}
        onClose={() => {
          setError(null);
          reset();
        }}
      />
      {done ? <SuccessAlert onClose={() => setDone(false)}>{t('profile.photoUpdated')}</SuccessAlert> : null}
    </Stack>
  );
}
