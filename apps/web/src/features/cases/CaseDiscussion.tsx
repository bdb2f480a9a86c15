import { useMutation, useQuery } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseCommentsQuery } from '../../gql/graphql';
import { CommentThread, type CommentSource } from '../../shared/comments/CommentThread';
import { AddCaseCommentDocument, CaseCommentsDocument } from './documents';
import { caseFieldErrors } from './phi';
import { PhiTextarea } from './PhiTextarea';

const PAGE = 30;
type CaseComment = NonNullable<CaseCommentsQuery['caseFile']>['comments']['edges'][number]['node'];

/** A case's discussion as a thread source: flat, oldest first; a new comment refetches the list. */
function useCaseCommentSource(caseFileId: string): CommentSource<CaseComment> {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore, refetch } = useQuery(CaseCommentsDocument, { variables: { id: caseFileId, first: PAGE }, fetchPolicy: 'cache-and-network' });
  const [add] = useMutation(AddCaseCommentDocument);
  const connection = data?.caseFile?.comments;
  return {
    comments: connection ? connection.edges.map(({ node }) => node) : null,
    loading,
    error,
    hasMore: !!connection?.pageInfo.hasNextPage,
    loadMore: () => fetchMore({ variables: { after: connection?.pageInfo.endCursor } }),
    add: async ({ body, clientId }) => {
      await add({ variables: { caseFileId, body, clientId } });
      await refetch();
    },
    fieldError: (caught) => {
      const mapped = caseFieldErrors(caught, ['body'], t);
      return mapped.other ? null : (mapped.fieldErrors.body ?? null);
    },
  };
}

/** The discussion thread of a case, oldest first; writing needs COMMENT, CONSULT or the author. */
export function CaseDiscussion({ caseFileId, canWrite }: { caseFileId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const source = useCaseCommentSource(caseFileId);
  return (
    <CommentThread
      source={source}
      canWrite={canWrite}
      readOnlyNote={t('cases.discussion.readOnly')}
      renderBody={(comment) => (
        <Text size="sm" className="case-text">
          {comment.body}
        </Text>
      )}
      renderEditor={(editor) => (
        <PhiTextarea
          label={editor.label}
          description={t('cases.discussion.hint')}
          placeholder={editor.placeholder}
          value={editor.value}
          onChange={editor.onChange}
          error={editor.error}
          minRows={2}
        />
      )}
      labels={{
        title: t('cases.discussion.title'),
        empty: t('cases.discussion.empty'),
        more: t('cases.discussion.more'),
        deleted: t('cases.discussion.deleted'),
        write: t('cases.discussion.write'),
        placeholder: t('cases.discussion.write'),
        send: t('cases.discussion.send'),
      }}
    />
  );
}
