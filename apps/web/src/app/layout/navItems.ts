import { IconHome, IconHourglass, IconShieldCheck, IconUserCircle, IconUsers, type Icon } from '@tabler/icons-react';

export interface NavItem {
  to: string;
  labelKey: 'nav.home' | 'nav.people' | 'nav.profile' | 'nav.verifications' | 'nav.pending';
  icon: Icon;
}

export function navItemsFor(viewer: { hasFullAccess: boolean; isAdmin: boolean } | null): NavItem[] {
  if (!viewer) return [];
  const items: NavItem[] = viewer.hasFullAccess
    ? [{ to: '/', labelKey: 'nav.home', icon: IconHome }]
    : [{ to: '/pending', labelKey: 'nav.pending', icon: IconHourglass }];
  items.push({ to: '/people', labelKey: 'nav.people', icon: IconUsers });
  items.push({ to: '/profile', labelKey: 'nav.profile', icon: IconUserCircle });
  if (viewer.isAdmin) items.push({ to: '/admin/verifications', labelKey: 'nav.verifications', icon: IconShieldCheck });
  return items;
}

export function isActive(item: NavItem, pathname: string): boolean {
  return item.to === '/' ? pathname === '/' : pathname === item.to || pathname.startsWith(`${item.to}/`);
}
