import { Anchor, Badge, Button, Card, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BroadcastCardFragment, BroadcastPriority } from '../../gql/graphql';
import { formatDate } from '../../shared/lib/format';
import { RelativeTime } from '../../shared/time/RelativeTime';

export const PRIORITY_COLOR: Record<BroadcastPriority, string> = { NORMAL: 'gray', HIGH: 'orange', URGENT: 'red' };
/** Badge fills whose text (chosen by autoContrast) keeps 4.5:1. */
const PRIORITY_BADGE: Record<BroadcastPriority, string> = { NORMAL: 'gray.7', HIGH: 'orange.5', URGENT: 'red.9' };

/** Priority, "needs acknowledgement" / "acknowledged", "unread", "superseded". */
export function BroadcastBadges({ item }: { item: BroadcastCardFragment }) {
  const { t } = useTranslation('broadcasts');
  return (
    <Group gap={6} wrap="wrap">
      {item.priority !== 'NORMAL' ? (
        <Badge color={PRIORITY_BADGE[item.priority]} variant="filled" autoContrast tt="none">
          {t(`broadcasts.priority.${item.priority}`)}
        </Badge>
      ) : null}
      {item.requireAck ? (
        item.viewerAcknowledgedAt ? (
          <Badge color="green" variant="light" tt="none">
            {t('broadcasts.acknowledged')}
          </Badge>
        ) : (
          <Badge color="blue" variant="light" tt="none">
            {t('broadcasts.requiresAck')}
          </Badge>
        )
      ) : null}
      {!item.viewerReadAt && !item.viewerAcknowledgedAt ? (
        <Badge color="gray" variant="outline" tt="none">
          {t('broadcasts.unread')}
        </Badge>
      ) : null}
      {item.supersededBy ? (
        <Badge color="gray" variant="light" tt="none">
          {t('broadcasts.superseded')}
        </Badge>
      ) : null}
    </Group>
  );
}

/** Issuer, document number and when: the line under a title. */
export function BroadcastMeta({ item }: { item: Pick<BroadcastCardFragment, 'issuer' | 'documentNumber' | 'publishedAt' | 'effectiveDate'> }) {
  const { t, i18n } = useTranslation('broadcasts');
  return (
    <Group gap={6} wrap="wrap">
      <Text size="sm" c="dimmed" className="break-anywhere">
        {[item.issuer, item.documentNumber ? t('broadcasts.documentNumber', { number: item.documentNumber }) : null].filter(Boolean).join(' · ')}
      </Text>
      <RelativeTime value={item.publishedAt} size="sm" />
      {item.effectiveDate ? (
        <Text size="sm" c="dimmed">
          · {t('broadcasts.effective', { date: formatDate(item.effectiveDate, i18n.language) })}
        </Text>
      ) : null}
    </Group>
  );
}

/** One broadcast in a list (an <li>). */
export function BroadcastListCard({ item, to }: { item: BroadcastCardFragment; to: string }) {
  const titleId = `broadcast-${item.id}-title`;
  return (
    <Card withBorder padding="md" component="li" style={{ listStyle: 'none' }} aria-labelledby={titleId}>
      <Stack gap={6}>
        <Title order={3} fz="h5" id={titleId} className="break-anywhere">
          <Link to={to}>{item.title}</Link>
        </Title>
        <BroadcastMeta item={item} />
        <BroadcastBadges item={item} />
      </Stack>
    </Card>
  );
}

const fileSize = (bytes: number, language: string) =>
  `${new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;

interface DocumentLike {
  id: string;
  fileName: string;
  size: number;
  url: string;
  contentType: string;
}

/**
 * The official PDFs: shown inline (an iframe of the signed URL, same origin), a download
 * link and the SHA-256 of the stored bytes so a reader can verify the file they keep.
 */
export function BroadcastDocuments({ documents, hashes }: { documents: readonly DocumentLike[]; hashes: readonly string[] }) {
  const { t, i18n } = useTranslation('broadcasts');
  if (!documents.length) {
    return (
      <Text size="sm" c="dimmed">
        {t('broadcasts.document.none')}
      </Text>
    );
  }
  return (
    <Stack gap="lg">
      {documents.map((doc, i) => (
        <Card key={doc.id} withBorder padding="sm" component="section" aria-label={doc.fileName}>
          <Stack gap="xs">
            <Text fw={600} className="break-anywhere">
              {doc.fileName}
            </Text>
            <iframe src={doc.url} title={t('broadcasts.document.frameLabel', { name: doc.fileName })} className="broadcast-pdf" loading="lazy" />
            <Group gap="sm" wrap="wrap">
              <Button component="a" href={doc.url} download={doc.fileName} leftSection={<IconDownload size={18} aria-hidden />} variant="light">
                {t('broadcasts.actions.download', { size: fileSize(doc.size, i18n.language) })}
              </Button>
              <Anchor href={doc.url} target="_blank" rel="noopener noreferrer" size="sm">
                <Group gap={4} component="span" wrap="nowrap">
                  <IconExternalLink size={16} aria-hidden />
                  {t('broadcasts.actions.openNewTab')}
                </Group>
              </Anchor>
            </Group>
            {hashes[i] ? (
              <Stack gap={2}>
                <Text size="xs" c="dimmed">
                  {t('broadcasts.document.sha256')}
                </Text>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Text component="code" size="xs" ff="monospace" className="break-anywhere" data-testid="broadcast-sha256">
                    {hashes[i]}
                  </Text>
                  <CopyButton value={hashes[i]}>
                    {({ copied, copy }) => (
                      <Button size="compact-xs" variant="default" onClick={copy}>
                        {copied ? t('broadcasts.document.copied') : t('broadcasts.document.copy')}
                      </Button>
                    )}
                  </CopyButton>
                </Group>
              </Stack>
            ) : null}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
