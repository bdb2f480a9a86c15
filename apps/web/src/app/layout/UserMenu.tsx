import { Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconBookmark, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ViewerFieldsFragment } from '../../gql/graphql';
import { UserAvatar } from '../../shared/ui/UserAvatar';

export function UserMenu({ viewer, onLogout }: { viewer: ViewerFieldsFragment; onLogout: () => void }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        {/* named by its (hidden) text, not aria-label: the initials shown must not contradict the name (WCAG 2.5.3) */}
        <UnstyledButton style={{ borderRadius: '50%' }}>
          <UserAvatar name={viewer.fullName} url={viewer.avatarUrl} size={36} />
          <VisuallyHidden>{`${t('nav.userMenu')}: ${viewer.fullName}`}</VisuallyHidden>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" className="break-anywhere">
            {viewer.fullName}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`enums.Profession.${viewer.profession}`)}
          </Text>
        </Menu.Label>
        <Menu.Item component={Link} to="/profile" leftSection={<IconUserCircle size={18} aria-hidden />}>
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Item component={Link} to="/saved" leftSection={<IconBookmark size={18} aria-hidden />}>
          {t('nav.saved')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={onLogout} leftSection={<IconLogout size={18} aria-hidden />}>
          {t('nav.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
