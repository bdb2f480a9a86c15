import type { Reference } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadCommentFragment } from '../../gql/graphql';
import { CommentThread, type CommentEditorProps, type CommentSource } from '../../shared/comments/CommentThread';
import { mapApiError } from '../../shared/lib/errors';
import { PhiEditRequested, unresolvedFindings, useEverydayPhi, type Audience } from '../../shared/phi/everydayPhi';
import { PhiHints } from '../../shared/phi/PhiHints';
import { usePhiGate } from '../../shared/phi/usePhiGate';
import { appendComment, connectionModifier } from './cache';
import { AddCommentDocument, CommentRepliesDocument, DeleteCommentDocument, PostCommentsDocument } from './documents';
import { MentionTextarea } from './MentionTextarea';
import { RichText } from './PostText';
import { draftToMarkup } from './richText';

const PAGE = 10;
type PostComment = Omit<ThreadCommentFragment, 'replies'> & Partial<Pick<ThreadCommentFragment, 'replies'>>;

/** A post's comments as a thread source: paged top-level comments with their replies, add and delete through the cache. */
function usePostCommentSource(postId: string, audience: Audience, gate: ReturnType<typeof usePhiGate>, editRequested: string): CommentSource<PostComment> {
  const client = useApolloClient();
  const { data, loading, error, fetchMore } = useQuery(PostCommentsDocument, { variables: { postId, first: PAGE } });
  const [add] = useMutation(AddCommentDocument);
  const [remove] = useMutation(DeleteCommentDocument);
  const connection = data?.post?.comments;
  const edges = connection?.edges ?? [];
  const send = (markup: string, clientId: string, parentId: string | null | undefined, phiReason: string | null) =>
    add({
      variables: { input: { postId, parentId, body: markup, clientId, phiReason } },
      update: (cache, { data: added }) => {
        const comment = added?.addComment;
        if (!comment) return;
        const ref = { __ref: cache.identify(comment) } as Reference;
        cache.modify({
          id: cache.identify({ __typename: 'Post', id: postId }),
          fields: {
            commentCount: (count: number) => count + 1,
            ...(parentId ? {} : { comments: connectionModifier((existing) => appendComment(existing, ref)) }),
          },
        });
        if (parentId) {
          cache.modify({
            id: cache.identify({ __typename: 'Comment', id: parentId }),
            fields: {
              replyCount: (count: number) => count + 1,
              replies: connectionModifier((existing) => appendComment(existing, ref)),
            },
          });
        }
      },
    });

  return {
    comments: connection ? edges.map(({ node }) => node) : null,
    loading,
    error,
    hasMore: !!connection?.pageInfo.hasNextPage,
    loadMore: () => fetchMore({ variables: { after: connection?.pageInfo.endCursor } }),
    repliesOf: (comment) => {
      const replies = comment.replies ?? { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
      const index = edges.findIndex(({ node }) => node.id === comment.id);
      const before = index > 0 ? edges[index - 1]!.cursor || null : null;
      return {
        items: replies.edges.map(({ node }) => node),
        hasMore: replies.pageInfo.hasNextPage && !!replies.pageInfo.endCursor,
        hidden: Math.max(0, comment.replyCount - replies.edges.length),
        // Written to the cache: the replies merge into this comment's list (see the document).
        loadMore: () =>
          client.query({
            query: CommentRepliesDocument,
            variables: { postId, before, first: 10, after: replies.pageInfo.endCursor ?? null },
            fetchPolicy: 'network-only',
          }),
      };
    },
    add: async ({ body, clientId, parentId, mentions }) => {
      const markup = draftToMarkup(body, mentions);
      // The send check (a comment reaches the post's audience); the server re-checks.
      const decision = await gate.beforeSend(body, [...mentions.keys()], audience);
      if (decision === false) throw new PhiEditRequested();
      try {
        return await send(markup, clientId, parentId, decision.reason);
      } catch (caught) {
        const refused = unresolvedFindings(caught);
        if (!refused) throw caught;
        const again = await gate.afterRefusal(markup, refused, audience);
        if (again === false) throw new PhiEditRequested();
        return send(markup, clientId, parentId, again.reason);
      }
    },
    remove: (comment) =>
      remove({
        variables: { id: comment.id },
        update: (cache) => {
          const id = cache.identify({ __typename: 'Comment', id: comment.id });
          cache.modify({ id: cache.identify({ __typename: 'Post', id: postId }), fields: { commentCount: (n: number) => Math.max(0, n - 1) } });
          if (comment.replyCount > 0) {
            cache.modify({ id, fields: { deleted: () => true, body: () => '' } });
          } else {
            cache.evict({ id });
            cache.gc();
          }
        },
      }),
    fieldError: (caught) =>
      caught instanceof PhiEditRequested
        ? editRequested
        : (mapApiError(caught, ['body', 'phiReason']).fieldErrors.body ?? mapApiError(caught, ['phiReason']).fieldErrors.phiReason ?? null),
  };
}

/** Top-level comments (oldest first, paged), each with its replies; the form to add one. */
export function CommentsThread({
  postId,
  canComment,
  autoFocus,
  audience = 'ALL_VERIFIED',
}: {
  postId: string;
  canComment: boolean;
  autoFocus?: boolean;
  /** The post's visibility: a comment reaches the same people. */
  audience?: Audience;
}) {
  const { t } = useTranslation();
  const gate = usePhiGate();
  const source = usePostCommentSource(postId, audience, gate, t('privacy.dialog.editRequested'));
  return (
    <>
      {gate.dialog}
      <CommentThread
        source={source}
        canWrite={canComment}
        autoFocus={autoFocus}
        renderBody={(comment) => <RichText body={comment.body ?? ''} size="sm" />}
        renderEditor={(editor) => <CommentEditor editor={editor} />}
        labels={{ title: t('comments.title') }}
      />
    </>
  );
}

/** The comment field with the live findings under it. */
function CommentEditor({ editor }: { editor: CommentEditorProps }) {
  const [people, setPeople] = useState<string[]>([]);
  const findings = useEverydayPhi(editor.value, people);
  return (
    <div>
      <MentionTextarea
        aria-label={editor.label}
        placeholder={editor.placeholder}
        value={editor.value}
        onChange={editor.onChange}
        onMention={(name, id) => {
          editor.onMention(name, id);
          setPeople((list) => [...list, name]);
        }}
        hashtags={false}
        autosize
        minRows={1}
        maxRows={8}
        size="sm"
        autoFocus={editor.autoFocus}
        error={editor.error}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            editor.onSubmit();
          }
        }}
      />
      <PhiHints findings={findings} />
    </div>
  );
}
