import { ActionIcon, Anchor, Box, Group, Image, Modal, Paper, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconFileTypePdf, IconMovie, IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentFieldsFragment } from '../../gql/graphql';
import { formatFileSize } from '../../shared/lib/format';

export const isImage = (a: { contentType: string }) => a.contentType.startsWith('image/');
export const isVideo = (a: { contentType: string }) => a.contentType.startsWith('video/');
export const isPdf = (a: { contentType: string }) => a.contentType === 'application/pdf';

const MAX_TILES = 4;

/**
 * `srcset` of a feed image: the 320 px thumbnail and the 640/1280 px renditions, so a phone
 * takes what its screen needs and an ECG on a 2× screen stays sharp. Undefined until made.
 */
export function imageSrcSet(image: Pick<AttachmentFieldsFragment, 'thumbnailUrl' | 'renditions'>): string | undefined {
  const parts = [...(image.thumbnailUrl ? [`${image.thumbnailUrl} 320w`] : []), ...image.renditions.map((r) => `${r.url} ${r.width}w`)];
  return image.renditions.length ? parts.join(', ') : undefined;
}

function ImageGrid({ images }: { images: AttachmentFieldsFragment[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  const shown = images.slice(0, MAX_TILES);
  const extra = images.length - shown.length;
  const single = images.length === 1;
  const current = open === null ? null : images[open];

  return (
    <>
      <SimpleGrid cols={single ? 1 : 2} spacing={4}>
        {shown.map((image, index) => (
          <UnstyledButton
            key={image.id}
            onClick={() => setOpen(index)}
            aria-label={t('post.openImage', { index: index + 1, total: images.length, name: image.fileName })}
            style={{
              position: 'relative',
              borderRadius: 8,
              overflow: 'hidden',
              display: 'block',
              // Three images: the first one full width above the other two.
              gridColumn: shown.length === 3 && index === 0 ? 'span 2' : undefined,
            }}
          >
            <Image
              src={image.renditions[0]?.url ?? image.thumbnailUrl ?? image.url}
              srcSet={imageSrcSet(image)}
              // the feed column is ~650 px wide; two columns of tiles below that
              sizes={single || (shown.length === 3 && index === 0) ? '(max-width: 700px) 100vw, 650px' : '(max-width: 700px) 50vw, 325px'}
              alt=""
              h={single ? undefined : shown.length === 3 && index === 0 ? { base: 180, sm: 280 } : { base: 140, sm: 200 }}
              mah={single ? 460 : undefined}
              // a box before the lazy image arrives (below the fold it is not loaded yet): no zero-size tile, less layout shift
              mih={single ? 160 : undefined}
              fit={single ? 'contain' : 'cover'}
              bg="gray.1"
              loading="lazy"
            />
            {extra > 0 && index === shown.length - 1 ? (
              <Box
                aria-hidden
                pos="absolute"
                inset={0}
                bg="rgba(0,0,0,0.55)"
                c="white"
                fz={28}
                fw={700}
                style={{ display: 'flex', alignItems: 'center', justifyContent: 'center' }}
              >
                +{extra}
              </Box>
            ) : null}
          </UnstyledButton>
        ))}
      </SimpleGrid>
      <Modal
        opened={current !== null}
        onClose={() => setOpen(null)}
        size="xl"
        title={current ? t('post.imageOf', { index: (open ?? 0) + 1, total: images.length }) : ''}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        centered
      >
        {current ? (
          <Stack gap="sm">
            <Image src={current.url} alt={current.fileName} fit="contain" mah="70vh" />
            <Group justify="space-between" wrap="nowrap">
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('post.previousImage')}
                disabled={open === 0}
                onClick={() => setOpen((i) => (i === null ? i : Math.max(0, i - 1)))}
              >
                <IconChevronLeft size={20} aria-hidden />
              </ActionIcon>
              <Anchor href={current.url} target="_blank" rel="noopener noreferrer" size="sm" className="break-anywhere">
                {t('post.openOriginal')}
              </Anchor>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('post.nextImage')}
                disabled={open === images.length - 1}
                onClick={() => setOpen((i) => (i === null ? i : Math.min(images.length - 1, i + 1)))}
              >
                <IconChevronRight size={20} aria-hidden />
              </ActionIcon>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}

function FileLink({ file }: { file: AttachmentFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const Icon = isPdf(file) ? IconFileTypePdf : isVideo(file) ? IconMovie : IconPaperclip;
  return (
    <Paper withBorder p="xs" radius="md">
      <Group gap="sm" wrap="nowrap">
        <Icon size={28} aria-hidden color="var(--mantine-color-ketnoi-7)" style={{ flexShrink: 0 }} />
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Anchor href={file.url} target="_blank" rel="noopener noreferrer" fw={600} size="sm" className="break-anywhere">
            {file.fileName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {isPdf(file) ? t('post.pdf') : isVideo(file) ? t('post.video') : t('post.file')} · {formatFileSize(file.size, i18n.language)}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}

export function PostAttachments({ attachments }: { attachments: readonly AttachmentFieldsFragment[] }) {
  const { t } = useTranslation();
  if (attachments.length === 0) return null;
  const images = attachments.filter(isImage);
  const videos = attachments.filter(isVideo);
  const files = attachments.filter((a) => !isImage(a));
  return (
    <Stack gap="xs">
      {images.length > 0 ? <ImageGrid images={images} /> : null}
      {videos.map((video) => (
        <video
          key={video.id}
          src={video.url}
          controls
          preload="metadata"
          aria-label={t('post.videoLabel', { name: video.fileName })}
          style={{ width: '100%', maxHeight: 420, borderRadius: 8, background: '#000' }}
        />
      ))}
      {files.map((file) => (
        <FileLink key={file.id} file={file} />
      ))}
    </Stack>
  );
}
