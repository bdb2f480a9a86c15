import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BroadcastDetailFragment } from '../../gql/graphql';

/** "Gửi tới": each restricted dimension as badges; nothing restricted = everyone. */
export function TargetSummary({ target }: { target: BroadcastDetailFragment['target'] }) {
  const { t, i18n } = useTranslation('broadcasts');
  const rows = [
    { key: 'provinces', values: target.provinces.map((p) => p.name) },
    { key: 'levels', values: target.facilityLevels.map((l) => t(`enums.FacilityLevel.${l}`)) },
    { key: 'professions', values: target.professions.map((p) => t(`enums.Profession.${p}`)) },
    { key: 'specialties', values: target.specialties.map((s) => (i18n.language === 'en' && s.nameEn ? s.nameEn : s.name)) },
  ] as const;
  const restricted = rows.filter((r) => r.values.length);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('broadcasts.target.title')}
      </Text>
      {restricted.length === 0 ? <Text size="sm">{t('broadcasts.target.everyone')}</Text> : null}
      {restricted.map((r) => (
        <Group key={r.key} gap={6} wrap="wrap">
          <Text size="sm" c="dimmed">
            {t(`broadcasts.target.${r.key}`)}:
          </Text>
          {r.values.map((v) => (
            <Badge key={v} variant="light" color="gray" tt="none">
              {v}
            </Badge>
          ))}
        </Group>
      ))}
    </Stack>
  );
}
