import { Anchor, Box, Button, Container, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import classes from './PublicLayout.module.css';

export function Logo() {
  const { t } = useTranslation();
  return (
    <Anchor
      component={Link}
      to="/"
      underline="never"
      aria-label={t('app.homeLink')}
      c="light-dark(var(--mantine-color-ketnoi-8), var(--mantine-color-ketnoi-3))"
      fw={800}
      fz={22}
      style={{ display: 'inline-flex', alignItems: 'center', gap: 8, whiteSpace: 'nowrap' }}
    >
      <img src="/icon.svg" alt="" width={28} height={28} aria-hidden />
      {t('app.name')}
    </Anchor>
  );
}

/** The header's sign-in and registration buttons for someone not signed in (not on their own page). */
export function AnonymousActions() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Group gap="xs" wrap="nowrap" visibleFrom="xs">
      {pathname !== '/login' ? (
        <Button component={Link} to="/login" variant="subtle">
          {t('nav.login')}
        </Button>
      ) : null}
      {pathname !== '/register' ? (
        <Button component={Link} to="/register">
          {t('nav.register')}
        </Button>
      ) : null}
    </Group>
  );
}

/**
 * The shell as AppLayout draws it for someone not signed in, without Apollo or AppShell: the
 * login page, and the skeleton shown while the signed-in app loads (App.tsx), sit in it.
 */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Box component="header" className={classes.header}>
        <Group h="100%" px={{ base: 'sm', sm: 'md' }} gap="sm" wrap="nowrap" justify="space-between">
          <Group gap="xs" wrap="nowrap">
            <Logo />
          </Group>
          <Group gap={6} wrap="nowrap">
            <LanguageSwitch />
            <AnonymousActions />
          </Group>
        </Group>
      </Box>
      <Box component="main" id="main" tabIndex={-1} style={{ outline: 'none' }} className={classes.main}>
        <Container size="md" px={0}>
          {children}
        </Container>
      </Box>
    </>
  );
}
