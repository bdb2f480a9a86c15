import { ActionIcon, Alert, Avatar, Box, Button, Center, Divider, Group, Loader, Menu, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useApolloClient, useFragment, useMutation } from '@apollo/client/react';
import { IconArrowLeft, IconBell, IconBellOff, IconDotsVertical, IconDoorExit, IconUsers, IconWifiOff } from '@tabler/icons-react';
import { Fragment, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useRealtimeConnection } from '../../app/apollo/connectionState';
import { useViewer } from '../../app/auth/hooks';
import type { ChatMessageFragment, ConversationSummaryFragment } from '../../gql/graphql';
import { formatDate } from '../../shared/lib/format';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { StartCallButtons } from '../calls/StartCallButtons';
import { ChatComposer } from './ChatComposer';
import { ConversationAvatar } from './ConversationList';
import { conversationTitle, others } from './describe';
import {
  AcceptConversationDocument,
  ConversationsDocument,
  ConversationSummaryFields,
  DeclineConversationDocument,
  DeleteMessageDocument,
  EditMessageDocument,
  LeaveConversationDocument,
  MarkConversationReadDocument,
  MuteConversationDocument,
  UnreadConversationCountDocument,
} from './documents';
import { dayKey, givenName, unconfirmed } from './merge';
import { MessageItem } from './MessageItem';
import { ParticipantsDrawer } from './ParticipantsDrawer';
import { useConversationStream, type ConversationEvent } from './useConversationStream';
import { useSendMessage } from './useSendMessage';
import { useTyping } from './useTyping';

const NEAR_BOTTOM_PX = 80;

function DaySeparator({ iso }: { iso: string }) {
  const { t, i18n } = useTranslation();
  const day = dayKey(iso);
  const today = new Date();
  const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  const label = day === dayKey(today.toISOString()) ? t('messages.chat.today') : day === dayKey(yesterday.toISOString()) ? t('messages.chat.yesterday') : formatDate(iso, i18n.language);
  return <Divider my="xs" label={label} labelPosition="center" role="separator" aria-label={label} />;
}

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

interface ChatViewProps {
  conversationId: string;
  /** Phones: a back link to the list. */
  showBack?: boolean;
  /** Inside another page (a group's chat tab): no document title, no leave. */
  embedded?: boolean;
  height?: string;
}

/** One conversation: header, messages (newest at the bottom, older ones above), composer. */
export function ChatView({ conversationId, showBack, embedded, height = 'calc(100dvh - 60px - 2 * var(--mantine-spacing-md))' }: ChatViewProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const viewerId = viewer?.id;
  const typing = useTyping(conversationId, viewerId);
  const [reads, setReads] = useState<Record<string, number>>({});

  const onSignal = useCallback(
    (event: ConversationEvent) => {
      if (event.kind === 'TYPING' && event.userId) typing.onTypingEvent(event.userId);
      if (event.kind === 'READ' && event.userId && typeof event.seq === 'number') {
        const { userId, seq } = event;
        setReads((current) => ((current[userId] ?? 0) >= seq ? current : { ...current, [userId]: seq }));
      }
    },
    [typing],
  );
  const stream = useConversationStream(conversationId, onSignal);
  const { conversation: loaded, messages, receive } = stream;
  // The header follows the cache (accept, mute and list refreshes update it).
  const live = useFragment({ fragment: ConversationSummaryFields, fragmentName: 'ConversationSummary', from: { __typename: 'Conversation', id: conversationId } });
  const liveData = live.complete ? (live.data as ConversationSummaryFragment) : null;
  const conversation = useMemo(() => (loaded ? { ...loaded, ...liveData } : null), [loaded, liveData]);
  const sender = useSendMessage(conversationId, receive);
  const pending = useMemo(() => unconfirmed(sender.pending, new Map(messages.map((m) => [m.id, m]))), [sender.pending, messages]);

  const [replyTo, setReplyTo] = useState<ChatMessageFragment | null>(null);
  const [deleting, setDeleting] = useState<ChatMessageFragment | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [membersOpen, setMembersOpen] = useState(false);
  const [highlight, setHighlight] = useState<string | null>(null);
  const [jumpTo, setJumpTo] = useState<string | null>(null);

  const [editMessage, editing] = useMutation(EditMessageDocument);
  const [deleteMessage, deletion] = useMutation(DeleteMessageDocument);
  const [markRead] = useMutation(MarkConversationReadDocument);
  const [mute] = useMutation(MuteConversationDocument);
  const [leave, leavingState] = useMutation(LeaveConversationDocument, { refetchQueries: [ConversationsDocument, UnreadConversationCountDocument] });
  const refetchLists = { refetchQueries: [ConversationsDocument, UnreadConversationCountDocument] };
  const [accept, accepting] = useMutation(AcceptConversationDocument, refetchLists);
  const [decline, declining] = useMutation(DeclineConversationDocument, refetchLists);

  useEffect(() => {
    setReplyTo(null);
    setReads({});
    setJumpTo(null);
    setMembersOpen(false);
  }, [conversationId]);

  const title = conversation ? conversationTitle(conversation, viewerId, t) : '';
  useDocumentTitle(embedded ? undefined : title || t('messages.title'));

  // ---------- scrolling ----------
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const top = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const olderSnapshot = useRef<number | null>(null);
  const [atBottom, setAtBottom] = useState(true);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    const near = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
    stick.current = near;
    setAtBottom(near);
  };

  const lastKey = pending.length ? pending[pending.length - 1]!.clientId : messages[messages.length - 1]?.id;
  const lastIsOwn = pending.length > 0 || messages[messages.length - 1]?.sender.id === viewerId;
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (olderSnapshot.current !== null) {
      // Older messages were put above: keep what was on screen where it was.
      el.scrollTop = el.scrollHeight - olderSnapshot.current;
      olderSnapshot.current = null;
      return;
    }
    if (stick.current || lastIsOwn) {
      el.scrollTop = el.scrollHeight;
      stick.current = true;
    }
  }, [messages, lastKey, lastIsOwn, typing.typingUserIds.length]);

  // Images and cards that load later change the height: stay at the bottom if we were there.
  useEffect(() => {
    const el = scroller.current;
    const inner = content.current;
    if (!el || !inner || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (stick.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(inner);
    return () => observer.disconnect();
  }, [loaded]);

  // Upward infinite scroll.
  const { hasOlder, loadingOlder, loadOlder } = stream;
  const older = useCallback(() => {
    const el = scroller.current;
    if (!el || !hasOlder || loadingOlder) return;
    olderSnapshot.current = el.scrollHeight - el.scrollTop;
    void loadOlder().finally(() => {
      // Nothing was added (error): do not keep a stale snapshot.
      requestAnimationFrame(() => {
        olderSnapshot.current = null;
      });
    });
  }, [hasOlder, loadingOlder, loadOlder]);
  useEffect(() => {
    const el = scroller.current;
    const sentinel = top.current;
    if (!el || !sentinel || !hasOlder) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting) && el.scrollHeight > el.clientHeight) older();
      },
      { root: el, rootMargin: '200px 0px 0px 0px' },
    );
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [hasOlder, older, loaded]);

  // Jump to a quoted message (loading older pages until it is there).
  useEffect(() => {
    if (!jumpTo) return;
    const el = scroller.current?.querySelector<HTMLElement>(`[data-message-id="${jumpTo}"]`);
    if (el) {
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      stick.current = false;
      setHighlight(jumpTo);
      setJumpTo(null);
      const timer = setTimeout(() => setHighlight(null), 2000);
      return () => clearTimeout(timer);
    }
    if (hasOlder && !loadingOlder) older();
    else if (!hasOlder) setJumpTo(null);
    return undefined;
  }, [jumpTo, messages, hasOlder, loadingOlder, older]);

  // ---------- read receipts ----------
  const newest = messages[messages.length - 1];
  const lastMarked = useRef(0);
  useEffect(() => {
    lastMarked.current = loaded?.lastReadSeq ?? 0;
  }, [loaded]);
  const maybeMarkRead = useCallback(() => {
    if (!newest || !conversation || conversation.requestPending) return;
    if (!stick.current) return;
    if (document.visibilityState !== 'visible' || !document.hasFocus()) return;
    if (newest.seq <= lastMarked.current) return;
    lastMarked.current = newest.seq;
    void markRead({ variables: { conversationId, seq: newest.seq } }).catch(() => {
      lastMarked.current = 0;
    });
  }, [conversation, conversationId, markRead, newest]);
  useEffect(() => {
    maybeMarkRead();
  }, [maybeMarkRead, atBottom]);
  useEffect(() => {
    window.addEventListener('focus', maybeMarkRead);
    document.addEventListener('visibilitychange', maybeMarkRead);
    return () => {
      window.removeEventListener('focus', maybeMarkRead);
      document.removeEventListener('visibilitychange', maybeMarkRead);
    };
  }, [maybeMarkRead]);

  // A message from someone who was typing: they stopped.
  const { stopped } = typing;
  useEffect(() => {
    if (newest) stopped(newest.sender.id);
  }, [newest, stopped]);

  // Who is in the conversation follows the cache (members added or removed while it is open);
  // how far each has read comes from the first load, then from live READ events.
  const participants = conversation?.participants;
  const readStates = useMemo(() => {
    const loadedStates = new Map((loaded?.readStates ?? []).map((state) => [state.user.id, state.lastReadSeq]));
    return (participants ?? [])
      .filter((user) => user.id !== viewerId)
      .map((user) => ({ user, lastReadSeq: Math.max(loadedStates.get(user.id) ?? 0, reads[user.id] ?? 0) }));
  }, [loaded, participants, reads, viewerId]);

  let ownLast: ChatMessageFragment | undefined;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]!.sender.id === viewerId) {
      ownLast = messages[i];
      break;
    }
  }
  const readers = ownLast ? readStates.filter((state) => state.lastReadSeq >= ownLast.seq).map((state) => state.user) : [];
  const receipt =
    ownLast && readers.length && !pending.length ? (
      conversation?.isGroup ? (
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
      )
    ) : null;

  // ---------- typing ----------
  const typingNames = typing.typingUserIds.map((id) => conversation?.participants.find((p) => p.id === id)?.fullName).filter((name): name is string => !!name).map(givenName);
  const typingText =
    typingNames.length === 0
      ? ''
      : typingNames.length === 1
        ? t('messages.chat.typingOne', { name: typingNames[0] })
        : typingNames.length === 2
          ? t('messages.chat.typingTwo', { first: typingNames[0], second: typingNames[1] })
          : t('messages.chat.typingMany');

  // ---------- actions ----------
  const onEdit = useCallback(
    async (message: ChatMessageFragment, body: string) => {
      const { data } = await editMessage({ variables: { id: message.id, body } });
      if (data?.editMessage) receive([data.editMessage]);
    },
    [editMessage, receive],
  );
  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      const { data } = await deleteMessage({ variables: { id: deleting.id } });
      if (data?.deleteMessage) receive([data.deleteMessage]);
      setDeleting(null);
    } catch {
      /* shown in the dialog */
    }
  };

  if (stream.loading && !conversation) {
    return (
      <Center h={height}>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (!conversation) {
    return (
      <Stack p="md">
        {showBack ? (
          <Button component={Link} to="/messages" variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />} w="fit-content">
            {t('messages.chat.back')}
          </Button>
        ) : null}
        <ErrorAlert error={stream.error} />
        <Text>{t('messages.chat.notFound')}</Text>
      </Stack>
    );
  }

  const people = others(conversation.participants, viewerId);
  const requester = people[0]?.fullName ?? title;
  const canLeave = !embedded && conversation.kind !== 'GROUP_CHAT';
  // A titled conversation of several people: its admins manage who is in it (a group's chat follows the group).
  const hasMembers = conversation.kind === 'GROUP';

  return (
    <Stack gap={0} h={height} style={{ minHeight: 320 }}>
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
            {hasMembers ? (
              <Menu.Item leftSection={<IconUsers size={16} aria-hidden />} onClick={() => setMembersOpen(true)}>
                {t('messages.members.menu', { count: conversation.participants.length })}
              </Menu.Item>
            ) : null}
            <Menu.Item
              leftSection={conversation.muted ? <IconBell size={16} aria-hidden /> : <IconBellOff size={16} aria-hidden />}
              onClick={() => void mute({ variables: { conversationId, muted: !conversation.muted } }).catch(() => undefined)}
            >
              {conversation.muted ? t('messages.chat.unmute') : t('messages.chat.mute')}
            </Menu.Item>
            {canLeave ? (
              <Menu.Item color="red" leftSection={<IconDoorExit size={16} aria-hidden />} onClick={() => setLeaving(true)}>
                {t('messages.chat.leave')}
              </Menu.Item>
            ) : null}
          </Menu.Dropdown>
        </Menu>
      </Group>

      <ReconnectingBanner />
      <ErrorAlert error={stream.error ?? editing.error} />

      <Box
        ref={scroller}
        onScroll={onScroll}
        style={{ flex: 1, overflowY: 'auto', overscrollBehavior: 'contain' }}
        px="xs"
        role="log"
        aria-label={t('messages.chat.messagesLabel', { name: title })}
        tabIndex={0}
      >
        <Stack gap={6} py="xs" ref={content}>
          <div ref={top} />
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
                  highlighted={highlight === message.id}
                  receipt={message === ownLast ? receipt : null}
                  onReply={conversation.requestPending ? undefined : setReplyTo}
                  onEdit={onEdit}
                  onDelete={setDeleting}
                  onJump={setJumpTo}
                />
              </Fragment>
            );
          })}
          {pending.map((item) => (
            <MessageItem key={item.clientId} message={null} pending={item} own showSender={false} onRetry={sender.retry} onDiscard={sender.discard} />
          ))}
        </Stack>
      </Box>

      <Text size="xs" c="dimmed" px="sm" h={18} aria-live="polite" role="status">
        {typingText}
      </Text>

      {conversation.requestPending ? (
        <Stack gap="xs" p="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
          <Text size="sm">{t('messages.chat.requestNotice', { name: requester })}</Text>
          <ErrorAlert error={accepting.error ?? declining.error} />
          <Group gap="xs" justify="flex-end">
            <Button
              variant="default"
              loading={declining.loading}
              onClick={() =>
                void decline({ variables: { conversationId } })
                  .then(() => navigate('/messages'))
                  .catch(() => undefined)
              }
            >
              {t('messages.list.decline')}
            </Button>
            <Button
              loading={accepting.loading}
              onClick={() =>
                void accept({ variables: { conversationId } })
                  .then(() => client.refetchQueries({ include: 'active' }))
                  .catch(() => undefined)
              }
            >
              {t('messages.list.accept')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <ChatComposer
          replyTo={replyTo}
          onCancelReply={() => setReplyTo(null)}
          onTyping={typing.notifyTyping}
          onSend={(draft) => {
            stick.current = true;
            typing.resetThrottle();
            sender.send(draft);
          }}
        />
      )}

      <ConfirmDialog
        opened={!!deleting}
        title={t('messages.chat.deleteTitle')}
        message={t('messages.chat.deleteBody')}
        confirmLabel={t('messages.chat.deleteConfirm')}
        danger
        loading={deletion.loading}
        error={deletion.error}
        onClose={() => setDeleting(null)}
        onConfirm={() => void confirmDelete()}
      />
      {hasMembers ? (
        <ParticipantsDrawer
          key={conversationId}
          opened={membersOpen}
          onClose={() => setMembersOpen(false)}
          conversationId={conversationId}
          participants={conversation.participants}
          viewerId={viewerId}
          viewerIsAdmin={conversation.viewerIsAdmin}
        />
      ) : null}
      <ConfirmDialog
        opened={leaving}
        title={t('messages.chat.leaveTitle')}
        message={t('messages.chat.leaveBody')}
        confirmLabel={t('messages.chat.leaveConfirm')}
        danger
        loading={leavingState.loading}
        error={leavingState.error}
        onClose={() => setLeaving(false)}
        onConfirm={() =>
          void leave({ variables: { conversationId } })
            .then(() => navigate('/messages'))
            .catch(() => undefined)
        }
      />
    </Stack>
  );
}
