import { Avatar, Badge, Box, Button, Card, Center, Group, Loader, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconBellOff, IconPencilPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useViewer } from '../../app/auth/hooks';
import type { ConversationSummaryFragment } from '../../gql/graphql';
import { RelativeTime } from '../../shared/time/RelativeTime';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { conversationTitle, lastMessagePreview, others } from './describe';
import { AcceptConversationDocument, ConversationsDocument, DeclineConversationDocument, UnreadConversationCountDocument } from './documents';

export function ConversationAvatar({ conversation, viewerId, size = 44 }: { conversation: ConversationSummaryFragment; viewerId?: string; size?: number }) {
  const people = others(conversation.participants, viewerId);
  if (!conversation.isGroup && people[0]) return <UserAvatar name={people[0].fullName} url={people[0].avatarUrl} size={size} />;
  return (
    <Avatar.Group spacing={size / 2.2} aria-hidden>
      {people.slice(0, 2).map((p) => (
        <UserAvatar key={p.id} name={p.fullName} url={p.avatarUrl} size={size * 0.75} />
      ))}
    </Avatar.Group>
  );
}

function ConversationRow({ conversation, active, viewerId }: { conversation: ConversationSummaryFragment; active: boolean; viewerId?: string }) {
  const { t } = useTranslation();
  const title = conversationTitle(conversation, viewerId, t);
  const unread = conversation.unreadCount;
  const preview = lastMessagePreview(conversation.lastMessage, conversation.isGroup, viewerId, t);
  return (
    <UnstyledButton
      component={Link}
      to={`/messages/${conversation.id}`}
      aria-current={active ? 'page' : undefined}
      p="sm"
      style={{
        display: 'block',
        borderRadius: 8,
        background: active ? 'var(--mantine-color-ketnoi-light)' : undefined,
      }}
      className="conversation-row"
    >
      <Group gap="sm" wrap="nowrap" align="center">
        <ConversationAvatar conversation={conversation} viewerId={viewerId} />
        <Box style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6} wrap="nowrap" justify="space-between">
            <Text fw={unread > 0 ? 700 : 600} truncate="end" size="sm">
              {title}
            </Text>
            {conversation.lastMessage ? <RelativeTime value={conversation.lastMessage.createdAt} size="xs" style={{ flexShrink: 0 }} /> : null}
          </Group>
          <Group gap={6} wrap="nowrap" justify="space-between">
            <Text size="sm" c={unread > 0 ? undefined : 'dimmed'} fw={unread > 0 ? 600 : 400} truncate="end">
              {preview}
            </Text>
            <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
              {conversation.muted ? <IconBellOff size={16} aria-label={t('messages.list.muted')} role="img" color="var(--mantine-color-dimmed)" /> : null}
              {unread > 0 ? (
                <Badge size="sm" color="red" circle={unread < 10} aria-label={t('messages.list.unread', { count: unread })}>
                  {unread > 99 ? '99+' : unread}
                </Badge>
              ) : null}
            </Group>
          </Group>
        </Box>
      </Group>
    </UnstyledButton>
  );
}

function RequestRow({ conversation, viewerId }: { conversation: ConversationSummaryFragment; viewerId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const name = conversationTitle(conversation, viewerId, t);
  const refetch = { refetchQueries: [ConversationsDocument, UnreadConversationCountDocument] };
  const [accept, accepting] = useMutation(AcceptConversationDocument, refetch);
  const [decline, declining] = useMutation(DeclineConversationDocument, refetch);
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <ConversationRow conversation={conversation} active={false} viewerId={viewerId} />
        <ErrorAlert error={accepting.error ?? declining.error} />
        <Group gap="xs" justify="flex-end">
          <Button
            size="xs"
            variant="default"
            loading={declining.loading}
            aria-label={t('messages.list.declineOf', { name })}
            onClick={() => void decline({ variables: { conversationId: conversation.id } }).catch(() => undefined)}
          >
            {t('messages.list.decline')}
          </Button>
          <Button
            size="xs"
            loading={accepting.loading}
            aria-label={t('messages.list.acceptOf', { name })}
            onClick={() =>
              void accept({ variables: { conversationId: conversation.id } })
                .then(() => navigate(`/messages/${conversation.id}`))
                .catch(() => undefined)
            }
          >
            {t('messages.list.accept')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The viewer's conversations, latest activity first; message requests on top. */
export function ConversationList({ activeId }: { activeId?: string }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, loading, error, fetchMore } = useQuery(ConversationsDocument, {
    variables: { first: 30 },
    fetchPolicy: 'cache-and-network',
  });
  const edges = data?.conversations.edges ?? [];
  const requests = edges.filter((edge) => edge.node.requestPending);
  const rest = edges.filter((edge) => !edge.node.requestPending);
  const pageInfo = data?.conversations.pageInfo;

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Title order={1} fz="h3">
          {t('messages.title')}
        </Title>
        <Button component={Link} to="/messages/new" size="sm" variant="light" leftSection={<IconPencilPlus size={18} aria-hidden />}>
          {t('messages.list.newConversation')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {loading && !data ? (
        <Center py="lg">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : null}
      {requests.length ? (
        <Stack gap="xs" component="section" aria-labelledby="message-requests">
          <Title order={2} fz="h5" id="message-requests">
            {t('messages.list.requests')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('messages.list.requestsHelp')}
          </Text>
          {requests.map((edge) => (
            <RequestRow key={edge.node.id} conversation={edge.node} viewerId={viewer?.id} />
          ))}
        </Stack>
      ) : null}
      {data && !edges.length ? (
        <Text c="dimmed" size="sm">
          {t('messages.list.empty')}
        </Text>
      ) : null}
      {rest.length ? (
        <Box component="ul" aria-label={t('messages.list.label')} m={0} p={0} style={{ listStyle: 'none' }}>
          {rest.map((edge) => (
            <li key={edge.node.id}>
              <ConversationRow conversation={edge.node} active={edge.node.id === activeId} viewerId={viewer?.id} />
            </li>
          ))}
        </Box>
      ) : null}
      {pageInfo?.hasNextPage ? (
        <Button variant="subtle" onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
