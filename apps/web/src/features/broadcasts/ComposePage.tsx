import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  CloseButton,
  Group,
  MultiSelect,
  Progress,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconEye, IconFileTypePdf, IconFileUpload, IconSend, IconUsers } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useViewer } from '../../app/auth/hooks';
import type { BroadcastPriority, BroadcastTargetInput, FacilityLevel, Profession } from '../../gql/graphql';
import { mapApiError } from '../../shared/lib/errors';
import { formatNumber } from '../../shared/lib/format';
import { newClientId } from '../../shared/lib/id';
import { ProvincesDocument, SpecialtiesDocument } from '../../shared/reference/documents';
import { accentInsensitiveFilter } from '../../shared/reference/filter';
import { PROFESSIONS } from '../../shared/reference/ProfessionSelect';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PageHeader } from '../../shared/ui/PageHeader';
import { BackLink } from '../../shared/ui/PageShell';
import { useUpload } from '../../shared/upload/useUpload';
import { BroadcastAudienceSizeDocument, PublishBroadcastDocument } from './documents';
import { BroadcastBadges, BroadcastMeta } from './parts';
import { publisherRole } from './roles';

const LEVELS: readonly FacilityLevel[] = ['INITIAL', 'BASIC', 'SPECIALIZED'];
const PRIORITIES: readonly BroadcastPriority[] = ['NORMAL', 'HIGH', 'URGENT'];
const PDF_MAX = 20 * 1024 * 1024;
const FIELDS = ['title', 'body', 'documentNumber', 'issuer', 'effectiveDate', 'attachmentIds', 'target', 'priority'] as const;

interface Doc {
  id: string;
  fileName: string;
}

/** Compose → live reach count → preview → publish (ministry: national; department: own province). */
export function ComposePage() {
  const { t, i18n } = useTranslation('broadcasts');
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const role = publisherRole(viewer);
  const ownProvince = role === 'DEPARTMENT' ? (viewer?.facility?.province ?? null) : null;

  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [documentNumber, setDocumentNumber] = useState('');
  const [issuer, setIssuer] = useState(role === 'DEPARTMENT' && ownProvince ? `Sở Y tế ${ownProvince.name}` : 'Bộ Y tế');
  const [effectiveDate, setEffectiveDate] = useState('');
  const [priority, setPriority] = useState<BroadcastPriority>('NORMAL');
  const [requireAck, setRequireAck] = useState(false);
  const [provinces, setProvinces] = useState<string[]>([]);
  const [levels, setLevels] = useState<FacilityLevel[]>([]);
  const [professions, setProfessions] = useState<Profession[]>([]);
  const [specialties, setSpecialties] = useState<string[]>([]);
  const [docs, setDocs] = useState<Doc[]>([]);
  const [preview, setPreview] = useState(false);
  const [missing, setMissing] = useState<string | null>(null);
  const clientId = useRef(newClientId());
  const fileInput = useRef<HTMLInputElement>(null);

  const provinceData = useQuery(ProvincesDocument).data;
  const specialtyData = useQuery(SpecialtiesDocument).data;
  const provinceOptions = useMemo(
    () => (provinceData?.provinces ?? []).map((p) => ({ value: p.code, label: p.name })).sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    [provinceData],
  );
  const specialtyOptions = useMemo(
    () => (specialtyData?.specialties ?? []).map((s) => ({ value: s.code, label: i18n.language === 'en' && s.nameEn ? s.nameEn : s.name })),
    [specialtyData, i18n.language],
  );

  const target: BroadcastTargetInput = { provinceCodes: ownProvince ? [] : provinces, facilityLevels: levels, professions, specialtyCodes: specialties };
  const [debouncedTarget] = useDebouncedValue(target, 400, { leading: true });
  const audience = useQuery(BroadcastAudienceSizeDocument, { variables: { target: debouncedTarget }, skip: !role, fetchPolicy: 'network-only' });
  const count = audience.data?.broadcastAudienceSize;

  const upload = useUpload({ purpose: 'BROADCAST_DOCUMENT', accept: ['application/pdf'], maxBytes: PDF_MAX });
  const [publish, publishing] = useMutation(PublishBroadcastDocument);
  const mapped = mapApiError(publishing.error, FIELDS);

  if (!role) return <Navigate to="/broadcasts" replace />;

  const pick = async (file: File | undefined) => {
    if (!file) return;
    try {
      const att = await upload.upload(file);
      setDocs((d) => [...d, { id: att.id, fileName: att.fileName }]);
    } catch {
      /* shown from upload.error */
    }
    if (fileInput.current) fileInput.current.value = '';
  };

  const check = () => {
    const empty = !title.trim()
      ? t('broadcasts.compose.fields.title')
      : !body.trim()
        ? t('broadcasts.compose.fields.body')
        : !issuer.trim()
          ? t('broadcasts.compose.fields.issuer')
          : null;
    setMissing(empty ? t('broadcasts.compose.required', { field: empty.toLowerCase() }) : null);
    return !empty;
  };

  const submit = async () => {
    if (!check()) return;
    if (count !== undefined && !window.confirm(t('broadcasts.compose.confirm', { count: formatNumber(count, i18n.language) }))) return;
    try {
      const { data } = await publish({
        variables: {
          input: {
            clientId: clientId.current,
            title: title.trim(),
            body: body.trim(),
            documentNumber: documentNumber.trim() || null,
            issuer: issuer.trim(),
            effectiveDate: effectiveDate ? new Date(`${effectiveDate}T00:00:00+07:00`).toISOString() : null,
            priority,
            requireAck,
            attachmentIds: docs.map((d) => d.id),
            target,
          },
        },
      });
      if (data) void navigate(`/broadcasts/${data.publishBroadcast.id}/reach`);
    } catch {
      /* shown below */
    }
  };

  const reachLine = (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite" data-testid="audience-size">
      <IconUsers size={18} aria-hidden />
      <Text size="sm" fw={600}>
        {count === undefined ? t('broadcasts.compose.reachCounting') : t('broadcasts.compose.reach', { count: formatNumber(count, i18n.language) })}
      </Text>
    </Group>
  );

  const chipLabel = (label: string) => ({ 'aria-label': t('broadcasts.compose.removeChip', { name: label }) });

  if (preview) {
    return (
      <Stack gap="md" maw={760} mx="auto">
        <PageHeader title={t('broadcasts.compose.previewTitle')} />
        <Card withBorder padding="md">
          <Stack gap={6}>
            <Title order={2} fz="h3" className="break-anywhere">
              {title}
            </Title>
            <BroadcastMeta
              item={{ issuer, documentNumber: documentNumber || null, publishedAt: new Date().toISOString(), effectiveDate: effectiveDate || null }}
            />
            <BroadcastBadges
              item={{
                __typename: 'Broadcast',
                id: 'preview',
                title,
                issuer,
                priority,
                requireAck,
                publishedAt: '',
                documentNumber: null,
                effectiveDate: null,
                viewerReadAt: null,
                viewerAcknowledgedAt: null,
                scopeProvince: null,
                supersededBy: null,
              }}
            />
            <Text style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere">
              {body}
            </Text>
            {docs.map((d) => (
              <Group key={d.id} gap={4} wrap="nowrap">
                <IconFileTypePdf size={16} aria-hidden />
                <Text size="sm">{d.fileName}</Text>
              </Group>
            ))}
          </Stack>
        </Card>
        {reachLine}
        <ErrorAlert alert={mapped.alert} />
        {Object.values(mapped.fieldErrors).map((m) => (
          <Alert key={m} color="red" variant="light">
            {m}
          </Alert>
        ))}
        <Group gap="sm">
          <Button variant="default" onClick={() => setPreview(false)}>
            {t('broadcasts.compose.edit')}
          </Button>
          <Button leftSection={<IconSend size={18} aria-hidden />} loading={publishing.loading} onClick={() => void submit()}>
            {t('broadcasts.compose.publish')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={760} mx="auto">
      <BackLink to="/broadcasts" label={t('broadcasts.backToList')} />
      <PageHeader
        title={t('broadcasts.compose.title')}
        subtitle={
          role === 'MINISTRY' ? t('broadcasts.compose.subtitleMinistry') : t('broadcasts.compose.subtitleDepartment', { province: ownProvince?.name ?? '' })
        }
      />
      <TextInput
        label={t('broadcasts.compose.fields.title')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        maxLength={300}
        required
        error={mapped.fieldErrors.title}
      />
      <Group gap="sm" grow wrap="wrap" align="flex-start">
        <TextInput
          label={t('broadcasts.compose.fields.documentNumber')}
          description={t('broadcasts.compose.fields.documentNumberHint')}
          value={documentNumber}
          onChange={(e) => setDocumentNumber(e.currentTarget.value)}
          maxLength={60}
          error={mapped.fieldErrors.documentNumber}
          miw={200}
        />
        <TextInput
          label={t('broadcasts.compose.fields.issuer')}
          value={issuer}
          onChange={(e) => setIssuer(e.currentTarget.value)}
          maxLength={200}
          required
          error={mapped.fieldErrors.issuer}
          miw={200}
        />
      </Group>
      <Textarea
        label={t('broadcasts.compose.fields.body')}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        autosize
        minRows={5}
        maxLength={20000}
        required
        error={mapped.fieldErrors.body}
      />
      <Group gap="sm" grow wrap="wrap" align="flex-start">
        <TextInput
          type="date"
          label={t('broadcasts.compose.fields.effectiveDate')}
          value={effectiveDate}
          onChange={(e) => setEffectiveDate(e.currentTarget.value)}
          miw={160}
        />
        <Select
          label={t('broadcasts.compose.fields.priority')}
          data={PRIORITIES.map((p) => ({ value: p, label: t(`broadcasts.priority.${p}`) }))}
          value={priority}
          onChange={(v) => setPriority((v as BroadcastPriority | null) ?? 'NORMAL')}
          allowDeselect={false}
          miw={160}
        />
      </Group>
      <Checkbox label={t('broadcasts.compose.fields.requireAck')} checked={requireAck} onChange={(e) => setRequireAck(e.currentTarget.checked)} />

      <Card withBorder padding="md" component="fieldset" style={{ margin: 0 }}>
        <Stack gap="sm">
          <Title order={2} fz="h5" component="legend">
            {t('broadcasts.compose.targetTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('broadcasts.compose.targetHint')}
          </Text>
          {ownProvince ? (
            <Badge variant="light" tt="none" size="lg">
              {t('broadcasts.compose.ownProvince', { province: ownProvince.name })}
            </Badge>
          ) : (
            <MultiSelect
              label={t('broadcasts.target.provinces')}
              placeholder={provinces.length ? undefined : t('broadcasts.target.all')}
              data={provinceOptions}
              value={provinces}
              onChange={setProvinces}
              searchable
              filter={accentInsensitiveFilter}
              clearable
              hidePickedOptions
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              data-testid="target-provinces"
            />
          )}
          <MultiSelect
            label={t('broadcasts.target.levels')}
            placeholder={levels.length ? undefined : t('broadcasts.target.all')}
            data={LEVELS.map((l) => ({ value: l, label: t(`enums.FacilityLevel.${l}`) }))}
            value={levels}
            onChange={(v) => setLevels(v as FacilityLevel[])}
            hidePickedOptions
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
          />
          <MultiSelect
            label={t('broadcasts.target.professions')}
            placeholder={professions.length ? undefined : t('broadcasts.target.all')}
            data={PROFESSIONS.map((p) => ({ value: p, label: t(`enums.Profession.${p}`) }))}
            value={professions}
            onChange={(v) => setProfessions(v as Profession[])}
            searchable
            filter={accentInsensitiveFilter}
            hidePickedOptions
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            data-testid="target-professions"
          />
          <MultiSelect
            label={t('broadcasts.target.specialties')}
            placeholder={specialties.length ? undefined : t('broadcasts.target.all')}
            data={specialtyOptions}
            value={specialties}
            onChange={setSpecialties}
            searchable
            filter={accentInsensitiveFilter}
            hidePickedOptions
            clearable
            limit={50}
            clearButtonProps={{ 'aria-label': t('common.clear') }}
          />
          {reachLine}
          <ErrorAlert error={audience.error} />
        </Stack>
      </Card>

      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {t('broadcasts.compose.fields.documents')}
        </Text>
        {docs.map((d) => (
          <Group key={d.id} gap="xs" wrap="nowrap">
            <IconFileTypePdf size={16} aria-hidden />
            <Text size="sm" className="break-anywhere" style={{ flex: 1 }}>
              {d.fileName}
            </Text>
            <CloseButton {...chipLabel(d.fileName)} onClick={() => setDocs((all) => all.filter((x) => x.id !== d.id))} />
          </Group>
        ))}
        <input
          ref={fileInput}
          type="file"
          accept="application/pdf"
          hidden
          onChange={(e) => void pick(e.currentTarget.files?.[0])}
          data-testid="broadcast-pdf-input"
        />
        {docs.length < 5 ? (
          <Button
            variant="default"
            leftSection={<IconFileUpload size={18} aria-hidden />}
            onClick={() => fileInput.current?.click()}
            loading={upload.uploading}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('broadcasts.compose.fields.pickPdf')}
          </Button>
        ) : null}
        {upload.progress !== null ? (
          <Stack gap={2}>
            <Text size="xs">{t('broadcasts.compose.uploading', { progress: upload.progress })}</Text>
            <Progress value={upload.progress} aria-label={t('broadcasts.compose.uploading', { progress: upload.progress })} />
          </Stack>
        ) : null}
        <ErrorAlert error={upload.error} onClose={upload.reset} />
        {mapped.fieldErrors.attachmentIds ? (
          <Text c="red" size="sm">
            {mapped.fieldErrors.attachmentIds}
          </Text>
        ) : null}
      </Stack>

      {missing ? (
        <Alert color="red" variant="light" role="alert">
          {missing}
        </Alert>
      ) : null}
      <Group gap="sm">
        <Button leftSection={<IconEye size={18} aria-hidden />} onClick={() => check() && setPreview(true)} disabled={upload.uploading}>
          {t('broadcasts.compose.preview')}
        </Button>
      </Group>
    </Stack>
  );
}
