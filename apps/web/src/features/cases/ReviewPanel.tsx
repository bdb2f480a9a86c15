import { Alert, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconShieldCheck, IconShieldExclamation } from '@tabler/icons-react';
import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetailFragment, CaseFindingFragment } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { ResolvePhiFindingDocument, ResolvePhiFindingsDocument } from './documents';
import { caseFieldErrors, fieldLabel, fieldValue, kindColor, kindLabel } from './phi';

const CONTEXT = 40;

/** "… BN [Nguyễn Văn An], 45 tuổi …": the finding in a few words of its field. */
function FindingContext({ caseFile, finding }: { caseFile: CaseDetailFragment; finding: CaseFindingFragment }) {
  const value = fieldValue(caseFile, finding.field);
  if (!value || value.slice(finding.start, finding.end) !== finding.text) {
    return (
      <Text size="sm" className="break-anywhere">
        <mark className="case-finding-text">{finding.text}</mark>
      </Text>
    );
  }
  const from = Math.max(0, finding.start - CONTEXT);
  const to = Math.min(value.length, finding.end + CONTEXT);
  return (
    <Text size="sm" className="break-anywhere case-text">
      {from > 0 ? '…' : ''}
      {value.slice(from, finding.start)}
      <mark className="case-finding-text">{finding.text}</mark>
      {value.slice(finding.end, to)}
      {to < value.length ? '…' : ''}
    </Text>
  );
}

function FindingItem({ caseFile, finding, index }: { caseFile: CaseDetailFragment; finding: CaseFindingFragment; index: number }) {
  const { t } = useTranslation('cases');
  const [keeping, setKeeping] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [resolve, { loading }] = useMutation(ResolvePhiFindingDocument);
  const kind = kindLabel(finding.kind);
  const where = fieldLabel(t, finding.field, caseFile.attachments);
  const isAttachment = finding.field.startsWith('attachments.');

  const run = async (action: 'REDACT' | 'KEEP') => {
    setError(null);
    setReasonError(null);
    if (action === 'KEEP' && reason.trim().length < 3) {
      setReasonError(t('cases.review.reasonRequired'));
      return;
    }
    try {
      await resolve({
        variables: {
          input: {
            caseFileId: caseFile.id,
            field: finding.field,
            start: finding.start,
            end: finding.end,
            action,
            ...(action === 'KEEP' ? { reason: reason.trim() } : {}),
          },
        },
      });
    } catch (caught) {
      const mapped = caseFieldErrors(caught, ['reason'], t);
      if (mapped.fieldErrors.reason) setReasonError(mapped.fieldErrors.reason);
      if (mapped.other) setError(caught);
    }
  };

  return (
    <Card
      withBorder
      padding="sm"
      radius="md"
      component="li"
      style={{ listStyle: 'none' }}
      aria-label={t('cases.review.itemLabel', { n: index + 1, kind, field: where })}
    >
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Badge color={kindColor(finding.kind)} variant="light" tt="none">
            {kind}
          </Badge>
          <Text size="sm" c="dimmed">
            {where}
          </Text>
        </Group>
        <FindingContext caseFile={caseFile} finding={finding} />
        {keeping ? (
          <Stack gap="xs">
            <Textarea
              label={t('cases.review.reasonLabel')}
              description={isAttachment ? t('cases.review.reasonHintAttachment') : t('cases.review.reasonHint')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={reasonError}
              maxLength={500}
              autosize
              minRows={2}
              required
              data-autofocus
            />
            <Group gap="xs" justify="flex-end">
              <Button variant="default" size="xs" onClick={() => setKeeping(false)}>
                {t('common.cancel')}
              </Button>
              <Button size="xs" variant="light" onClick={() => void run('KEEP')} loading={loading}>
                {t('cases.review.keepConfirm')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group gap="xs" justify="flex-end">
            <Button size="xs" variant="default" onClick={() => setKeeping(true)} aria-label={t('cases.review.keepLabel', { kind, text: finding.text })}>
              {t('cases.review.keep')}
            </Button>
            <Button
              size="xs"
              color="red"
              onClick={() => void run('REDACT')}
              loading={loading}
              aria-label={
                isAttachment ? t('cases.review.removeAttachmentLabel', { field: where }) : t('cases.review.redactLabel', { kind, text: finding.text })
              }
            >
              {isAttachment ? t('cases.review.removeAttachment') : t('cases.review.redact')}
            </Button>
          </Group>
        )}
        <ErrorAlert error={error} onClose={() => setError(null)} />
      </Stack>
    </Card>
  );
}

/**
 * "Redact all": every open finding in the text in one pass (one new version). Attachments are
 * left to their own decision, since removing one deletes the file.
 */
function RedactAll({ caseFile }: { caseFile: CaseDetailFragment }) {
  const { t } = useTranslation('cases');
  const [error, setError] = useState<unknown>(null);
  const [resolve, { loading }] = useMutation(ResolvePhiFindingsDocument);
  const text = caseFile.phiFindings.filter((f) => !f.field.startsWith('attachments.') && f.id);
  if (!text.length) return null;
  const run = async () => {
    setError(null);
    try {
      await resolve({ variables: { input: { caseFileId: caseFile.id, findings: text.map((f) => ({ findingId: f.id!, action: 'REDACT' })) } } });
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <Stack gap={4}>
      <Group justify="flex-end">
        <Button color="red" size="sm" onClick={() => void run()} loading={loading} aria-describedby="case-review-redact-all-hint">
          {t('cases.review.redactAll', { count: text.length })}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" ta="right" id="case-review-redact-all-hint">
        {t('cases.review.redactAllHint')}
      </Text>
      <ErrorAlert error={error} onClose={() => setError(null)} />
    </Stack>
  );
}

/**
 * The author's review of the server's findings (the authority): redact each, or keep it with
 * a reason. Until none is open the case cannot be shared or sent for a consultation.
 */
export const ReviewPanel = forwardRef<HTMLElement, { caseFile: CaseDetailFragment; highlight?: boolean }>(function ReviewPanel({ caseFile, highlight }, ref) {
  const { t } = useTranslation('cases');
  const findings = caseFile.phiFindings;
  if (caseFile.viewerPermission !== 'OWNER') return null;
  if (!findings.length) {
    return (
      <Alert
        ref={ref as never}
        color="green"
        variant="light"
        icon={<IconShieldCheck aria-hidden />}
        title={t('cases.review.cleanTitle')}
        id="case-review"
        tabIndex={-1}
      >
        {t('cases.review.cleanBody')}
      </Alert>
    );
  }
  return (
    <Card
      ref={ref as never}
      withBorder
      padding="md"
      component="section"
      id="case-review"
      tabIndex={-1}
      aria-labelledby="case-review-title"
      style={{ borderColor: highlight ? 'var(--mantine-color-red-6)' : 'var(--mantine-color-orange-5)', borderWidth: highlight ? 2 : 1 }}
    >
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconShieldExclamation size={24} color="var(--mantine-color-orange-7)" aria-hidden style={{ flexShrink: 0 }} />
          <Stack gap={2}>
            <Title order={2} fz="h4" id="case-review-title">
              {t('cases.review.title', { count: findings.length })}
            </Title>
            <Text size="sm">{t('cases.review.intro')}</Text>
          </Stack>
        </Group>
        <RedactAll caseFile={caseFile} />
        <Stack gap="xs" component="ul" m={0} p={0}>
          {findings.map((finding, index) => (
            <FindingItem key={`${finding.field}:${finding.start}:${finding.end}:${caseFile.version}`} caseFile={caseFile} finding={finding} index={index} />
          ))}
        </Stack>
      </Stack>
    </Card>
  );
});
