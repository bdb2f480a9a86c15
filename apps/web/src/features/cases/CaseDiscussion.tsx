import { useMutation, useQuery } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseCommentsQuery } from '../../gql/graphql';
import { CommentThread, type CommentSource } from '../../shared/comments/CommentThread';
import { PhiEditRequested, caseTextRefusal } from '../../shared/phi/everydayPhi';
import { usePhiGate } from '../../shared/phi/usePhiGate';
import { AddCaseCommentDocument, CaseCommentsDocument } from './documents';
import { caseFieldErrors } from './phi';
import { PhiTextarea } from './PhiTextarea';

const PAGE = 30;
type CaseComment = NonNullable<CaseCommentsQuery['caseFile']>['comments']['edges'][number]['node'];

/** A case's discussion as a thread source: flat, oldest first; a new comment refetches the list. */
function useCaseCommentSource(caseFileId: string, gate: ReturnType<typeof usePhiGate>): CommentSource<CaseComment> {
  const { t } = useTranslation('cases');
  const { data, loading, error, fetchMore, refetch } = useQuery(CaseCommentsDocument, {
    variables: { id: caseFileId, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const [add] = useMutation(AddCaseCommentDocument);
  const connection = data?.caseFile?.comments;
  return {
    comments: connection ? connection.edges.map(({ node }) => node) : null,
    loading,
    error,
    hasMore: !!connection?.pageInfo.hasNextPage,
    loadMore: () => fetchMore({ variables: { after: connection?.pageInfo.endCursor } }),
    add: async ({ body, clientId }) => {
      try {
        await add({ variables: { caseFileId, body, clientId } });
      } catch (caught) {
        // the server's scan found something: "keep with reason" (audited) or edit
        const refused = caseTextRefusal(caught);
        if (!refused) throw caught;
        const decision = await gate.afterRefusal(body, refused, 'CASE');
        if (decision === false) throw new PhiEditRequested();
        await add({ variables: { caseFileId, body, clientId, phiReason: decision.reason } });
      }
      await refetch();
    },
    fieldError: (caught) => {
      if (caught instanceof PhiEditRequested) return t('privacy.dialog.editRequested');
      const mapped = caseFieldErrors(caught, ['body'], t);
      return mapped.other ? null : (mapped.fieldErrors.body ?? null);
    },
  };
}

/** The discussion thread of a case, oldest first; writing needs COMMENT, CONSULT or the author. */
export function CaseDiscussion({ caseFileId, canWrite }: { caseFileId: string; canWrite: boolean }) {
  const { t } = useTranslation('cases');
  const gate = usePhiGate();
  const source = useCaseCommentSource(caseFileId, gate);
  return (
    <>
      {gate.dialog}
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
    </>
  );
}
