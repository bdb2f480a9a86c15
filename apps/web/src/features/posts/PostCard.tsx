import { ActionIcon, Anchor, Badge, Box, Button, Card, Group, Menu, Paper, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconBookmark,
  IconBookmarkFilled,
  IconDots,
  IconFlag,
  IconLink,
  IconMessageCircle,
  IconPencil,
  IconPin,
  IconPinnedOff,
  IconSend,
  IconShare3,
  IconTrash,
  IconUsers,
  IconUsersGroup,
  IconWorld,
} from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../app/auth/hooks';
import type { PostCardFragment, PostContentFragment, Visibility } from '../../gql/graphql';
import { formatNumber } from '../../shared/lib/format';
import { RelativeTime } from '../../shared/time/RelativeTime';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { CommentsThread } from './CommentsThread';
import { Composer } from './Composer';
import { PinPostDocument, UnpinPostDocument } from './documents';
import { PostAttachments } from './PostAttachments';
import { PostText } from './PostText';
import { ReactionButton } from './ReactionButton';
import { ReportDialog } from './ReportDialog';
import { ShareDialog } from './ShareDialog';
import { ShareToChatDialog } from './ShareToChatDialog';
import { useDeletePost, useToggleSave } from './usePostActions';

const VISIBILITY_ICONS: Record<Visibility, typeof IconWorld> = {
  ALL_VERIFIED: IconWorld,
  FOLLOWERS: IconUsers,
  GROUP: IconUsersGroup,
};

function PostHeader({ post, hideGroup, compact }: { post: PostContentFragment; hideGroup?: boolean; compact?: boolean }) {
  const { t } = useTranslation();
  const VisibilityIcon = VISIBILITY_ICONS[post.visibility];
  const author = post.author;
  const subtitle = [author.title, author.facility?.name].filter(Boolean).join(' · ');
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
      <UserAvatar name={author.fullName} url={author.avatarUrl} size={compact ? 36 : 44} />
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" className="break-anywhere" component="div">
          <Anchor component={Link} to={`/u/${author.id}`} fw={700} c="dark" inherit>
            {author.fullName}
          </Anchor>
          {post.group && !hideGroup ? (
            <>
              {' '}
              <Text span c="dimmed" inherit aria-hidden>
                ▸
              </Text>{' '}
              <Anchor component={Link} to={`/g/${post.group.id}`} fw={600} inherit aria-label={t('post.inGroup', { group: post.group.name })}>
                {post.group.name}
              </Anchor>
            </>
          ) : null}
        </Text>
        {subtitle ? (
          <Text size="xs" c="dimmed" className="break-anywhere" lineClamp={2}>
            {subtitle}
          </Text>
        ) : null}
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={`/p/${post.id}`} c="dimmed" size="xs" underline="hover" title={t('post.permalink')}>
            <RelativeTime value={post.createdAt} size="xs" />
          </Anchor>
          {post.editedAt ? (
            <Text size="xs" c="dimmed">
              · {t('post.edited')}
            </Text>
          ) : null}
          <Tooltip label={t(`enums.Visibility.${post.visibility}`)} withinPortal>
            <Box
              component="span"
              c="dimmed"
              style={{ display: 'inline-flex' }}
              aria-label={t('post.visibleTo', { audience: t(`enums.Visibility.${post.visibility}`) })}
              role="img"
            >
              <VisibilityIcon size={14} aria-hidden />
            </Box>
          </Tooltip>
        </Group>
      </Stack>
    </Group>
  );
}

function SharedPost({ post }: { post: PostContentFragment | null | undefined }) {
  const { t } = useTranslation();
  if (!post) {
    return (
      <Paper withBorder p="sm" radius="md" bg="gray.0">
        <Text size="sm" c="dimmed" fs="italic">
          {t('post.sharedUnavailable')}
        </Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="sm" radius="md" component="article" aria-label={t('post.sharedFrom', { name: post.author.fullName })}>
      <Stack gap="xs">
        <PostHeader post={post} compact />
        <PostText body={post.body} />
        <PostAttachments attachments={post.attachments} />
      </Stack>
    </Paper>
  );
}

interface PostCardProps {
  post: PostCardFragment;
  /** Open the comments at once (the post page). */
  defaultShowComments?: boolean;
  /** On the group's own page the group name is redundant. */
  hideGroup?: boolean;
  /** Called after the post was deleted (e.g. leave its page). */
  onDeleted?: () => void;
}

export function PostCard({ post, defaultShowComments = false, hideGroup, onDeleted }: PostCardProps) {
  const { t, i18n } = useTranslation();
  const { viewer, hasFullAccess } = useViewer();
  const [showComments, setShowComments] = useState(defaultShowComments);
  const [focusComment, setFocusComment] = useState(false);
  const [editing, setEditing] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [sendingToChat, setSendingToChat] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const toggleSave = useToggleSave();
  const [deletePost, deleteState] = useDeletePost();
  const [pin] = useMutation(PinPostDocument);
  const [unpin] = useMutation(UnpinPostDocument);
  const own = viewer?.id === post.author.id;
  const groupModerator = post.group?.viewerRole === 'OWNER' || post.group?.viewerRole === 'MODERATOR';
  const platformModerator = !!viewer?.roles.includes('PLATFORM_ADMIN');
  const canInteract = hasFullAccess;
  // The API's rules: the author edits; the author, the group's moderators and platform admins delete.
  const canEdit = own && canInteract;
  const canDelete = (own || groupModerator || platformModerator) && canInteract;
  // A share whose original is gone (or not visible) has no body of its own to stand on.
  const isShare = !!post.sharedPost || (!post.body.trim() && post.attachments.length === 0);
  // Like a repost, a message carries the original; a share whose original is gone has nothing to send.
  const chatPostId = post.sharedPost ? post.sharedPost.id : isShare ? null : post.id;

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), 5000);
    return () => clearTimeout(timer);
  }, [status]);

  const onSave = () => {
    setError(null);
    toggleSave(post)
      .then(() => setStatus(post.viewerSaved ? t('post.unsaved') : t('post.saved')))
      .catch(setError);
  };

  const onCopyLink = () => {
    const url = `${window.location.origin}/p/${post.id}`;
    navigator.clipboard?.writeText(url).then(
      () => setStatus(t('post.linkCopied')),
      () => setStatus(url),
    );
  };

  const onDelete = async () => {
    try {
      await deletePost(post.id);
      setDeleting(false);
      onDeleted?.();
    } catch (caught) {
      setError(caught);
    }
  };

  const onPin = () => {
    (post.pinned ? unpin : pin)({ variables: { postId: post.id } }).catch(setError);
  };

  const openComments = () => {
    setShowComments((open) => !open || !focusComment);
    setFocusComment(true);
  };

  return (
    <Card withBorder padding="md" component="article" aria-label={t('post.byline', { name: post.author.fullName })}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <PostHeader post={post} hideGroup={hideGroup} />
          <Group gap={4} wrap="nowrap">
            <Menu position="bottom-end" withinPortal shadow="md" width={220}>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('post.options')}>
                  <IconDots size={20} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {canInteract ? (
                  <Menu.Item
                    leftSection={post.viewerSaved ? <IconBookmarkFilled size={16} aria-hidden /> : <IconBookmark size={16} aria-hidden />}
                    onClick={onSave}
                  >
                    {post.viewerSaved ? t('post.unsave') : t('post.save')}
                  </Menu.Item>
                ) : null}
                <Menu.Item leftSection={<IconLink size={16} aria-hidden />} onClick={onCopyLink}>
                  {t('post.copyLink')}
                </Menu.Item>
                {canInteract && chatPostId ? (
                  <Menu.Item leftSection={<IconSend size={16} aria-hidden />} onClick={() => setSendingToChat(true)}>
                    {t('post.sendToChat')}
                  </Menu.Item>
                ) : null}
                {canEdit ? (
                  <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
                    {t('post.edit')}
                  </Menu.Item>
                ) : null}
                {groupModerator && post.group ? (
                  <Menu.Item leftSection={post.pinned ? <IconPinnedOff size={16} aria-hidden /> : <IconPin size={16} aria-hidden />} onClick={onPin}>
                    {post.pinned ? t('post.unpin') : t('post.pin')}
                  </Menu.Item>
                ) : null}
                {canDelete ? (
                  <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDeleting(true)}>
                    {t('post.delete')}
                  </Menu.Item>
                ) : null}
                {!own && canInteract ? (
                  <Menu.Item leftSection={<IconFlag size={16} aria-hidden />} onClick={() => setReporting(true)}>
                    {t('post.report')}
                  </Menu.Item>
                ) : null}
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>

        {post.hidden || post.pinned ? (
          <Group gap={6}>
            {post.hidden ? (
              <Tooltip label={t('post.hiddenHelp')} withinPortal>
                <Badge variant="light" color="red" tt="none">
                  {t('post.hidden')}
                </Badge>
              </Tooltip>
            ) : null}
            {post.pinned ? (
              <Badge variant="light" color="orange" leftSection={<IconPin size={12} aria-hidden />} tt="none">
                {t('post.pinned')}
              </Badge>
            ) : null}
          </Group>
        ) : null}

        {editing ? (
          <Composer edit={post} onDone={() => setEditing(false)} onCancel={() => setEditing(false)} />
        ) : (
          <>
            <PostText body={post.body} />
            <PostAttachments attachments={post.attachments} />
          </>
        )}
        {isShare ? <SharedPost post={post.sharedPost} /> : null}

        {post.reactionCount + post.commentCount + post.shareCount > 0 ? (
          <Group gap="md" justify="space-between">
            <Text size="sm" c="dimmed">
              {post.reactionCount > 0 ? t('post.reactions', { count: post.reactionCount, formatted: formatNumber(post.reactionCount, i18n.language) }) : ''}
            </Text>
            <Group gap="md">
              {post.commentCount > 0 ? (
                <Anchor component="button" type="button" size="sm" c="dimmed" onClick={() => setShowComments((open) => !open)} aria-expanded={showComments}>
                  {t('post.comments', { count: post.commentCount, formatted: formatNumber(post.commentCount, i18n.language) })}
                </Anchor>
              ) : null}
              {post.shareCount > 0 ? (
                <Text size="sm" c="dimmed">
                  {t('post.shares', { count: post.shareCount, formatted: formatNumber(post.shareCount, i18n.language) })}
                </Text>
              ) : null}
            </Group>
          </Group>
        ) : null}

        {canInteract ? (
          <Group gap={0} justify="space-around" wrap="nowrap" preventGrowOverflow={false} pt={4} style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
            <ReactionButton post={post} onError={setError} />
            <Button
              variant="subtle"
              color="dark"
              size="compact-md"
              className="post-action"
              px={6}
              leftSection={<IconMessageCircle size={18} aria-hidden />}
              onClick={openComments}
              aria-expanded={showComments}
            >
              {t('post.comment')}
            </Button>
            <Button
              variant="subtle"
              color="dark"
              size="compact-md"
              className="post-action"
              px={6}
              leftSection={<IconShare3 size={18} aria-hidden />}
              onClick={() => setSharing(true)}
            >
              {t('post.share')}
            </Button>
            <Tooltip label={post.viewerSaved ? t('post.unsave') : t('post.save')} withinPortal>
              <ActionIcon
                visibleFrom="xs"
                variant="subtle"
                color={post.viewerSaved ? 'ketnoi' : 'dark'}
                size="lg"
                onClick={onSave}
                aria-pressed={post.viewerSaved}
                aria-label={t('post.save')}
              >
                {post.viewerSaved ? <IconBookmarkFilled size={20} aria-hidden /> : <IconBookmark size={20} aria-hidden />}
              </ActionIcon>
            </Tooltip>
          </Group>
        ) : null}

        {status ? (
          <Text size="sm" c="green.9" role="status">
            {status}
          </Text>
        ) : null}
        <ErrorAlert error={error} onClose={() => setError(null)} />

        {showComments ? <CommentsThread postId={post.id} canComment={canInteract} autoFocus={focusComment} audience={post.visibility} /> : null}
      </Stack>

      {sharing ? (
        <ShareDialog
          postId={post.sharedPost ? post.sharedPost.id : post.id}
          opened={sharing}
          onClose={() => setSharing(false)}
          onShared={() => setStatus(t('share.done'))}
        />
      ) : null}
      {sendingToChat && chatPostId ? <ShareToChatDialog postId={chatPostId} opened={sendingToChat} onClose={() => setSendingToChat(false)} /> : null}
      {reporting ? (
        <ReportDialog targetId={post.id} opened={reporting} onClose={() => setReporting(false)} onReported={() => setStatus(t('report.done'))} />
      ) : null}
      <ConfirmDialog
        opened={deleting}
        title={t('post.deleteTitle')}
        message={t('post.deleteConfirm')}
        confirmLabel={t('post.delete')}
        danger
        loading={deleteState.loading}
        error={error}
        onConfirm={() => void onDelete()}
        onClose={() => setDeleting(false)}
      />
    </Card>
  );
}
