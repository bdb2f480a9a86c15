import { Button, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowRight, IconShieldCheck, IconUserCircle, IconUsers, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../app/auth/hooks';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle';
import { StatusBadge } from '../../shared/ui/StatusBadge';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { useSpecialtyName } from '../../shared/reference/useSpecialtyName';

function LinkCard({ to, icon: IconComponent, title, body }: { to: string; icon: Icon; title: string; body: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm" h="100%">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" size="lg" aria-hidden>
            <IconComponent size={20} />
          </ThemeIcon>
          <Title order={2} fz="h4">
            {title}
          </Title>
        </Group>
        <Text size="sm" style={{ flex: 1 }}>
          {body}
        </Text>
        <Button
          component={Link}
          to={to}
          variant="light"
          rightSection={<IconArrowRight size={16} aria-hidden />}
          aria-label={`${t('home.open')}: ${title}`}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('home.open')}
        </Button>
      </Stack>
    </Card>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const { viewer, isAdmin } = useViewer();
  const specialtyName = useSpecialtyName();
  useDocumentTitle(t('nav.home'));
  if (!viewer) return null;
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <UserAvatar name={viewer.fullName} url={viewer.avatarUrl} size={64} />
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Title order={1} fz={{ base: 'h3', sm: 'h2' }} className="break-anywhere">
              {t('home.welcome', { name: viewer.fullName })}
            </Title>
            <Text size="sm">
              {t(`enums.Profession.${viewer.profession}`)}
              {viewer.specialty ? ` · ${specialtyName(viewer.specialty)}` : ''}
            </Text>
            <Text size="sm" className="break-anywhere">
              <Text span fw={600}>
                {t('home.facility')}:
              </Text>{' '}
              {viewer.facility ? `${viewer.facility.name} — ${viewer.facility.province.name}` : t('home.noFacility')}
            </Text>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {t('home.status')}:
              </Text>
              <StatusBadge status={viewer.verificationStatus} />
            </Group>
          </Stack>
        </Group>
      </Card>

      <SimpleGrid cols={{ base: 1, sm: isAdmin ? 3 : 2 }}>
        <LinkCard to="/people" icon={IconUsers} title={t('home.peopleTitle')} body={t('home.peopleBody')} />
        <LinkCard to="/profile" icon={IconUserCircle} title={t('home.profileTitle')} body={t('home.profileBody')} />
        {isAdmin ? (
          <LinkCard
            to="/admin/verifications"
            icon={IconShieldCheck}
            title={t('home.adminTitle')}
            body={t('home.adminBody')}
          />
        ) : null}
      </SimpleGrid>

      <Text c="dimmed" size="sm">
        {t('home.feedSoon')}
      </Text>
    </Stack>
  );
}
