import { Anchor, Box, Button, Center, Group, Loader, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconSearch, IconSend } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../app/auth/hooks';
import type { ConversationSummaryFragment } from '../../gql/graphql';
import { mapApiError, type FormAlert } from '../../shared/lib/errors';
import { formatNumber } from '../../shared/lib/format';
import { newClientId } from '../../shared/lib/id';
import { foldAccents } from '../../shared/lib/text';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { SuccessAlert } from '../../shared/ui/SuccessAlert';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { conversationTitle, others } from '../messages/describe';
import { ConversationsDocument } from '../messages/documents';
import { SendPostToChatDocument } from './documents';

/** The API's limit for a message body (UTF-16 units, as the server counts). */
const NOTE_MAX = 10_000;
/** The same page size as the conversation list, so both read one cached list. */
const PAGE = 30;

interface Attempt {
  clientId: string;
  body: string | null;
}

/**
 * "Gửi qua tin nhắn": send a post, with an optional note, into one or more of the viewer's
 * conversations. The dialog stays open after a send so the post can go to several people; each
 * sent row says so, and a status line links to the conversation.
 */
export function ShareToChatDialog({ postId, opened, onClose }: { postId: string; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const [note, setNote] = useState('');
  const [query, setQuery] = useState('');
  const [sending, setSending] = useState<ReadonlySet<string>>(new Set());
  const [sent, setSent] = useState<ReadonlySet<string>>(new Set());
  const [done, setDone] = useState<{ conversationId: string; title: string } | null>(null);
  const [failure, setFailure] = useState<FormAlert | null>(null);
  const [noteError, setNoteError] = useState<string | null>(null);
  // One clientId per (conversation, note): retrying a failed send reuses it, so a send that did
  // reach the server is not duplicated; a changed note is a new message and gets a new id.
  const attempts = useRef(new Map<string, Attempt>());
  const [sendPost] = useMutation(SendPostToChatDocument);
  const { data, loading, error, fetchMore } = useQuery(ConversationsDocument, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
    skip: !opened,
  });

  const tooLong = note.length > NOTE_MAX;
  const body = note.trim() ? note.trim() : null;
  // A message request the viewer has not accepted yet cannot be answered (the API refuses).
  const conversations = (data?.conversations.edges ?? []).map((edge) => edge.node).filter((c) => !c.requestPending);
  const needle = foldAccents(query);
  const rows = conversations
    .map((conversation) => ({ conversation, title: conversationTitle(conversation, viewer?.id, t) }))
    .filter(
      ({ conversation, title }) => !needle || [title, ...conversation.participants.map((p) => p.fullName)].some((name) => foldAccents(name).includes(needle)),
    );
  const pageInfo = data?.conversations.pageInfo;

  const send = async (conversation: ConversationSummaryFragment, title: string) => {
    if (tooLong || sending.has(conversation.id) || sent.has(conversation.id)) return;
    setFailure(null);
    setNoteError(null);
    let attempt = attempts.current.get(conversation.id);
    if (!attempt || attempt.body !== body) {
      attempt = { clientId: newClientId(), body };
      attempts.current.set(conversation.id, attempt);
    }
    setSending((set) => new Set(set).add(conversation.id));
    try {
      await sendPost({ variables: { input: { conversationId: conversation.id, sharedPostId: postId, body, clientId: attempt.clientId } } });
      attempts.current.delete(conversation.id);
      setSent((set) => new Set(set).add(conversation.id));
      setDone({ conversationId: conversation.id, title });
    } catch (caught) {
      const mapped = mapApiError(caught, ['body']);
      if (mapped.fieldErrors.body) setNoteError(mapped.fieldErrors.body);
      if (mapped.alert) {
        const reason = mapped.alert.message ?? t(`errors.message.${mapped.alert.code}`);
        setFailure({ code: mapped.alert.code, message: t('post.toChat.failed', { title, reason }) });
      }
    } finally {
      setSending((set) => {
        const next = new Set(set);
        next.delete(conversation.id);
        return next;
      });
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('post.toChat.title')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <Text size="xs" c="dimmed">
          {t('post.toChat.audienceHint')}
        </Text>
        <Textarea
          label={`${t('post.toChat.note')} (${t('common.optional')})`}
          placeholder={t('post.toChat.notePlaceholder')}
          value={note}
          onChange={(event) => {
            setNote(event.currentTarget.value);
            setNoteError(null);
          }}
          autosize
          minRows={2}
          maxRows={5}
          error={noteError ?? (tooLong ? t('post.toChat.tooLong', { max: formatNumber(NOTE_MAX, i18n.language) }) : null)}
        />
        <TextInput
          type="search"
          label={t('post.toChat.filter')}
          placeholder={t('post.toChat.filterPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          data-autofocus
        />
        <ErrorAlert error={error} />
        {loading && !data ? (
          <Center py="md">
            <Loader size="sm" aria-label={t('common.loading')} />
          </Center>
        ) : null}
        {data && !conversations.length && !pageInfo?.hasNextPage ? (
          <Text size="sm" c="dimmed">
            {t('post.toChat.empty')}{' '}
            <Anchor component={Link} to="/messages/new" inherit onClick={onClose}>
              {t('post.toChat.startNew')}
            </Anchor>
          </Text>
        ) : null}
        {data && conversations.length > 0 && !rows.length ? (
          <Text size="sm" c="dimmed" role="status">
            {t('post.toChat.noMatch', { query: query.trim() })}
          </Text>
        ) : null}
        {rows.length || pageInfo?.hasNextPage ? (
          <Box mah="min(40dvh, 360px)" style={{ overflowY: 'auto' }}>
            <Box component="ul" aria-label={t('post.toChat.listLabel')} m={0} p={0} style={{ listStyle: 'none' }}>
              {rows.map(({ conversation, title }) => {
                const isSending = sending.has(conversation.id);
                const isSent = sent.has(conversation.id);
                const person = conversation.isGroup ? null : others(conversation.participants, viewer?.id)[0];
                const inactive = isSending || isSent || tooLong;
                return (
                  <li key={conversation.id}>
                    <Group gap="sm" wrap="nowrap" py={6}>
                      <UserAvatar name={person?.fullName ?? title} url={person?.avatarUrl} size={36} />
                      <Text size="sm" fw={600} truncate="end" style={{ flex: 1, minWidth: 0 }}>
                        {title}
                      </Text>
                      {/* Focusable while busy or sent (data-disabled, not disabled), so keyboard focus stays put. */}
                      <Button
                        size="compact-sm"
                        variant={isSent ? 'light' : 'filled'}
                        style={{ flexShrink: 0 }}
                        leftSection={isSending ? <Loader size={12} color="currentColor" aria-hidden /> : isSent ? null : <IconSend size={14} aria-hidden />}
                        data-disabled={inactive || undefined}
                        aria-disabled={inactive || undefined}
                        aria-busy={isSending || undefined}
                        aria-label={t(isSent ? 'post.toChat.sentTo' : isSending ? 'post.toChat.sending' : 'post.toChat.sendTo', { title })}
                        onClick={(event) => {
                          event.preventDefault();
                          if (!inactive) void send(conversation, title);
                        }}
                      >
                        {isSent ? t('post.toChat.sent') : t('post.toChat.send')}
                      </Button>
                    </Group>
                  </li>
                );
              })}
            </Box>
            {pageInfo?.hasNextPage ? (
              <Button variant="subtle" size="compact-sm" fullWidth mt={4} onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}>
                {t('common.loadMore')}
              </Button>
            ) : null}
          </Box>
        ) : null}
        <ErrorAlert alert={failure} onClose={() => setFailure(null)} />
        {done ? (
          <SuccessAlert onClose={() => setDone(null)}>
            {t('post.toChat.done', { title: done.title })}{' '}
            <Anchor component={Link} to={`/messages/${done.conversationId}`} inherit fw={600} onClick={onClose}>
              {t('post.toChat.openChat')}
            </Anchor>
          </SuccessAlert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {sent.size ? t('post.toChat.finish') : t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
