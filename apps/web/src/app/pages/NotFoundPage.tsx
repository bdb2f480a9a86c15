import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('common.notFoundTitle'));
  return (
    <Stack align="flex-start" py="xl">
      <Title order={1}>{t('common.notFoundTitle')}</Title>
      <Text>{t('common.notFoundBody')}</Text>
      <Button component={Link} to="/">
        {t('common.goHome')}
      </Button>
    </Stack>
  );
}
