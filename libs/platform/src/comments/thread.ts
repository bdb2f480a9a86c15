import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { EntityColumns, SqlParams } from '../database/sql';
import { isUuid } from '../database/ids';
import { defineLoader, type LoaderDefinition } from '../graphql/loaders';
import { cursorAt, pageSize, toConnection, type Connection } from '../graphql/pagination';

/** What every threaded comment row has (posts' comments, a case's discussion). */
export interface ThreadComment extends ObjectLiteral {
  id: string;
  parentId: string | null;
  authorId: string;
  replyCount: number;
  clientId: string | null;
  createdAt: Date;
}

/**
 * Which comments a page holds: the whole discussion of an owner (replies inline), the top
 * level of an owner, or the replies to one comment. Always oldest first.
 */
export type ThreadScope = 'all' | 'top' | 'replies';

/**
 * The reader-dependent part of a page as an SQL predicate over the comment alias `c`
 * (who sees deleted or hidden comments). `reader` is the opaque tag given to `pageKey`;
 * parameters go through `q`.
 */
export type ShownSql = (c: string, q: SqlParams, reader: string) => string;

export interface ThreadOptions<T extends ThreadComment> {
  /** Loader name (per request DataLoader). */
  name: string;
  entity: EntityTarget<T>;
  /** The property naming what the thread is about: `postId`, `caseFileId`. */
  owner: keyof T & string;
  shown?: ShownSql;
}

type PageKey = [reader: string, scope: ThreadScope, size: number, after: string, id: string];

/**
 * One implementation of threaded comments over a comments table: keyset pages (one
 * statement per page size and cursor, a LATERAL per owner or parent, so a list showing
 * the first comments of each item costs one query), the parent's reply counter, and the
 * idempotent insert (the (author_id, client_id) unique index decides a retry).
 * The rules around it (who may comment, what a body may hold, tombstones) stay with the
 * feature.
 */
export class CommentThread<T extends ThreadComment> {
  private readonly cols: EntityColumns<T>;
  private readonly table: string;
  private readonly ownerColumn: string;
  private readonly columnOf: (property: string) => string;
  readonly page: LoaderDefinition<string, Connection<T>>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: ThreadOptions<T>,
  ) {
    const meta = dataSource.getMetadata(options.entity);
    this.cols = new EntityColumns(dataSource, options.entity);
    this.table = meta.tableName;
    this.columnOf = (property) => {
      const column = meta.findColumnWithPropertyName(property);
      if (!column) throw new Error(`${meta.tableName} has no column for ${property}`);
      return column.databaseName;
    };
    this.ownerColumn = this.columnOf(options.owner);
    this.page = defineLoader(options.name, (keys) => this.loadPages(keys));
  }

  /** The `page` key (BAD_USER_INPUT for a bad size or cursor). `reader` is the tag `shown` receives. */
  pageKey(scope: ThreadScope, id: string, first?: number | null, after?: string | null, reader = ''): string {
    const size = pageSize(first);
    cursorAt(after);
    return JSON.stringify([reader, scope, size, after ?? '', id] satisfies PageKey);
  }

  private async loadPages(keys: readonly string[]): Promise<Connection<T>[]> {
    const batches = new Map<string, PageKey[]>();
    for (const key of keys) {
      const k = JSON.parse(key) as PageKey;
      const batch = JSON.stringify(k.slice(0, 4));
      batches.set(batch, [...(batches.get(batch) ?? []), k]);
    }
    const results = new Map<string, Connection<T>>();
    for (const members of batches.values()) {
      const [reader, scope, size, after] = members[0];
      const pages = await this.pagesOf(
        members.map((k) => k[4]),
        scope,
        size,
        after,
        reader,
      );
      for (const k of members) results.set(JSON.stringify(k), pages.get(k[4]) ?? toConnection([], size, () => []));
    }
    return keys.map((k) => results.get(k)!);
  }

  private async pagesOf(ids: string[], scope: ThreadScope, size: number, after: string, reader: string): Promise<Map<string, Connection<T>>> {
    const cursor = cursorAt(after);
    const q = new SqlParams();
    const list = q.add(ids.filter(isUuid));
    const owner = `c.${this.ownerColumn} = k.id`;
    const where = scope === 'replies' ? 'c.parent_id = k.id' : scope === 'top' ? `${owner} AND c.parent_id IS NULL` : owner;
    const shown = this.options.shown ? `AND ${this.options.shown('c', q, reader)}` : '';
    const cur = cursor ? `AND (c.created_at, c.id) > (${q.add(cursor.at)}::timestamptz, ${q.add(cursor.id)}::uuid)` : '';
    const raw: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT k.id AS k_id, ${this.cols.select('c', 'c_')} FROM unnest(${list}::uuid[]) AS k(id) CROSS JOIN LATERAL (
         SELECT * FROM ${this.table} c WHERE ${where} ${shown} ${cur}
          ORDER BY c.created_at, c.id LIMIT ${q.add(size + 1)}) c`,
      q.values,
    );
    const byKey = new Map<string, T[]>();
    for (const r of raw) byKey.set(r.k_id as string, [...(byKey.get(r.k_id as string) ?? []), this.cols.hydrate(r, 'c_')!]);
    return new Map(ids.map((id) => [id, toConnection(byKey.get(id) ?? [], size, (c) => [c.createdAt.toISOString(), c.id])]));
  }

  /** The comment `parentId` if it belongs to `ownerId` (any state; the feature decides which states take replies). */
  async parentIn(m: EntityManager, ownerId: string, parentId: string): Promise<T | null> {
    if (!isUuid(parentId)) return null;
    const parent = await m.getRepository(this.options.entity).findOneBy({ id: parentId } as never);
    return parent && parent[this.options.owner] === ownerId ? parent : null;
  }

  /**
   * Inserts a comment once per (author, clientId): a retry (also a concurrent one) gets the
   * first comment's id and `fresh: false`. Counters are the caller's (see `adjustReplies`),
   * so it can lock its own rows first.
   */
  async insert(m: EntityManager, row: Partial<T> & Pick<T, 'id' | 'authorId'>): Promise<{ id: string; fresh: boolean }> {
    // INSERT … ON CONFLICT DO NOTHING is the one write the repository API cannot express.
    const entries = Object.entries(row).filter(([, v]) => v !== undefined);
    const columns = entries.map(([p]) => `"${this.columnOf(p)}"`).join(', ');
    const values = entries.map((_, i) => `$${i + 1}`).join(', ');
    const inserted: { id: string }[] = await m.query(
      `INSERT INTO ${this.table} (${columns}) VALUES (${values}) ON CONFLICT (author_id, client_id) DO NOTHING RETURNING id`,
      entries.map(([, v]) => v),
    );
    if (inserted.length) return { id: inserted[0].id, fresh: true };
    const first = await m.getRepository(this.options.entity).findOneByOrFail({ authorId: row.authorId, clientId: row.clientId } as never);
    return { id: first.id, fresh: false };
  }

  /** The parent's reply counter, in the transaction that adds or removes a reply. */
  async adjustReplies(m: EntityManager, parentId: string | null, delta: 1 | -1): Promise<void> {
    if (parentId) await m.increment(this.options.entity, { id: parentId } as never, 'replyCount', delta);
  }
}
