import { Indicator, UnstyledButton } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconBell, IconHome, IconMenu2, IconMessageCircle, IconStethoscope, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { UnreadNotificationCountDocument } from '../../features/notifications/documents';
import classes from './BottomNav.module.css';

interface Tab {
  to: string;
  label: 'feed' | 'messages' | 'cases' | 'notifications';
  icon: Icon;
}

const TABS: Tab[] = [
  { to: '/', label: 'feed', icon: IconHome },
  { to: '/messages', label: 'messages', icon: IconMessageCircle },
  { to: '/cases', label: 'cases', icon: IconStethoscope },
  { to: '/notifications', label: 'notifications', icon: IconBell },
];

const active = (to: string, pathname: string) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`));

/**
 * The phone's tab bar (below md): feed, messages, cases, notifications with unread badges,
 * and the menu (the drawer with everything else). Labels are short and never cut.
 */
export function BottomNav({ unreadMessages, menuOpened, onMenu }: { unreadMessages: number; menuOpened: boolean; onMenu: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // kept live by the header bell's subscription (same cache entry)
  const { data } = useQuery(UnreadNotificationCountDocument, { fetchPolicy: 'cache-first' });
  const unread: Record<Tab['label'], number> = { feed: 0, messages: unreadMessages, cases: 0, notifications: data?.unreadNotificationCount ?? 0 };
  return (
    <nav className={classes.bar} aria-label={t('phone.tabs.label')} data-testid="bottom-nav">
      {TABS.map((tab) => {
        const label = t(`phone.tabs.${tab.label}`);
        const count = unread[tab.label];
        const current = active(tab.to, pathname);
        return (
          <UnstyledButton
            key={tab.to}
            component={Link}
            to={tab.to}
            className={classes.tab}
            data-active={current || undefined}
            aria-current={current ? 'page' : undefined}
            aria-label={count > 0 ? t('phone.tabs.unread', { label, count }) : undefined}
          >
            {/* a dot, not a number: the tab's name stays its visible label (+ the count for screen readers) */}
            <Indicator disabled={count === 0} size={10} color="red" offset={3} inline data-testid={count > 0 ? `unread-${tab.label}` : undefined}>
              <tab.icon size={24} aria-hidden />
            </Indicator>
            <span className={classes.label}>{label}</span>
          </UnstyledButton>
        );
      })}
      <UnstyledButton className={classes.tab} onClick={onMenu} aria-expanded={menuOpened} aria-controls="mobile-nav" data-active={menuOpened || undefined}>
        <IconMenu2 size={24} aria-hidden />
        <span className={classes.label}>{t('phone.tabs.menu')}</span>
      </UnstyledButton>
    </nav>
  );
}
