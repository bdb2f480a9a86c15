import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format';
import { formatRelativeTime } from './relativeTime';
import { useNow } from './useNow';

/** <time> with "5 phút trước" and the exact date and time as its tooltip. */
export function RelativeTime({ value, ...props }: { value: string } & TextProps) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const relative = formatRelativeTime(value, i18n.language, Math.max(now, Date.now() - 1000));
  const exact = formatDateTime(value, i18n.language);
  return (
    <Text component="time" dateTime={value} title={exact} size="sm" c="dimmed" {...props}>
      {relative ?? t('time.justNow')}
    </Text>
  );
}
