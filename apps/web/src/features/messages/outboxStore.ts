import { clear, createStore, del, get, set, update, type UseStore } from 'idb-keyval';
import { dequeue, draftKey, draftToStore, enqueue, markRejected, outboxKey, type OutboxItem } from './outbox';

/**
 * IndexedDB persistence of unsent messages and drafts (idb-keyval, its own database). Every
 * call swallows storage errors (private mode, quota): the chat still works, only without
 * surviving a reload.
 */
let store: UseStore | null = null;
function db(): UseStore | null {
  if (typeof indexedDB === 'undefined') return null;
  store ??= createStore('ketnoi-outbox', 'kv');
  return store;
}

async function safe<T>(run: (s: UseStore) => Promise<T>, fallback: T): Promise<T> {
  const s = db();
  if (!s) return fallback;
  try {
    return await run(s);
  } catch {
    return fallback;
  }
}

export function loadOutbox<T extends OutboxItem>(userId: string, conversationId: string): Promise<T[]> {
  return safe(async (s) => (await get<T[]>(outboxKey(userId, conversationId), s)) ?? [], []);
}

export function saveToOutbox<T extends OutboxItem>(userId: string, item: T): Promise<void> {
  return safe((s) => update<T[]>(outboxKey(userId, item.conversationId), (list) => enqueue(list, item), s), undefined);
}

export function removeFromOutbox(userId: string, conversationId: string, clientId: string): Promise<void> {
  return safe((s) => update<OutboxItem[]>(outboxKey(userId, conversationId), (list) => dequeue(list, clientId), s), undefined);
}

export function setRejected(userId: string, conversationId: string, clientId: string, rejected: boolean): Promise<void> {
  return safe((s) => update<OutboxItem[]>(outboxKey(userId, conversationId), (list) => markRejected(list, clientId, rejected), s), undefined);
}

export function loadDraft(userId: string, conversationId: string): Promise<string> {
  return safe(async (s) => (await get<string>(draftKey(userId, conversationId), s)) ?? '', '');
}

export function saveDraft(userId: string, conversationId: string, body: string): Promise<void> {
  const value = draftToStore(body);
  return safe((s) => (value === null ? del(draftKey(userId, conversationId), s) : set(draftKey(userId, conversationId), value, s)), undefined);
}

/**
 * Sign-out on a shared ward computer: forget every unsent message and draft on this device
 * (all users' keys: whoever signs in next starts empty).
 */
export function clearOfflineData(): Promise<void> {
  return safe((s) => clear(s), undefined);
}
