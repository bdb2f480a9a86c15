import { Button, MantineProvider, Stack } from '@mantine/core';
import { Component, Suspense, lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, useLocation } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { FullPageLoader } from '../shared/ui/FullPageLoader';
import { AuthBootstrap } from './auth/AuthBootstrap';
import { useSession } from './auth/useSession';
import { PublicLayout } from './layout/PublicLayout';
import { loadMantineStyles } from './mantineStyles';
import { cssVariablesResolver, theme } from './theme';

// Apollo Client, the signed-in shell, the route table and the rest of Mantine's styles load after
// the first paint: the login form, the first thing a phone shows, needs none of them (≈ 80 KB of
// the first load, ~0.4 s on Fast 3G). Loaded as soon as someone starts filling in the form, so
// they are there on submit.
class AppLoadError extends Error {}
const loadFullApp = () =>
  Promise.all([import('./FullApp'), loadMantineStyles()]).then(
    ([m]) => m,
    (cause: unknown) => {
      throw new AppLoadError('the app did not load', { cause });
    },
  );
const FullApp = lazy(() => loadFullApp().then((m) => ({ default: m.FullApp })));
const preloadFullApp = () => void loadFullApp().catch(() => undefined);

function LoadFailed() {
  const { t } = useTranslation();
  return (
    <PublicLayout>
      <Stack maw={480} mx="auto" mt="xl">
        <ErrorAlert alert={{ code: 'NETWORK', message: null }} />
        <Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>
      </Stack>
    </PublicLayout>
  );
}

/**
 * The app's code did not arrive (offline with only the shell cached): say so in the shell rather
 * than leave a blank page. Any other error goes on as before.
 */
class FullAppBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  render() {
    if (this.state.error instanceof AppLoadError) return <LoadFailed />;
    if (this.state.error) throw this.state.error;
    return this.props.children;
  }
}

/**
 * Someone not signed in on /login gets the login page in the light shell; on "/" (the installed
 * app's start page, signed-in only) they are sent there without loading the rest. Everything
 * else, and everyone signed in or being restored, gets the full app with its own guards.
 */
function Root() {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'anonymous' && location.pathname === '/login') {
    return (
      <div onFocusCapture={preloadFullApp} onPointerDownCapture={preloadFullApp}>
        <PublicLayout>
          <LoginPage />
        </PublicLayout>
      </div>
    );
  }
  if (status === 'anonymous' && location.pathname === '/') {
    // as RequireAuth does
    return <Navigate to="/login" replace state={{ from: { pathname: location.pathname, search: location.search } }} />;
  }
  return (
    <FullAppBoundary>
      <Suspense
        fallback={
          <PublicLayout>
            <FullPageLoader />
          </PublicLayout>
        }
      >
        <FullApp />
      </Suspense>
    </FullAppBoundary>
  );
}

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <BrowserRouter>
        <AuthBootstrap>
          <Root />
        </AuthBootstrap>
      </BrowserRouter>
    </MantineProvider>
  );
}
