import { Alert, Button, Divider, Group, Modal, Radio, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconShieldExclamation } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetailFragment, CasePermission } from '../../gql/graphql';
import { PeoplePicker, type Person } from '../../shared/people/PeoplePicker';
import { FacilitySelect } from '../../shared/reference/FacilitySelect';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { MyGroupsDocument } from '../groups/documents';
import { CaseGranteeFacilityDocument, CaseGranteeGroupDocument, CaseGranteeUserDocument, RevokeCaseShareDocument, ShareCaseFileDocument } from './documents';
import { caseFieldErrors, isPhiUnresolved, openFindingsOf } from './phi';

type Target = 'USER' | 'GROUP' | 'FACILITY';
const PERMISSIONS: CasePermission[] = ['VIEW', 'COMMENT', 'CONSULT'];

/** Shown when the server refuses because findings are open: leads the author to the review panel. */
export function PhiUnresolvedAlert({ error, onReview }: { error: unknown; onReview: () => void }) {
  const { t } = useTranslation('cases');
  const count = openFindingsOf(error);
  return (
    <Alert color="red" variant="light" role="alert" icon={<IconShieldExclamation aria-hidden />} title={t('cases.phiUnresolved.title')}>
      <Stack gap="xs">
        <Text size="sm">{count !== null ? t('cases.phiUnresolved.body', { count }) : t('cases.phiUnresolved.bodyNoCount')}</Text>
        <Group>
          <Button size="xs" color="red" variant="filled" onClick={onReview}>
            {t('cases.phiUnresolved.review')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function GranteeName({ type, id }: { type: Target; id: string }) {
  const { t } = useTranslation('cases');
  const user = useQuery(CaseGranteeUserDocument, { variables: { id }, skip: type !== 'USER' });
  const group = useQuery(CaseGranteeGroupDocument, { variables: { id }, skip: type !== 'GROUP' });
  const facility = useQuery(CaseGranteeFacilityDocument, { variables: { id }, skip: type !== 'FACILITY' });
  const name = type === 'USER' ? user.data?.user?.fullName : type === 'GROUP' ? group.data?.group?.name : facility.data?.facility?.name;
  return <>{name ?? t('cases.share.unknownGrantee')}</>;
}

function ShareRow({ caseFileId, share }: { caseFileId: string; share: CaseDetailFragment['shares'][number] }) {
  const { t } = useTranslation('cases');
  const [revoke, { loading, error }] = useMutation(RevokeCaseShareDocument);
  const type = share.granteeType as Target;
  return (
    <li style={{ listStyle: 'none' }}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} className="break-anywhere">
            <GranteeName type={type} id={share.granteeId} />
          </Text>
          <Text size="xs" c="dimmed">
            {t(`cases.share.targets.${type}`)} · {t(`cases.permission.${share.permission as 'VIEW' | 'COMMENT' | 'CONSULT'}`)}
          </Text>
        </Stack>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          loading={loading}
          onClick={() => void revoke({ variables: { caseFileId, granteeId: share.granteeId } }).catch(() => undefined)}
        >
          {t('cases.share.revoke')}
        </Button>
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
    </li>
  );
}

export function ShareDialog({
  caseFile,
  opened,
  onClose,
  onReview,
  onShared,
}: {
  caseFile: CaseDetailFragment;
  opened: boolean;
  onClose: () => void;
  onReview: () => void;
  onShared: () => void;
}) {
  const { t } = useTranslation('cases');
  const [target, setTarget] = useState<Target>('USER');
  const [people, setPeople] = useState<Person[]>([]);
  const [groupId, setGroupId] = useState<string | null>(null);
  const [facilityId, setFacilityId] = useState<string | null>(null);
  const [permission, setPermission] = useState<CasePermission>('COMMENT');
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [share, { loading }] = useMutation(ShareCaseFileDocument);
  const groups = useQuery(MyGroupsDocument, { variables: { first: 50 }, skip: target !== 'GROUP' || !opened });
  const open = caseFile.phiFindings.length;
  const narrow = useMediaQuery('(max-width: 36em)');

  const ready = target === 'USER' ? people.length > 0 : target === 'GROUP' ? !!groupId : !!facilityId;

  const submit = async () => {
    setError(null);
    setFieldErrors({});
    try {
      await share({
        variables: {
          input: {
            caseFileId: caseFile.id,
            permission,
            ...(target === 'USER' ? { userIds: people.map((person) => person.id) } : target === 'GROUP' ? { groupId } : { facilityId }),
          },
        },
      });
      setPeople([]);
      setGroupId(null);
      setFacilityId(null);
      onShared();
    } catch (caught) {
      const mapped = caseFieldErrors(caught, ['userIds', 'groupId', 'facilityId', 'permission']);
      setFieldErrors(mapped.fieldErrors);
      setError(mapped.other ? caught : null);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('cases.share.title')} centered size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        {open > 0 && !error ? (
          <Text size="sm" c="orange.9">
            {t('cases.share.openWarning', { count: open })}
          </Text>
        ) : null}
        <SegmentedControl
          fullWidth
          value={target}
          orientation={narrow ? 'vertical' : 'horizontal'}
          onChange={(value) => setTarget(value as Target)}
          data={(['USER', 'GROUP', 'FACILITY'] as Target[]).map((value) => ({ value, label: t(`cases.share.targets.${value}`) }))}
          aria-label={t('cases.share.targetLabel')}
        />
        {target === 'USER' ? (
          <PeoplePicker
            label={t('cases.share.people')}
            placeholder={t('cases.share.peoplePlaceholder')}
            value={people}
            onChange={setPeople}
            error={fieldErrors.userIds}
          />
        ) : target === 'GROUP' ? (
          <Select
            label={t('cases.share.group')}
            data={(groups.data?.myGroups.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }))}
            value={groupId}
            onChange={setGroupId}
            searchable
            nothingFoundMessage={groups.loading ? t('select.searching') : t('cases.share.noGroups')}
            error={fieldErrors.groupId}
            comboboxProps={{ withinPortal: true }}
          />
        ) : (
          <FacilitySelect
            label={t('cases.share.facility')}
            description={t('cases.share.facilityHint')}
            value={facilityId}
            onChange={(id) => setFacilityId(id)}
            error={fieldErrors.facilityId}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <Radio.Group
          label={t('cases.share.permission')}
          value={permission}
          onChange={(value) => setPermission(value as CasePermission)}
          error={fieldErrors.permission}
        >
          <Stack gap="xs" mt={6}>
            {PERMISSIONS.map((value) => (
              <Radio
                key={value}
                value={value}
                label={t(`cases.permission.${value as 'VIEW' | 'COMMENT' | 'CONSULT'}`)}
                description={t(`cases.permissionHelp.${value as 'VIEW' | 'COMMENT' | 'CONSULT'}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        {error && isPhiUnresolved(error) ? (
          <PhiUnresolvedAlert error={error} onReview={onReview} />
        ) : (
          <ErrorAlert error={error} onClose={() => setError(null)} />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button onClick={() => void submit()} loading={loading} disabled={!ready}>
            {t('cases.share.submit')}
          </Button>
        </Group>
        {caseFile.shares.length ? (
          <>
            <Divider label={t('cases.share.current')} labelPosition="left" />
            <Stack gap="xs" component="ul" m={0} p={0} aria-label={t('cases.share.current')}>
              {caseFile.shares.map((s) => (
                <ShareRow key={s.id} caseFileId={caseFile.id} share={s} />
              ))}
            </Stack>
          </>
        ) : null}
      </Stack>
    </Modal>
  );
}
