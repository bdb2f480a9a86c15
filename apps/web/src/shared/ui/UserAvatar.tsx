import { Avatar, type AvatarProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { initials } from '../lib/text';

interface UserAvatarProps extends Omit<AvatarProps, 'src' | 'alt'> {
  name: string;
  url?: string | null;
  /** Decorative when the name is printed next to it (the default). */
  decorative?: boolean;
}

export function UserAvatar({ name, url, decorative = true, ...props }: UserAvatarProps) {
  const { t } = useTranslation();
  return (
    <Avatar src={url ?? null} alt={decorative ? '' : t('user.avatarAlt', { name })} aria-hidden={decorative || undefined} color="ketnoi" {...props}>
      {initials(name)}
    </Avatar>
  );
}
