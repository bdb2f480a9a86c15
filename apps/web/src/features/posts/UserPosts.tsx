import { Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { UserPostsDocument } from './documents';
import { PostList } from './PostList';

/** A person's posts (that the viewer may see), newest first, on their page. */
export function UserPosts({ userId, name }: { userId: string; name: string }) {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(UserPostsDocument, { variables: { userId, first: 10 } });
  return (
    <Stack gap="sm">
      <Title order={2} fz="h4">
        {t('user.posts')}
      </Title>
      <PostList
        label={t('user.postsOf', { name })}
        connection={data?.userPosts}
        loading={loading}
        error={error}
        fetchMore={(after) => fetchMore({ variables: { after } })}
        empty={
          <Card withBorder padding="md">
            <Text size="sm" c="dimmed">
              {t('user.noPosts')}
            </Text>
          </Card>
        }
      />
    </Stack>
  );
}
