/**
 * Pure helpers of the delivery logic: messages come from pages, catch-up (`messagesSince`),
 * live events and mutation results, in any order and possibly more than once. One id is one
 * message; its newest state is the one with the higher `versionSeq`; the list is ordered by
 * `seq`.
 */
export interface Versioned {
  id: string;
  seq: number;
  versionSeq: number;
  clientId?: string | null;
}

/** Merge `incoming` into `existing` (keyed by id), keeping the higher versionSeq of each. */
export function mergeMessages<M extends Versioned>(existing: ReadonlyMap<string, M>, incoming: readonly M[]): Map<string, M> {
  let next: Map<string, M> | null = null;
  for (const message of incoming) {
    const held = (next ?? existing).get(message.id);
    if (held && held.versionSeq >= message.versionSeq) continue;
    next ??= new Map(existing);
    next.set(message.id, message);
  }
  return next ?? (existing as Map<string, M>);
}

/** The messages ordered by seq (oldest first). */
export function orderBySeq<M extends Versioned>(messages: ReadonlyMap<string, M>): M[] {
  return [...messages.values()].sort((a, b) => a.seq - b.seq);
}

/** The highest position held: where a catch-up (`messagesSince(afterSeq)`) continues from. */
export function highestVersionSeq(messages: Iterable<Versioned>, floor = 0): number {
  let max = floor;
  for (const message of messages) max = Math.max(max, message.versionSeq, message.seq);
  return max;
}

/**
 * A live event at `eventSeq` while we hold up to `held`: positions are consecutive per
 * conversation, so anything beyond `held + 1` means an event was missed (catch up).
 */
export function isGap(held: number, eventSeq: number | null | undefined): boolean {
  return typeof eventSeq === 'number' && eventSeq > held + 1;
}

/** Pending sends the server has confirmed (same clientId) are no longer pending. */
export function unconfirmed<P extends { clientId: string }>(pending: readonly P[], messages: ReadonlyMap<string, Versioned>): P[] {
  if (!pending.length) return pending as P[];
  const confirmed = new Set<string>();
  for (const message of messages.values()) if (message.clientId) confirmed.add(message.clientId);
  const left = pending.filter((item) => !confirmed.has(item.clientId));
  return left.length === pending.length ? (pending as P[]) : left;
}

/** Local calendar day key (for day separators). */
export function dayKey(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/** "Lan" of "Nguyễn Thị Lan": Vietnamese given names come last. */
export function givenName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  return parts[parts.length - 1] || fullName;
}

/**
 * The position after a live event at `eventSeq`: it moves only when the event is the next one,
 * so that a catch-up from the position still fetches anything missed before it.
 */
export function advance(position: number, eventSeq: number | null | undefined): number {
  return typeof eventSeq === 'number' && eventSeq === position + 1 ? eventSeq : position;
}

/**
 * Messages that belong to what is loaded: when older pages are still unloaded, a catch-up or an
 * event may carry an old message (edited or deleted since); it comes with its page later.
 */
export function withinWindow<M extends Versioned>(incoming: readonly M[], oldestLoadedSeq: number | null, hasOlder: boolean): M[] {
  if (!hasOlder || oldestLoadedSeq === null) return incoming as M[];
  return incoming.filter((message) => message.seq >= oldestLoadedSeq);
}
