import { Anchor, CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { IconSpeakerphone } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BroadcastCardFragment } from '../../gql/graphql';
import { BroadcastsDocument, BroadcastPublishedDocument, PinnedBroadcastsDocument } from './documents';
import './broadcasts.css';

const pinnable = (b: BroadcastCardFragment) => !b.supersededBy && ((b.requireAck && !b.viewerAcknowledgedAt) || (b.priority !== 'NORMAL' && !b.viewerReadAt));

/**
 * Live arrival (`broadcastPublished`, sent by the server only to targeted members): puts the
 * broadcast on the pinned strip and shows a toast wherever the viewer is. Mounted once for
 * verified members in the layout.
 */
export function BroadcastLive() {
  const { t } = useTranslation('broadcasts');
  const client = useApolloClient();
  const [toast, setToast] = useState<BroadcastCardFragment | null>(null);
  useSubscription(BroadcastPublishedDocument, {
    onData: ({ data: event }) => {
      const b = event.data?.broadcastPublished;
      if (!b) return;
      if (pinnable(b)) {
        client.cache.updateQuery({ query: PinnedBroadcastsDocument }, (existing) =>
          existing && !existing.pinnedBroadcasts.some((p) => p.id === b.id) ? { ...existing, pinnedBroadcasts: [b, ...existing.pinnedBroadcasts] } : existing,
        );
      }
      // The archive's first page is cheap to ask again; filters make merging by hand wrong.
      void client.refetchQueries({ include: [BroadcastsDocument] });
      setToast(b);
    },
  });
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), 15_000);
    return () => clearTimeout(timer);
  }, [toast]);
  if (!toast) return null;
  return (
    <Paper className="broadcast-toast" withBorder shadow="md" p="sm" role="status" aria-live="polite" data-testid="broadcast-toast">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <IconSpeakerphone size={22} aria-hidden />
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {t('broadcasts.live.title')}
          </Text>
          <Anchor component={Link} to={`/broadcasts/${toast.id}`} size="sm" className="break-anywhere" onClick={() => setToast(null)}>
            {toast.title}
          </Anchor>
          <Text size="xs" c="dimmed" className="break-anywhere">
            {toast.issuer}
          </Text>
        </Stack>
        <CloseButton aria-label={t('broadcasts.live.close')} onClick={() => setToast(null)} />
      </Group>
    </Paper>
  );
}
