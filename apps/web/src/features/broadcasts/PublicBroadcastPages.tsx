import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconRss } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useParams } from 'react-router';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle';
import { LoadMoreList } from '../../shared/ui/LoadMoreList';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageShell } from '../../shared/ui/PageShell';
import { PublicBroadcastDocument, PublicBroadcastsDocument } from './documents';
import { BroadcastDocuments, BroadcastListCard, BroadcastMeta } from './parts';
import './broadcasts.css';

/** The public list: national broadcasts limited to no target; no login needed. */
function PublicList() {
  const { t } = useTranslation('broadcasts');
  const { data, loading, error, fetchMore } = useQuery(PublicBroadcastsDocument, { variables: { first: 20 } });
  const connection = data?.publicBroadcasts;
  return (
    <Stack gap="md" maw={860} mx="auto">
      <PageHeader title={t('broadcasts.publicTitle')} subtitle={t('broadcasts.publicSubtitle')} />
      <Anchor href="/feeds/broadcasts.atom" size="sm" style={{ alignSelf: 'flex-start' }}>
        <IconRss size={16} aria-hidden /> {t('broadcasts.publicFeed')}
      </Anchor>
      <LoadMoreList
        items={connection?.edges ?? []}
        loaded={!!connection}
        loading={loading}
        error={error}
        empty={t('broadcasts.publicEmpty')}
        hasMore={!!connection?.pageInfo.hasNextPage}
        onLoadMore={() => fetchMore({ variables: { after: connection?.pageInfo.endCursor } })}
        label={t('broadcasts.publicTitle')}
      >
        {({ node }) => <BroadcastListCard key={node.id} item={{ ...node, viewerReadAt: node.publishedAt }} to={`/chinh-sach/cong-khai/${node.id}`} />}
      </LoadMoreList>
    </Stack>
  );
}

/** One public broadcast (what the Atom feed's entries link to). */
function PublicOne() {
  const { t } = useTranslation('broadcasts');
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(PublicBroadcastDocument, { variables: { id } });
  const b = data?.publicBroadcast;
  useDocumentTitle(b?.title ?? t('broadcasts.publicTitle'));
  return (
    <PageShell
      back={{ to: '/chinh-sach/cong-khai', label: t('broadcasts.backToPublic') }}
      maw={860}
      loading={loading && !data}
      missing={!b && { error, title: t('broadcasts.notFoundTitle'), body: t('broadcasts.notFoundBody') }}
    >
      {b ? (
        <>
          <Title order={1} fz={{ base: 'h3', sm: 'h2' }} className="break-anywhere">
            {b.title}
          </Title>
          <BroadcastMeta item={b} />
          <Text style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
            {b.body}
          </Text>
          <Title order={2} fz="h4">
            {t('broadcasts.document.title')}
          </Title>
          <BroadcastDocuments documents={b.documents} hashes={b.documentSha256} />
        </>
      ) : null}
    </PageShell>
  );
}

/** /chinh-sach/cong-khai(/:id) — the URLs the Atom feed (GET /feeds/broadcasts.atom) emits. */
export function PublicBroadcastPages() {
  return (
    <Routes>
      <Route index element={<PublicList />} />
      <Route path=":id" element={<PublicOne />} />
    </Routes>
  );
}
