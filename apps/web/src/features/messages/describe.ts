import type { TFunction } from 'i18next';
import type { ConversationSummaryFragment } from '../../gql/graphql';

type Summary = Pick<ConversationSummaryFragment, 'title' | 'isGroup' | 'participants'>;

/** The people of a conversation other than the viewer. */
export function others<P extends { id: string }>(participants: readonly P[], viewerId: string | undefined): P[] {
  const list = participants.filter((p) => p.id !== viewerId);
  return list.length ? list : [...participants];
}

/** A group's title, or the other person's name (1:1), or the names of the others. */
export function conversationTitle(conversation: Summary, viewerId: string | undefined, t: TFunction): string {
  if (conversation.title) return conversation.title;
  const people = others(conversation.participants, viewerId);
  if (!people.length) return t('messages.untitled');
  if (people.length <= 3) return people.map((p) => p.fullName).join(', ');
  return t('messages.andOthers', {
    names: people
      .slice(0, 2)
      .map((p) => p.fullName)
      .join(', '),
    count: people.length - 2,
  });
}

type LastMessage = NonNullable<ConversationSummaryFragment['lastMessage']>;

/** One line for the list: who wrote what; tombstones, attachments and shares described. */
export function lastMessagePreview(message: LastMessage | null | undefined, isGroup: boolean, viewerId: string | undefined, t: TFunction): string {
  if (!message) return t('messages.list.noMessages');
  let text: string;
  if (message.deletedAt) text = t('messages.preview.deleted');
  else if (message.body?.trim()) text = message.body.replace(/\s+/g, ' ').trim();
  else if (message.attachments.length === 1 && message.attachments[0]!.contentType.startsWith('image/')) text = t('messages.preview.image');
  else if (message.attachments.length) text = t('messages.preview.attachment', { count: message.attachments.length });
  else if (message.call)
    text = message.call.missed
      ? t(message.call.video ? 'calls.record.missedVideo' : 'calls.record.missed')
      : t(message.call.video ? 'calls.record.video' : 'calls.record.audio');
  else if (message.sharedKind === 'POST') text = t('messages.preview.post');
  else if (message.sharedKind === 'CASE') text = t('messages.preview.case');
  else text = '';
  if (message.sender.id === viewerId) return t('messages.preview.you', { text });
  if (isGroup) return t('messages.preview.of', { name: message.sender.fullName.split(/\s+/).pop() ?? message.sender.fullName, text });
  return text;
}
