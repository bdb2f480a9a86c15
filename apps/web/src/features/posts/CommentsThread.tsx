import { Anchor, Box, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { Reference } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { IconCornerDownRight, IconSend } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../app/auth/hooks';
import type { CommentFieldsFragment, ThreadCommentFragment } from '../../gql/graphql';
import { mapApiError } from '../../shared/lib/errors';
import { charCount, newClientId } from '../../shared/lib/id';
import { RelativeTime } from '../../shared/time/RelativeTime';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { appendComment, connectionModifier } from './cache';
import { AddCommentDocument, CommentRepliesDocument, DeleteCommentDocument, PostCommentsDocument } from './documents';
import { MentionTextarea, type MentionTextareaHandle } from './MentionTextarea';
import { RichText } from './PostText';
import { draftToMarkup } from './richText';

const PAGE = 10;
const COMMENT_MAX = 5_000;

function CommentForm({
  postId,
  parentId,
  prefill,
  autoFocus,
  onDone,
}: {
  postId: string;
  parentId?: string | null;
  prefill?: { name: string; id: string } | null;
  autoFocus?: boolean;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [text, setText] = useState(prefill ? `@${prefill.name} ` : '');
  const mentions = useRef(new Map<string, string>(prefill ? [[prefill.name, prefill.id]] : []));
  const clientId = useRef<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const inputRef = useRef<MentionTextareaHandle>(null);
  const [add, { loading }] = useMutation(AddCommentDocument);
  const tooLong = charCount(text) > COMMENT_MAX;
  const canSubmit = !!text.trim() && !tooLong && !loading;

  const submit = async () => {
    if (!canSubmit) return;
    setError(null);
    setFieldError(null);
    clientId.current ??= newClientId();
    try {
      await add({
        variables: { input: { postId, parentId: parentId ?? null, body: draftToMarkup(text.trim(), mentions.current), clientId: clientId.current } },
        update: (cache, { data }) => {
          const comment = data?.addComment;
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
      clientId.current = null;
      setText('');
      mentions.current.clear();
      onDone?.();
    } catch (caught) {
      const mapped = mapApiError(caught, ['body']);
      if (mapped.fieldErrors.body) setFieldError(mapped.fieldErrors.body);
      else setError(caught);
    }
  };

  if (!viewer) return null;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <UserAvatar name={viewer.fullName} url={viewer.avatarUrl} size={32} />
        <Box style={{ flex: 1, minWidth: 0 }}>
          <MentionTextarea
            ref={inputRef}
            aria-label={parentId ? t('comments.replyLabel') : t('comments.writeLabel')}
            placeholder={parentId ? t('comments.replyPlaceholder') : t('comments.placeholder')}
            value={text}
            onChange={(value) => {
              setText(value);
              clientId.current = null;
            }}
            onMention={(name, id) => mentions.current.set(name, id)}
            hashtags={false}
            autosize
            minRows={1}
            maxRows={8}
            size="sm"
            autoFocus={autoFocus}
            error={fieldError ?? (tooLong ? t('comments.tooLong') : null)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
                event.preventDefault();
                void submit();
              }
            }}
          />
        </Box>
        <Button
          size="sm"
          px="xs"
          onClick={() => void submit()}
          disabled={!canSubmit}
          loading={loading}
          aria-label={parentId ? t('comments.sendReply') : t('comments.send')}
        >
          <IconSend size={18} aria-hidden />
        </Button>
      </Group>
      <ErrorAlert error={error} onClose={() => setError(null)} />
    </Stack>
  );
}

function CommentItem({
  comment,
  postId,
  onReply,
  isReply,
}: {
  comment: CommentFieldsFragment;
  postId: string;
  onReply: (target: { name: string; id: string } | null) => void;
  isReply?: boolean;
}) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [remove, { loading }] = useMutation(DeleteCommentDocument);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const own = !!viewer && comment.author?.id === viewer.id;

  const onDelete = async () => {
    setError(null);
    try {
      await remove({
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
      });
      setConfirming(false);
    } catch (caught) {
      setError(caught);
    }
  };

  if (comment.deleted) {
    return (
      <Text size="sm" c="dimmed" fs="italic" py={4}>
        {t('comments.deleted')}
      </Text>
    );
  }
  const author = comment.author;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <UserAvatar name={author.fullName} url={author.avatarUrl} size={isReply ? 28 : 32} />
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Box bg="gray.0" px="sm" py={6} w="fit-content" maw="100%" miw={160} style={{ borderRadius: 12 }}>
          <Anchor component={Link} to={`/u/${author.id}`} fw={700} size="sm" c="dark" className="break-anywhere">
            {author.fullName}
          </Anchor>
          {author.title ? (
            <Text size="xs" c="dimmed" className="break-anywhere">
              {author.title}
            </Text>
          ) : null}
          <RichText body={comment.body ?? ''} size="sm" />
        </Box>
        <Group gap="sm" px={4}>
          <RelativeTime value={comment.createdAt} size="xs" />
          {viewer ? (
            <Anchor component="button" type="button" size="xs" fw={600} onClick={() => onReply(isReply ? { name: author.fullName, id: author.id } : null)}>
              {t('comments.reply')}
            </Anchor>
          ) : null}
          {own ? (
            <Anchor component="button" type="button" size="xs" c="red.8" onClick={() => setConfirming(true)} aria-label={t('comments.deleteLabel')}>
              {t('comments.delete')}
            </Anchor>
          ) : null}
        </Group>
        <ConfirmDialog
          opened={confirming}
          title={t('comments.deleteTitle')}
          message={t('comments.confirmDelete')}
          confirmLabel={t('comments.delete')}
          danger
          loading={loading}
          error={error}
          onConfirm={() => void onDelete()}
          onClose={() => setConfirming(false)}
        />
      </Stack>
    </Group>
  );
}

function Replies({ comment, postId, before }: { comment: ThreadCommentFragment; postId: string; before: string | null }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [replyTo, setReplyTo] = useState<{ name: string; id: string } | null | undefined>(undefined);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const replies = comment.replies;
  const shown = replies.edges.length;
  const hidden = Math.max(0, comment.replyCount - shown);

  const loadMore = async () => {
    setLoadingMore(true);
    setError(null);
    try {
      // Written to the cache: the replies merge into this comment's list (see the document).
      await client.query({
        query: CommentRepliesDocument,
        variables: { postId, before, first: 10, after: replies.pageInfo.endCursor ?? null },
        fetchPolicy: 'network-only',
      });
    } catch (caught) {
      setError(caught);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap={6}>
      <CommentItem comment={comment} postId={postId} onReply={setReplyTo} />
      <Stack gap={6} pl={{ base: 24, sm: 40 }}>
        {replies.edges.map(({ node }) => (
          <CommentItem key={node.id} comment={node} postId={postId} onReply={setReplyTo} isReply />
        ))}
        {replies.pageInfo.hasNextPage && replies.pageInfo.endCursor ? (
          <Anchor component="button" type="button" size="sm" fw={600} onClick={() => void loadMore()} disabled={loadingMore} style={{ alignSelf: 'flex-start' }}>
            <Group gap={4} component="span" wrap="nowrap">
              <IconCornerDownRight size={16} aria-hidden />
              {hidden > 0 ? t('comments.viewReplies', { count: hidden }) : t('comments.moreReplies')}
              {loadingMore ? <Loader size={12} aria-label={t('common.loading')} /> : null}
            </Group>
          </Anchor>
        ) : null}
        <ErrorAlert error={error} onClose={() => setError(null)} />
        {replyTo !== undefined ? (
          <CommentForm key={replyTo?.id ?? 'reply'} postId={postId} parentId={comment.id} prefill={replyTo} autoFocus onDone={() => setReplyTo(undefined)} />
        ) : null}
      </Stack>
    </Stack>
  );
}

/** Top-level comments (oldest first, paged), each with its replies; the form to add one. */
export function CommentsThread({ postId, canComment, autoFocus }: { postId: string; canComment: boolean; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(PostCommentsDocument, { variables: { postId, first: PAGE } });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.post?.comments;

  return (
    <Stack gap="sm" component="section" aria-label={t('comments.title')}>
      {loading && !data ? (
        <Center>
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      ) : null}
      <ErrorAlert error={error} />
      {connection?.edges.map(({ node }, index) => (
        <Replies key={node.id} comment={node} postId={postId} before={index > 0 ? connection.edges[index - 1]!.cursor || null : null} />
      ))}
      {connection?.pageInfo.hasNextPage ? (
        <Anchor
          component="button"
          type="button"
          size="sm"
          fw={600}
          onClick={() => {
            setLoadingMore(true);
            void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).finally(() => setLoadingMore(false));
          }}
          disabled={loadingMore}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('comments.more')}
        </Anchor>
      ) : null}
      {connection && connection.edges.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('comments.empty')}
        </Text>
      ) : null}
      {canComment ? <CommentForm postId={postId} autoFocus={autoFocus} /> : null}
    </Stack>
  );
}
