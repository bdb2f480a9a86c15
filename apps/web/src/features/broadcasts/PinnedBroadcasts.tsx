import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconCheck, IconSpeakerphone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PinnedBroadcastsDocument } from './documents';
import { BroadcastBadges, BroadcastMeta, PRIORITY_COLOR } from './parts';
import { useAcknowledge } from './useAcknowledge';

/**
 * Above the home feed: broadcasts that target the viewer and await their acknowledgement,
 * or are HIGH/URGENT and unread. Kept current by `BroadcastLive` (graphql-ws).
 */
export function PinnedBroadcasts() {
  const { t } = useTranslation('broadcasts');
  const { data } = useQuery(PinnedBroadcastsDocument, { fetchPolicy: 'cache-and-network' });
  const { acknowledge, loading, error, reset } = useAcknowledge();
  const items = data?.pinnedBroadcasts ?? [];
  if (!items.length) return null;
  return (
    <Stack component="section" gap="xs" aria-labelledby="pinned-broadcasts-title" data-testid="pinned-broadcasts">
      <Group gap={6} wrap="nowrap">
        <IconSpeakerphone size={20} aria-hidden />
        <Title order={2} fz="h5" id="pinned-broadcasts-title">
          {t('broadcasts.pinned.title')}
        </Title>
      </Group>
      <ErrorAlert error={error} onClose={reset} />
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((b) => (
          <Card
            key={b.id}
            component="li"
            withBorder
            padding="sm"
            style={{ borderLeft: `4px solid var(--mantine-color-${PRIORITY_COLOR[b.priority] === 'gray' ? 'blue' : PRIORITY_COLOR[b.priority]}-6)` }}
            aria-labelledby={`pinned-${b.id}`}
          >
            <Stack gap={6}>
              <Anchor component={Link} to={`/broadcasts/${b.id}`} fw={600} id={`pinned-${b.id}`} className="break-anywhere">
                {b.title}
              </Anchor>
              <BroadcastMeta item={b} />
              <Group justify="space-between" gap="xs" wrap="wrap">
                <BroadcastBadges item={b} />
                {b.requireAck && !b.viewerAcknowledgedAt ? (
                  <Button
                    size="xs"
                    leftSection={<IconCheck size={16} aria-hidden />}
                    loading={loading}
                    onClick={() => void acknowledge(b.id).catch(() => undefined)}
                  >
                    {t('broadcasts.actions.acknowledge')}
                  </Button>
                ) : null}
              </Group>
            </Stack>
          </Card>
        ))}
      </Stack>
      <Anchor component={Link} to="/broadcasts" size="sm">
        {t('broadcasts.actions.all')}
      </Anchor>
      <Text className="visually-hidden">{t('broadcasts.pinned.count', { count: items.length })}</Text>
    </Stack>
  );
}
