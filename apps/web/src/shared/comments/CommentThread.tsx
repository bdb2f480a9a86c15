import { Anchor, Box, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconCornerDownRight, IconSend } from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../app/auth/hooks';
import { charCount, newClientId } from '../lib/id';
import { RelativeTime } from '../time/RelativeTime';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageLoader } from '../ui/PageShell';
import { UserAvatar } from '../ui/UserAvatar';
import { useLoadMore } from '../ui/LoadMoreList';

const COMMENT_MAX = 5_000;

export interface ThreadComment {
  id: string;
  author: { id: string; fullName: string; avatarUrl?: string | null; title?: string | null };
  body?: string | null;
  createdAt: string;
  deleted: boolean;
}

/** The replies under one top-level comment. */
export interface ThreadReplies<C extends ThreadComment> {
  items: readonly C[];
  hasMore: boolean;
  /** How many are not shown yet (0: unknown). */
  hidden: number;
  loadMore: () => Promise<unknown>;
}

export interface NewComment {
  body: string;
  /** The same for retries of one draft: the server answers a retry with the comment it already made. */
  clientId: string;
  parentId: string | null;
  /** "@Name" → user id, for the mentions picked while typing. */
  mentions: ReadonlyMap<string, string>;
}

/** Where a thread's comments come from and go to (a post's comments, a case's discussion). */
export interface CommentSource<C extends ThreadComment> {
  /** Top-level comments, oldest first; null until the first page is in. */
  comments: readonly C[] | null;
  loading: boolean;
  error?: unknown;
  hasMore: boolean;
  loadMore: () => Promise<unknown>;
  /** A threaded source: each top-level comment's replies (and a "Trả lời" action). */
  repliesOf?: (comment: C) => ThreadReplies<C>;
  add: (comment: NewComment) => Promise<unknown>;
  /** Where deleting is supported: the viewer's own comments get "Xóa". */
  remove?: (comment: C) => Promise<unknown>;
  /** A refused add: the message for under the field, or null for the alert. */
  fieldError: (caught: unknown) => string | null;
}

/** What the thread hands its text field (a mention-aware textarea, a PHI-scanning one…). */
export interface CommentEditorProps {
  value: string;
  onChange: (value: string) => void;
  onMention: (name: string, userId: string) => void;
  label: string;
  placeholder: string;
  error: string | null;
  autoFocus?: boolean;
  /** The editor decides which key sends (Enter in a chat-like field). */
  onSubmit: () => void;
}

export interface CommentThreadLabels {
  title: string;
  empty: string;
  more: string;
  deleted: string;
  write: string;
  placeholder: string;
  send: string;
}

interface CommentThreadProps<C extends ThreadComment> {
  source: CommentSource<C>;
  canWrite: boolean;
  /** Shown instead of the form when the viewer cannot write. */
  readOnlyNote?: string;
  renderBody: (comment: C) => ReactNode;
  renderEditor: (props: CommentEditorProps) => ReactNode;
  /** Defaults: the `comments.*` texts. */
  labels?: Partial<CommentThreadLabels>;
  autoFocus?: boolean;
}

function CommentForm<C extends ThreadComment>({
  source,
  parentId,
  prefill,
  autoFocus,
  label,
  placeholder,
  sendLabel,
  renderEditor,
  onDone,
}: {
  source: CommentSource<C>;
  parentId: string | null;
  prefill?: { name: string; id: string } | null;
  autoFocus?: boolean;
  label: string;
  placeholder: string;
  sendLabel: string;
  renderEditor: (props: CommentEditorProps) => ReactNode;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [text, setText] = useState(prefill ? `@${prefill.name} ` : '');
  const mentions = useRef(new Map<string, string>(prefill ? [[prefill.name, prefill.id]] : []));
  const clientId = useRef<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const tooLong = charCount(text) > COMMENT_MAX;
  const canSubmit = !!text.trim() && !tooLong && !sending;

  const submit = async () => {
    if (!canSubmit) return;
    setError(null);
    setFieldError(null);
    setSending(true);
    clientId.current ??= newClientId();
    try {
      await source.add({ body: text.trim(), clientId: clientId.current, parentId, mentions: mentions.current });
      clientId.current = null;
      setText('');
      mentions.current.clear();
      onDone?.();
    } catch (caught) {
      const message = source.fieldError(caught);
      if (message) setFieldError(message);
      else setError(caught);
    } finally {
      setSending(false);
    }
  };

  if (!viewer) return null;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <UserAvatar name={viewer.fullName} url={viewer.avatarUrl} size={32} />
        <Box style={{ flex: 1, minWidth: 0 }}>
          {renderEditor({
            value: text,
            onChange: (value) => {
              setText(value);
              clientId.current = null;
            },
            onMention: (name, id) => mentions.current.set(name, id),
            label,
            placeholder,
            error: fieldError ?? (tooLong ? t('comments.tooLong') : null),
            autoFocus,
            onSubmit: () => void submit(),
          })}
        </Box>
        <Button size="sm" px="xs" onClick={() => void submit()} disabled={!canSubmit} loading={sending} aria-label={sendLabel}>
          <IconSend size={18} aria-hidden />
        </Button>
      </Group>
      <ErrorAlert error={error} onClose={() => setError(null)} />
    </Stack>
  );
}

function CommentItem<C extends ThreadComment>({
  comment,
  source,
  renderBody,
  deletedLabel,
  onReply,
  isReply,
}: {
  comment: C;
  source: CommentSource<C>;
  renderBody: (comment: C) => ReactNode;
  deletedLabel: string;
  onReply?: () => void;
  isReply?: boolean;
}) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const { remove } = source;
  const own = !!viewer && comment.author.id === viewer.id;

  const onDelete = async () => {
    if (!remove) return;
    setError(null);
    setDeleting(true);
    try {
      await remove(comment);
      setConfirming(false);
    } catch (caught) {
      setError(caught);
    } finally {
      setDeleting(false);
    }
  };

  if (comment.deleted) {
    return (
      <Text size="sm" c="dimmed" fs="italic" py={4}>
        {deletedLabel}
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
          {renderBody(comment)}
        </Box>
        <Group gap="sm" px={4}>
          <RelativeTime value={comment.createdAt} size="xs" />
          {viewer && onReply ? (
            <Anchor component="button" type="button" size="xs" fw={600} onClick={onReply}>
              {t('comments.reply')}
            </Anchor>
          ) : null}
          {own && remove ? (
            <Anchor component="button" type="button" size="xs" c="red.8" onClick={() => setConfirming(true)} aria-label={t('comments.deleteLabel')}>
              {t('comments.delete')}
            </Anchor>
          ) : null}
        </Group>
        {remove ? (
          <ConfirmDialog
            opened={confirming}
            title={t('comments.deleteTitle')}
            message={t('comments.confirmDelete')}
            confirmLabel={t('comments.delete')}
            danger
            loading={deleting}
            error={error}
            onConfirm={() => void onDelete()}
            onClose={() => setConfirming(false)}
          />
        ) : null}
      </Stack>
    </Group>
  );
}

type ReplyTarget = { name: string; id: string } | null | undefined;

function TopLevel<C extends ThreadComment>({
  comment,
  source,
  renderBody,
  renderEditor,
  labels,
}: {
  comment: C;
  source: CommentSource<C>;
  renderBody: (comment: C) => ReactNode;
  renderEditor: (props: CommentEditorProps) => ReactNode;
  labels: CommentThreadLabels;
}) {
  const { t } = useTranslation();
  const [replyTo, setReplyTo] = useState<ReplyTarget>(undefined);
  const replies = source.repliesOf?.(comment);
  const more = useLoadMore(replies?.loadMore ?? (() => Promise.resolve()));
  const item = (node: C, isReply: boolean) => (
    <CommentItem
      key={node.id}
      comment={node}
      source={source}
      renderBody={renderBody}
      deletedLabel={labels.deleted}
      isReply={isReply}
      onReply={replies ? () => setReplyTo(isReply ? { name: node.author.fullName, id: node.author.id } : null) : undefined}
    />
  );
  if (!replies) return <li style={{ listStyle: 'none' }}>{item(comment, false)}</li>;
  return (
    <Stack gap={6} component="li" style={{ listStyle: 'none' }}>
      {item(comment, false)}
      <Stack gap={6} pl={{ base: 24, sm: 40 }}>
        {replies.items.map((reply) => item(reply, true))}
        {replies.hasMore ? (
          <Anchor component="button" type="button" size="sm" fw={600} onClick={more.loadMore} disabled={more.loadingMore} style={{ alignSelf: 'flex-start' }}>
            <Group gap={4} component="span" wrap="nowrap">
              <IconCornerDownRight size={16} aria-hidden />
              {replies.hidden > 0 ? t('comments.viewReplies', { count: replies.hidden }) : t('comments.moreReplies')}
              {more.loadingMore ? <Loader size={12} aria-label={t('common.loading')} /> : null}
            </Group>
          </Anchor>
        ) : null}
        <ErrorAlert error={more.moreError} onClose={more.clearMoreError} />
        {replyTo !== undefined ? (
          <CommentForm
            key={replyTo?.id ?? 'reply'}
            source={source}
            parentId={comment.id}
            prefill={replyTo}
            autoFocus
            label={t('comments.replyLabel')}
            placeholder={t('comments.replyPlaceholder')}
            sendLabel={t('comments.sendReply')}
            renderEditor={renderEditor}
            onDone={() => setReplyTo(undefined)}
          />
        ) : null}
      </Stack>
    </Stack>
  );
}

/**
 * A comment thread: comments oldest first and paged, their replies where the source has them,
 * delete where it allows it, and the form to add one. The same UI for a post's comments and a
 * case's discussion; the source, the body and the text field are the caller's.
 */
export function CommentThread<C extends ThreadComment>({
  source,
  canWrite,
  readOnlyNote,
  renderBody,
  renderEditor,
  labels: given,
  autoFocus,
}: CommentThreadProps<C>) {
  const { t } = useTranslation();
  const labels: CommentThreadLabels = {
    title: t('comments.title'),
    empty: t('comments.empty'),
    more: t('comments.more'),
    deleted: t('comments.deleted'),
    write: t('comments.writeLabel'),
    placeholder: t('comments.placeholder'),
    send: t('comments.send'),
    ...given,
  };
  const more = useLoadMore(source.loadMore);
  const comments = source.comments;

  return (
    <Stack gap="sm" component="section" aria-label={labels.title}>
      {source.loading && !comments ? <PageLoader /> : null}
      <ErrorAlert error={source.error} />
      {comments?.length ? (
        <Stack gap="sm" component="ol" m={0} p={0} aria-label={labels.title}>
          {comments.map((comment) => (
            <TopLevel key={comment.id} comment={comment} source={source} renderBody={renderBody} renderEditor={renderEditor} labels={labels} />
          ))}
        </Stack>
      ) : null}
      {source.hasMore ? (
        <Anchor component="button" type="button" size="sm" fw={600} onClick={more.loadMore} disabled={more.loadingMore} style={{ alignSelf: 'flex-start' }}>
          {labels.more}
        </Anchor>
      ) : null}
      <ErrorAlert error={more.moreError} onClose={more.clearMoreError} />
      {comments && comments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {labels.empty}
        </Text>
      ) : null}
      {canWrite ? (
        <CommentForm
          source={source}
          parentId={null}
          autoFocus={autoFocus}
          label={labels.write}
          placeholder={labels.placeholder}
          sendLabel={labels.send}
          renderEditor={renderEditor}
        />
      ) : readOnlyNote ? (
        <Text size="sm" c="dimmed">
          {readOnlyNote}
        </Text>
      ) : null}
    </Stack>
  );
}
