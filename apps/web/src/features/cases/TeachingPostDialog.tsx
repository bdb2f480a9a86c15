import { Anchor, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseDetailFragment } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { MyGroupsDocument } from '../groups/documents';
import { prependPost } from '../posts/cache';
import { PublishTeachingCaseDocument } from './documents';
import { caseFieldErrors, isPhiUnresolved } from './phi';
import { PhiUnresolvedAlert } from './ShareDialog';

/** What the case page shows once the post exists (a second publish to the same group returns the first post). */
export interface PublishedTeachingPost {
  postId: string;
  groupName: string;
}

/**
 * The author turns a case with a closed consultation into a de-identified teaching post in one
 * of their groups (PRODUCT §5). PHI_UNRESOLVED leads to the review panel, like sharing.
 */
export function TeachingPostDialog({
  caseFile,
  opened,
  onClose,
  onReview,
  onPublished,
}: {
  caseFile: CaseDetailFragment;
  opened: boolean;
  onClose: () => void;
  onReview: () => void;
  onPublished: (post: PublishedTeachingPost) => void;
}) {
  const { t } = useTranslation('cases');
  const [groupId, setGroupId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const groups = useQuery(MyGroupsDocument, { variables: { first: 50 }, skip: !opened });
  const [publish, { loading }] = useMutation(PublishTeachingCaseDocument);
  const options = (groups.data?.myGroups.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
  const noGroups = !!groups.data && options.length === 0;
  const open = caseFile.phiFindings.length;

  const submit = async () => {
    if (!groupId) return;
    setError(null);
    setFieldErrors({});
    try {
      const { data } = await publish({
        variables: { caseFileId: caseFile.id, groupId },
        update: (cache, { data: result }) => {
          const post = result?.publishTeachingCase;
          if (post) prependPost(cache, post, { authorId: post.author.id, groupId: post.group?.id ?? groupId });
        },
      });
      const post = data?.publishTeachingCase;
      if (!post) return;
      onPublished({ postId: post.id, groupName: post.group?.name ?? options.find((o) => o.value === groupId)?.label ?? '' });
    } catch (caught) {
      const mapped = caseFieldErrors(caught, ['groupId']);
      setFieldErrors(mapped.fieldErrors);
      setError(mapped.other ? caught : null);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('cases.teaching.title')} centered size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <Text size="sm">{t('cases.teaching.intro')}</Text>
        {open > 0 && !error ? (
          <Text size="sm" c="orange.9">
            {t('cases.teaching.openWarning', { count: open })}
          </Text>
        ) : null}
        <Select
          label={t('cases.teaching.group')}
          placeholder={t('cases.teaching.groupPlaceholder')}
          data={options}
          value={groupId}
          onChange={(value) => {
            setGroupId(value);
            setFieldErrors({});
          }}
          searchable
          nothingFoundMessage={groups.loading ? t('select.searching') : t('cases.teaching.noGroups')}
          error={fieldErrors.groupId}
          comboboxProps={{ withinPortal: true }}
        />
        {noGroups ? (
          <Text size="sm" c="dimmed">
            {t('cases.teaching.noGroups')}{' '}
            <Anchor component={Link} to="/groups" size="sm">
              {t('cases.teaching.findGroups')}
            </Anchor>
          </Text>
        ) : null}
        {groups.error ? <ErrorAlert error={groups.error} /> : null}
        {error && isPhiUnresolved(error) ? (
          <PhiUnresolvedAlert error={error} onReview={onReview} />
        ) : (
          <ErrorAlert error={error} onClose={() => setError(null)} />
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={loading} disabled={!groupId}>
            {t('cases.teaching.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
