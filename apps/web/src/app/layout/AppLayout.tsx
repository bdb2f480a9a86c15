import { AppShell, Box, Burger, Button, Container, Divider, Group, Indicator, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { Suspense, lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useUnreadConversationCount } from '../../features/messages/useInbox';
import { FullPageLoader } from '../../shared/ui/FullPageLoader';
import { useLogout, useViewer } from '../auth/hooks';
import { BottomNav } from './BottomNav';
import bottomNavClasses from './BottomNav.module.css';
import { LanguageSwitch } from './LanguageSwitch';
import { AnonymousActions, Logo } from './PublicLayout';
import { isActive, navItemsFor } from './navItems';

// Calls (ringing, the call screen) load after the page: signed-in only, and not needed to paint.
const CallProvider = lazy(() => import('../../features/calls/CallProvider').then((m) => ({ default: m.CallProvider })));

const BroadcastLive = lazy(() => import('../../features/broadcasts/BroadcastLive').then((m) => ({ default: m.BroadcastLive })));
const AdminMenu = lazy(() => import('./AdminMenu').then((m) => ({ default: m.AdminMenu })));
const SignedInTools = lazy(() => import('./SignedInTools').then((m) => ({ default: m.SignedInTools })));

export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { viewer, isAdmin, hasFullAccess } = useViewer();
  const logout = useLogout();
  const isWorkforceAdmin =
    !!viewer &&
    viewer.verificationStatus === 'VERIFIED' &&
    viewer.roles.some((r) => r === 'FACILITY_ADMIN' || r === 'DEPARTMENT_ADMIN' || r === 'MINISTRY_ADMIN');
  const items = navItemsFor(viewer ? { isAdmin, hasFullAccess, isWorkforceAdmin } : null);
  const unreadConversations = useUnreadConversationCount(!!viewer && hasFullAccess);
  // The messages item carries the number of conversations with unread messages.
  const badged = (item: (typeof items)[number], size: number) => {
    const icon = <item.icon size={size} aria-hidden />;
    if (item.to !== '/messages' || unreadConversations === 0) return icon;
    return (
      // a dot, not a number: the link's name must contain its visible text (the count is in aria-label)
      <Indicator size={10} color="red" offset={3}>
        {icon}
      </Indicator>
    );
  };
  const labelOf = (item: (typeof items)[number]) =>
    item.to === '/messages' && unreadConversations > 0 ? t('messages.navUnread', { count: unreadConversations }) : undefined;
  const hasNav = items.length > 0;
  // Administration entries share one header menu (the header has room for about eight entries at 1280 px).
  const adminItems = items.filter((item) => item.admin && !item.drawerOnly);
  // Phones: verified members get the tab bar (its Menu tab opens the drawer); others keep the burger.
  const tabBar = !!viewer && hasFullAccess;

  useEffect(() => {
    close();
  }, [location.pathname, close]);

  const onLogout = () => {
    void logout().then(() => navigate('/login', { replace: true }));
  };

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 280, breakpoint: 'md', collapsed: { mobile: !opened || !hasNav, desktop: true } }}
      padding={{ base: 'sm', sm: 'md' }}
    >
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px={{ base: 'sm', sm: 'md' }} gap="sm" wrap="nowrap" justify="space-between">
          <Group gap="xs" wrap="nowrap">
            {hasNav && !tabBar ? (
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="md"
                size="sm"
                aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
                aria-expanded={opened}
                aria-controls="mobile-nav"
              />
            ) : null}
            <Logo />
          </Group>
          {hasNav ? (
            <Box component="nav" aria-label={t('nav.mainNav')} visibleFrom="md" style={{ flex: 1, minWidth: 0 }}>
              <Group gap={2} wrap="nowrap" justify="center">
                {items
                  .filter((item) => !item.drawerOnly && !item.admin)
                  .map((item) => {
                    const active = isActive(item, location.pathname);
                    return (
                      <Button
                        key={item.to}
                        component={Link}
                        to={item.to}
                        variant={active ? 'light' : 'subtle'}
                        color={active ? 'ketnoi' : 'dark'}
                        aria-current={active ? 'page' : undefined}
                        aria-label={labelOf(item)}
                        leftSection={badged(item, 18)}
                        px="xs"
                      >
                        {t(item.labelKey)}
                      </Button>
                    );
                  })}
                {adminItems.length ? (
                  <Suspense fallback={null}>
                    <AdminMenu items={adminItems} />
                  </Suspense>
                ) : null}
              </Group>
            </Box>
          ) : null}
          <Group gap={6} wrap="nowrap">
            {viewer ? (
              <Suspense fallback={null}>
                <SignedInTools viewer={viewer} onLogout={onLogout} />
              </Suspense>
            ) : null}
            <LanguageSwitch />
            {viewer ? null : <AnonymousActions />}
          </Group>
        </Group>
      </AppShell.Header>

      {hasNav ? (
        <AppShell.Navbar p="sm" id="mobile-nav" aria-label={t('nav.mainNav')} component="nav">
          <Stack gap={4}>
            {items.map((item) => {
              const active = isActive(item, location.pathname);
              return (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={t(item.labelKey)}
                  aria-label={labelOf(item)}
                  leftSection={badged(item, 20)}
                  active={active}
                  aria-current={active ? 'page' : undefined}
                />
              );
            })}
            <Divider my="sm" />
            {viewer ? (
              <Text size="sm" c="dimmed" px="sm" className="break-anywhere">
                {viewer.fullName}
              </Text>
            ) : null}
            <NavLink component="button" label={t('nav.logout')} leftSection={<IconLogout size={20} aria-hidden />} onClick={onLogout} />
          </Stack>
        </AppShell.Navbar>
      ) : null}

      {viewer && hasFullAccess ? (
        <Suspense fallback={null}>
          <CallProvider />
        </Suspense>
      ) : null}
      {viewer?.verificationStatus === 'VERIFIED' ? (
        <Suspense fallback={null}>
          <BroadcastLive />
        </Suspense>
      ) : null}
      {tabBar ? <BottomNav unreadMessages={unreadConversations} menuOpened={opened} onMenu={toggle} /> : null}
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }} className={tabBar ? bottomNavClasses.withTabs : undefined}>
        <Container size="md" px={0}>
          <Suspense fallback={<FullPageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
