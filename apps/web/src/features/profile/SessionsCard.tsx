import { Badge, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconDeviceDesktop, IconDeviceMobile } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeUserAgent, formatDateTime } from '../../shared/lib/format';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { SuccessAlert } from '../../shared/ui/SuccessAlert';
import { MySessionsDocument, RevokeSessionDocument } from './documents';

export function SessionsList() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(MySessionsDocument, { fetchPolicy: 'cache-and-network' });
  const [revoke] = useMutation(RevokeSessionDocument);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const deviceName = (userAgent: string | null) => {
    const described = describeUserAgent(userAgent);
    return described ? t('profile.sessions.device', described) : t('profile.sessions.unknownDevice');
  };

  const onRevoke = async (id: string) => {
    setRevoking(id);
    setActionError(null);
    setDone(false);
    try {
      await revoke({
        variables: { id },
        update(cache, { data: result }) {
          if (!result?.revokeSession) return;
          cache.evict({ id: cache.identify({ __typename: 'Session', id }) });
          cache.gc();
        },
      });
      setDone(true);
    } catch (caught) {
      setActionError(caught);
    } finally {
      setRevoking(null);
    }
  };

  if (loading && !data) {
    return (
      <Center py="md">
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (error && !data) return <ErrorAlert error={error} />;
  const sessions = [...(data?.mySessions ?? [])].sort((a, b) => (a.current === b.current ? b.lastUsedAt.localeCompare(a.lastUsedAt) : a.current ? -1 : 1));

  return (
    <Stack gap="sm">
      <ErrorAlert error={actionError} onClose={() => setActionError(null)} />
      {done ? <SuccessAlert onClose={() => setDone(false)}>{t('profile.sessions.revoked')}</SuccessAlert> : null}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {sessions.map((item) => {
          const name = deviceName(item.userAgent ?? null);
          const mobile = /Android|iPhone|iPad|Mobile/.test(item.userAgent ?? '');
          const DeviceIcon = mobile ? IconDeviceMobile : IconDeviceDesktop;
          return (
            <Group component="li" key={item.id} justify="space-between" wrap="wrap" gap="xs">
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <DeviceIcon size={24} aria-hidden style={{ flexShrink: 0 }} />
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Group gap={6}>
                    <Text fw={600} size="sm">
                      {name}
                    </Text>
                    {item.current ? (
                      <Badge size="sm" variant="light" color="teal" tt="none">
                        {t('profile.sessions.current')}
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('profile.sessions.lastUsed', { date: formatDateTime(item.lastUsedAt, i18n.language) })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('profile.sessions.signedIn', { date: formatDateTime(item.createdAt, i18n.language) })}
                  </Text>
                </Stack>
              </Group>
              {!item.current ? (
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => void onRevoke(item.id)}
                  loading={revoking === item.id}
                  aria-label={t('profile.sessions.revokeLabel', { device: name })}
                >
                  {t('profile.sessions.revoke')}
                </Button>
              ) : null}
            </Group>
          );
        })}
      </Stack>
      {sessions.length <= 1 ? (
        <Text size="sm" c="dimmed">
          {t('profile.sessions.empty')}
        </Text>
      ) : null}
    </Stack>
  );
}
