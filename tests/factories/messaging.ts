import { randomUUID } from 'node:crypto';
import type { TestApp } from '../support/app';
import { jpegWithExif, uploadFile } from '../support/uploads';
import type { TestUser } from './identity';
import { ok } from './social';

export const MESSAGE_FIELDS = `id conversationId seq versionSeq clientId body editedAt deletedAt createdAt sender { id } attachments { id } replyTo { id } sharedPost { id } sharedCase { id } sharedKind`;
export const CONVERSATION_FIELDS = `id title isGroup kind groupId unreadCount lastReadSeq requestPending muted viewerIsAdmin lastSeq participants { id } lastMessage { id seq }`;
export const START = `mutation($p: [ID!]!, $t: String) { startConversation(participantIds: $p, title: $t) { ${CONVERSATION_FIELDS} } }`;
export const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { ${MESSAGE_FIELDS} } }`;
export const EDIT = `mutation($id: ID!, $b: String!) { editMessage(id: $id, body: $b) { ${MESSAGE_FIELDS} } }`;
export const DELETE = `mutation($id: ID!) { deleteMessage(id: $id) { ${MESSAGE_FIELDS} } }`;
export const SINCE = `query($c: ID!, $a: Int!, $f: Int) { messagesSince(conversationId: $c, afterSeq: $a, first: $f) { ${MESSAGE_FIELDS} } }`;
export const CONVERSATION = `query($id: ID!) { conversation(id: $id) { ${CONVERSATION_FIELDS} messages(first: 50) { edges { cursor node { id seq body } } pageInfo { hasNextPage endCursor } } } }`;
export const MARK_READ = `mutation($c: ID!, $s: Int!) { markConversationRead(conversationId: $c, seq: $s) { id unreadCount lastReadSeq } }`;
export const EVENTS = `subscription($c: ID) { conversationEvents(conversationId: $c) { kind conversationId userId seq signal message { id seq versionSeq body deletedAt sender { id } } } }`;

export async function startConversation(app: TestApp, user: TestUser, others: TestUser[], title?: string) {
  return ok(await app.gql(START, { p: others.map((o) => o.id), t: title ?? null }, user.accessToken)).startConversation as { id: string; [k: string]: any };
}

export async function sendMessage(app: TestApp, user: TestUser, conversationId: string, input: Record<string, unknown> = {}) {
  const res = await app.gql(
    SEND,
    { input: { conversationId, body: `Tin nhắn ${randomUUID().slice(0, 8)}`, clientId: randomUUID(), ...input } },
    user.accessToken,
  );
  return ok(res).sendMessage as { id: string; seq: number; versionSeq: number; [k: string]: any };
}

/** A READY MESSAGE_ATTACHMENT image of `owner`. */
export async function uploadMessageImage(app: TestApp, owner: TestUser): Promise<string> {
  const out = await uploadFile(app, owner.accessToken, {
    purpose: 'MESSAGE_ATTACHMENT',
    body: await jpegWithExif(),
    contentType: 'image/jpeg',
    fileName: 'anh.jpg',
  });
  if (!out.attachment) throw new Error(`upload failed: ${JSON.stringify(out)}`);
  return out.attachment.id;
}
