import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle';

export function ForbiddenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('common.forbiddenTitle'));
  return (
    <Stack align="flex-start" py="xl">
      <Title order={1}>{t('common.forbiddenTitle')}</Title>
      <Text>{t('common.forbiddenBody')}</Text>
      <Button component={Link} to="/">
        {t('common.goHome')}
      </Button>
    </Stack>
  );
}
