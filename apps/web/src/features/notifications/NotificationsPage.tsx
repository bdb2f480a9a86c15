import { Anchor, Box, Button, Card, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconChecks } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { NotificationFieldsFragment } from '../../gql/graphql';
import { RelativeTime } from '../../shared/time/RelativeTime';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { LoadMoreList } from '../../shared/ui/LoadMoreList';
import { PageHeader } from '../../shared/ui/PageHeader';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { describeNotification } from './describe';
import { MarkNotificationsReadDocument, NotificationsDocument, UnreadNotificationCountDocument } from './documents';

function NotificationRow({ notification, fresh }: { notification: NotificationFieldsFragment; fresh: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { text, href } = describeNotification(notification, t, notification.group?.name ?? null);
  const actor = notification.actors[0];
  const unread = !notification.read || fresh;
  const content = (
    <Group gap="sm" wrap="nowrap" align="flex-start" p="sm">
      {actor ? <UserAvatar name={actor.fullName} url={actor.avatarUrl} size={44} /> : null}
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" fw={unread ? 600 : 400} className="break-anywhere">
          {text}
        </Text>
        <RelativeTime value={notification.updatedAt} size="xs" c={unread ? 'ketnoi.8' : 'dimmed'} fw={unread ? 600 : 400} />
      </Stack>
      {unread ? (
        <Box w={10} h={10} mt={6} bg="ketnoi.7" style={{ borderRadius: '50%', flexShrink: 0 }} role="img" aria-label={t('notifications.unread')} />
      ) : null}
    </Group>
  );
  return (
    <Card withBorder padding={0} component="li" bg={unread ? 'ketnoi.0' : undefined}>
      {href ? (
        <UnstyledButton onClick={() => void navigate(href)} w="100%" style={{ borderRadius: 'inherit' }}>
          {content}
        </UnstyledButton>
      ) : (
        content
      )}
    </Card>
  );
}

export function NotificationsPage() {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(NotificationsDocument, {
    variables: { first: 20 },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead, markState] = useMutation(MarkNotificationsReadDocument);
  const [markError, setMarkError] = useState<unknown>(null);
  const edges = useMemo(() => data?.notifications.edges ?? [], [data]);
  const anyUnread = edges.some(({ node }) => !node.read);
  // What was unread when the page opened stays highlighted after it is marked read.
  const [fresh, setFresh] = useState<ReadonlySet<string> | null>(null);

  const markAll = async () => {
    const newest = edges[0]?.node.id;
    setMarkError(null);
    try {
      await markRead({
        variables: { upTo: newest ?? null },
        update: (cache) => {
          for (const { node } of edges) {
            cache.modify({ id: cache.identify(node), fields: { read: () => true } });
          }
          cache.writeQuery({ query: UnreadNotificationCountDocument, data: { __typename: 'Query', unreadNotificationCount: 0 } });
        },
        refetchQueries: [UnreadNotificationCountDocument],
      });
    } catch (caught) {
      setMarkError(caught);
    }
  };

  const markAllRef = useRef(markAll);
  markAllRef.current = markAll;
  const loaded = !!data && !loading;
  useEffect(() => {
    if (!loaded || fresh) return;
    const unread = edges.filter(({ node }) => !node.read).map(({ node }) => node.id);
    setFresh(new Set(unread));
    // Opening the list reads it: the badge goes back to zero.
    if (unread.length > 0) void markAllRef.current();
  }, [loaded, fresh, edges]);

  return (
    <Stack gap="md" maw={680} mx="auto">
      <Group justify="space-between" align="flex-start">
        <PageHeader title={t('notifications.title')} />
        {anyUnread ? (
          <Button variant="light" leftSection={<IconChecks size={18} aria-hidden />} onClick={() => void markAll()} loading={markState.loading}>
            {t('notifications.markAll')}
          </Button>
        ) : null}
      </Group>
      <ErrorAlert error={markError} onClose={() => setMarkError(null)} />
      <LoadMoreList
        items={edges}
        loaded={!!data}
        loading={loading && !data}
        error={error && !data ? error : null}
        empty={
          <Card withBorder padding="lg">
            <Text>{t('notifications.empty')}</Text>
            <Anchor component={Link} to="/" size="sm">
              {t('common.goHome')}
            </Anchor>
          </Card>
        }
        hasMore={!!data?.notifications.pageInfo.hasNextPage}
        onLoadMore={() => fetchMore({ variables: { after: data?.notifications.pageInfo.endCursor } })}
        list={(items) => (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('notifications.title')}>
            {items}
          </Stack>
        )}
      >
        {({ node }) => <NotificationRow key={node.id} notification={node} fresh={!!fresh?.has(node.id)} />}
      </LoadMoreList>
    </Stack>
  );
}
