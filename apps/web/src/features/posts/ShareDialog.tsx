import { Button, Group, Modal, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../app/auth/hooks';
import type { Visibility } from '../../gql/graphql';
import { mapApiError } from '../../shared/lib/errors';
import { newClientId } from '../../shared/lib/id';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { MyGroupsDocument } from '../groups/documents';
import { prependPost } from './cache';
import { SharePostDocument } from './documents';

type Target = 'FEED' | 'GROUP';

/** Repost with a comment: to one's own feed (everyone verified or followers) or into a group. */
export function ShareDialog({ postId, opened, onClose, onShared }: { postId: string; opened: boolean; onClose: () => void; onShared: () => void }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [body, setBody] = useState('');
  const [target, setTarget] = useState<Target>('FEED');
  const [visibility, setVisibility] = useState<Visibility>('ALL_VERIFIED');
  const [groupId, setGroupId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const clientId = useRef<string | null>(null);
  const [share, { loading }] = useMutation(SharePostDocument);
  const groups = useQuery(MyGroupsDocument, { variables: { first: 50 }, skip: !opened || target !== 'GROUP' });
  const groupOptions = (groups.data?.myGroups.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));

  const changed = () => {
    clientId.current = null;
  };

  const submit = async () => {
    if (!viewer) return;
    setError(null);
    setFieldErrors({});
    clientId.current ??= newClientId();
    const intoGroup = target === 'GROUP' ? groupId : null;
    try {
      await share({
        variables: {
          input: {
            postId,
            body: body.trim() || null,
            groupId: intoGroup,
            visibility: intoGroup ? 'GROUP' : visibility,
            clientId: clientId.current,
          },
        },
        update: (cache, { data }) => {
          if (data?.sharePost) prependPost(cache, data.sharePost, { authorId: viewer.id, groupId: intoGroup });
        },
      });
      clientId.current = null;
      setBody('');
      onShared();
      onClose();
    } catch (caught) {
      const mapped = mapApiError(caught, ['body', 'groupId']);
      setFieldErrors(mapped.fieldErrors);
      if (mapped.alert) setError(caught);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('share.title')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <Textarea
          label={t('share.comment')}
          placeholder={t('share.commentPlaceholder')}
          value={body}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            changed();
          }}
          autosize
          minRows={3}
          maxRows={8}
          error={fieldErrors.body}
          data-autofocus
        />
        <Radio.Group
          label={t('share.where')}
          value={target}
          onChange={(value) => {
            setTarget(value as Target);
            changed();
          }}
        >
          <Stack gap="xs" mt={6}>
            <Radio value="FEED" label={t('share.toFeed')} />
            <Radio value="GROUP" label={t('share.toGroup')} />
          </Stack>
        </Radio.Group>
        {target === 'FEED' ? (
          <Select
            label={t('composer.visibility')}
            data={(['ALL_VERIFIED', 'FOLLOWERS'] as const).map((value) => ({ value, label: t(`enums.Visibility.${value}`) }))}
            value={visibility}
            onChange={(value) => {
              if (value) setVisibility(value as Visibility);
              changed();
            }}
            allowDeselect={false}
          />
        ) : (
          <Select
            label={t('composer.group')}
            placeholder={groupOptions.length || groups.loading ? t('composer.groupPlaceholder') : t('composer.noGroups')}
            data={groupOptions}
            value={groupId}
            onChange={(value) => {
              setGroupId(value);
              changed();
            }}
            searchable
            nothingFoundMessage={t('select.nothingFound')}
            error={fieldErrors.groupId}
          />
        )}
        <ErrorAlert error={error} onClose={() => setError(null)} />
        {target === 'GROUP' && !groupId ? (
          <Text size="xs" c="dimmed">
            {t('share.pickGroup')}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={loading} disabled={target === 'GROUP' && !groupId}>
            {t('share.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
