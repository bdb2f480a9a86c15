import { Anchor, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PostDocument } from './documents';
import { PostCard } from './PostCard';
import { plainText } from './richText';

export function PostPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(PostDocument, { variables: { id }, skip: !id });
  const post = data?.post;
  const preview = post ? plainText(post.body).slice(0, 60) : null;
  useDocumentTitle(post ? t('post.pageTitle', { name: post.author.fullName, preview: preview || t('post.attachmentsOnly') }) : t('post.title'));

  const back = (
    <Anchor component={Link} to="/" size="sm">
      <Group gap={4} component="span" wrap="nowrap">
        <IconArrowLeft size={16} aria-hidden />
        {t('post.backToFeed')}
      </Group>
    </Anchor>
  );

  if (loading && !data) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  return (
    <Stack gap="md" maw={680} mx="auto">
      {back}
      <Title order={1} className="visually-hidden">
        {t('post.title')}
      </Title>
      {error && !data ? <ErrorAlert error={error} /> : null}
      {!error && !post ? (
        <Stack gap="xs">
          <Title order={2} fz="h3">
            {t('post.notFoundTitle')}
          </Title>
          <Text>{t('post.notFoundBody')}</Text>
        </Stack>
      ) : null}
      {post ? <PostCard post={post} defaultShowComments onDeleted={() => void navigate('/', { replace: true })} /> : null}
    </Stack>
  );
}
