import { Button, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mapApiError } from '../../shared/lib/errors';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { ReportContentDocument } from './documents';

const REASONS = ['patientData', 'misinformation', 'harassment', 'spam', 'other'] as const;
type Reason = (typeof REASONS)[number];

/** Report a post or a comment to the platform moderators, with a reason. */
export function ReportDialog({ targetId, opened, onClose, onReported }: { targetId: string; opened: boolean; onClose: () => void; onReported: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<Reason | null>(null);
  const [details, setDetails] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [report, { loading }] = useMutation(ReportContentDocument);
  const needsDetails = reason === 'other';
  const canSubmit = !!reason && (!needsDetails || !!details.trim());

  const submit = async () => {
    if (!reason || !canSubmit) return;
    setError(null);
    setFieldError(null);
    const label = t(`report.reasons.${reason}`);
    const text = details.trim() ? `${label}: ${details.trim()}` : label;
    try {
      await report({ variables: { input: { targetId, reason: text } } });
      setReason(null);
      setDetails('');
      onReported();
      onClose();
    } catch (caught) {
      const mapped = mapApiError(caught, ['reason']);
      if (mapped.fieldErrors.reason) setFieldError(mapped.fieldErrors.reason);
      else setError(caught);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('report.title')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <Radio.Group label={t('report.reason')} value={reason} onChange={(value) => setReason(value as Reason)} error={fieldError}>
          <Stack gap="xs" mt={6}>
            {REASONS.map((value) => (
              <Radio key={value} value={value} label={t(`report.reasons.${value}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={needsDetails ? t('report.details') : `${t('report.details')} (${t('common.optional')})`}
          value={details}
          onChange={(event) => setDetails(event.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={900}
        />
        <ErrorAlert error={error} onClose={() => setError(null)} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void submit()} loading={loading} disabled={!canSubmit}>
            {t('report.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
