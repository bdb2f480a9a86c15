import { Alert, Anchor, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { IconHourglass, IconBan, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { useLogout, useViewer } from '../../app/auth/hooks';
import { MeDocument, hasFullAccess } from '../../app/auth/viewer';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { VerificationStatusChangedDocument } from './documents';
import { PageHeader } from '../../shared/ui/PageHeader';
import { StatusBadge } from '../../shared/ui/StatusBadge';
import { SuccessAlert } from '../../shared/ui/SuccessAlert';
import { ADMIN_TOOLS_NS } from '../admin/registerTexts';
import { ResubmitForm } from './ResubmitForm';

export function PendingPage() {
  const { t } = useTranslation();
  const { viewer, hasFullAccess: fullAccess } = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const logout = useLogout();
  const [checking, setChecking] = useState(false);
  const [checkedStillPending, setCheckedStillPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [resubmitted, setResubmitted] = useState(false);
  const { t: ta } = useTranslation(ADMIN_TOOLS_NS);

  // The decision arrives live; the cache update re-renders with the new status.
  useSubscription(VerificationStatusChangedDocument, {
    skip: !viewer || viewer.verificationStatus !== 'PENDING',
    onData: ({ data }) => {
      if (hasFullAccess(data.data?.verificationStatusChanged)) {
        void client.query({ query: MeDocument, fetchPolicy: 'network-only' }).then(() => navigate('/', { replace: true }));
      }
    },
  });

  if (!viewer) return null;
  if (fullAccess) return <Navigate to="/" replace />;

  const status = viewer.verificationStatus;
  const checkAgain = async () => {
    setChecking(true);
    setError(null);
    try {
      const { data } = await client.query({ query: MeDocument, fetchPolicy: 'network-only' });
      if (hasFullAccess(data?.me)) void navigate('/', { replace: true });
      else setCheckedStillPending(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setChecking(false);
    }
  };

  const title = status === 'REJECTED' ? t('auth.pending.rejectedTitle') : status === 'SUSPENDED' ? t('auth.pending.suspendedTitle') : t('auth.pending.title');

  return (
    <Stack maw={640} mx="auto">
      <PageHeader title={title} />
      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        <Stack>
          <Group gap="xs">
            <StatusBadge status={status} />
          </Group>
          {status === 'REJECTED' ? (
            <Alert color="red" icon={<IconBan aria-hidden />}>
              <Text size="sm">{t('auth.pending.rejectedBody')}</Text>
              {viewer.rejectionReason ? (
                <Text size="sm" mt="xs" className="break-anywhere">
                  <Text span fw={700}>
                    {t('auth.pending.rejectionReason')}:
                  </Text>{' '}
                  {viewer.rejectionReason}
                </Text>
              ) : null}
            </Alert>
          ) : status === 'SUSPENDED' ? (
            <Alert color="gray" icon={<IconLock aria-hidden />}>
              {t('auth.pending.suspendedBody')}
            </Alert>
          ) : (
            <>
              <Alert color="orange" icon={<IconHourglass aria-hidden />}>
                {viewer.facility ? t('auth.pending.body', { facility: viewer.facility.name }) : t('auth.pending.bodyNoFacility')}
              </Alert>
              <Text>{t('auth.pending.limits')}</Text>
              <Text fw={600}>{t('auth.pending.meanwhile')}</Text>
              <List spacing="xs">
                <List.Item>
                  <Anchor component={Link} to="/profile">
                    {t('auth.pending.completeProfile')}
                  </Anchor>
                </List.Item>
                <List.Item>
                  <Anchor component={Link} to="/people">
                    {t('auth.pending.browsePeople')}
                  </Anchor>
                </List.Item>
              </List>
            </>
          )}
          {status === 'REJECTED' ? (
            <ResubmitForm
              viewer={viewer}
              onDone={() => {
                setResubmitted(true);
                void client.query({ query: MeDocument, fetchPolicy: 'network-only' }).catch(setError);
              }}
            />
          ) : null}
          <div aria-live="polite">{resubmitted && status === 'PENDING' ? <SuccessAlert>{ta('resubmit.done')}</SuccessAlert> : null}</div>
          <ErrorAlert error={error} />
          {checkedStillPending && status === 'PENDING' ? (
            <Text role="status" size="sm" c="dimmed">
              {t('auth.pending.stillPending')}
            </Text>
          ) : null}
          <Group>
            {status === 'PENDING' ? (
              <Button onClick={() => void checkAgain()} loading={checking} variant="light">
                {t('auth.pending.checkAgain')}
              </Button>
            ) : null}
            <Button variant="default" onClick={() => void logout().then(() => navigate('/login', { replace: true }))}>
              {t('auth.pending.logout')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
