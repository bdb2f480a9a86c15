import { Anchor, Card, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatNumber } from '../../shared/lib/format';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PageHeader } from '../../shared/ui/PageHeader';
import { StatusBadge } from '../../shared/ui/StatusBadge';
import { AvatarUploader } from './AvatarUploader';
import { ChangePasswordForm } from './ChangePasswordForm';
import { MyProfileDocument } from './documents';
import { ProfileForm } from './ProfileForm';
import { SessionsList } from './SessionsCard';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section">
      <Title order={2} fz="h4" mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text className="break-anywhere" component="div">
        {children}
      </Text>
    </Stack>
  );
}

export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(MyProfileDocument, { fetchPolicy: 'cache-and-network' });
  const me = data?.me;

  if (!me) {
    if (loading) {
      return (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      );
    }
    return error ? <ErrorAlert error={error} /> : null;
  }

  return (
    <Stack>
      <PageHeader title={t('profile.title')} />
      <Card withBorder padding="lg">
        <Group align="flex-start" gap="xl" wrap="wrap">
          <AvatarUploader name={me.fullName} avatarUrl={me.avatarUrl} />
          <Stack gap="xs" style={{ flex: 1, minWidth: 220 }}>
            <Title order={2} fz="h3" className="break-anywhere">
              {me.fullName}
            </Title>
            {me.title ? <Text>{me.title}</Text> : null}
            <Group gap="xs">
              <StatusBadge status={me.verificationStatus} />
            </Group>
            <Group gap="xl" mt="xs">
              <Stack gap={0}>
                <Text fw={700} fz="lg">
                  {formatNumber(me.followerCount, i18n.language)}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('profile.followers')}
                </Text>
              </Stack>
              <Stack gap={0}>
                <Text fw={700} fz="lg">
                  {formatNumber(me.followingCount, i18n.language)}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('profile.following')}
                </Text>
              </Stack>
            </Group>
            <Anchor component={Link} to={`/u/${me.id}`} size="sm">
              {t('profile.viewPublic')}
            </Anchor>
          </Stack>
        </Group>
      </Card>

      <Section title={t('profile.detailsTitle')}>
        <ProfileForm
          key={me.id}
          initial={{
            fullName: me.fullName,
            title: me.title,
            bio: me.bio ?? null,
            specialtyCode: me.specialty?.code ?? null,
            experienceYears: me.experienceYears ?? null,
          }}
        />
      </Section>

      <Section title={t('profile.accountTitle')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Field label={t('profile.email')}>{me.email ?? t('common.dash')}</Field>
          <Field label={t('profile.profession')}>{t(`enums.Profession.${me.profession}`)}</Field>
          <Field label={t('profile.facility')}>{me.facility ? `${me.facility.name} — ${me.facility.province.name}` : t('common.dash')}</Field>
          <Field label={t('profile.license')}>{me.licenseNumber || t('common.notProvided')}</Field>
          <Field label={t('profile.memberSince')}>{formatDate(me.createdAt, i18n.language)}</Field>
        </SimpleGrid>
      </Section>

      <Section title={t('profile.sessions.title')}>
        <SessionsList />
      </Section>

      <Section title={t('profile.password.title')}>
        <ChangePasswordForm />
      </Section>
    </Stack>
  );
}
