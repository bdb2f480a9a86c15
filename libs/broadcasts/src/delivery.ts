import { Injectable } from '@nestjs/common';
import { BroadcastQueries, type ViewerBroadcast } from './broadcasts.queries';

/**
 * The live subscription asks "does broadcast B target subscriber U" once per subscriber
 * and event. The answers of one event are collected for one turn of the event loop and
 * settled by one statement (`targetedAmong`, i.e. `targetsSql`), so 2,000 subscribers
 * cost one query, not 2,000. The broadcast itself is read once per event too (`published`):
 * at arrival nobody has read or acknowledged it, so every subscriber gets the same row.
 */
@Injectable()
export class BroadcastDelivery {
  private readonly pending = new Map<string, { users: Set<string>; result: Promise<Set<string>> }>();

  private readonly rows = new Map<string, Promise<ViewerBroadcast | null>>();

  constructor(private readonly queries: BroadcastQueries) {}

  /** The just-published broadcast, one statement per event for all its subscribers (kept 10 s). */
  published(broadcastId: string): Promise<ViewerBroadcast | null> {
    let row = this.rows.get(broadcastId);
    if (!row) {
      row = this.queries.publishedById(broadcastId);
      this.rows.set(broadcastId, row);
      setTimeout(() => this.rows.delete(broadcastId), 10_000).unref();
    }
    return row;
  }

  targets(broadcastId: string, userId: string): Promise<boolean> {
    let batch = this.pending.get(broadcastId);
    if (!batch) {
      const users = new Set<string>();
      const result = new Promise<Set<string>>((resolve, reject) => {
        setImmediate(() => {
          this.pending.delete(broadcastId);
          this.queries.targetedAmong(broadcastId, [...users]).then((ids) => resolve(new Set(ids)), reject);
        });
      });
      batch = { users, result };
      this.pending.set(broadcastId, batch);
    }
    batch.users.add(userId);
    return batch.result.then((hit) => hit.has(userId));
  }
}
