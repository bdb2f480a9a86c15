import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LiveSessionCardFragment } from '../../gql/graphql';

export const when = (iso: string) => new Date(iso).toLocaleString('vi-VN', { dateStyle: 'short', timeStyle: 'short' });

/** One session in a list (upcoming, past, a programme's). */
export function SessionCard({ s }: { s: LiveSessionCardFragment }) {
  const { t } = useTranslation('live');
  return (
    <Card withBorder component={Link} to={`/live/${s.id}`} data-testid="live-card">
      <Group justify="space-between" wrap="nowrap" align="start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600} lineClamp={2} className="break-anywhere">
            {s.title}
          </Text>
          <Text size="sm" c="dimmed">
            {s.host.fullName} · {when(s.scheduledStart)} · {t('live.minutes', { count: s.scheduledMinutes })}
            {s.cmeHours ? ` · ${t('live.cme', { hours: s.cmeHours })}` : ''}
          </Text>
          {s.programme ? (
            <Text size="xs" c="dimmed" className="break-anywhere">
              {t('live.programmeLabel', { title: s.programme.title })}
            </Text>
          ) : null}
        </Stack>
        <Badge color={s.status === 'LIVE' ? 'red' : 'gray'} style={{ flexShrink: 0 }}>
          {t(`live.status.${s.status}`)}
        </Badge>
      </Group>
    </Card>
  );
}
