/**
 * Pure parts of the offline outbox: what a stored unsent message is, how the list of one
 * conversation changes, and in which order a flush sends. Storage (IndexedDB) is in
 * `outboxStore.ts`; the sending is in `useSendMessage.ts`.
 */

/** What is kept of a message the server has not confirmed yet (structured-clone safe). */
export interface OutboxItem {
  /** Chosen once when the message is written: every resend uses it (the server dedupes by sender + clientId). */
  clientId: string;
  conversationId: string;
  body: string;
  attachments: { id: string }[];
  replyTo: { id: string } | null;
  sharedPostId?: string | null;
  sharedCaseId?: string | null;
  createdAt: string;
  /** The server refused it (not a network failure): not resent automatically, only by "retry". */
  rejected?: boolean;
}

/** Adds (or replaces, same clientId) an item, keeping the order in which messages were written. */
export function enqueue<T extends Pick<OutboxItem, 'clientId' | 'createdAt'>>(list: readonly T[] | undefined, item: T): T[] {
  const rest = (list ?? []).filter((x) => x.clientId !== item.clientId);
  return sortByCreated([...rest, item]);
}

/** Without the item of that clientId (sent, confirmed or discarded). */
export function dequeue<T extends { clientId: string }>(list: readonly T[] | undefined, clientId: string): T[] {
  return (list ?? []).filter((x) => x.clientId !== clientId);
}

/** Marks (or unmarks) an item as refused by the server. */
export function markRejected<T extends OutboxItem>(list: readonly T[] | undefined, clientId: string, rejected: boolean): T[] {
  return (list ?? []).map((x) => (x.clientId === clientId ? { ...x, rejected } : x));
}

/** Oldest first; ties keep their order. */
export function sortByCreated<T extends Pick<OutboxItem, 'createdAt'>>(list: readonly T[]): T[] {
  return list
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.createdAt < b.item.createdAt ? -1 : a.item.createdAt > b.item.createdAt ? 1 : a.index - b.index))
    .map(({ item }) => item);
}

/**
 * What an automatic flush sends, in order: everything not refused by the server. On a page load
 * refused items get one more try too (`includeRejected`): the reason may have gone (a token renewed).
 */
export function toFlush<T extends OutboxItem>(list: readonly T[] | undefined, includeRejected = false): T[] {
  return sortByCreated((list ?? []).filter((x) => includeRejected || !x.rejected));
}

/** IndexedDB keys: per signed-in user (a shared ward computer) and per conversation. */
export const outboxKey = (userId: string, conversationId: string) => `outbox:${userId}:${conversationId}`;
export const draftKey = (userId: string, conversationId: string) => `draft:${userId}:${conversationId}`;

/** A draft worth keeping: not only whitespace. Returns what to store, or null to delete it. */
export function draftToStore(body: string): string | null {
  return body.trim() ? body : null;
}
