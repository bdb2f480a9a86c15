import {
  IconBookmark,
  IconSpeakerphone,
  IconBroadcast,
  IconMessageCircle,
  IconStethoscope,
  IconHome,
  IconHourglass,
  IconSearch,
  IconSettings,
  IconShieldCheck,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
  IconChartBar,
  type Icon,
} from '@tabler/icons-react';

export interface NavItem {
  to: string;
  labelKey:
    | 'nav.home'
    | 'nav.people'
    | 'nav.profile'
    | 'nav.verifications'
    | 'nav.pending'
    | 'nav.groups'
    | 'nav.search'
    | 'nav.saved'
    | 'nav.messages'
    | 'nav.cases'
    | 'phone.settings.nav'
    | 'nav.broadcasts'
    | 'nav.workforce'
    | 'nav.live';
  icon: Icon;
  /** Only in the mobile drawer (the header has its own button, or there is no room). */
  drawerOnly?: boolean;
  /** In the header, grouped under one "Administration" menu (the drawer lists them as links). */
  admin?: boolean;
}

export function navItemsFor(viewer: { hasFullAccess: boolean; isAdmin: boolean; isWorkforceAdmin?: boolean } | null): NavItem[] {
  if (!viewer) return [];
  const items: NavItem[] = viewer.hasFullAccess
    ? [{ to: '/', labelKey: 'nav.home', icon: IconHome }]
    : [{ to: '/pending', labelKey: 'nav.pending', icon: IconHourglass }];
  if (viewer.hasFullAccess) {
    items.push({ to: '/messages', labelKey: 'nav.messages', icon: IconMessageCircle });
    items.push({ to: '/cases', labelKey: 'nav.cases', icon: IconStethoscope });
    items.push({ to: '/broadcasts', labelKey: 'nav.broadcasts', icon: IconSpeakerphone });
    items.push({ to: '/live', labelKey: 'nav.live', icon: IconBroadcast });
  }
  items.push({ to: '/groups', labelKey: 'nav.groups', icon: IconUsersGroup });
  items.push({ to: '/people', labelKey: 'nav.people', icon: IconUsers });
  items.push({ to: '/search', labelKey: 'nav.search', icon: IconSearch, drawerOnly: true });
  if (viewer.hasFullAccess) items.push({ to: '/saved', labelKey: 'nav.saved', icon: IconBookmark, drawerOnly: true });
  items.push({ to: '/profile', labelKey: 'nav.profile', icon: IconUserCircle, drawerOnly: true });
  items.push({ to: '/settings', labelKey: 'phone.settings.nav', icon: IconSettings, drawerOnly: true });
  if (viewer.isAdmin) items.push({ to: '/admin/verifications', labelKey: 'nav.verifications', icon: IconShieldCheck, admin: true });
  if (viewer.isWorkforceAdmin) items.push({ to: '/workforce', labelKey: 'nav.workforce', icon: IconChartBar, admin: true });
  return items;
}

export function isActive(item: NavItem, pathname: string): boolean {
  if (item.to === '/') return pathname === '/';
  if (item.to === '/groups') return pathname === '/groups' || pathname.startsWith('/groups/') || pathname.startsWith('/g/');
  return pathname === item.to || pathname.startsWith(`${item.to}/`);
}
