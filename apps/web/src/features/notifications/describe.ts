import type { TFunction } from 'i18next';
import type { NotificationFieldsFragment } from '../../gql/graphql';

/** Kinds the web app words (the API's NotificationKind); anything else gets a generic sentence. */
export const NOTIFICATION_KINDS = [
  'POST_REACTION',
  'POST_COMMENT',
  'COMMENT_REPLY',
  'MENTION',
  'POST_SHARE',
  'FOLLOW',
  'GROUP_JOIN_REQUEST',
  'GROUP_JOIN_APPROVED',
  'GROUP_JOIN_DECLINED',
  'GROUP_INVITATION',
  'CASE_SHARED',
  'CASE_COMMENT',
  'CONSULT_REQUESTED',
  'CONSULT_ASSIGNED',
  'CONSULT_ACCEPTED',
  'CONSULT_ANSWERED',
  'CONSULT_CLOSED',
  'CONSULT_OVERDUE',
  'BROADCAST_PUBLISHED',
  'BROADCAST_REMINDER',
  'LIVE_SCHEDULED',
  'LIVE_STARTING',
  'LIVE_NOW',
] as const;
type KnownKind = (typeof NOTIFICATION_KINDS)[number];

const isKnown = (kind: string): kind is KnownKind => (NOTIFICATION_KINDS as readonly string[]).includes(kind);

export interface DescribedNotification {
  text: string;
  href: string | null;
}

/**
 * "Nguyễn Thị Lan và 3 người khác đã bày tỏ cảm xúc về bài viết của bạn", and where it leads.
 * `groupName` is the group's name when the notification is about one (looked up by the caller).
 */
export function describeNotification(n: NotificationFieldsFragment, t: TFunction, groupName: string | null): DescribedNotification {
  const first = n.actors[0];
  const total = Math.max(n.actorCount, n.actors.length);
  const others = Math.max(0, total - 1);
  const actors = !first ? t('notifications.someone') : others > 0 ? t('notifications.andOthers', { name: first.fullName, count: others }) : first.fullName;
  const kind = isKnown(n.kind) ? n.kind : null;
  const group = groupName ?? t('notifications.aGroup');
  const title = n.liveSession?.title ?? t('notifications.aSession');
  const text = kind ? t(`notifications.kinds.${kind}`, { actors, group, title }) : t('notifications.generic', { actors });

  let href: string | null = null;
  if (kind === 'LIVE_SCHEDULED' || kind === 'LIVE_STARTING' || kind === 'LIVE_NOW') href = n.liveSession ? `/live/${n.liveSession.id}` : null;
  else if (n.caseFileId) href = `/cases/${n.caseFileId}`;
  else if (n.postId) href = `/p/${n.postId}`;
  else if (n.groupId) href = `/g/${n.groupId}${kind === 'GROUP_JOIN_REQUEST' ? '?tab=requests' : ''}`;
  else if (kind === 'FOLLOW' && first) href = `/u/${first.id}`;
  else if (kind === 'BROADCAST_PUBLISHED' || kind === 'BROADCAST_REMINDER') href = `/broadcasts/${n.targetId}`;
  return { text, href };
}
