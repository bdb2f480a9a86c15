import { Group, Paper, Text } from '@mantine/core';
import { IconPhone, IconPhoneX, IconVideo } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CallRecordFieldsFragment } from '../../gql/graphql';
import { formatCallDuration } from './format';

/** A call record in the conversation: "Cuộc gọi video · 3 phút 12 giây", "Cuộc gọi nhỡ" or "Cuộc gọi bị từ chối". */
export function CallRecordLine({ call }: { call: Pick<CallRecordFieldsFragment, 'video' | 'missed' | 'outcome' | 'durationSeconds'> }) {
  const { t } = useTranslation();
  const declined = call.outcome === 'DECLINED';
  const unanswered = call.missed || declined;
  const Icon = unanswered ? IconPhoneX : call.video ? IconVideo : IconPhone;
  const label = declined
    ? call.video
      ? t('calls.record.declinedVideo')
      : t('calls.record.declined')
    : call.missed
      ? call.video
        ? t('calls.record.missedVideo')
        : t('calls.record.missed')
      : `${call.video ? t('calls.record.video') : t('calls.record.audio')} · ${formatCallDuration(call.durationSeconds, t)}`;
  return (
    <Paper
      component="span"
      withBorder
      radius="xl"
      px="sm"
      py={4}
      data-testid="call-record"
      style={{ display: 'inline-flex', maxWidth: '100%', background: unanswered ? 'var(--mantine-color-red-0)' : 'var(--mantine-color-gray-0)' }}
    >
      <Group gap={6} wrap="nowrap">
        <Icon size={16} aria-hidden color={unanswered ? 'var(--mantine-color-red-8)' : 'var(--mantine-color-ketnoi-8)'} />
        <Text size="sm" fw={500} c={unanswered ? 'red.9' : undefined}>
          {label}
        </Text>
      </Group>
    </Paper>
  );
}
