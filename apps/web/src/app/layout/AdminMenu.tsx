import { ActionIcon, Menu } from '@mantine/core';
import { IconSettingsCog } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { isActive, type NavItem } from './navItems';

/**
 * The header's admin entries under one icon (eight labelled entries do not fit beside the
 * tools at 1280 px). Loaded on its own, only for admins: Menu brings popover and focus-trap
 * code the sign-in page must not download.
 */
export function AdminMenu({ items }: { items: NavItem[] }) {
  const { t } = useTranslation();
  const location = useLocation();
  const active = items.some((item) => isActive(item, location.pathname));
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant={active ? 'light' : 'subtle'} color={active ? 'ketnoi' : 'dark'} size="lg" aria-label={t('nav.admin')} title={t('nav.admin')}>
          <IconSettingsCog size={20} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {items.map((item) => (
          <Menu.Item
            key={item.to}
            component={Link}
            to={item.to}
            leftSection={<item.icon size={18} aria-hidden />}
            aria-current={isActive(item, location.pathname) ? 'page' : undefined}
          >
            {t(item.labelKey)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
