import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What a page shows while its code or first data loads: the page's shape, not a blank screen. */
export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" py="md" role="status" aria-live="polite" aria-label={t('app.loading')} data-testid="page-skeleton">
      <Skeleton height={18} width="40%" radius="sm" />
      <Skeleton height={44} radius="md" />
      <Skeleton height={44} radius="md" />
      <Skeleton height={18} width="30%" radius="sm" />
      <Skeleton height={96} radius="md" />
    </Stack>
  );
}
