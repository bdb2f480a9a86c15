import { Button, Card, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconSend } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newClientId } from '../../shared/lib/id';
import { RelativeTime } from '../../shared/time/RelativeTime';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { AddCaseCommentDocument, CaseCommentsDocument } from './documents';
import { caseFieldErrors } from './phi';
import { PhiTextarea } from './PhiTextarea';

const PAGE = 30;
const COMMENT_MAX = 5_000;

/** The discussion thread of a case, oldest first; writing needs COMMENT, CONSULT or the author. */
export function CaseDiscussion({ caseFileId, canWrite }: { caseFileId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore, refetch } = useQuery(CaseCommentsDocument, { variables: { id: caseFileId, first: PAGE }, fetchPolicy: 'cache-and-network' });
  const [body, setBody] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [sendError, setSendError] = useState<unknown>(null);
  const clientId = useRef<string | null>(null);
  const [add, addState] = useMutation(AddCaseCommentDocument);
  const connection = data?.caseFile?.comments;

  const submit = async () => {
    const text = body.trim();
    if (!text) return;
    setFieldError(null);
    setSendError(null);
    clientId.current ??= newClientId();
    try {
      await add({ variables: { caseFileId, body: text, clientId: clientId.current } });
      clientId.current = null;
      setBody('');
      await refetch();
    } catch (caught) {
      const mapped = caseFieldErrors(caught, ['body'], t);
      setFieldError(mapped.fieldErrors.body ?? null);
      setSendError(mapped.other ? caught : null);
    }
  };

  return (
    <Stack gap="md">
      {loading && !connection ? (
        <Center py="md">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : null}
      <ErrorAlert error={error} />
      {connection && !connection.edges.length ? <Text c="dimmed">{t('cases.discussion.empty')}</Text> : null}
      {connection?.edges.length ? (
        <Stack gap="sm" component="ol" m={0} p={0} aria-label={t('cases.discussion.title')}>
          {connection.edges.map(({ node }) => (
            <Card key={node.id} withBorder padding="sm" component="li" style={{ listStyle: 'none' }}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <UserAvatar name={node.author.fullName} url={node.author.avatarUrl} size={36} />
                <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                  <Group gap="xs">
                    <Text size="sm" fw={600}>
                      {node.author.fullName}
                    </Text>
                    <RelativeTime value={node.createdAt} size="xs" />
                  </Group>
                  <Text size="sm" className="case-text" c={node.deleted ? 'dimmed' : undefined}>
                    {node.deleted ? t('cases.discussion.deleted') : node.body}
                  </Text>
                </Stack>
              </Group>
            </Card>
          ))}
        </Stack>
      ) : null}
      {connection?.pageInfo.hasNextPage ? (
        <Group justify="center">
          <Button variant="default" onClick={() =>
              void fetchMore({
                variables: { after: connection.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) =>
                  fetchMoreResult.caseFile && previous.caseFile
                    ? {
                        ...fetchMoreResult,
                        caseFile: {
                          ...fetchMoreResult.caseFile,
                          comments: { ...fetchMoreResult.caseFile.comments, edges: [...(previous.caseFile.comments?.edges ?? []), ...fetchMoreResult.caseFile.comments.edges] },
                        },
                      }
                    : fetchMoreResult,
              })
            }>
            {t('cases.discussion.more')}
          </Button>
        </Group>
      ) : null}
      {canWrite ? (
        <form onSubmit={(event) => { event.preventDefault(); void submit(); }} noValidate>
          <Stack gap="xs">
          <PhiTextarea
            label={t('cases.discussion.write')}
            description={t('cases.discussion.hint')}
            value={body}
            onChange={(value) => {
              clientId.current = null;
              setBody(value);
            }}
            error={fieldError ?? (body.length > COMMENT_MAX ? t('cases.form.tooLong', { max: COMMENT_MAX }) : null)}
            minRows={2}
          />
          <ErrorAlert error={sendError} onClose={() => setSendError(null)} />
          <Group justify="flex-end">
            <Button type="submit" leftSection={<IconSend size={18} aria-hidden />} loading={addState.loading} disabled={!body.trim() || body.length > COMMENT_MAX}>
              {t('cases.discussion.send')}
            </Button>
          </Group>
          </Stack>
        </form>
      ) : (
        <Text size="sm" c="dimmed">
          {t('cases.discussion.readOnly')}
        </Text>
      )}
    </Stack>
  );
}
