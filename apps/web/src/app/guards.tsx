import { Button, Center, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { FullPageLoader } from '../shared/ui/FullPageLoader';
import { ForbiddenPage } from './pages/ForbiddenPage';
import { useViewer } from './auth/hooks';
import { session } from './auth/session';

interface FromState {
  from?: { pathname: string; search?: string };
}

/** /login and /register: signed-in users go on to where they belong. */
export function AnonymousOnly() {
  const { status, viewer, loading, hasFullAccess } = useViewer();
  const location = useLocation();
  if (status === 'restoring' || loading) return <FullPageLoader />;
  if (status === 'authenticated' && viewer) {
    if (!hasFullAccess) return <Navigate to="/pending" replace />;
    const from = (location.state as FromState | null)?.from;
    const target = from && from.pathname !== '/pending' ? `${from.pathname}${from.search ?? ''}` : '/';
    return <Navigate to={target} replace />;
  }
  return <Outlet />;
}

/** Any signed-in user, verified or not. */
export function RequireAuth() {
  const { t } = useTranslation();
  const { status, viewer, loading, error } = useViewer();
  const location = useLocation();
  const signedInWithoutUser = status === 'authenticated' && !loading && !viewer && !error;

  useEffect(() => {
    // The server no longer knows this user (deleted?): the token is worthless.
    if (signedInWithoutUser) session.clear();
  }, [signedInWithoutUser]);

  if (status === 'restoring' || loading) return <FullPageLoader />;
  if (status === 'anonymous') {
    return <Navigate to="/login" replace state={{ from: { pathname: location.pathname, search: location.search } }} />;
  }
  if (!viewer) {
    if (error) {
      return (
        <Center mih="50vh">
          <Stack maw={480} w="100%">
            <ErrorAlert error={error} />
            <Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>
          </Stack>
        </Center>
      );
    }
    return <FullPageLoader />;
  }
  return <Outlet />;
}

/** Verified users and admins; pending/rejected/suspended users see /pending instead. */
export function RequireFullAccess() {
  const { hasFullAccess } = useViewer();
  if (!hasFullAccess) return <Navigate to="/pending" replace />;
  return <Outlet />;
}

export function RequireAdmin() {
  const { isAdmin } = useViewer();
  if (!isAdmin) return <ForbiddenPage />;
  return <Outlet />;
}
