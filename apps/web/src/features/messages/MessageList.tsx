import { Avatar, Box, Center, Divider, Group, Loader, Stack, Text } from '@mantine/core';
import { Fragment, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessageFragment, ConversationSummaryFragment } from '../../gql/graphql';
import { formatDate } from '../../shared/lib/format';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { dayKey, givenName } from './merge';
import { MessageItem, type MessageItemProps } from './MessageItem';
import type { PendingMessage } from './useSendMessage';

function DaySeparator({ iso }: { iso: string }) {
  const { t, i18n } = useTranslation();
  const day = dayKey(iso);
  const today = new Date();
  const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  const label =
    day === dayKey(today.toISOString())
      ? t('messages.chat.today')
      : day === dayKey(yesterday.toISOString())
        ? t('messages.chat.yesterday')
        : formatDate(iso, i18n.language);
  return <Divider my="xs" label={label} labelPosition="center" role="separator" aria-label={label} />;
}

/** Under the viewer's last message: "Đã xem" (1:1) or the avatars of who has seen it (groups). */
export function ReadReceipt({ readers, isGroup }: { readers: readonly { id: string; fullName: string; avatarUrl?: string | null }[]; isGroup: boolean }) {
  const { t } = useTranslation();
  if (!readers.length) return null;
  return isGroup ? (
    <Group gap={2} px="xs" aria-label={t('messages.chat.seenBy', { names: readers.map((u) => u.fullName).join(', ') })} role="note">
      <Avatar.Group spacing={6}>
        {readers.slice(0, 5).map((user) => (
          <UserAvatar key={user.id} name={user.fullName} url={user.avatarUrl} size={16} />
        ))}
      </Avatar.Group>
    </Group>
  ) : (
    <Text size="xs" c="dimmed" px="xs" role="note">
      {t('messages.chat.seen')}
    </Text>
  );
}

/** "Lan đang nhập…" under the log (a live region). */
export function TypingIndicator({ userIds, participants }: { userIds: readonly string[]; participants: readonly { id: string; fullName: string }[] }) {
  const { t } = useTranslation();
  const names = userIds
    .map((id) => participants.find((p) => p.id === id)?.fullName)
    .filter((name): name is string => !!name)
    .map(givenName);
  const text =
    names.length === 0
      ? ''
      : names.length === 1
        ? t('messages.chat.typingOne', { name: names[0] })
        : names.length === 2
          ? t('messages.chat.typingTwo', { first: names[0], second: names[1] })
          : t('messages.chat.typingMany');
  return (
    <Text size="xs" c="dimmed" px="sm" h={18} aria-live="polite" role="status">
      {text}
    </Text>
  );
}

interface MessageListProps extends Pick<MessageItemProps, 'onReply' | 'onEdit' | 'onDelete' | 'onJump' | 'onRetry' | 'onDiscard'> {
  conversation: Pick<ConversationSummaryFragment, 'kind' | 'isGroup'>;
  title: string;
  messages: readonly ChatMessageFragment[];
  pending: readonly PendingMessage[];
  viewerId: string | undefined;
  scroll: {
    scroller: RefObject<HTMLDivElement | null>;
    content: RefObject<HTMLDivElement | null>;
    top: RefObject<HTMLDivElement | null>;
    onScroll: () => void;
    highlight: string | null;
  };
  hasOlder: boolean;
  loadingOlder: boolean;
  /** The viewer's last message carries the read receipt. */
  ownLast: ChatMessageFragment | undefined;
  receipt: ReactNode;
}

/** The scrolling log: older pages above, day separators, then the messages still being sent. */
export function MessageList({
  conversation,
  title,
  messages,
  pending,
  viewerId,
  scroll,
  hasOlder,
  loadingOlder,
  ownLast,
  receipt,
  onReply,
  onEdit,
  onDelete,
  onJump,
  onRetry,
  onDiscard,
}: MessageListProps) {
  const { t } = useTranslation();
  return (
    <Box
      ref={scroll.scroller}
      onScroll={scroll.onScroll}
      style={{ flex: 1, overflowY: 'auto', overscrollBehavior: 'contain' }}
      px="xs"
      role="log"
      aria-label={t('messages.chat.messagesLabel', { name: title })}
      tabIndex={0}
    >
      <Stack gap={6} py="xs" ref={scroll.content}>
        <div ref={scroll.top} />
        {loadingOlder ? (
          <Center>
            <Loader size="sm" aria-label={t('messages.chat.loadingOlder')} />
          </Center>
        ) : null}
        {!hasOlder ? (
          <Text size="xs" c="dimmed" ta="center">
            {conversation.kind === 'GROUP_CHAT' ? t('messages.chat.groupChatNotice') : t('messages.chat.start')}
          </Text>
        ) : null}
        {messages.map((message, index) => {
          const previous = messages[index - 1];
          const newDay = !previous || dayKey(previous.createdAt) !== dayKey(message.createdAt);
          const own = message.sender.id === viewerId;
          const showSender = !own && (newDay || previous?.sender.id !== message.sender.id);
          return (
            <Fragment key={message.id}>
              {newDay ? <DaySeparator iso={message.createdAt} /> : null}
              <MessageItem
                message={message}
                own={own}
                showSender={showSender}
                showName={conversation.isGroup}
                highlighted={scroll.highlight === message.id}
                receipt={message === ownLast ? receipt : null}
                onReply={onReply}
                onEdit={onEdit}
                onDelete={onDelete}
                onJump={onJump}
              />
            </Fragment>
          );
        })}
        {pending.map((item) => (
          <MessageItem key={item.clientId} message={null} pending={item} own showSender={false} onRetry={onRetry} onDiscard={onDiscard} />
        ))}
      </Stack>
    </Box>
  );
}
