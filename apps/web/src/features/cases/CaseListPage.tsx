import { Badge, Button, Card, Center, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useViewer } from '../../app/auth/hooks';
import type { CaseListItemFragment, ConsultationQueueQuery } from '../../gql/graphql';
import { PageHeader } from '../../shared/ui/PageHeader';
import { RelativeTime } from '../../shared/time/RelativeTime';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { LoadMoreList } from '../../shared/ui/LoadMoreList';
import { CaseText, useProvinceName } from './CaseContent';
import { ConsultationCard, DueBadge, UrgencyBadge } from './ConsultationCard';
import { ConsultationQueueDocument, MyCaseFilesDocument, SharedWithMeDocument } from './documents';

const TABS = ['mine', 'shared', 'queue'] as const;
type Tab = (typeof TABS)[number];
const PAGE = 20;

function CaseListCard({ item, showAuthor }: { item: CaseListItemFragment; showAuthor?: boolean }) {
  const { t } = useTranslation('cases');
  const province = useProvinceName(item.provinceCode);
  const open = item.phiFindings.length;
  const active = item.consultations.filter((c) => c.status === 'OPEN' || c.status === 'ACCEPTED');
  const answered = item.consultations.filter((c) => c.status === 'ANSWERED').length;
  const facts = [item.ageLabel ? t('cases.list.age', { age: item.ageLabel }) : null, t(`cases.sex.${item.sex}`), province].filter(Boolean).join(' · ');
  const titleId = `case-${item.id}-title`;
  return (
    <Card withBorder padding="md" component="li" style={{ listStyle: 'none' }} aria-labelledby={titleId}>
      <Stack gap={6}>
        <Title order={3} fz="h5" id={titleId} className="break-anywhere">
          <Link to={`/cases/${item.id}`}>
            <CaseText text={item.title} inline />
          </Link>
        </Title>
        <Text size="sm" c="dimmed">
          {facts}
        </Text>
        {showAuthor ? (
          <Text size="sm">
            {t('cases.byAuthor', { name: item.author.fullName })}
            {item.author.facility ? ` · ${item.author.facility.name}` : ''}
          </Text>
        ) : null}
        <Group gap={6} wrap="wrap">
          {open ? (
            <Badge color="orange" variant="light" tt="none">
              {t('cases.list.toReview', { count: open })}
            </Badge>
          ) : null}
          {active.map((c) => (
            <Group key={c.id} gap={4}>
              <UrgencyBadge urgency={c.urgency} />
              {c.overdue ? (
                <Badge color="red" variant="filled" tt="none">
                  {t('cases.list.overdue')}
                </Badge>
              ) : null}
            </Group>
          ))}
          {answered ? (
            <Badge color="green" variant="light" tt="none">
              {t('cases.list.answered', { count: answered })}
            </Badge>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {t('cases.updated')} <RelativeTime value={item.updatedAt} size="xs" />
        </Text>
      </Stack>
    </Card>
  );
}

function CaseList({ kind }: { kind: 'mine' | 'shared' }) {
  const { t } = useTranslation('cases');
  const mine = useQuery(MyCaseFilesDocument, { variables: { first: PAGE }, skip: kind !== 'mine', fetchPolicy: 'cache-and-network' });
  const shared = useQuery(SharedWithMeDocument, { variables: { first: PAGE }, skip: kind !== 'shared', fetchPolicy: 'cache-and-network' });
  const query = kind === 'mine' ? mine : shared;
  const connection = kind === 'mine' ? mine.data?.myCaseFiles : shared.data?.sharedWithMe;
  return (
    <LoadMoreList
      items={connection?.edges ?? []}
      loaded={!!connection}
      loading={query.loading && !connection}
      error={query.error}
      empty={
        <Card withBorder padding="lg">
          <Text c="dimmed">{kind === 'mine' ? t('cases.list.emptyMine') : t('cases.list.emptyShared')}</Text>
        </Card>
      }
      hasMore={!!connection?.pageInfo.hasNextPage}
      onLoadMore={() => query.fetchMore({ variables: { after: connection?.pageInfo.endCursor } })}
      label={kind === 'mine' ? t('cases.tabs.mine') : t('cases.tabs.shared')}
    >
      {({ node }) => <CaseListCard key={node.id} item={node} showAuthor={kind === 'shared'} />}
    </LoadMoreList>
  );
}

type QueueItem = ConsultationQueueQuery['consultationQueue']['edges'][number]['node'];

const byDue = (a: QueueItem, b: QueueItem) => new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime() || a.id.localeCompare(b.id);

function QueueSection({ title, facilityId, empty }: { title: string; facilityId: string | null; empty: string }) {
  const { t } = useTranslation('cases');
  const { data, loading, error } = useQuery(ConsultationQueueDocument, { variables: { facilityId, first: 50 }, fetchPolicy: 'cache-and-network' });
  // The server sorts by due time; active requests first, then the finished ones.
  const items = [...(data?.consultationQueue.edges.map((e) => e.node) ?? [])];
  const active = items.filter((c) => c.status === 'OPEN' || c.status === 'ACCEPTED').sort(byDue);
  const done = items.filter((c) => c.status !== 'OPEN' && c.status !== 'ACCEPTED').sort(byDue);
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Title order={2} fz="h4">
        {title}
      </Title>
      {loading && !data ? (
        <Center py="md">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : null}
      <ErrorAlert error={error} />
      {data && !items.length ? <Text c="dimmed">{empty}</Text> : null}
      {active.map((c) => (
        <ConsultationCard key={c.id} consultation={c} caseLink />
      ))}
      {done.length ? (
        <Stack gap="xs">
          <Text size="sm" fw={600} c="dimmed">
            {t('cases.queue.finished')}
          </Text>
          {done.map((c) => (
            <Card key={c.id} withBorder padding="sm">
              <Group gap="xs" wrap="wrap">
                <UrgencyBadge urgency={c.urgency} />
                <Text size="sm" className="break-anywhere" c={c.caseFile ? undefined : 'dimmed'}>
                  {c.caseFile ? <Link to={`/cases/${c.caseFile.id}?tab=consultations`}>{c.caseFile.title}</Link> : t('cases.consult.revokedForMe')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`cases.consultStatus.${c.status}`)}
                </Text>
                <DueBadge consultation={c} />
              </Group>
            </Card>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}

export function CaseListPage() {
  const { t } = useTranslation('cases');
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : 'mine';
  const deskFacility = viewer?.roles.includes('FACILITY_ADMIN') && viewer.facility ? viewer.facility : null;

  return (
    <Stack gap="md" maw={860} mx="auto">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <PageHeader title={t('cases.title')} subtitle={t('cases.subtitle')} />
        <Button component={Link} to="/cases/new" leftSection={<IconPlus size={18} aria-hidden />}>
          {t('cases.actions.new')}
        </Button>
      </Group>
      <Tabs value={tab} onChange={(value) => setParams(value && value !== 'mine' ? { tab: value } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List grow style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value} px={{ base: 'xs', sm: 'md' }}>
              {t(`cases.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="mine" pt="md">
          <CaseList kind="mine" />
        </Tabs.Panel>
        <Tabs.Panel value="shared" pt="md">
          <CaseList kind="shared" />
        </Tabs.Panel>
        <Tabs.Panel value="queue" pt="md">
          <Stack gap="xl">
            <QueueSection title={t('cases.queue.mine')} facilityId={null} empty={t('cases.queue.emptyMine')} />
            {deskFacility ? (
              <QueueSection title={t('cases.queue.desk', { facility: deskFacility.name })} facilityId={deskFacility.id} empty={t('cases.queue.emptyDesk')} />
            ) : null}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
