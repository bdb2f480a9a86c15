import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useFragment } from '@apollo/client/react';
import { IconArrowLeft } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../app/auth/hooks';
import type { ChatMessageFragment, ConversationSummaryFragment } from '../../gql/graphql';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { ChatComposer } from './ChatComposer';
import { ChatHeader, ReconnectingBanner } from './ChatHeader';
import { ConversationRequest } from './ConversationRequest';
import { conversationTitle, others } from './describe';
import { ConversationSummaryFields } from './documents';
import { unconfirmed } from './merge';
import { MessageList, ReadReceipt, TypingIndicator } from './MessageList';
import { ParticipantsDrawer } from './ParticipantsDrawer';
import { useChatMutations } from './useChatMutations';
import { useChatScroll } from './useChatScroll';
import { useConversationStream, type ConversationEvent } from './useConversationStream';
import { useLiveReads, useReadReceipts } from './useReadReceipts';
import { useDraft } from './useDraft';
import { useSendMessage } from './useSendMessage';
import { useTyping } from './useTyping';

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
  const { viewer } = useViewer();
  const viewerId = viewer?.id;
  const typing = useTyping(conversationId, viewerId);
  const { onTypingEvent, stopped } = typing;

  const { reads, onRead } = useLiveReads(conversationId);
  const onSignal = useCallback(
    (event: ConversationEvent) => {
      if (event.kind === 'TYPING' && event.userId) onTypingEvent(event.userId);
      if (event.kind === 'READ' && event.userId && typeof event.seq === 'number') onRead(event.userId, event.seq);
    },
    [onTypingEvent, onRead],
  );
  const stream = useConversationStream(conversationId, onSignal);
  const { conversation: loaded, messages, receive, hasOlder, loadingOlder, loadOlder } = stream;
  // The header follows the cache (accept, mute and list refreshes update it).
  const live = useFragment({
    fragment: ConversationSummaryFields,
    fragmentName: 'ConversationSummary',
    from: { __typename: 'Conversation', id: conversationId },
  });
  const liveData = live.complete ? (live.data as ConversationSummaryFragment) : null;
  const conversation = useMemo(() => (loaded ? { ...loaded, ...liveData } : null), [loaded, liveData]);
  const sender = useSendMessage(conversationId, viewerId, receive);
  const draft = useDraft(viewerId, conversationId);
  const pending = useMemo(() => unconfirmed(sender.pending, new Map(messages.map((m) => [m.id, m]))), [sender.pending, messages]);
  const actions = useChatMutations(conversationId, receive);

  const [replyTo, setReplyTo] = useState<ChatMessageFragment | null>(null);
  const [deleting, setDeleting] = useState<ChatMessageFragment | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [membersOpen, setMembersOpen] = useState(false);
  useEffect(() => {
    setReplyTo(null);
    setMembersOpen(false);
  }, [conversationId]);

  const title = conversation ? conversationTitle(conversation, viewerId, t) : '';
  useDocumentTitle(embedded ? undefined : title || t('messages.title'));

  const scroll = useChatScroll({
    conversationId,
    loaded,
    messages,
    lastKey: pending.length ? pending[pending.length - 1]!.clientId : messages[messages.length - 1]?.id,
    lastIsOwn: pending.length > 0 || messages[messages.length - 1]?.sender.id === viewerId,
    typingCount: typing.typingUserIds.length,
    hasOlder,
    loadingOlder,
    loadOlder,
  });
  const receipts = useReadReceipts({ conversationId, loaded, conversation, messages, viewerId, stick: scroll.stick, atBottom: scroll.atBottom, reads });

  // A message from someone who was typing: they stopped.
  const newest = messages[messages.length - 1];
  useEffect(() => {
    if (newest) stopped(newest.sender.id);
  }, [newest, stopped]);

  const confirmDelete = async () => {
    if (deleting && (await actions.remove(deleting))) setDeleting(null);
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

  // who made the request: a group conversation's creator, not whoever happens to be listed first
  const requester = conversation.requestedBy?.fullName ?? others(conversation.participants, viewerId)[0]?.fullName ?? title;
  const canLeave = !embedded && conversation.kind !== 'GROUP_CHAT';
  // A titled conversation of several people: its admins manage who is in it (a group's chat follows the group).
  const hasMembers = conversation.kind === 'GROUP';
  const { ownLast } = receipts;

  return (
    <Stack gap={0} h={`calc(${height} - var(--kn-keyboard, 0px) - var(--kn-tabbar, 0px))`} style={{ minHeight: 240 }}>
      <ChatHeader
        conversation={conversation}
        viewerId={viewerId}
        title={title}
        showBack={showBack}
        embedded={embedded}
        onMembers={hasMembers ? () => setMembersOpen(true) : undefined}
        onMute={actions.mute}
        onLeave={canLeave ? () => setLeaving(true) : undefined}
      />
      <ReconnectingBanner />
      <ErrorAlert error={stream.error ?? actions.editing.error} />

      <MessageList
        conversation={conversation}
        title={title}
        messages={messages}
        pending={pending}
        viewerId={viewerId}
        scroll={scroll}
        hasOlder={hasOlder}
        loadingOlder={loadingOlder}
        ownLast={ownLast}
        receipt={ownLast && !pending.length ? <ReadReceipt readers={receipts.readers} isGroup={conversation.isGroup} /> : null}
        onReply={conversation.requestPending ? undefined : setReplyTo}
        onEdit={actions.edit}
        onDelete={setDeleting}
        onJump={scroll.jumpTo}
        onRetry={sender.retry}
        onDiscard={sender.discard}
      />
      <TypingIndicator userIds={typing.typingUserIds} participants={conversation.participants} />

      {conversation.requestPending ? (
        <ConversationRequest
          requester={requester}
          groupTitle={conversation.kind === 'GROUP' ? title : null}
          accepting={actions.accepting}
          declining={actions.declining}
          onAccept={actions.accept}
          onDecline={actions.decline}
        />
      ) : (
        <ChatComposer
          key={conversationId}
          restoredDraft={draft.restored}
          onDraftChange={draft.save}
          replyTo={replyTo}
          onCancelReply={() => setReplyTo(null)}
          onTyping={typing.notifyTyping}
          onSend={(message) => {
            scroll.stickToBottom();
            typing.resetThrottle();
            draft.clear();
            sender.send(message);
          }}
        />
      )}

      <ConfirmDialog
        opened={!!deleting}
        title={t('messages.chat.deleteTitle')}
        message={t('messages.chat.deleteBody')}
        confirmLabel={t('messages.chat.deleteConfirm')}
        danger
        loading={actions.deletion.loading}
        error={actions.deletion.error}
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
        loading={actions.leaving.loading}
        error={actions.leaving.error}
        onClose={() => setLeaving(false)}
        onConfirm={actions.leave}
      />
    </Stack>
  );
}
