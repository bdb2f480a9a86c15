import { ActionIcon, Box, CloseButton, Group, Image, Paper, Progress, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconPaperclip, IconSend } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentFieldsFragment, ChatMessageFragment } from '../../gql/graphql';
import { newClientId } from '../../shared/lib/id';
import { UploadError } from '../../shared/upload/uploadFile';
import { useUpload } from '../../shared/upload/useUpload';
import type { Draft } from './useSendMessage';
import { useEverydayPhi } from '../../shared/phi/everydayPhi';
import { PhiHints } from '../../shared/phi/PhiHints';

/** What the API takes for MESSAGE_ATTACHMENT, with its size limits. */
const MESSAGE_TYPES: Record<string, number> = {
  'image/jpeg': 10 * 1024 * 1024,
  'image/png': 10 * 1024 * 1024,
  'image/webp': 10 * 1024 * 1024,
  'application/pdf': 20 * 1024 * 1024,
  'video/mp4': 50 * 1024 * 1024,
  'video/webm': 50 * 1024 * 1024,
};
const ACCEPT = Object.keys(MESSAGE_TYPES);
const MAX_FILES = 10;
const MAX_BODY = 10_000;

interface FileItem {
  key: string;
  file: File;
  attachment: AttachmentFieldsFragment | null;
  failed: boolean;
}

/** One file of the message on its way up (the shared upload flow), with its own progress. */
function UploadChip({
  item,
  onDone,
  onFailed,
  onRemove,
}: {
  item: FileItem;
  onDone: (a: AttachmentFieldsFragment) => void;
  onFailed: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { upload, progress, error } = useUpload({
    purpose: 'MESSAGE_ATTACHMENT',
    accept: ACCEPT,
    maxBytes: MESSAGE_TYPES[item.file.type] ?? 0,
  });
  const callbacks = useRef({ onDone, onFailed });
  callbacks.current = { onDone, onFailed };
  const [preview, setPreview] = useState<string | null>(null);
  useEffect(() => {
    if (!item.file.type.startsWith('image/')) return;
    const url = URL.createObjectURL(item.file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [item.file]);
  // Starts once per file (useUpload aborts the transfer when the chip goes away).
  useEffect(() => {
    upload(item.file).then(
      (attachment) => callbacks.current.onDone(attachment),
      (caught: unknown) => {
        if (caught instanceof DOMException && caught.name === 'AbortError') return;
        callbacks.current.onFailed();
      },
    );
  }, [item.file, upload]);
  const name = item.file.name;
  const reason = error instanceof UploadError ? error.reason : null;
  return (
    <Paper withBorder p={6} radius="md" w={150} style={{ position: 'relative' }}>
      <Stack gap={4}>
        <Group gap={6} wrap="nowrap">
          {preview ? <Image src={preview} alt="" w={32} h={32} radius="sm" fit="cover" /> : <IconPaperclip size={20} aria-hidden />}
          <Text size="xs" truncate="end" style={{ flex: 1 }} title={name}>
            {name}
          </Text>
          <CloseButton size="sm" aria-label={t('messages.composer.remove', { name })} onClick={onRemove} />
        </Group>
        {item.attachment ? null : item.failed ? (
          <Text size="xs" c="red.8" role="alert">
            {reason === 'tooLarge' || reason === 'badType'
              ? t(`upload.${reason}`, { max: Math.round((MESSAGE_TYPES[item.file.type] ?? 0) / 1048576) })
              : t('messages.composer.uploadFailed', { name })}
          </Text>
        ) : (
          <Progress value={progress ?? 0} size="sm" aria-label={t('messages.composer.uploading', { name, progress: progress ?? 0 })} />
        )}
      </Stack>
    </Paper>
  );
}

interface ChatComposerProps {
  disabled?: boolean;
  replyTo: ChatMessageFragment | null;
  onCancelReply: () => void;
  onSend: (draft: Draft) => void;
  onTyping: () => void;
  /** The conversation's saved draft (null while it is read): restored into an empty box. */
  restoredDraft?: string | null;
  onDraftChange?: (body: string) => void;
}

/** Text (Enter sends, Shift+Enter is a new line), files with progress, and the quoted reply. */
export function ChatComposer({ disabled, replyTo, onCancelReply, onSend, onTyping, restoredDraft, onDraftChange }: ChatComposerProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  // Chat messages are only warned about (contract §9): the hints, no send check.
  const phi = useEverydayPhi(body);
  const [files, setFiles] = useState<FileItem[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const picker = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (replyTo) input.current?.focus();
  }, [replyTo]);
  // The saved draft arrives once read from storage; what was typed meanwhile wins.
  useEffect(() => {
    if (restoredDraft) setBody((typed) => typed || restoredDraft);
  }, [restoredDraft]);

  const uploading = files.some((f) => !f.attachment && !f.failed);
  const ready = files.flatMap((f) => (f.attachment ? [f.attachment] : []));
  const canSend = !disabled && !uploading && (body.trim().length > 0 || ready.length > 0) && body.length <= MAX_BODY;

  const submit = () => {
    if (!canSend) return;
    onSend({ body: body.trim() ? body : '', attachments: ready, replyTo });
    setBody('');
    setFiles([]);
    setNotice(null);
    onCancelReply();
    input.current?.focus();
  };

  const addFiles = (list: FileList | null) => {
    if (!list) return;
    const room = MAX_FILES - files.length;
    const picked = Array.from(list);
    if (picked.length > room) setNotice(t('messages.composer.tooMany', { max: MAX_FILES }));
    setFiles((current) => [...current, ...picked.slice(0, Math.max(0, room)).map((file) => ({ key: newClientId(), file, attachment: null, failed: false }))]);
  };

  const patch = (key: string, change: Partial<FileItem>) => setFiles((current) => current.map((f) => (f.key === key ? { ...f, ...change } : f)));

  return (
    <Stack gap={6} p="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      {replyTo ? (
        <Group gap="xs" wrap="nowrap" bg="gray.0" p={6} style={{ borderLeft: '3px solid var(--mantine-color-ketnoi-5)', borderRadius: 4 }}>
          <Box style={{ flex: 1, minWidth: 0 }}>
            <Text size="xs" fw={600}>
              {t('messages.chat.replyingTo', { name: replyTo.sender.fullName })}
            </Text>
            <Text size="xs" c="dimmed" truncate="end">
              {replyTo.body || t('messages.chat.quotedAttachment')}
            </Text>
          </Box>
          <CloseButton size="sm" aria-label={t('messages.chat.cancelReply')} onClick={onCancelReply} />
        </Group>
      ) : null}
      {files.length ? (
        <Group gap={6}>
          {files.map((item) => (
            <UploadChip
              key={item.key}
              item={item}
              onDone={(attachment) => patch(item.key, { attachment })}
              onFailed={() => patch(item.key, { failed: true })}
              onRemove={() => setFiles((current) => current.filter((f) => f.key !== item.key))}
            />
          ))}
        </Group>
      ) : null}
      {notice ? (
        <Text size="xs" c="red.8" role="alert">
          {notice}
        </Text>
      ) : null}
      {body.length > MAX_BODY ? (
        <Text size="xs" c="red.8" role="alert">
          {t('messages.composer.tooLong', { max: MAX_BODY.toLocaleString('vi-VN') })}
        </Text>
      ) : null}
      <Group gap={6} wrap="nowrap" align="flex-end">
        <input
          ref={picker}
          type="file"
          multiple
          accept={ACCEPT.join(',')}
          hidden
          onChange={(event) => {
            addFiles(event.currentTarget.files);
            event.currentTarget.value = '';
          }}
        />
        <Tooltip label={t('messages.composer.attach')} withinPortal events={{ hover: true, focus: false, touch: false }}>
          <ActionIcon variant="subtle" size="lg" aria-label={t('messages.composer.attach')} onClick={() => picker.current?.click()} disabled={disabled}>
            <IconPaperclip size={20} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Textarea
          ref={input}
          aria-label={t('messages.composer.label')}
          placeholder={t('messages.composer.placeholder')}
          value={body}
          disabled={disabled}
          autosize
          minRows={1}
          maxRows={6}
          style={{ flex: 1 }}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            onDraftChange?.(event.currentTarget.value);
            if (event.currentTarget.value.trim()) onTyping();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              submit();
            }
          }}
          onPaste={(event) => {
            if (event.clipboardData.files.length) {
              event.preventDefault();
              addFiles(event.clipboardData.files);
            }
          }}
        />
        <ActionIcon size="lg" aria-label={t('messages.composer.send')} onClick={submit} disabled={!canSend}>
          <IconSend size={18} aria-hidden />
        </ActionIcon>
      </Group>
      <PhiHints findings={phi} chat />
    </Stack>
  );
}
