import { Anchor, Button, Card, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PendingUserFragment } from '../../gql/graphql';
import { formatDate } from '../../shared/lib/format';
import { useSpecialtyName } from '../../shared/reference/useSpecialtyName';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { LoadMoreList } from '../../shared/ui/LoadMoreList';
import { PageHeader } from '../../shared/ui/PageHeader';
import { SuccessAlert } from '../../shared/ui/SuccessAlert';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { PendingVerificationsDocument } from './documents';
import { useVerifyUser } from './useVerifyUser';
import { useViewer } from '../../app/auth/hooks';
import { ADMIN_TOOLS_NS } from './registerTexts';

const PAGE_SIZE = 20;

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <Text size="sm" className="break-anywhere">
      <Text span fw={600}>
        {label}:
      </Text>{' '}
      {value}
    </Text>
  );
}

function PendingRow({
  user,
  onApprove,
  onReject,
}: {
  user: PendingUserFragment;
  onApprove: (user: PendingUserFragment) => void;
  onReject: (user: PendingUserFragment) => void;
}) {
  const { t, i18n } = useTranslation();
  const specialtyName = useSpecialtyName();
  return (
    <Card withBorder padding="md" component="li">
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <UserAvatar name={user.fullName} url={user.avatarUrl} size={48} />
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/u/${user.id}`} fw={700} className="break-anywhere">
              {user.fullName}
            </Anchor>
            <Text size="sm">
              {t(`enums.Profession.${user.profession}`)}
              {user.specialty ? ` · ${specialtyName(user.specialty)}` : ''}
            </Text>
          </Stack>
        </Group>
        <Stack gap={2}>
          <Detail label={t('admin.facility')} value={user.facility ? `${user.facility.name} — ${user.facility.province.name}` : t('common.dash')} />
          <Detail label={t('admin.license')} value={user.licenseNumber || t('common.notProvided')} />
          {user.email ? <Detail label={t('admin.email')} value={user.email} /> : null}
          <Detail label={t('admin.registeredAt')} value={formatDate(user.createdAt, i18n.language)} />
        </Stack>
        <Group gap="sm">
          <Button
            color="teal.9"
            leftSection={<IconCheck size={18} aria-hidden />}
            onClick={() => onApprove(user)}
            aria-label={t('admin.approveLabel', { name: user.fullName })}
          >
            {t('admin.approve')}
          </Button>
          <Button
            color="red.9"
            variant="outline"
            leftSection={<IconX size={18} aria-hidden />}
            onClick={() => onReject(user)}
            aria-label={t('admin.rejectLabel', { name: user.fullName })}
          >
            {t('admin.reject')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function VerificationQueuePage() {
  const { t } = useTranslation();
  const { t: ta } = useTranslation(ADMIN_TOOLS_NS);
  const { viewer } = useViewer();
  const { data, loading, error, fetchMore } = useQuery(PendingVerificationsDocument, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [verify] = useVerifyUser();
  const [actionError, setActionError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<PendingUserFragment | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const connection = data?.pendingVerifications;
  const users = connection?.edges.map((edge) => edge.node) ?? [];

  const run = async (user: PendingUserFragment, approve: boolean, why?: string) => {
    setActionError(null);
    setDone(null);
    try {
      await verify(user.id, approve, why);
      setDone(approve ? t('admin.approved', { name: user.fullName }) : t('admin.rejected', { name: user.fullName }));
    } catch (caught) {
      setActionError(caught);
    }
  };

  const confirmReject = () => {
    if (!rejecting) return;
    if (!reason.trim()) {
      setReasonError(t('validation.reasonRequired'));
      return;
    }
    const user = rejecting;
    setRejecting(null);
    void run(user, false, reason.trim());
  };

  return (
    <Stack>
      <PageHeader title={t('admin.title')} subtitle={t('admin.subtitle')} />
      {viewer?.roles.includes('PLATFORM_ADMIN') ? (
        <Group gap="lg" mb="sm">
          <Anchor component={Link} to="/admin/roles" fw={600}>
            {t('privacy.roles.title')}
          </Anchor>
          <Anchor component={Link} to="/moderation" fw={600}>
            {ta('moderation.link')}
          </Anchor>
        </Group>
      ) : null}
      <div aria-live="polite">{done ? <SuccessAlert onClose={() => setDone(null)}>{done}</SuccessAlert> : null}</div>
      <ErrorAlert error={actionError} onClose={() => setActionError(null)} />
      <LoadMoreList
        items={users}
        loaded={!!data}
        loading={loading && !data}
        error={error && !data ? error : null}
        empty={t('admin.empty')}
        hasMore={!!connection?.pageInfo.hasNextPage}
        onLoadMore={() => fetchMore({ variables: { after: connection?.pageInfo.endCursor } })}
      >
        {(user) => (
          <PendingRow
            key={user.id}
            user={user}
            onApprove={(target) => void run(target, true)}
            onReject={(target) => {
              setReason('');
              setReasonError(null);
              setRejecting(target);
            }}
          />
        )}
      </LoadMoreList>

      <Modal
        opened={!!rejecting}
        onClose={() => setRejecting(null)}
        title={
          rejecting ? (
            <Text fw={700} className="break-anywhere">
              {t('admin.rejectTitle', { name: rejecting.fullName })}
            </Text>
          ) : null
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
        centered
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            confirmReject();
          }}
          noValidate
        >
          <Stack>
            <Textarea
              label={t('admin.reason')}
              description={t('admin.reasonHint')}
              required
              autosize
              minRows={3}
              maxLength={500}
              value={reason}
              onChange={(event) => {
                setReason(event.currentTarget.value);
                setReasonError(null);
              }}
              error={reasonError}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRejecting(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red.9">
                {t('admin.confirmReject')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
