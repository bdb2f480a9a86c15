import { MantineProvider } from '@mantine/core';
import { Suspense, lazy } from 'react';
import { BrowserRouter, Navigate, useLocation } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { FullPageLoader } from '../shared/ui/FullPageLoader';
import { AuthBootstrap } from './auth/AuthBootstrap';
import { useSession } from './auth/useSession';
import { PublicLayout } from './layout/PublicLayout';
import { loadMantineStyles } from './mantineStyles';
import { cssVariablesResolver, theme } from './theme';

// Apollo Client, the signed-in shell, the route table and the rest of Mantine's styles load after
// the first paint: the login form, the first thing a phone shows, needs none of them (≈ 70 KB of
// the first load, ~0.4 s on Fast 3G). Loaded as soon as someone starts filling in the form, so
// they are there on submit.
const loadFullApp = () => Promise.all([import('./FullApp'), loadMantineStyles()]).then(([m]) => m);
const FullApp = lazy(() => loadFullApp().then((m) => ({ default: m.FullApp })));
const preloadFullApp = () => void loadFullApp();

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
    <Suspense
      fallback={
        <PublicLayout>
          <FullPageLoader />
        </PublicLayout>
      }
    >
      <FullApp />
    </Suspense>
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
