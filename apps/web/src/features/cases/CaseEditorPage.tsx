import { ActionIcon, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { CaseAttachmentFragment, CaseDetailFragment, Sex } from '../../gql/graphql';
import { newClientId } from '../../shared/lib/id';
import { ProvinceSelect } from '../../shared/reference/ProvinceSelect';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PageShell } from '../../shared/ui/PageShell';
import { CaseAttachmentsEditor } from './CaseAttachments';
import { CaseFileDocument, CreateCaseFileDocument, MyCaseFilesDocument, UpdateCaseFileDocument } from './documents';
import { CASE_FORM_FIELDS, caseFieldErrors, type CaseTextField, type PhiFinding } from './phi';
import { KnownIdentityProvider } from './knownIdentity';
import { PatientIdentityPanel } from './PatientIdentityPanel';
import { PhiTextarea } from './PhiTextarea';

const SEXES: Sex[] = ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'];
const TEXT_LIMITS: Record<CaseTextField, number> = {
  title: 200,
  presentingComplaint: 5_000,
  history: 20_000,
  examination: 20_000,
  workingDiagnosis: 2_000,
  treatment: 20_000,
  question: 5_000,
};

interface VitalRow {
  key: string;
  value: string;
}
interface LabRow {
  name: string;
  value: string;
  unit: string;
  reference: string;
}

interface Draft {
  texts: Record<CaseTextField, string>;
  ageYears: number | null;
  sex: Sex;
  provinceCode: string | null;
  vitals: VitalRow[];
  labs: LabRow[];
  icd10Codes: string[];
  attachments: CaseAttachmentFragment[];
}

const cell = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

function draftOf(c: CaseDetailFragment | null): Draft {
  const vitals = c?.vitals && typeof c.vitals === 'object' && !Array.isArray(c.vitals) ? Object.entries(c.vitals as Record<string, unknown>) : [];
  const labs = Array.isArray(c?.labResults) ? (c.labResults as Record<string, unknown>[]) : [];
  return {
    texts: {
      title: c?.title ?? '',
      presentingComplaint: c?.presentingComplaint ?? '',
      history: c?.history ?? '',
      examination: c?.examination ?? '',
      workingDiagnosis: c?.workingDiagnosis ?? '',
      treatment: c?.treatment ?? '',
      question: c?.question ?? '',
    },
    ageYears: c?.ageYears ?? null,
    sex: c?.sex ?? 'UNKNOWN',
    provinceCode: c?.provinceCode ?? null,
    vitals: vitals.map(([key, value]) => ({ key, value: cell(value) })),
    labs: labs.map((row) => ({ name: cell(row.name), value: cell(row.value), unit: cell(row.unit), reference: cell(row.reference) })),
    icd10Codes: c?.icd10Codes ?? [],
    attachments: c?.attachments ?? [],
  };
}

const blankToNull = (value: string) => (value.trim() ? value.trim() : null);

function inputOf(draft: Draft, clientId: string | null) {
  const vitals = draft.vitals.filter((row) => row.key.trim() || row.value.trim());
  const labs = draft.labs.filter((row) => row.name.trim() || row.value.trim() || row.unit.trim() || row.reference.trim());
  return {
    title: draft.texts.title.trim(),
    presentingComplaint: draft.texts.presentingComplaint.trim(),
    question: draft.texts.question.trim(),
    history: blankToNull(draft.texts.history),
    examination: blankToNull(draft.texts.examination),
    workingDiagnosis: blankToNull(draft.texts.workingDiagnosis),
    treatment: blankToNull(draft.texts.treatment),
    ageYears: draft.ageYears,
    sex: draft.sex,
    provinceCode: draft.provinceCode,
    vitals: vitals.length ? Object.fromEntries(vitals.map((row) => [row.key.trim(), row.value.trim()])) : null,
    labResults: labs.length
      ? labs.map((row) => ({
          name: row.name.trim(),
          value: row.value.trim(),
          ...(row.unit.trim() ? { unit: row.unit.trim() } : {}),
          ...(row.reference.trim() ? { reference: row.reference.trim() } : {}),
        }))
      : null,
    icd10Codes: draft.icd10Codes,
    attachmentIds: draft.attachments.map((a) => a.id),
    ...(clientId ? { clientId } : {}),
  };
}

function CaseForm({ existing }: { existing: CaseDetailFragment | null }) {
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => draftOf(existing));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [live, setLive] = useState<Record<string, number>>({});
  const clientId = useRef<string | null>(null);
  const [create, createState] = useMutation(CreateCaseFileDocument, { refetchQueries: [MyCaseFilesDocument] });
  const [update, updateState] = useMutation(UpdateCaseFileDocument);
  const busy = createState.loading || updateState.loading;

  const change = (next: Partial<Draft>) => {
    clientId.current = null;
    setDraft((current) => ({ ...current, ...next }));
  };
  const setText = (field: CaseTextField, value: string) => {
    clientId.current = null;
    setDraft((current) => ({ ...current, texts: { ...current.texts, [field]: value } }));
  };
  const findingsHandlers = useMemo(() => {
    const handlers = {} as Record<CaseTextField, (findings: PhiFinding[]) => void>;
    for (const field of Object.keys(TEXT_LIMITS) as CaseTextField[]) {
      handlers[field] = (findings) => setLive((current) => (current[field] === findings.length ? current : { ...current, [field]: findings.length }));
    }
    return handlers;
  }, []);
  const liveTotal = Object.values(live).reduce((sum, n) => sum + n, 0);

  const textField = (field: CaseTextField, options: { required?: boolean; singleLine?: boolean; minRows?: number; description?: string } = {}) => (
    <PhiTextarea
      label={t(`cases.fields.${field}`)}
      value={draft.texts[field]}
      onChange={(value) => setText(field, value)}
      error={fieldErrors[field] ?? (draft.texts[field].length > TEXT_LIMITS[field] ? t('cases.form.tooLong', { max: TEXT_LIMITS[field] }) : null)}
      required={options.required}
      singleLine={options.singleLine}
      minRows={options.minRows}
      description={options.description}
      onFindings={findingsHandlers[field]}
    />
  );

  const submit = async () => {
    setError(null);
    const missing: Record<string, string> = {};
    if (!draft.texts.title.trim()) missing.title = t('cases.form.required');
    if (!draft.texts.presentingComplaint.trim()) missing.presentingComplaint = t('cases.form.required');
    if (!draft.texts.question.trim()) missing.question = t('cases.form.required');
    setFieldErrors(missing);
    if (Object.keys(missing).length) return;
    try {
      if (existing) {
        await update({ variables: { id: existing.id, input: inputOf(draft, null) } });
        void navigate(`/cases/${existing.id}`);
      } else {
        clientId.current ??= newClientId();
        const { data } = await create({ variables: { input: inputOf(draft, clientId.current) } });
        const id = data?.createCaseFile.id;
        if (id) void navigate(`/cases/${id}`);
      }
    } catch (caught) {
      const mapped = caseFieldErrors(caught, CASE_FORM_FIELDS, t);
      setFieldErrors(mapped.fieldErrors);
      setError(mapped.other ? caught : null);
    }
  };

  const setVital = (index: number, patch: Partial<VitalRow>) => change({ vitals: draft.vitals.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  const setLab = (index: number, patch: Partial<LabRow>) => change({ labs: draft.labs.map((row, i) => (i === index ? { ...row, ...patch } : row)) });

  return (
    <KnownIdentityProvider>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack gap="md">
          <PatientIdentityPanel />
          <Card withBorder padding="md">
            <Stack gap="sm">
              <Text size="sm">{t('cases.form.privacyIntro')}</Text>
              {textField('title', { required: true, singleLine: true })}
              <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
                <NumberInput
                  label={t('cases.fields.ageYears')}
                  description={t('cases.form.ageHint')}
                  value={draft.ageYears ?? ''}
                  onChange={(value) => change({ ageYears: typeof value === 'number' ? value : null })}
                  min={0}
                  max={120}
                  allowDecimal={false}
                  allowNegative={false}
                  error={fieldErrors.ageYears}
                />
                <Select
                  label={t('cases.fields.sex')}
                  data={SEXES.map((value) => ({ value, label: t(`cases.sex.${value}`) }))}
                  value={draft.sex}
                  onChange={(value) => value && change({ sex: value as Sex })}
                  allowDeselect={false}
                  error={fieldErrors.sex}
                  comboboxProps={{ withinPortal: true }}
                />
                <ProvinceSelect
                  label={t('cases.fields.provinceCode')}
                  value={draft.provinceCode}
                  onChange={(code) => change({ provinceCode: code })}
                  error={fieldErrors.provinceCode}
                  comboboxProps={{ withinPortal: true }}
                />
              </SimpleGrid>
              <Text size="xs" c="dimmed">
                {t('cases.form.demographicsHint')}
              </Text>
            </Stack>
          </Card>

          <Card withBorder padding="md">
            <Stack gap="sm">
              {textField('presentingComplaint', { required: true })}
              {textField('history', { minRows: 4 })}
              {textField('examination', { minRows: 4 })}
            </Stack>
          </Card>

          <Card withBorder padding="md">
            <Stack gap="sm">
              <Title order={2} fz="h5">
                {t('cases.fields.vitals')}
              </Title>
              {draft.vitals.map((row, index) => (
                <Group key={index} gap="xs" wrap="nowrap" align="flex-end">
                  <TextInput
                    label={t('cases.vitalsForm.key')}
                    placeholder={t('cases.vitalsForm.keyPlaceholder')}
                    value={row.key}
                    onChange={(event) => setVital(index, { key: event.currentTarget.value })}
                    maxLength={50}
                    style={{ flex: 1 }}
                  />
                  <TextInput
                    label={t('cases.vitalsForm.value')}
                    placeholder={t('cases.vitalsForm.valuePlaceholder')}
                    value={row.value}
                    onChange={(event) => setVital(index, { value: event.currentTarget.value })}
                    maxLength={200}
                    style={{ flex: 1 }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="lg"
                    mb={2}
                    aria-label={t('cases.vitalsForm.remove', { n: index + 1 })}
                    onClick={() => change({ vitals: draft.vitals.filter((_, i) => i !== index) })}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
              {fieldErrors.vitals ? (
                <Text size="sm" c="red.8" role="alert">
                  {fieldErrors.vitals}
                </Text>
              ) : null}
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => change({ vitals: [...draft.vitals, { key: '', value: '' }] })}
                  disabled={draft.vitals.length >= 30}
                >
                  {t('cases.vitalsForm.add')}
                </Button>
              </Group>
            </Stack>
          </Card>

          <Card withBorder padding="md">
            <Stack gap="sm">
              <Title order={2} fz="h5">
                {t('cases.fields.labResults')}
              </Title>
              {draft.labs.map((row, index) => (
                <Card key={index} withBorder padding="xs" radius="sm">
                  <Group gap="xs" align="flex-end">
                    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" style={{ flex: 1 }}>
                      <TextInput
                        label={t('cases.labs.name')}
                        value={row.name}
                        onChange={(e) => setLab(index, { name: e.currentTarget.value })}
                        maxLength={200}
                      />
                      <TextInput
                        label={t('cases.labs.value')}
                        value={row.value}
                        onChange={(e) => setLab(index, { value: e.currentTarget.value })}
                        maxLength={200}
                      />
                      <TextInput
                        label={t('cases.labs.unit')}
                        value={row.unit}
                        onChange={(e) => setLab(index, { unit: e.currentTarget.value })}
                        maxLength={200}
                      />
                      <TextInput
                        label={t('cases.labs.reference')}
                        value={row.reference}
                        onChange={(e) => setLab(index, { reference: e.currentTarget.value })}
                        maxLength={200}
                      />
                    </SimpleGrid>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="lg"
                      mb={2}
                      aria-label={t('cases.labs.remove', { n: index + 1 })}
                      onClick={() => change({ labs: draft.labs.filter((_, i) => i !== index) })}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Group>
                </Card>
              ))}
              {fieldErrors.labResults ? (
                <Text size="sm" c="red.8" role="alert">
                  {fieldErrors.labResults}
                </Text>
              ) : null}
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => change({ labs: [...draft.labs, { name: '', value: '', unit: '', reference: '' }] })}
                  disabled={draft.labs.length >= 200}
                >
                  {t('cases.labs.add')}
                </Button>
              </Group>
            </Stack>
          </Card>

          <Card withBorder padding="md">
            <Stack gap="sm">
              {textField('workingDiagnosis', { minRows: 2 })}
              <TagsInput
                label={t('cases.fields.icd10Codes')}
                description={t('cases.form.icd10Hint')}
                value={draft.icd10Codes}
                onChange={(codes) => change({ icd10Codes: codes.map((code) => code.trim().toUpperCase()).filter(Boolean) })}
                maxTags={20}
                splitChars={[',', ' ', ';']}
                error={fieldErrors.icd10Codes}
                clearable
                clearButtonProps={{ 'aria-label': t('common.clear') }}
              />
              {textField('treatment', { minRows: 3 })}
              {textField('question', { required: true, minRows: 3, description: t('cases.form.questionHint') })}
            </Stack>
          </Card>

          <Card withBorder padding="md">
            <CaseAttachmentsEditor attachments={draft.attachments} onChange={(attachments) => change({ attachments })} error={fieldErrors.attachmentIds} />
          </Card>

          <ErrorAlert error={error} onClose={() => setError(null)} />
          <Card withBorder padding="md">
            <Stack gap="xs">
              <Text size="sm" c={liveTotal ? 'red.9' : 'dimmed'} role="status">
                {liveTotal ? t('cases.form.liveTotal', { count: liveTotal }) : t('cases.form.liveNone')}
              </Text>
              <Group justify="flex-end" gap="xs">
                <Button variant="default" component={Link} to={existing ? `/cases/${existing.id}` : '/cases'}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={busy}>
                  {existing ? t('cases.form.saveEdit') : t('cases.form.create')}
                </Button>
              </Group>
            </Stack>
          </Card>
        </Stack>
      </form>
    </KnownIdentityProvider>
  );
}

export function CaseEditorPage() {
  const { t } = useTranslation('cases');
  const { id } = useParams();
  const editing = !!id;
  const { data, loading, error } = useQuery(CaseFileDocument, { variables: { id: id ?? '' }, skip: !editing, fetchPolicy: 'network-only' });
  const existing = data?.caseFile ?? null;
  const title = editing ? t('cases.form.editTitle') : t('cases.form.newTitle');
  useDocumentTitle(title);

  const back = editing && id ? { to: `/cases/${id}`, label: t('cases.backToCase') } : { to: '/cases', label: t('cases.backToCases') };
  if (editing && loading && !data) return <PageShell loading />;
  if (editing && (!existing || existing.viewerPermission !== 'OWNER')) {
    return <PageShell back={back} maw={860} missing={{ error, title: t('cases.notFoundTitle'), body: t('cases.notFoundBody') }} />;
  }
  return (
    <PageShell back={back} maw={860}>
      <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
        {title}
      </Title>
      <CaseForm key={existing?.id ?? 'new'} existing={existing} />
    </PageShell>
  );
}
