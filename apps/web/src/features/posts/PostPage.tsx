import { Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle';
import { PageShell } from '../../shared/ui/PageShell';
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

  const back = { to: '/', label: t('post.backToFeed') };
  if (loading && !data) return <PageShell loading />;
  if (!post) return <PageShell back={back} maw={680} missing={{ error: data ? null : error, title: t('post.notFoundTitle'), body: t('post.notFoundBody') }} />;
  return (
    <PageShell back={back} maw={680}>
      <Title order={1} className="visually-hidden">
        {t('post.title')}
      </Title>
      <PostCard post={post} defaultShowComments onDeleted={() => void navigate('/', { replace: true })} />
    </PageShell>
  );
}
