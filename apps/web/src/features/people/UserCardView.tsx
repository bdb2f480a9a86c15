import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserCardFragment } from '../../gql/graphql';
import { formatNumber } from '../../shared/lib/format';
import { useSpecialtyName } from '../../shared/reference/useSpecialtyName';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { FollowButton } from './FollowButton';

/** A directory result: avatar, name, title, profession, specialty, facility, follow. */
export function UserCardView({ user }: { user: UserCardFragment }) {
  const { t, i18n } = useTranslation();
  const specialtyName = useSpecialtyName();
  return (
    <Card withBorder padding="md" component="li" h="100%">
      <Stack gap="sm" h="100%">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <UserAvatar name={user.fullName} url={user.avatarUrl} size={56} />
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/u/${user.id}`} fw={700} className="break-anywhere">
              {user.fullName}
            </Anchor>
            {user.title ? (
              <Text size="sm" className="break-anywhere">
                {user.title}
              </Text>
            ) : null}
            <Group gap={6}>
              <Badge variant="light" color="ketnoi" tt="none">
                {t(`enums.Profession.${user.profession}`)}
              </Badge>
              {user.specialty ? (
                <Badge variant="light" color="gray" tt="none">
                  {specialtyName(user.specialty)}
                </Badge>
              ) : null}
            </Group>
          </Stack>
        </Group>
        {user.facility ? (
          <Text size="sm" c="dimmed" className="break-anywhere" style={{ flex: 1 }}>
            {user.facility.name} — {user.facility.province.name}
          </Text>
        ) : (
          <div style={{ flex: 1 }} />
        )}
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="sm">
            <Text span fw={700}>
              {formatNumber(user.followerCount, i18n.language)}
            </Text>{' '}
            {t('people.followers')}
          </Text>
          <FollowButton user={user} size="sm" />
        </Group>
      </Stack>
    </Card>
  );
}
