import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconChartBar, IconCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useViewer } from '../../app/auth/hooks';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle';
import { formatDateTime } from '../../shared/lib/format';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PageShell } from '../../shared/ui/PageShell';
import { BroadcastDocument, MarkBroadcastReadDocument } from './documents';
import { BroadcastBadges, BroadcastDocuments, BroadcastMeta } from './parts';
import { publisherRole } from './roles';
import { TargetSummary } from './TargetSummary';
import { useAcknowledge } from './useAcknowledge';

/** One broadcast: text, the official PDF inline with download and hash, acknowledge in one tap. */
export function BroadcastPage() {
  const { t, i18n } = useTranslation('broadcasts');
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error } = useQuery(BroadcastDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MarkBroadcastReadDocument);
  const ack = useAcknowledge();
  const b = data?.broadcast;
  useDocumentTitle(b?.title ?? t('broadcasts.title'));
  // Opening counts as reading (the server ignores publishers and people not targeted).
  const marked = useRef<string | null>(null);
  useEffect(() => {
    if (!b || b.viewerReadAt || marked.current === b.id) return;
    marked.current = b.id;
    void markRead({ variables: { id: b.id } }).catch(() => undefined);
  }, [b, markRead]);

  const canSeeReach = !!b && !!publisherRole(viewer);
  return (
    <PageShell
      back={{ to: '/broadcasts', label: t('broadcasts.backToList') }}
      maw={860}
      loading={loading && !data}
      missing={!b && { error, title: t('broadcasts.notFoundTitle'), body: t('broadcasts.notFoundBody') }}
    >
      {b ? (
        <>
          <Stack gap={6}>
            <Title order={1} fz={{ base: 'h3', sm: 'h2' }} className="break-anywhere">
              {b.title}
            </Title>
            <BroadcastMeta item={b} />
            <BroadcastBadges item={b} />
          </Stack>
          {b.supersededBy ? (
            <Alert color="orange" variant="light">
              <Anchor component={Link} to={`/broadcasts/${b.supersededBy.id}`}>
                {t('broadcasts.supersededBy', { title: b.supersededBy.title })}
              </Anchor>
            </Alert>
          ) : null}
          {b.supersedes ? (
            <Text size="sm">
              <Anchor component={Link} to={`/broadcasts/${b.supersedes.id}`}>
                {t('broadcasts.supersedes', { title: b.supersedes.title })}
              </Anchor>
            </Text>
          ) : null}
          {b.requireAck ? (
            <Card withBorder padding="sm" bg={b.viewerAcknowledgedAt ? 'var(--mantine-color-green-0)' : 'var(--mantine-color-blue-0)'}>
              {b.viewerAcknowledgedAt ? (
                <Group gap="xs" role="status">
                  <IconCheck size={18} aria-hidden />
                  <Text size="sm">{t('broadcasts.acknowledgedAt', { time: formatDateTime(b.viewerAcknowledgedAt, i18n.language) })}</Text>
                </Group>
              ) : (
                <Stack gap="xs">
                  <ErrorAlert error={ack.error} onClose={ack.reset} />
                  <Button
                    size="md"
                    leftSection={<IconCheck size={18} aria-hidden />}
                    loading={ack.loading}
                    onClick={() => void ack.acknowledge(b.id).catch(() => undefined)}
                  >
                    {t('broadcasts.actions.acknowledge')}
                  </Button>
                </Stack>
              )}
            </Card>
          ) : null}
          <Text style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
            {b.body}
          </Text>
          <Text size="sm" c="dimmed">
            {t('broadcasts.issuer', { issuer: b.issuer })} · {b.scopeProvince ? b.scopeProvince.name : t('broadcasts.national')} ·{' '}
            {t('broadcasts.publishedBy', { name: b.publishedBy.fullName })}
          </Text>
          <TargetSummary target={b.target} />
          {canSeeReach ? (
            <Button
              component={Link}
              to={`/broadcasts/${b.id}/reach`}
              variant="light"
              leftSection={<IconChartBar size={18} aria-hidden />}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('broadcasts.actions.reach')}
            </Button>
          ) : null}
          <Title order={2} fz="h4">
            {t('broadcasts.document.title')}
          </Title>
          <BroadcastDocuments documents={b.documents} hashes={b.documentSha256} />
        </>
      ) : null}
    </PageShell>
  );
}
