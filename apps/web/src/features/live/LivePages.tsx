import { Anchor, Badge, Button, Card, Group, NumberInput, Select, Stack, Table, Tabs, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { mapApiError } from '../../shared/lib/errors';
import { PeoplePicker, type Person } from '../../shared/people/PeoplePicker';
import type { LiveChatFieldsFragment, LiveSessionCardFragment } from '../../gql/graphql';
import {
  AnswerDocument,
  ExportAttendanceDocument,
  ExportLedgerDocument,
  GroupProgrammesDocument,
  HeartbeatDocument,
  HideDocument,
  LedgerDocument,
  LiveChatDocument,
  LiveEventsDocument,
  LiveMyGroupsDocument,
  LiveSessionDocument,
  PastLiveDocument,
  PostLiveChatDocument,
  ReactDocument,
  ScheduleLiveDocument,
  SessionAttendanceDocument,
  UpcomingLiveDocument,
  UpvoteDocument,
} from './documents';
import { HlsPlayer } from './HlsPlayer';
import { Studio } from './Studio';
import { SessionCard, when } from './SessionCard';

const REACTIONS = ['👍', '❤️', '👏', '😮', '🙏', '💡'];
const MODERATOR_ROLES = ['OWNER', 'MODERATOR'];
const FORM_FIELDS = ['groupId', 'inviteeIds', 'coHostIds'];

/** The schedule form: audience (everyone, a group the viewer moderates with an optional programme, or picked invitees) and co-hosts. */
function ScheduleForm({ onDone }: { onDone: (id: string) => void }) {
  const { t } = useTranslation('live');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [start, setStart] = useState(() => new Date(Date.now() + 3600_000 - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16));
  const [minutes, setMinutes] = useState<number | string>(60);
  const [cme, setCme] = useState<number | string>(1);
  const [audience, setAudience] = useState<string | null>('PUBLIC');
  const [groupId, setGroupId] = useState<string | null>(null);
  const [programmeId, setProgrammeId] = useState<string | null>(null);
  const [invitees, setInvitees] = useState<Person[]>([]);
  const [coHosts, setCoHosts] = useState<Person[]>([]);
  const groups = useQuery(LiveMyGroupsDocument, { skip: audience !== 'GROUP' });
  const programmes = useQuery(GroupProgrammesDocument, { variables: { groupId: groupId ?? '' }, skip: audience !== 'GROUP' || !groupId });
  const [schedule, { loading, error }] = useMutation(ScheduleLiveDocument);
  const moderated = (groups.data?.myGroups.edges ?? []).map((e) => e.node).filter((g) => g.viewerRole && MODERATOR_ROLES.includes(g.viewerRole));
  const mapped = mapApiError(error, FORM_FIELDS);
  const fieldError = (field: string) => mapped.fieldErrors[field];
  const submit = async () => {
    const res = await schedule({
      variables: {
        input: {
          title,
          description: description || null,
          audience: audience as never,
          groupId: audience === 'GROUP' ? groupId : null,
          programmeId: audience === 'GROUP' ? programmeId : null,
          inviteeIds: audience === 'INVITEES' ? invitees.map((p) => p.id) : [],
          coHostIds: coHosts.map((p) => p.id),
          scheduledStart: new Date(start).toISOString(),
          scheduledMinutes: Number(minutes),
          cmeHours: cme === '' ? null : Number(cme),
          clientId: `${title}-${start}`,
        },
      },
    }).catch(() => null);
    if (res?.data) onDone(res.data.scheduleLiveSession.id);
  };
  return (
    <Card withBorder>
      <Stack gap="sm">
        <TextInput label={t('live.form.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required />
        <Textarea label={t('live.form.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} />
        <TextInput type="datetime-local" label={t('live.form.start')} value={start} onChange={(e) => setStart(e.currentTarget.value)} />
        <Group grow>
          <NumberInput label={t('live.form.minutes')} value={minutes} onChange={setMinutes} min={5} max={600} />
          <NumberInput label={t('live.form.cme')} value={cme} onChange={setCme} min={0.25} max={40} step={0.25} decimalScale={2} />
        </Group>
        <Select
          label={t('live.form.audience')}
          value={audience}
          onChange={setAudience}
          allowDeselect={false}
          data={(['PUBLIC', 'GROUP', 'INVITEES'] as const).map((v) => ({ value: v, label: t(`live.audience.${v}`) }))}
        />
        {audience === 'GROUP' && (
          <>
            {groups.data && !moderated.length ? (
              <Text size="sm" c="dimmed">
                {t('live.form.noGroups')}
              </Text>
            ) : (
              <Select
                label={t('live.form.group')}
                placeholder={t('live.form.groupPlaceholder')}
                value={groupId}
                onChange={(v) => {
                  setGroupId(v);
                  setProgrammeId(null);
                }}
                data={moderated.map((g) => ({ value: g.id, label: g.name }))}
                searchable
                error={fieldError('groupId')}
              />
            )}
            {groupId && programmes.data?.groupTrainingProgrammes.edges.length ? (
              <Select
                label={t('live.form.programme')}
                placeholder={t('live.form.noProgramme')}
                value={programmeId}
                onChange={setProgrammeId}
                clearable
                data={programmes.data.groupTrainingProgrammes.edges.map((e) => ({ value: e.node.id, label: e.node.title }))}
              />
            ) : null}
          </>
        )}
        {audience === 'INVITEES' && (
          <PeoplePicker
            value={invitees}
            onChange={setInvitees}
            exclude={new Set(coHosts.map((p) => p.id))}
            label={t('live.form.inviteesSearch')}
            chosenLabel={t('live.form.invitees')}
            actionLabel={(name) => t('live.form.invite', { name })}
            removeLabel={(name) => t('live.form.remove', { name })}
            error={fieldError('inviteeIds')}
            autoFocus={false}
          />
        )}
        <PeoplePicker
          value={coHosts}
          onChange={setCoHosts}
          exclude={new Set(invitees.map((p) => p.id))}
          label={t('live.form.coHostsSearch')}
          chosenLabel={t('live.form.coHosts')}
          actionLabel={(name) => t('live.form.addCoHost', { name })}
          removeLabel={(name) => t('live.form.remove', { name })}
          error={fieldError('coHostIds')}
          autoFocus={false}
        />
        <ErrorAlert alert={mapped.alert} />
        <Button onClick={() => void submit()} loading={loading}>
          {t('live.form.submit')}
        </Button>
      </Stack>
    </Card>
  );
}

/** Programmes of the sessions listed (each links to its page). */
function ProgrammeLinks({ sessions }: { sessions: LiveSessionCardFragment[] }) {
  const { t } = useTranslation('live');
  const seen = new Map<string, string>();
  for (const s of sessions) if (s.programme) seen.set(s.programme.id, s.programme.title);
  if (!seen.size) return null;
  return (
    <Card withBorder data-testid="live-programmes">
      <Text fw={600} size="sm">
        {t('live.programmesHeading')}
      </Text>
      <Stack gap={4} mt={4}>
        {[...seen].map(([id, title]) => (
          <Anchor key={id} component={Link} to={`/live/programmes/${id}`} size="sm" className="break-anywhere">
            {title}
          </Anchor>
        ))}
      </Stack>
    </Card>
  );
}

/** The host side's attendance list (who watched how long, credited hours once ended) and its CSV export. */
function AttendanceList({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('live');
  const { data, error, fetchMore } = useQuery(SessionAttendanceDocument, { variables: { sessionId }, fetchPolicy: 'cache-and-network', pollInterval: 60_000 });
  const [exportCsv, exporting] = useMutation(ExportAttendanceDocument);
  const list = data?.sessionAttendance;
  return (
    <Card withBorder data-testid="attendance">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('live.attendance.title')}
          </Title>
          <Button
            size="xs"
            variant="default"
            loading={exporting.loading}
            onClick={() => void exportCsv({ variables: { id: sessionId } }).then((r) => r.data && window.open(r.data.exportSessionAttendance, '_blank'))}
          >
            {t('live.exportAttendance')}
          </Button>
        </Group>
        <ErrorAlert error={error ?? exporting.error} />
        {list && !list.edges.length ? (
          <Text size="sm" c="dimmed">
            {t('live.attendance.empty')}
          </Text>
        ) : null}
        {list?.edges.length ? (
          <Table striped aria-label={t('live.attendance.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('live.attendance.person')}</Table.Th>
                <Table.Th>{t('live.attendance.watched')}</Table.Th>
                <Table.Th>{t('live.attendance.credited')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.edges.map((e) => (
                <Table.Tr key={e.node.user.id}>
                  <Table.Td className="break-anywhere">{e.node.user.fullName}</Table.Td>
                  <Table.Td>{t('live.attendance.minutes', { count: Math.round(e.node.secondsWatched / 60) })}</Table.Td>
                  <Table.Td>{e.node.creditedHours ?? t('live.attendance.none')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {list?.pageInfo.hasNextPage ? (
          <Button size="xs" variant="default" w="fit-content" onClick={() => void fetchMore({ variables: { after: list.pageInfo.endCursor } })}>
            {t('live.programme.loadMore')}
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}

/** Upcoming (LIVE first) and past sessions, and the schedule form. */
export function LiveListPage() {
  const { t } = useTranslation('live');
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const upcoming = useQuery(UpcomingLiveDocument, { fetchPolicy: 'cache-and-network' });
  const past = useQuery(PastLiveDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('live.title')}</Title>
        <Group gap="xs">
          <Anchor component={Link} to="/live/ledger" size="sm">
            {t('live.ledger.link')}
          </Anchor>
          <Button size="xs" onClick={() => setCreating((c) => !c)}>
            {t('live.schedule')}
          </Button>
        </Group>
      </Group>
      {creating && <ScheduleForm onDone={(id) => void navigate(`/live/${id}`)} />}
      <ProgrammeLinks sessions={[...(upcoming.data?.upcomingLiveSessions.edges ?? []), ...(past.data?.pastLiveSessions.edges ?? [])].map((e) => e.node)} />
      <Tabs defaultValue="upcoming">
        <Tabs.List>
          <Tabs.Tab value="upcoming">{t('live.upcoming')}</Tabs.Tab>
          <Tabs.Tab value="past">{t('live.past')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="upcoming" pt="sm">
          <Stack gap="xs">
            <ErrorAlert error={upcoming.error} />
            {upcoming.data?.upcomingLiveSessions.edges.map((e) => (
              <SessionCard key={e.node.id} s={e.node} />
            ))}
            {upcoming.data && !upcoming.data.upcomingLiveSessions.edges.length && <Text c="dimmed">{t('live.noneUpcoming')}</Text>}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="past" pt="sm">
          <Stack gap="xs">
            {past.data?.pastLiveSessions.edges.map((e) => (
              <SessionCard key={e.node.id} s={e.node} />
            ))}
            {past.data && !past.data.pastLiveSessions.edges.length && <Text c="dimmed">{t('live.nonePast')}</Text>}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function ChatPanel({ sessionId, canModerate, isHostSide, open }: { sessionId: string; canModerate: boolean; isHostSide: boolean; open: boolean }) {
  const { t } = useTranslation('live');
  const [tab, setTab] = useState<string | null>('chat');
  const chat = useQuery(LiveChatDocument, { variables: { sessionId, questionsOnly: tab === 'qa' }, fetchPolicy: 'cache-and-network' });
  const [body, setBody] = useState('');
  const [post, posting] = useMutation(PostLiveChatDocument);
  const [upvote] = useMutation(UpvoteDocument);
  const [answer] = useMutation(AnswerDocument);
  const [hide] = useMutation(HideDocument);
  const send = async (isQuestion: boolean) => {
    if (!body.trim()) return;
    await post({ variables: { sessionId, body, isQuestion, clientId: crypto.randomUUID() } }).catch(() => null);
    setBody('');
    void chat.refetch();
  };
  const items: LiveChatFieldsFragment[] = (chat.data?.liveChat.edges.map((e) => e.node) ?? []).filter((m) => !m.hiddenAt || canModerate);
  return (
    <Card withBorder>
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="chat">{t('live.chat.tab')}</Tabs.Tab>
          <Tabs.Tab value="qa">{t('live.chat.qa')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Stack gap={6} mt="sm" mah={360} style={{ overflowY: 'auto' }} data-testid="chat-list">
        {items.map((m) => (
          <Group key={m.id} justify="space-between" wrap="nowrap" align="start">
            <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }} c={m.hiddenAt ? 'dimmed' : undefined}>
              <b>{m.author.fullName}</b>: {m.body}
              {m.answeredAt ? ` ✓ ${t('live.chat.answered')}` : ''}
            </Text>
            <Group gap={4} wrap="nowrap">
              {m.isQuestion && (
                <Button size="compact-xs" variant={m.viewerUpvoted ? 'filled' : 'default'} onClick={() => void upvote({ variables: { id: m.id } })}>
                  ▲ {m.upvotes}
                </Button>
              )}
              {m.isQuestion && isHostSide && !m.answeredAt && (
                <Button size="compact-xs" variant="subtle" onClick={() => void answer({ variables: { id: m.id } })}>
                  {t('live.chat.markAnswered')}
                </Button>
              )}
              {canModerate && !m.hiddenAt && (
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => void hide({ variables: { id: m.id } }).then(() => chat.refetch())}>
                  {t('live.chat.hide')}
                </Button>
              )}
            </Group>
          </Group>
        ))}
      </Stack>
      {open && (
        <Stack gap={6} mt="sm">
          <Textarea
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            placeholder={t('live.chat.placeholder')}
            aria-label={t('live.chat.placeholder')}
            maxLength={1000}
            autosize
          />
          <ErrorAlert error={posting.error} />
          <Group gap="xs">
            <Button size="xs" onClick={() => void send(false)}>
              {t('live.chat.send')}
            </Button>
            <Button size="xs" variant="default" onClick={() => void send(true)}>
              {t('live.chat.ask')}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}

/** One session: player (live or recording), viewer count, reactions, chat and Q&A; the studio for the host side. */
export function LiveSessionPage() {
  const { t } = useTranslation('live');
  const { id = '' } = useParams();
  // Playback URLs last 5 minutes: ask again every 2.
  const { data, error, refetch } = useQuery(LiveSessionDocument, { variables: { id }, pollInterval: 120_000 });
  const [viewers, setViewers] = useState<number | null>(null);
  const [floating, setFloating] = useState<string[]>([]);
  const [beat] = useMutation(HeartbeatDocument);
  const [react] = useMutation(ReactDocument);
  useSubscription(LiveEventsDocument, {
    variables: { sessionId: id },
    skip: !data?.liveSession,
    onData: ({ data: e, client }) => {
      const ev = e.data?.liveSessionEvents;
      if (!ev) return;
      if (ev.kind === 'VIEWERS') setViewers(ev.viewerCount ?? 0);
      if (ev.kind === 'REACTION' && ev.reaction) {
        setFloating((f) => [...f.slice(-5), ev.reaction as string]);
        setTimeout(() => setFloating((f) => f.slice(1)), 3000);
      }
      if (ev.kind === 'STATUS') void refetch();
      if (ev.kind === 'CHAT' || ev.kind === 'QUESTION_UPDATED') void client.refetchQueries({ include: [LiveChatDocument] });
    },
  });
  const s = data?.liveSession;
  if (error) return <ErrorAlert error={error} />;
  if (data && !s) return <Text>{t('live.notFound')}</Text>;
  if (!s) return null;
  const hostSide = s.viewerRole !== 'VIEWER';
  return (
    <Stack>
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} style={{ minWidth: 0 }}>
          {s.title}
        </Title>
        <Badge color={s.status === 'LIVE' ? 'red' : 'gray'}>{t(`live.status.${s.status}`)}</Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {s.host.fullName} · {when(s.scheduledStart)}
        {s.status === 'LIVE' ? ` · ${t('live.watching', { count: viewers ?? s.viewerCount })}` : ''}
      </Text>
      {s.programme && (
        <Anchor component={Link} to={`/live/programmes/${s.programme.id}`} size="sm" className="break-anywhere">
          {t('live.programmeLabel', { title: s.programme.title })}
        </Anchor>
      )}
      {s.description && <Text size="sm">{s.description}</Text>}
      {hostSide && s.ingest && s.status !== 'ENDED' && s.status !== 'CANCELLED' && <Studio sessionId={s.id} status={s.status} ingest={s.ingest} />}
      {s.playback?.hlsUrl ? (
        <HlsPlayer url={s.playback.hlsUrl} live={s.status === 'LIVE'} onHeartbeat={() => void beat({ variables: { id: s.id } }).catch(() => undefined)} />
      ) : (
        <Text c="dimmed">{s.status === 'ENDED' ? t('live.recordingPending') : t('live.notStarted')}</Text>
      )}
      {s.status === 'LIVE' && (
        <Group gap={4} aria-label={t('live.reactions')}>
          {REACTIONS.map((r) => (
            <Button key={r} size="compact-md" variant="default" onClick={() => void react({ variables: { sessionId: s.id, emoji: r } }).catch(() => undefined)}>
              {r}
            </Button>
          ))}
          <Text size="xl" aria-live="polite">
            {floating.join(' ')}
          </Text>
        </Group>
      )}
      {s.recording?.url && (
        <Anchor href={s.recording.url} size="sm">
          {t('live.downloadRecording')}
        </Anchor>
      )}
      {hostSide && s.status !== 'SCHEDULED' && s.status !== 'CANCELLED' && <AttendanceList key={s.status} sessionId={s.id} />}
      <ChatPanel sessionId={s.id} canModerate={s.viewerCanModerate} isHostSide={hostSide} open={s.status === 'LIVE' || s.status === 'SCHEDULED'} />
    </Stack>
  );
}

/** The viewer's CME ledger and the PDF certificate. */
export function LedgerPage() {
  const { t } = useTranslation('live');
  const { data, error } = useQuery(LedgerDocument, { fetchPolicy: 'cache-and-network' });
  const [exportPdf, exporting] = useMutation(ExportLedgerDocument);
  const ledger = data?.myTrainingLedger;
  return (
    <Stack>
      <Title order={2}>{t('live.ledger.title')}</Title>
      <ErrorAlert error={error ?? exporting.error} />
      {ledger && (
        <Card withBorder>
          <Text>{t('live.ledger.total', { hours: ledger.totalHours })}</Text>
          <Text>{t('live.ledger.recent', { hours: ledger.hoursLast5Years })}</Text>
        </Card>
      )}
      {ledger?.credits.edges.map((e) => (
        <Card withBorder key={e.node.session.id}>
          <Anchor component={Link} to={`/live/${e.node.session.id}`}>
            {e.node.session.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {when(e.node.earnedAt)} · {t('live.cme', { hours: e.node.hours })}
          </Text>
        </Card>
      ))}
      <Button
        w="fit-content"
        loading={exporting.loading}
        onClick={() => void exportPdf().then((r) => r.data && window.open(r.data.exportTrainingLedger, '_blank'))}
      >
        {t('live.ledger.export')}
      </Button>
    </Stack>
  );
}
