import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useViewer } from '../../app/auth/hooks';
import { formatNumber } from '../../shared/lib/format';
import { useSpecialtyName } from '../../shared/reference/useSpecialtyName';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle';
import { PageShell } from '../../shared/ui/PageShell';
import { StatusBadge } from '../../shared/ui/StatusBadge';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { UserPosts } from '../posts/UserPosts';
import { UserProfileDocument } from './documents';
import { FollowButton } from './FollowButton';

function Count({ value, label }: { value: number; label: string }) {
  const { i18n } = useTranslation();
  return (
    <Stack gap={0} align="center">
      <Text fw={700} fz="lg">
        {formatNumber(value, i18n.language)}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}

export function UserPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const specialtyName = useSpecialtyName();
  const { data, loading, error } = useQuery(UserProfileDocument, { variables: { id }, skip: !id });
  const user = data?.user;
  useDocumentTitle(user?.fullName ?? null);

  const back = { to: '/people', label: t('user.backToPeople') };
  if (loading && !data) return <PageShell loading />;
  if (!user) return <PageShell back={back} missing={{ error: data ? null : error, title: t('user.notFound') }} />;

  const isSelf = viewer?.id === user.id;
  return (
    <PageShell back={back} maw={760} gap="md">
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Group gap="md" wrap="nowrap" align="flex-start">
            <UserAvatar name={user.fullName} url={user.avatarUrl} size={88} decorative={false} />
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Title order={1} fz={{ base: 'h3', sm: 'h2' }} className="break-anywhere">
                {user.fullName}
              </Title>
              {user.title ? <Text className="break-anywhere">{user.title}</Text> : null}
              <Group gap={6}>
                <Badge variant="light" color="ketnoi" tt="none">
                  {t(`enums.Profession.${user.profession}`)}
                </Badge>
                {user.specialty ? (
                  <Badge variant="light" color="gray" tt="none">
                    {specialtyName(user.specialty)}
                  </Badge>
                ) : null}
                <StatusBadge status={user.verificationStatus} />
              </Group>
            </Stack>
          </Group>

          {user.facility ? (
            <Text size="sm" className="break-anywhere">
              <Text span fw={600}>
                {t('user.facility')}:
              </Text>{' '}
              {user.facility.name} — {user.facility.province.name} ({t(`enums.FacilityLevel.${user.facility.level}`)})
            </Text>
          ) : null}
          {user.experienceYears != null ? <Text size="sm">{t('user.experience', { years: user.experienceYears })}</Text> : null}

          <Group gap="xl">
            <Count value={user.followerCount} label={t('user.followers')} />
            <Count value={user.followingCount} label={t('user.following')} />
          </Group>

          {isSelf ? (
            <Button component={Link} to="/profile" variant="default" leftSection={<IconPencil size={18} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
              {t('user.editProfile')}
            </Button>
          ) : (
            <div>
              <FollowButton user={user} />
            </div>
          )}
        </Stack>
      </Card>

      {user.bio ? (
        <Card withBorder padding="lg">
          <Title order={2} fz="h4" mb="xs">
            {t('user.bio')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
            {user.bio}
          </Text>
        </Card>
      ) : null}

      <UserPosts userId={user.id} name={user.fullName} />
    </PageShell>
  );
}
