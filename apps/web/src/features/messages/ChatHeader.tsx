import { ActionIcon, Alert, Box, Group, Menu, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconBell, IconBellOff, IconDotsVertical, IconDoorExit, IconUsers, IconWifiOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRealtimeConnection } from '../../app/apollo/connectionState';
import type { ConversationSummaryFragment } from '../../gql/graphql';
import { StartCallButtons } from '../calls/StartCallButtons';
import { ConversationAvatar } from './ConversationList';
import { others } from './describe';

/** "Đang kết nối lại…" while the socket is down; missed messages come in once it is back. */
export function ReconnectingBanner() {
  const { t } = useTranslation();
  const { reconnecting } = useRealtimeConnection();
  if (!reconnecting) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconWifiOff size={18} aria-hidden />} role="status" py={6} title={t('messages.chat.reconnecting')}>
      <Text size="xs">{t('messages.chat.reconnectingHelp')}</Text>
    </Alert>
  );
}

interface ChatHeaderProps {
  conversation: ConversationSummaryFragment;
  viewerId: string | undefined;
  title: string;
  showBack?: boolean;
  /** Inside another page: a level-2 heading. */
  embedded?: boolean;
  /** Menu entries; each is left out when its handler is. */
  onMembers?: () => void;
  onMute: (muted: boolean) => void;
  onLeave?: () => void;
}

/** The conversation's avatar, title and subtitle, call buttons and its menu (members, mute, leave). */
export function ChatHeader({ conversation, viewerId, title, showBack, embedded, onMembers, onMute, onLeave }: ChatHeaderProps) {
  const { t } = useTranslation();
  const people = others(conversation.participants, viewerId);
  return (
    <Group gap="xs" wrap="nowrap" p="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      {showBack ? (
        <ActionIcon component={Link} to="/messages" variant="subtle" size="lg" aria-label={t('messages.chat.back')}>
          <IconArrowLeft size={20} aria-hidden />
        </ActionIcon>
      ) : null}
      <ConversationAvatar conversation={conversation} viewerId={viewerId} size={36} />
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Title order={embedded ? 2 : 1} fz="md" lineClamp={1} className="break-anywhere">
          {title}
        </Title>
        <Text size="xs" c="dimmed" truncate="end">
          {conversation.isGroup ? t('messages.chat.participants', { count: conversation.participants.length }) : (people[0]?.title ?? '')}
        </Text>
      </Box>
      {conversation.muted ? <IconBellOff size={18} aria-label={t('messages.list.muted')} role="img" /> : null}
      <StartCallButtons conversationId={conversation.id} participantCount={conversation.participants.length} />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Tooltip label={t('messages.chat.more')} withinPortal events={{ hover: true, focus: false, touch: false }}>
            <ActionIcon variant="subtle" size="lg" aria-label={t('messages.chat.more')}>
              <IconDotsVertical size={20} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Menu.Target>
        <Menu.Dropdown>
          {onMembers ? (
            <Menu.Item leftSection={<IconUsers size={16} aria-hidden />} onClick={onMembers}>
              {t('messages.members.menu', { count: conversation.participants.length })}
            </Menu.Item>
          ) : null}
          <Menu.Item
            leftSection={conversation.muted ? <IconBell size={16} aria-hidden /> : <IconBellOff size={16} aria-hidden />}
            onClick={() => onMute(!conversation.muted)}
          >
            {conversation.muted ? t('messages.chat.unmute') : t('messages.chat.mute')}
          </Menu.Item>
          {onLeave ? (
            <Menu.Item color="red" leftSection={<IconDoorExit size={16} aria-hidden />} onClick={onLeave}>
              {t('messages.chat.leave')}
            </Menu.Item>
          ) : null}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
