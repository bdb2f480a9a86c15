import { Anchor, Button, Card, Group, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PageLoader } from '../../shared/ui/PageShell';
import { CreateProgrammeDocument, GroupProgrammesDocument, ProgrammeDocument } from './documents';
import { SessionCard } from './SessionCard';

/** A training programme: its sessions in start order and each member's progress (moderators see everyone, a member themselves). */
export function ProgrammePage() {
  const { t } = useTranslation('live');
  const { id = '' } = useParams();
  const { data, error, loading, fetchMore } = useQuery(ProgrammeDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const p = data?.trainingProgramme;
  if (error) return <ErrorAlert error={error} />;
  if (!p) return loading ? <PageLoader /> : <Text>{t('live.notFound')}</Text>;
  const progress = p.memberProgress;
  return (
    <Stack>
      <Anchor component={Link} to="/live" size="sm">
        ← {t('live.title')}
      </Anchor>
      <Title order={2} className="break-anywhere">
        {p.title}
      </Title>
      <Anchor component={Link} to={`/g/${p.group.id}?tab=about`} size="sm" className="break-anywhere">
        {t('live.programme.group', { name: p.group.name })}
      </Anchor>
      {p.description ? (
        <Text size="sm" className="break-anywhere">
          {p.description}
        </Text>
      ) : null}
      <Title order={3} size="h4">
        {t('live.programme.sessions')}
      </Title>
      <Stack gap="xs" data-testid="programme-sessions">
        {p.sessions.edges.map((e) => (
          <SessionCard key={e.node.id} s={e.node} />
        ))}
        {!p.sessions.edges.length ? <Text c="dimmed">{t('live.programme.noSessions')}</Text> : null}
      </Stack>
      <Title order={3} size="h4">
        {t('live.programme.progress')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('live.programme.progressHint')}
      </Text>
      {progress.edges.length ? (
        <Table striped withTableBorder data-testid="programme-progress" aria-label={t('live.programme.progress')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('live.programme.member')}</Table.Th>
              <Table.Th>{t('live.programme.done')}</Table.Th>
              <Table.Th>{t('live.programme.hours')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {progress.edges.map((e) => (
              <Table.Tr key={e.node.user.id}>
                <Table.Td className="break-anywhere">
                  <Anchor component={Link} to={`/u/${e.node.user.id}`} size="sm">
                    {e.node.user.fullName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t('live.programme.doneOf', { done: e.node.sessionsCredited, total: e.node.sessionsEnded })}</Table.Td>
                <Table.Td>{e.node.hours}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text c="dimmed">{t('live.programme.noProgress')}</Text>
      )}
      {progress.pageInfo.hasNextPage ? (
        <Button variant="default" w="fit-content" onClick={() => void fetchMore({ variables: { after: progress.pageInfo.endCursor } })}>
          {t('live.programme.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}

/** A group's training programmes (its About tab); moderators create new ones here. */
export function GroupProgrammes({ groupId, canCreate }: { groupId: string; canCreate: boolean }) {
  const { t } = useTranslation('live');
  const { data, refetch } = useQuery(GroupProgrammesDocument, { variables: { groupId }, fetchPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [create, { loading, error }] = useMutation(CreateProgrammeDocument);
  const items = data?.groupTrainingProgrammes.edges ?? [];
  if (!data) return null;
  const submit = async () => {
    const res = await create({ variables: { groupId, title, description: description || null } }).catch(() => null);
    if (res?.data) {
      setCreating(false);
      setTitle('');
      setDescription('');
      void refetch();
    }
  };
  return (
    <Card withBorder padding="lg" data-testid="group-programmes">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('live.programmesHeading')}
          </Title>
          {canCreate ? (
            <Button size="xs" variant="default" onClick={() => setCreating((c) => !c)}>
              {t('live.programme.create')}
            </Button>
          ) : null}
        </Group>
        {creating ? (
          <Stack gap="xs">
            <TextInput label={t('live.programme.titleField')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required />
            <Textarea label={t('live.programme.descriptionField')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize />
            <ErrorAlert error={error} />
            <Button w="fit-content" loading={loading} onClick={() => void submit()}>
              {t('live.programme.submit')}
            </Button>
          </Stack>
        ) : null}
        {items.map((e) => (
          <Anchor key={e.node.id} component={Link} to={`/live/programmes/${e.node.id}`} className="break-anywhere">
            {e.node.title}
          </Anchor>
        ))}
        {!items.length ? (
          <Text size="sm" c="dimmed">
            {t('live.programme.none')}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
