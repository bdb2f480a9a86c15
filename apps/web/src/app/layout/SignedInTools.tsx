import { ActionIcon, Tooltip } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ViewerFieldsFragment } from '../../gql/graphql';
import { NotificationBell } from '../../features/notifications/NotificationBell';
import { PostCountsLive } from '../../features/posts/PostCountsLive';
import { UserMenu } from './UserMenu';

/**
 * The header's signed-in tools (search, the bell, the user menu). Loaded on its own after the
 * shell, so the sign-in page does not download menus and popovers it never shows.
 */
export function SignedInTools({ viewer, onLogout }: { viewer: ViewerFieldsFragment; onLogout: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <>
      <Tooltip label={t('nav.search')} withinPortal events={{ hover: true, focus: false, touch: false }}>
        <ActionIcon
          component={Link}
          to="/search"
          variant={location.pathname === '/search' ? 'light' : 'subtle'}
          color={location.pathname === '/search' ? 'ketnoi' : 'dark'}
          size="lg"
          aria-label={t('nav.search')}
          visibleFrom="xs"
        >
          <IconSearch size={22} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <NotificationBell />
      <PostCountsLive />
      <UserMenu viewer={viewer} onLogout={onLogout} />
    </>
  );
}
