import { Card, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/ui/PageHeader';
import { SavedPostsDocument } from './documents';
import { PostList } from './PostList';

export function SavedPage() {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(SavedPostsDocument, {
    variables: { first: 15 },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Stack gap="md" maw={680} mx="auto">
      <PageHeader title={t('saved.title')} subtitle={t('saved.subtitle')} />
      <PostList
        label={t('saved.title')}
        connection={data?.savedPosts}
        loading={loading}
        error={error}
        fetchMore={(after) => fetchMore({ variables: { after } })}
        empty={
          <Card withBorder padding="lg">
            <Text>{t('saved.empty')}</Text>
          </Card>
        }
      />
    </Stack>
  );
}
