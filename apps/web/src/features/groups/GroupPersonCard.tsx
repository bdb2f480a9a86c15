import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Profession } from '../../gql/graphql';
import { UserAvatar } from '../../shared/ui/UserAvatar';

interface GroupPerson {
  id: string;
  fullName: string;
  avatarUrl?: string | null;
  title?: string | null;
  profession: Profession;
  facility?: { name: string } | null;
}

/** A member or an applicant of a group: avatar, name (to the profile), title or profession, a time line, and actions. */
export function GroupPersonCard({
  user,
  when,
  wrap,
  children,
}: {
  user: GroupPerson;
  when: ReactNode;
  /** Actions may go below on a narrow screen. */ wrap?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" component="li">
      <Group justify="space-between" wrap={wrap ? 'wrap' : 'nowrap'} gap="sm" preventGrowOverflow={false}>
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
          <UserAvatar name={user.fullName} url={user.avatarUrl} size={40} />
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/u/${user.id}`} fw={600} size="sm" className="break-anywhere">
              {user.fullName}
            </Anchor>
            <Text size="xs" c="dimmed" className="break-anywhere" lineClamp={1}>
              {[user.title, user.facility?.name].filter(Boolean).join(' · ') || t(`enums.Profession.${user.profession}`)}
            </Text>
            {when}
          </Stack>
        </Group>
        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
          {children}
        </Group>
      </Group>
    </Card>
  );
}
