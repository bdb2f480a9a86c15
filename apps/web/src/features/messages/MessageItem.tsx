import { ActionIcon, Anchor, Box, Button, Card, Group, Menu, Paper, Stack, Text, Textarea, UnstyledButton } from '@mantine/core';
import { IconArrowBackUp, IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChatMessageFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/format';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { CallRecordLine } from '../calls/CallRecordLine';
import { PostAttachments } from '../posts/PostAttachments';
import type { PendingMessage } from './useSendMessage';

const MAX_BODY = 10_000;

export interface MessageItemProps {
  /** A message from the server, or an optimistic one still on its way. */
  message: ChatMessageFragment | null;
  pending?: PendingMessage | null;
  own: boolean;
  /** Others' messages: their avatar beside the first of a run of their messages. */
  showSender: boolean;
  /** Groups: the sender's name above it too. */
  showName?: boolean;
  /** Read receipts under the viewer's last message. */
  receipt?: ReactNode;
  highlighted?: boolean;
  onReply?: (message: ChatMessageFragment) => void;
  onEdit?: (message: ChatMessageFragment, body: string) => Promise<unknown>;
  onDelete?: (message: ChatMessageFragment) => void;
  onJump?: (messageId: string) => void;
  onRetry?: (clientId: string) => void;
  onDiscard?: (clientId: string) => void;
}

function Quote({ reply, onJump }: { reply: NonNullable<ChatMessageFragment['replyTo']>; onJump?: (id: string) => void }) {
  const { t } = useTranslation();
  const text = reply.deletedAt ? t('messages.chat.deleted') : reply.body?.trim() || (reply.attachments.length ? t('messages.chat.quotedAttachment') : '');
  return (
    <UnstyledButton
      onClick={() => onJump?.(reply.id)}
      aria-label={t('messages.chat.jumpTo', { name: reply.sender.fullName })}
      style={{ borderLeft: '3px solid var(--mantine-color-ketnoi-5)', paddingLeft: 8, display: 'block', maxWidth: '100%' }}
    >
      <Text size="xs" fw={600}>
        {reply.sender.fullName}
      </Text>
      <Text size="xs" c="dimmed" lineClamp={2} fs={reply.deletedAt ? 'italic' : undefined} className="break-anywhere">
        {text}
      </Text>
    </UnstyledButton>
  );
}

function SharedCards({ message }: { message: ChatMessageFragment }) {
  const { t } = useTranslation();
  const post = message.sharedPost;
  const sharedCase = message.sharedCase;
  // sharedKind says something was shared even when the viewer may not open it (then null).
  const unavailable = !!message.sharedKind && !post && !sharedCase;
  return (
    <>
      {post ? (
        <Card withBorder padding="xs" component={Link} to={`/p/${post.id}`} aria-label={t('messages.chat.sharedPostOf', { name: post.author.fullName })}>
          <Group gap="xs" wrap="nowrap">
            <UserAvatar name={post.author.fullName} url={post.author.avatarUrl} size={28} />
            <Text size="xs" fw={600} truncate="end">
              {post.author.fullName}
            </Text>
          </Group>
          <Text size="sm" lineClamp={3} className="break-anywhere" mt={4}>
            {post.body}
          </Text>
          <Text size="xs" c="dimmed">
            {t('messages.chat.sharedPost')}
          </Text>
        </Card>
      ) : null}
      {sharedCase ? (
        <Card withBorder padding="xs" component={Link} to={`/cases/${sharedCase.id}`}>
          <Text size="xs" c="dimmed">
            {t('messages.chat.sharedCase')}
          </Text>
          <Text size="sm" fw={600} lineClamp={2} className="break-anywhere">
            {sharedCase.title}
          </Text>
        </Card>
      ) : null}
      {unavailable ? (
        <Text size="sm" fs="italic" c="dimmed">
          {t(message.sharedKind === 'CASE' ? 'messages.chat.sharedCaseUnavailable' : 'messages.chat.sharedPostUnavailable')}
        </Text>
      ) : null}
    </>
  );
}

/**
 * One message: bubble (own on the right), sender name in groups, quoted reply, body or
 * tombstone, attachments with previews, shared post / case cards, edit / delete / reply, and the
 * state of an optimistic send. The one place a message is drawn.
 */
export function MessageItem({
  message,
  pending,
  own,
  showSender,
  showName,
  receipt,
  highlighted,
  onReply,
  onEdit,
  onDelete,
  onJump,
  onRetry,
  onDiscard,
}: MessageItemProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [saving, setSaving] = useState(false);
  const deleted = !!message?.deletedAt;
  const body = message ? message.body : (pending?.body ?? '');
  const attachments = message ? message.attachments : (pending?.attachments ?? []);
  const replyTo = message ? message.replyTo : pending?.replyTo;
  const createdAt = message?.createdAt ?? pending?.createdAt ?? '';
  const senderName = message?.sender.fullName ?? '';

  if (message?.call && !deleted) {
    return (
      <Group justify="center" gap={6} wrap="wrap" py={4}>
        <CallRecordLine call={message.call} />
        <Text size="xs" c="dimmed" component="time" dateTime={message.createdAt}>
          {formatDateTime(message.createdAt, i18n.language)}
        </Text>
      </Group>
    );
  }

  const save = async () => {
    if (!message || !onEdit || !draft.trim()) return;
    setSaving(true);
    try {
      await onEdit(message, draft);
      setEditing(false);
    } catch {
      /* the error is shown by the caller */
    } finally {
      setSaving(false);
    }
  };

  const bubble = (
    <Paper
      px="sm"
      py={6}
      radius="lg"
      bg={deleted ? 'transparent' : own ? 'ketnoi.7' : 'gray.1'}
      c={own && !deleted ? 'white' : undefined}
      withBorder={deleted}
      style={{
        maxWidth: '100%',
        opacity: pending?.status === 'sending' ? 0.75 : 1,
        outline: highlighted ? '2px solid var(--mantine-color-yellow-6)' : undefined,
      }}
    >
      <Stack gap={4}>
        {replyTo && !deleted ? (
          <Box bg={own ? 'rgba(255,255,255,0.92)' : 'white'} c="dark" p={4} style={{ borderRadius: 8 }}>
            <Quote reply={replyTo} onJump={onJump} />
          </Box>
        ) : null}
        {deleted ? (
          <Text size="sm" fs="italic" c="dimmed" data-testid="message-body">
            {t('messages.chat.deleted')}
          </Text>
        ) : editing ? (
          <Stack gap={4} miw={220}>
            <Textarea
              label={t('messages.chat.editLabel')}
              labelProps={{ style: { color: own ? 'white' : undefined } }}
              value={draft}
              onChange={(event) => setDraft(event.currentTarget.value)}
              autosize
              minRows={1}
              maxRows={8}
              maxLength={MAX_BODY}
              data-autofocus
              autoFocus
              onKeyDown={(event) => {
                if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
                  event.preventDefault();
                  void save();
                }
                if (event.key === 'Escape') setEditing(false);
              }}
            />
            <Group gap={4} justify="flex-end">
              <Button size="compact-xs" variant="white" color="dark" onClick={() => setEditing(false)}>
                {t('messages.chat.cancelEdit')}
              </Button>
              <Button size="compact-xs" variant="white" onClick={() => void save()} loading={saving} disabled={!draft.trim()}>
                {t('messages.chat.saveEdit')}
              </Button>
            </Group>
          </Stack>
        ) : body ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere" data-testid="message-body">
            {body}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );

  const actions =
    message && !deleted && !editing && (onReply || own) ? (
      <Menu position={own ? 'bottom-end' : 'bottom-start'} withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('messages.chat.actions')} className="message-actions">
            <IconDots size={16} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {onReply ? (
            <Menu.Item leftSection={<IconArrowBackUp size={16} aria-hidden />} onClick={() => onReply(message)}>
              {t('messages.chat.reply')}
            </Menu.Item>
          ) : null}
          {own && onEdit && message.body ? (
            <Menu.Item
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => {
                setDraft(message.body ?? '');
                setEditing(true);
              }}
            >
              {t('messages.chat.edit')}
            </Menu.Item>
          ) : null}
          {own && onDelete ? (
            <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => onDelete(message)}>
              {t('messages.chat.delete')}
            </Menu.Item>
          ) : null}
        </Menu.Dropdown>
      </Menu>
    ) : null;

  return (
    <Group
      gap={6}
      wrap="nowrap"
      align="flex-end"
      justify={own ? 'flex-end' : 'flex-start'}
      data-message-id={message?.id}
      data-client-id={message?.clientId ?? pending?.clientId}
      data-testid="chat-message"
      aria-label={own ? undefined : senderName}
      className="chat-message"
    >
      {!own ? (
        <Box w={28} style={{ flexShrink: 0 }}>
          {showSender && message ? <UserAvatar name={message.sender.fullName} url={message.sender.avatarUrl} size={28} /> : null}
        </Box>
      ) : null}
      <Stack gap={2} align={own ? 'flex-end' : 'flex-start'} style={{ minWidth: 0, maxWidth: 'min(85%, 600px)' }}>
        {showSender && showName && !own && message ? (
          <Text size="xs" c="dimmed" px="xs">
            {message.sender.fullName}
          </Text>
        ) : null}
        <Group gap={2} wrap="nowrap" align="center" style={{ maxWidth: '100%' }}>
          {own ? actions : null}
          {bubble}
          {!own ? actions : null}
        </Group>
        {!deleted && attachments.length ? (
          <Box w={{ base: 240, sm: 320 }} maw="100%">
            <PostAttachments attachments={attachments} />
          </Box>
        ) : null}
        {message && !deleted ? <SharedCards message={message} /> : null}
        <Group gap={6} px="xs" wrap="nowrap">
          {createdAt ? (
            <Text size="xs" c="dimmed" component="time" dateTime={createdAt} title={formatDateTime(createdAt, i18n.language)}>
              {new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { hour: '2-digit', minute: '2-digit' }).format(new Date(createdAt))}
            </Text>
          ) : null}
          {message?.editedAt && !deleted ? (
            <Text size="xs" c="dimmed">
              · {t('messages.chat.edited')}
            </Text>
          ) : null}
          {pending?.status === 'sending' ? (
            <Text size="xs" c="dimmed" role="status">
              {t('messages.chat.sending')}
            </Text>
          ) : null}
        </Group>
        {pending?.status === 'failed' || pending?.status === 'queued' ? (
          <Group gap={6} px="xs" role={pending.status === 'failed' ? 'alert' : 'status'}>
            <Text size="xs" c={pending.status === 'failed' ? 'red.8' : 'dimmed'}>
              {pending.status === 'failed' ? t('messages.chat.failed') : t('messages.chat.queued')}
            </Text>
            <Anchor component="button" type="button" size="xs" onClick={() => onRetry?.(pending.clientId)}>
              {t('messages.chat.retry')}
            </Anchor>
            <Anchor component="button" type="button" size="xs" c="dimmed" onClick={() => onDiscard?.(pending.clientId)}>
              {t('messages.chat.discard')}
            </Anchor>
          </Group>
        ) : null}
        {receipt}
      </Stack>
    </Group>
  );
}
