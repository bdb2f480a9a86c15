import { Anchor, Button, FileButton, Group, Image, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFileTypePdf, IconPaperclip, IconPhoto } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseAttachmentFragment } from '../../gql/graphql';
import { mapApiError } from '../../shared/lib/errors';
import { formatFileSize } from '../../shared/lib/format';
import { UploadError } from '../../shared/upload/uploadFile';
import { useUpload } from '../../shared/upload/useUpload';
import { RemoveButton } from '../../shared/ui/RemoveButton';

export const CASE_ATTACHMENTS_MAX = 20;
const ACCEPT = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf', 'application/dicom'];
const MAX_BYTES = 200 * 1024 * 1024;
const IMAGE_OR_PDF_MAX = 20 * 1024 * 1024;

/** Browsers report no type for .dcm files: name them so the server's DICOM de-identifier takes them. */
function withType(file: File): File {
  if (!file.type && /\.(dcm|dicom)$/i.test(file.name)) return new File([file], file.name, { type: 'application/dicom' });
  return file;
}

/** What the server kept after de-identification: images re-encoded without EXIF/GPS, DICOM without patient tags. */
export function AttachmentPreview({ attachment, onRemove }: { attachment: CaseAttachmentFragment; onRemove?: () => void }) {
  const { t, i18n } = useTranslation('cases');
  const image = attachment.contentType.startsWith('image/');
  const pdf = attachment.contentType === 'application/pdf';
  const dicom = attachment.contentType === 'application/dicom';
  const Icon = pdf ? IconFileTypePdf : image ? IconPhoto : IconPaperclip;
  return (
    <Paper withBorder radius="md" p="xs" component="li" style={{ listStyle: 'none', position: 'relative' }}>
      <Stack gap={6}>
        {image ? (
          <Anchor href={attachment.url} target="_blank" rel="noreferrer" aria-label={t('cases.attachments.open', { name: attachment.fileName })}>
            <Image
              src={attachment.thumbnailUrl ?? attachment.url}
              alt={t('cases.attachments.previewAlt', { name: attachment.fileName })}
              h={140}
              radius="sm"
              fit="cover"
            />
          </Anchor>
        ) : (
          <Group gap="xs" wrap="nowrap">
            <Icon size={32} aria-hidden color="var(--mantine-color-ketnoi-7)" style={{ flexShrink: 0 }} />
            <Anchor href={attachment.url} target="_blank" rel="noreferrer" size="sm" className="break-anywhere">
              {t('cases.attachments.open', { name: attachment.fileName })}
            </Anchor>
          </Group>
        )}
        <Text size="xs" fw={600} className="break-anywhere" pr={onRemove ? 28 : 0}>
          {attachment.fileName}
        </Text>
        <Text size="xs" c="dimmed">
          {formatFileSize(attachment.size, i18n.language)} ·{' '}
          {dicom ? t('cases.attachments.deidDicom') : pdf ? t('cases.attachments.deidPdf') : image ? t('cases.attachments.deidImage') : ''}
        </Text>
      </Stack>
      {onRemove ? <RemoveButton label={t('cases.attachments.remove', { name: attachment.fileName })} onClick={onRemove} /> : null}
    </Paper>
  );
}

/** The editor's attachments: upload one file at a time with progress; shows the de-identified result. */
export function CaseAttachmentsEditor({
  attachments,
  onChange,
  error,
}: {
  attachments: CaseAttachmentFragment[];
  onChange: (next: CaseAttachmentFragment[]) => void;
  error?: string | null;
}) {
  const { t } = useTranslation('cases');
  const { upload, uploading, progress, reset } = useUpload({ purpose: 'CASE_ATTACHMENT', accept: ACCEPT, maxBytes: MAX_BYTES });
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [current, setCurrent] = useState<string | null>(null);

  const onFile = async (picked: File | null) => {
    if (!picked) return;
    const file = withType(picked);
    setUploadError(null);
    if (file.type !== 'application/dicom' && file.size > IMAGE_OR_PDF_MAX) {
      setUploadError(t('cases.attachments.tooLarge'));
      return;
    }
    setCurrent(file.name);
    try {
      const attachment = await upload(file);
      onChange([...attachments, attachment]);
    } catch (caught) {
      if (caught instanceof DOMException && caught.name === 'AbortError') return;
      if (caught instanceof UploadError) {
        setUploadError(
          caught.reason === 'badType' ? t('cases.attachments.badType') : caught.reason === 'tooLarge' ? t('cases.attachments.tooLarge') : t('upload.failed'),
        );
      } else {
        setUploadError(mapApiError(caught).alert?.message ?? t('upload.failed'));
      }
    } finally {
      setCurrent(null);
      reset();
    }
  };

  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('cases.fields.attachments')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('cases.attachments.hint')}
      </Text>
      {attachments.length ? (
        <SimpleGrid component="ul" cols={{ base: 1, xs: 2, sm: 3 }} spacing="xs" m={0} p={0} aria-label={t('cases.fields.attachments')}>
          {attachments.map((a) => (
            <AttachmentPreview key={a.id} attachment={a} onRemove={() => onChange(attachments.filter((x) => x.id !== a.id))} />
          ))}
        </SimpleGrid>
      ) : null}
      {uploading ? (
        <Stack gap={4}>
          <Text size="xs">{t('cases.attachments.uploading', { name: current ?? '' })}</Text>
          <Progress value={progress ?? 0} size="sm" aria-label={t('cases.attachments.progress', { name: current ?? '' })} />
        </Stack>
      ) : null}
      {uploadError || error ? (
        <Text size="sm" c="red.8" role="alert">
          {uploadError ?? error}
        </Text>
      ) : null}
      <Group>
        <FileButton onChange={(file) => void onFile(file)} accept={`${ACCEPT.join(',')},.dcm`}>
          {(props) => (
            <Button
              {...props}
              variant="default"
              leftSection={<IconPaperclip size={18} aria-hidden />}
              disabled={uploading || attachments.length >= CASE_ATTACHMENTS_MAX}
            >
              {t('cases.attachments.add')}
            </Button>
          )}
        </FileButton>
      </Group>
    </Stack>
  );
}
