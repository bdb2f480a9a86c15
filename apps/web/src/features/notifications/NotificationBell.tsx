import { ActionIcon, Indicator, Tooltip } from '@mantine/core';
import type { Reference } from '@apollo/client';
import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { connectionModifier, prepend } from '../posts/cache';
import { NotificationAddedDocument, UnreadNotificationCountDocument } from './documents';

/** Queries (by operation name) a notification of this kind makes stale: refetched if on screen, so nobody reloads. */
function staleQueries(kind: string): string[] {
  if (kind.startsWith('CONSULT_') || kind === 'CASE_COMMENT') return ['CaseFile', 'CaseComments', 'ConsultationQueue', 'MyCaseFiles', 'SharedWithMe'];
  if (kind === 'GROUP_JOIN_APPROVED' || kind === 'GROUP_JOIN_DECLINED') return ['Group', 'MyGroups', 'Groups'];
  return [];
}

/**
 * The header bell: the unread count, kept live by `notificationAdded` (graphql-ws). A new
 * notification also goes to the top of the list if it is in the cache, and refreshes the
 * page it is about when that page is open (consult answers, group join approvals).
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const location = useLocation();
  const { data } = useQuery(UnreadNotificationCountDocument, { fetchPolicy: 'cache-and-network' });
  useSubscription(NotificationAddedDocument, {
    skip: !data,
    onData: ({ data: event }) => {
      const notification = event.data?.notificationAdded;
      if (!notification) return;
      const id = client.cache.identify(notification);
      client.cache.modify({
        id: 'ROOT_QUERY',
        fields: {
          notifications: connectionModifier((existing) => (id ? prepend(existing, { __ref: id } as Reference, 'NotificationEdge') : existing)),
        },
      });
      // Grouped notifications update an existing one: ask the server for the exact count.
      void client.refetchQueries({ include: [UnreadNotificationCountDocument] });
      // A consultation answered, a join request approved: the page showing it updates now.
      const stale = staleQueries(notification.kind);
      if (stale.length) void client.refetchQueries({ include: stale });
    },
  });
  const count = data?.unreadNotificationCount ?? 0;
  const label = count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell');
  const active = location.pathname === '/notifications';
  return (
    <Tooltip label={label} withinPortal events={{ hover: true, focus: false, touch: false }}>
      <Indicator label={count > 99 ? '99+' : count} size={18} disabled={count === 0} color="red" offset={6} inline>
        <ActionIcon
          component={Link}
          to="/notifications"
          variant={active ? 'light' : 'subtle'}
          color={active ? 'ketnoi' : 'dark'}
          size="lg"
          aria-label={label}
          aria-current={active ? 'page' : undefined}
        >
          <IconBell size={22} aria-hidden />
        </ActionIcon>
      </Indicator>
    </Tooltip>
  );
}
