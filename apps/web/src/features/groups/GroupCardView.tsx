import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupCardFragment } from '../../gql/graphql';
import { formatNumber } from '../../shared/lib/format';
import { GroupBadges } from './GroupBadges';
import { JoinButton } from './JoinButton';

export function GroupCardView({ group }: { group: GroupCardFragment }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="md" component="li" h="100%">
      <Stack gap="xs" h="100%">
        <Anchor component={Link} to={`/g/${group.id}`} fw={700} className="break-anywhere">
          {group.name}
        </Anchor>
        <GroupBadges privacy={group.privacy} kind={group.kind} />
        {group.description ? (
          <Text size="sm" c="dimmed" lineClamp={2} className="break-anywhere">
            {group.description}
          </Text>
        ) : null}
        <Group justify="space-between" gap="xs" mt="auto" wrap="wrap">
          <Text size="sm">{t('groups.members', { count: group.memberCount, formatted: formatNumber(group.memberCount, i18n.language) })}</Text>
          <JoinButton group={group} size="xs" />
        </Group>
      </Stack>
    </Card>
  );
}
