import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconEdit, IconSchool, IconShare, IconStethoscope } from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CaseDetailFragment } from '../../gql/graphql';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle';
import { RelativeTime } from '../../shared/time/RelativeTime';
import { PageShell } from '../../shared/ui/PageShell';
import { AttachmentPreview } from './CaseAttachments';
import { CaseAudit } from './CaseAudit';
import { CaseContent, CaseText } from './CaseContent';
import { CaseDiscussion } from './CaseDiscussion';
import { CaseVersions } from './CaseVersions';
import { ConsultationCard } from './ConsultationCard';
import { ConsultRequestDialog } from './ConsultRequestDialog';
import { CaseFileDocument } from './documents';
import { ReviewPanel } from './ReviewPanel';
import { ShareDialog } from './ShareDialog';
import { TeachingPostDialog } from './TeachingPostDialog';

const TABS = ['case', 'consultations', 'discussion', 'versions', 'audit'] as const;
type Tab = (typeof TABS)[number];

function CaseHeader({ caseFile, children }: { caseFile: CaseDetailFragment; children?: ReactNode }) {
  const { t } = useTranslation('cases');
  const permission = caseFile.viewerPermission;
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={1} fz={{ base: 'h3', sm: 'h2' }} className="break-anywhere">
          <CaseText text={caseFile.title} inline />
        </Title>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" tt="none">
            {t('cases.versionBadge', { n: caseFile.version })}
          </Badge>
          {permission ? (
            <Badge variant="outline" tt="none" color={permission === 'OWNER' ? 'ketnoi' : 'gray'}>
              {t(`cases.yourPermission.${permission}`)}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {t('cases.byAuthor', { name: caseFile.author.fullName })}
          {caseFile.author.facility ? ` · ${caseFile.author.facility.name}` : ''} · {t('cases.updated')} <RelativeTime value={caseFile.updatedAt} />
        </Text>
        {children}
      </Stack>
    </Card>
  );
}

export function CaseViewPage() {
  const { t } = useTranslation('cases');
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [sharing, setSharing] = useState(false);
  const [consulting, setConsulting] = useState(false);
  const [teaching, setTeaching] = useState(false);
  /** The last action's outcome, with a link when there is something to open (the teaching post). */
  const [status, setStatus] = useState<{ text: string; link?: { to: string; label: string } } | null>(null);
  const [highlightReview, setHighlightReview] = useState(false);
  const review = useRef<HTMLElement>(null);
  const { data, loading, error } = useQuery(CaseFileDocument, { variables: { id }, skip: !id, fetchPolicy: 'cache-and-network' });
  const caseFile = data?.caseFile ?? null;
  useDocumentTitle(caseFile?.title ?? t('cases.title'));

  const owner = caseFile?.viewerPermission === 'OWNER';
  const available: Tab[] = owner ? [...TABS] : TABS.filter((tab) => tab !== 'audit');
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && available.includes(requested) ? requested : 'case';
  const canWrite = !!caseFile?.viewerPermission && caseFile.viewerPermission !== 'VIEW';
  const canTeach = owner && !!caseFile?.consultations.some((c) => c.status === 'CLOSED');

  const goToReview = () => {
    setSharing(false);
    setConsulting(false);
    setTeaching(false);
    setHighlightReview(true);
    window.setTimeout(() => {
      review.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      review.current?.focus({ preventScroll: true });
    }, 50);
  };

  const back = { to: '/cases', label: t('cases.backToCases') };
  if (loading && !data) return <PageShell loading />;
  if (!caseFile) return <PageShell back={back} maw={860} missing={{ error, title: t('cases.notFoundTitle'), body: t('cases.notFoundBody') }} />;

  return (
    <PageShell back={back} maw={860}>
      <CaseHeader caseFile={caseFile}>
        {owner ? (
          <Group gap="xs">
            <Button variant="default" component={Link} to={`/cases/${caseFile.id}/edit`} leftSection={<IconEdit size={18} aria-hidden />}>
              {t('cases.actions.edit')}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                setStatus(null);
                setSharing(true);
              }}
              leftSection={<IconShare size={18} aria-hidden />}
            >
              {t('cases.actions.share')}
            </Button>
            <Button
              onClick={() => {
                setStatus(null);
                setConsulting(true);
              }}
              leftSection={<IconStethoscope size={18} aria-hidden />}
            >
              {t('cases.actions.requestConsult')}
            </Button>
            {canTeach ? (
              <Button
                variant="default"
                onClick={() => {
                  setStatus(null);
                  setTeaching(true);
                }}
                leftSection={<IconSchool size={18} aria-hidden />}
              >
                {t('cases.actions.teach')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {status ? (
          <Text size="sm" c="green.9" role="status" className="break-anywhere">
            {status.text}
            {status.link ? (
              <>
                {' '}
                <Anchor component={Link} to={status.link.to} size="sm" fw={600}>
                  {status.link.label}
                </Anchor>
              </>
            ) : null}
          </Text>
        ) : null}
      </CaseHeader>

      {owner ? <ReviewPanel ref={review} caseFile={caseFile} highlight={highlightReview} /> : null}

      <Tabs value={tab} onChange={(value) => setParams(value && value !== 'case' ? { tab: value } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          {available.map((value) => (
            <Tabs.Tab key={value} value={value} px={{ base: 'xs', sm: 'md' }} style={{ flexShrink: 0 }}>
              {t(`cases.tabs.${value}`)}
              {value === 'consultations' && caseFile.consultations.length ? ` (${caseFile.consultations.length})` : ''}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="case" pt="md">
          <Stack gap="md">
            <Card withBorder padding="lg">
              <CaseContent values={caseFile} />
            </Card>
            {caseFile.attachments.length ? (
              <Card withBorder padding="lg">
                <Stack gap="xs">
                  <Title order={2} fz="h5">
                    {t('cases.fields.attachments')}
                  </Title>
                  <SimpleGrid component="ul" cols={{ base: 1, xs: 2, sm: 3 }} spacing="xs" m={0} p={0}>
                    {caseFile.attachments.map((a) => (
                      <AttachmentPreview key={a.id} attachment={a} />
                    ))}
                  </SimpleGrid>
                </Stack>
              </Card>
            ) : null}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="consultations" pt="md">
          <Stack gap="md">
            {caseFile.consultations.length ? (
              caseFile.consultations.map((c) => <ConsultationCard key={c.id} consultation={c} />)
            ) : (
              <Text c="dimmed">{t('cases.consult.none')}</Text>
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="discussion" pt="md">
          <CaseDiscussion caseFileId={caseFile.id} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="versions" pt="md">
          <CaseVersions key={caseFile.version} caseFileId={caseFile.id} currentVersion={caseFile.version} />
        </Tabs.Panel>
        {owner ? (
          <Tabs.Panel value="audit" pt="md">
            <CaseAudit caseFileId={caseFile.id} />
          </Tabs.Panel>
        ) : null}
      </Tabs>

      {owner && sharing ? (
        <ShareDialog
          caseFile={caseFile}
          opened={sharing}
          onClose={() => setSharing(false)}
          onReview={goToReview}
          onShared={() => {
            setSharing(false);
            setStatus({ text: t('cases.share.done') });
          }}
        />
      ) : null}
      {owner && consulting ? (
        <ConsultRequestDialog
          caseFile={caseFile}
          opened={consulting}
          onClose={() => setConsulting(false)}
          onReview={goToReview}
          onRequested={() => {
            setConsulting(false);
            setStatus({ text: t('cases.consultRequest.done') });
            setParams({ tab: 'consultations' }, { replace: true });
          }}
        />
      ) : null}
      {canTeach && teaching ? (
        <TeachingPostDialog
          caseFile={caseFile}
          opened={teaching}
          onClose={() => setTeaching(false)}
          onReview={goToReview}
          onPublished={({ postId, groupName }) => {
            setTeaching(false);
            setStatus({
              text: t('cases.teaching.done', { group: groupName }),
              link: { to: `/p/${postId}`, label: t('cases.teaching.viewPost') },
            });
          }}
        />
      ) : null}
    </PageShell>
  );
}
