import { Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetailFragment, ConsultUrgency } from '../../gql/graphql';
import { newClientId } from '../../shared/lib/id';
import { FacilitySelect } from '../../shared/reference/FacilitySelect';
import { SpecialtySelect } from '../../shared/reference/SpecialtySelect';
import { PeoplePicker, type Person } from '../../shared/people/PeoplePicker';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { CaseFileDocument, RequestConsultationDocument } from './documents';
import { caseFieldErrors, isPhiUnresolved } from './phi';
import { PhiTextarea } from './PhiTextarea';
import { PhiUnresolvedAlert } from './ShareDialog';

type Target = 'PERSON' | 'DESK';
const URGENCIES: ConsultUrgency[] = ['ROUTINE', 'URGENT', 'EMERGENCY'];

export function ConsultRequestDialog({
  caseFile,
  opened,
  onClose,
  onReview,
  onRequested,
}: {
  caseFile: CaseDetailFragment;
  opened: boolean;
  onClose: () => void;
  onReview: () => void;
  onRequested: () => void;
}) {
  const { t } = useTranslation('cases');
  const [target, setTarget] = useState<Target>('PERSON');
  const [consultant, setConsultant] = useState<Person[]>([]);
  const [facilityId, setFacilityId] = useState<string | null>(null);
  const [specialty, setSpecialty] = useState<string | null>(null);
  const [urgency, setUrgency] = useState<ConsultUrgency>('ROUTINE');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const clientId = useRef<string | null>(null);
  const [request, { loading }] = useMutation(RequestConsultationDocument, {
    refetchQueries: [{ query: CaseFileDocument, variables: { id: caseFile.id } }],
  });
  const narrow = useMediaQuery('(max-width: 36em)');
  const ready = target === 'PERSON' ? consultant.length === 1 : !!facilityId;

  const submit = async () => {
    setError(null);
    setFieldErrors({});
    clientId.current ??= newClientId();
    try {
      await request({
        variables: {
          input: {
            caseFileId: caseFile.id,
            urgency,
            note: note.trim() || null,
            clientId: clientId.current,
            ...(target === 'PERSON' ? { consultantId: consultant[0]?.id } : { targetFacilityId: facilityId, targetSpecialtyCode: specialty }),
          },
        },
      });
      clientId.current = null;
      setNote('');
      setConsultant([]);
      onRequested();
    } catch (caught) {
      const mapped = caseFieldErrors(caught, ['consultantId', 'targetFacilityId', 'targetSpecialtyCode', 'urgency', 'note'], t);
      setFieldErrors(mapped.fieldErrors);
      setError(mapped.other ? caught : null);
    }
  };
  const touched = () => {
    clientId.current = null;
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('cases.consultRequest.title')} centered size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <SegmentedControl
          fullWidth
          value={target}
          orientation={narrow ? 'vertical' : 'horizontal'}
          onChange={(value) => {
            touched();
            setTarget(value as Target);
          }}
          data={[
            { value: 'PERSON', label: t('cases.consultRequest.toPerson') },
            { value: 'DESK', label: t('cases.consultRequest.toDesk') },
          ]}
          aria-label={t('cases.consultRequest.targetLabel')}
        />
        {target === 'PERSON' ? (
          <PeoplePicker
            label={t('cases.consultRequest.consultant')}
            placeholder={t('cases.share.peoplePlaceholder')}
            value={consultant}
            onChange={(people) => {
              touched();
              setConsultant(people);
            }}
            max={1}
            error={fieldErrors.consultantId}
          />
        ) : (
          <>
            <FacilitySelect
              label={t('cases.consultRequest.facility')}
              value={facilityId}
              onChange={(id) => {
                touched();
                setFacilityId(id);
              }}
              error={fieldErrors.targetFacilityId}
              comboboxProps={{ withinPortal: true }}
            />
            <SpecialtySelect
              label={t('cases.consultRequest.specialty')}
              value={specialty}
              onChange={(code) => {
                touched();
                setSpecialty(code);
              }}
              error={fieldErrors.targetSpecialtyCode}
              comboboxProps={{ withinPortal: true }}
            />
          </>
        )}
        <Stack gap={4}>
          <Text size="sm" fw={500} id="consult-urgency-label">
            {t('cases.consultRequest.urgency')}
          </Text>
          <SegmentedControl
            fullWidth
            value={urgency}
            onChange={(value) => {
              touched();
              setUrgency(value as ConsultUrgency);
            }}
            data={URGENCIES.map((value) => ({ value, label: t(`cases.urgency.${value}`) }))}
            aria-labelledby="consult-urgency-label"
            color={urgency === 'EMERGENCY' ? 'red' : urgency === 'URGENT' ? 'orange' : undefined}
          />
          <Text size="xs" c="dimmed">
            {t(`cases.urgencyHelp.${urgency}`)}
          </Text>
          {fieldErrors.urgency ? (
            <Text size="sm" c="red.8" role="alert">
              {fieldErrors.urgency}
            </Text>
          ) : null}
        </Stack>
        <PhiTextarea
          label={t('cases.consultRequest.note')}
          description={t('cases.consultRequest.noteHint')}
          value={note}
          onChange={(value) => {
            touched();
            setNote(value);
          }}
          error={fieldErrors.note}
          maxLength={2000}
          minRows={3}
        />
        {error && isPhiUnresolved(error) ? (
          <PhiUnresolvedAlert error={error} onReview={onReview} />
        ) : (
          <ErrorAlert error={error} onClose={() => setError(null)} />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={loading} disabled={!ready}>
            {t('cases.consultRequest.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
