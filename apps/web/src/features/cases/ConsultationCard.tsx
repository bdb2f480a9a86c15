import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconAlarm } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../app/auth/hooks';
import type { ConsultationFieldsFragment, ConsultStatus, ConsultUrgency } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/format';
import { RelativeTime } from '../../shared/time/RelativeTime';
import { useNow } from '../../shared/time/useNow';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { PeoplePicker, type Person } from '../../shared/people/PeoplePicker';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { AcceptConsultationDocument, AnswerConsultationDocument, AssignConsultationDocument, CloseConsultationDocument } from './documents';
import { caseFieldErrors, dueDistance } from './phi';
import { PhiTextarea } from './PhiTextarea';
import { caseTextRefusal } from '../../shared/phi/everydayPhi';
import { usePhiGate } from '../../shared/phi/usePhiGate';

const URGENCY_COLOR: Record<ConsultUrgency, string> = { EMERGENCY: 'red', URGENT: 'orange', ROUTINE: 'gray' };
const STATUS_COLOR: Record<ConsultStatus, string> = { OPEN: 'blue', ACCEPTED: 'cyan', ANSWERED: 'green', CLOSED: 'gray', CANCELLED: 'gray' };

export function UrgencyBadge({ urgency }: { urgency: ConsultUrgency }) {
  const { t } = useTranslation('cases');
  return (
    <Badge color={URGENCY_COLOR[urgency]} variant={urgency === 'ROUTINE' ? 'light' : 'filled'}>
      {t(`cases.urgency.${urgency}`)}
    </Badge>
  );
}

export function ConsultStatusBadge({ status }: { status: ConsultStatus }) {
  const { t } = useTranslation('cases');
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {t(`cases.consultStatus.${status}`)}
    </Badge>
  );
}

/** "quá hạn 2 giờ" in red while OPEN/ACCEPTED past due; "hạn: còn 3 giờ" before. */
export function DueBadge({ consultation }: { consultation: Pick<ConsultationFieldsFragment, 'dueAt' | 'overdue' | 'status'> }) {
  const { t, i18n } = useTranslation('cases');
  const now = useNow();
  const active = consultation.status === 'OPEN' || consultation.status === 'ACCEPTED';
  if (!active) return null;
  const distance = dueDistance(consultation.dueAt, Math.max(now, Date.now() - 1000));
  const overdue = consultation.overdue || distance.overdue;
  const amount = t(`cases.due.${distance.unit}`, { count: distance.count });
  return (
    <Badge
      color={overdue ? 'red' : 'gray'}
      variant={overdue ? 'filled' : 'outline'}
      leftSection={<IconAlarm size={14} aria-hidden />}
      tt="none"
      title={formatDateTime(consultation.dueAt, i18n.language)}
    >
      {overdue ? t('cases.due.overdue', { amount }) : t('cases.due.left', { amount })}
    </Badge>
  );
}

function targetOf(assignedTo: (desk: string, name: string) => string, c: ConsultationFieldsFragment, english: boolean): string {
  if (c.consultant && !c.targetFacility) return c.consultant.fullName;
  const specialty = c.targetSpecialty ? (english ? c.targetSpecialty.nameEn : c.targetSpecialty.name) : null;
  const desk = c.targetFacility ? (specialty ? `${specialty} — ${c.targetFacility.name}` : c.targetFacility.name) : '';
  return c.consultant ? assignedTo(desk, c.consultant.fullName) : desk;
}

function AnswerForm({ consultation }: { consultation: ConsultationFieldsFragment }) {
  const { t } = useTranslation('cases');
  const [opinion, setOpinion] = useState('');
  const [recommendation, setRecommendation] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [answer, { loading }] = useMutation(AnswerConsultationDocument);
  const gate = usePhiGate();
  const submit = async () => {
    setError(null);
    const missing: Record<string, string> = {};
    if (!opinion.trim()) missing.opinion = t('cases.form.required');
    if (!recommendation.trim()) missing.recommendation = t('cases.form.required');
    setFieldErrors(missing);
    if (Object.keys(missing).length) return;
    const texts = { opinion: opinion.trim(), recommendation: recommendation.trim() };
    try {
      try {
        await answer({ variables: { id: consultation.id, ...texts } });
      } catch (caught) {
        // the server's scan found something: show both fields' findings in one text, "keep with reason" (audited) or edit
        const refused = caseTextRefusal(caught);
        if (!refused) throw caught;
        const shift = texts.opinion.length + 2;
        const joined = `${texts.opinion}\n\n${texts.recommendation}`;
        const spans = refused.map((f) => (f.field === 'recommendation' ? { ...f, start: f.start + shift, end: f.end + shift } : f));
        const decision = await gate.afterRefusal(joined, spans, 'CASE');
        if (decision === false) throw caught;
        await answer({ variables: { id: consultation.id, ...texts, phiReason: decision.reason } });
      }
    } catch (caught) {
      const mapped = caseFieldErrors(caught, ['opinion', 'recommendation'], t);
      setFieldErrors(mapped.fieldErrors);
      setError(mapped.other ? caught : null);
    }
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      aria-label={t('cases.consult.answerTitle')}
      noValidate
    >
      <Stack gap="sm">
        <Title order={3} fz="h5">
          {t('cases.consult.answerTitle')}
        </Title>
        <PhiTextarea label={t('cases.consult.opinion')} value={opinion} onChange={setOpinion} error={fieldErrors.opinion} required minRows={3} />
        <PhiTextarea
          label={t('cases.consult.recommendation')}
          value={recommendation}
          onChange={setRecommendation}
          error={fieldErrors.recommendation}
          required
          minRows={3}
        />
        <ErrorAlert error={error} onClose={() => setError(null)} />
        {gate.dialog}
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            {t('cases.consult.sendAnswer')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CloseForm({ consultation }: { consultation: ConsultationFieldsFragment }) {
  const { t } = useTranslation('cases');
  const [outcome, setOutcome] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [close, { loading }] = useMutation(CloseConsultationDocument);
  const submit = async () => {
    setError(null);
    setFieldError(null);
    try {
      await close({ variables: { id: consultation.id, outcome: outcome.trim() || null } });
    } catch (caught) {
      const mapped = caseFieldErrors(caught, ['outcome'], t);
      setFieldError(mapped.fieldErrors.outcome ?? null);
      setError(mapped.other ? caught : null);
    }
  };
  return (
    <Stack gap="xs">
      <Textarea
        label={t('cases.consult.outcome')}
        description={t('cases.consult.outcomeHint')}
        value={outcome}
        onChange={(e) => setOutcome(e.currentTarget.value)}
        error={fieldError}
        autosize
        minRows={2}
        maxLength={2000}
      />
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <Group justify="flex-end">
        <Button variant="light" onClick={() => void submit()} loading={loading}>
          {t('cases.consult.close')}
        </Button>
      </Group>
    </Stack>
  );
}

function AssignForm({ consultation, facilityId }: { consultation: ConsultationFieldsFragment; facilityId: string }) {
  const { t } = useTranslation('cases');
  const [picked, setPicked] = useState<Person[]>([]);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [assign, { loading }] = useMutation(AssignConsultationDocument);
  const submit = async () => {
    setError(null);
    setFieldError(null);
    try {
      await assign({ variables: { id: consultation.id, consultantId: picked[0]?.id ?? '' } });
      setPicked([]);
    } catch (caught) {
      const mapped = caseFieldErrors(caught, ['consultantId'], t);
      setFieldError(mapped.fieldErrors.consultantId ?? null);
      setError(mapped.other ? caught : null);
    }
  };
  return (
    <Stack gap="xs">
      <PeoplePicker
        label={t('cases.consult.assignLabel')}
        placeholder={t('cases.share.peoplePlaceholder')}
        value={picked}
        onChange={setPicked}
        facilityId={facilityId}
        max={1}
        error={fieldError}
        autoFocus={false}
      />
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <Group justify="flex-end">
        <Button variant="light" onClick={() => void submit()} loading={loading} disabled={!picked.length}>
          {t('cases.consult.assign')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * One consultation: who, urgency, due; and the next step for the viewer — accept and answer
 * (consultant), assign (desk staff of the target facility), close or cancel (requester).
 */
export function ConsultationCard({
  consultation,
  caseLink,
}: {
  consultation: ConsultationFieldsFragment & { caseFile?: { id: string; title: string; ageLabel?: string | null } | null };
  /** In the queue: the case it is about, as a link. */
  caseLink?: boolean;
}) {
  const { t, i18n } = useTranslation('cases');
  const { viewer } = useViewer();
  const [cancelling, setCancelling] = useState(false);
  const [accept, acceptState] = useMutation(AcceptConsultationDocument);
  const [cancel, cancelState] = useMutation(CloseConsultationDocument);
  const c = consultation;
  const isConsultant = !!viewer && c.consultant?.id === viewer.id;
  const isRequester = !!viewer && c.requestedBy.id === viewer.id;
  const deskFacility = c.targetFacility && viewer?.roles.includes('FACILITY_ADMIN') && viewer.facility?.id === c.targetFacility.id ? c.targetFacility.id : null;
  const active = c.status === 'OPEN' || c.status === 'ACCEPTED';
  const titleId = `consult-${c.id}-title`;
  const assignedTo = (desk: string, name: string) => t('cases.consult.assignedTo', { desk, name });

  return (
    <Card withBorder padding="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <UrgencyBadge urgency={c.urgency} />
          <ConsultStatusBadge status={c.status} />
          <DueBadge consultation={c} />
        </Group>
        {caseLink && c.caseFile ? (
          <Title order={3} fz="h5" id={titleId} className="break-anywhere">
            <Link to={`/cases/${c.caseFile.id}?tab=consultations`}>{c.caseFile.title}</Link>
          </Title>
        ) : (
          <Title order={3} fz="h5" id={titleId} className="break-anywhere">
            {t('cases.consult.to', { target: targetOf(assignedTo, c, i18n.language === 'en') })}
          </Title>
        )}
        <Text size="sm" c="dimmed">
          {t('cases.consult.requestedBy', { name: c.requestedBy.fullName })} · <RelativeTime value={c.createdAt} /> ·{' '}
          {t('cases.consult.dueAt', { at: formatDateTime(c.dueAt, i18n.language) })}
        </Text>
        {caseLink ? <Text size="sm">{t('cases.consult.to', { target: targetOf(assignedTo, c, i18n.language === 'en') })}</Text> : null}
        {c.accessRevoked ? (
          <Text size="sm" c="dimmed" role="note">
            {isConsultant || deskFacility ? t('cases.consult.revokedForMe') : t('cases.consult.revokedByAuthor')}
          </Text>
        ) : null}
        {c.note ? (
          <Text size="sm" className="case-text">
            <Text span fw={600}>
              {t('cases.consult.note')}:
            </Text>{' '}
            {c.note}
          </Text>
        ) : null}
        {c.opinion ? (
          <Stack
            gap={4}
            p="sm"
            component="section"
            style={{ background: 'var(--mantine-color-green-0)', borderRadius: 'var(--mantine-radius-sm)' }}
            aria-label={t('cases.consult.answerLabel')}
          >
            <Text size="sm" fw={700}>
              {t('cases.consult.answerBy', { name: c.consultant?.fullName ?? '' })}
            </Text>
            <Text size="sm" className="case-text">
              <Text span fw={600}>
                {t('cases.consult.opinion')}:
              </Text>{' '}
              {c.opinion}
            </Text>
            <Text size="sm" className="case-text">
              <Text span fw={600}>
                {t('cases.consult.recommendation')}:
              </Text>{' '}
              {c.recommendation}
            </Text>
          </Stack>
        ) : null}
        {c.outcome ? (
          <Text size="sm" className="case-text">
            <Text span fw={600}>
              {t('cases.consult.outcome')}:
            </Text>{' '}
            {c.outcome}
          </Text>
        ) : null}

        {isConsultant && c.status === 'OPEN' && !c.accessRevoked ? (
          <Group>
            <Button onClick={() => void accept({ variables: { id: c.id } }).catch(() => undefined)} loading={acceptState.loading}>
              {t('cases.consult.accept')}
            </Button>
          </Group>
        ) : null}
        {acceptState.error ? <ErrorAlert error={acceptState.error} /> : null}
        {isConsultant && c.status === 'ACCEPTED' && !caseLink ? <AnswerForm consultation={c} /> : null}
        {isConsultant && c.status === 'ACCEPTED' && caseLink && c.caseFile ? (
          <Group>
            <Button component={Link} to={`/cases/${c.caseFile.id}?tab=consultations`} variant="light">
              {t('cases.consult.openToAnswer')}
            </Button>
          </Group>
        ) : null}
        {deskFacility && active && !c.accessRevoked ? <AssignForm consultation={c} facilityId={deskFacility} /> : null}
        {isRequester && c.status === 'ANSWERED' && !caseLink ? <CloseForm consultation={c} /> : null}
        {isRequester && active && !caseLink ? (
          <Group justify="flex-end">
            <Button variant="subtle" color="red" size="xs" onClick={() => setCancelling(true)}>
              {t('cases.consult.cancel')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      <ConfirmDialog
        opened={cancelling}
        title={t('cases.consult.cancelTitle')}
        message={t('cases.consult.cancelMessage')}
        confirmLabel={t('cases.consult.cancelConfirm')}
        danger
        loading={cancelState.loading}
        error={cancelState.error}
        onClose={() => setCancelling(false)}
        onConfirm={() =>
          void cancel({ variables: { id: c.id, outcome: null } })
            .then(() => setCancelling(false))
            .catch(() => undefined)
        }
      />
    </Card>
  );
}
