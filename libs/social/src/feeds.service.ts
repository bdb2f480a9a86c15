import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  cursorAt,
  defineLoader,
  forbidden,
  isUuid,
  pageSize,
  toConnection,
  type Connection,
  type RequestLoaders,
  type SqlParams,
  type Viewer,
} from '@ketnoi/platform';
import { followeeIdsSql, followsSql, specialtyOfSql } from '@ketnoi/identity';
import { GroupAccess } from '@ketnoi/groups';
import { PostAccess, byReader, readerOf, readerKey, type PageSource, type PagedPost, type PostRow, type Reader } from './post-access';

type Cursor = { at: Date; id: string } | null;

/** `AND (alias.created_at, alias.id) < (cursor)`, or nothing on the first page. */
function before(q: SqlParams, after: Cursor, at = 'p.created_at', id = 'p.id'): () => string {
  if (!after) return () => '';
  const a = q.add(after.at);
  const i = q.add(after.id);
  return () => `AND (${at}, ${id}) < (${a}::timestamptz, ${i}::uuid)`;
}

/**
 * The LIMIT of a page, as a literal: the statements run prepared, and a plan that knows
 * its LIMIT can be reused (a generic plan) instead of being planned on every request.
 * Sizes are rounded up to 10, 20 or 50 (the page is cut to size afterwards; one more row
 * tells whether there is a next page), so each connection prepares few distinct statements.
 */
function limit(size: number): string {
  if (!Number.isInteger(size) || size < 1 || size > 50) throw new Error(`page size out of range: ${size}`);
  return String((size <= 10 ? 10 : size <= 20 ? 20 : 50) + 1);
}

/**
 * The newest `n` rows across many lists, each read newest first from an index (the posts
 * of each person followed, of each group joined) — without reading `n` rows from every
 * list. First the newest row of each list (its head); the n-th newest head is a bound:
 * those n lists alone hold n rows at or after it, so the overall newest n are all at or
 * after it. Only lists whose head reaches the bound are then read, down to the bound.
 * With 150 people followed that is ~150 one-row index probes plus ~n rows, instead of up
 * to 150 × n rows to sort.
 *
 * `keys` selects one column (the list keys); `rows(key)` selects `p.id, p.created_at`
 * from `posts p` for one key (its WHERE may be extended with AND).
 */
function topAcross(n: string, keys: string, rows: (key: string) => string): string {
  return `(WITH heads AS MATERIALIZED (
      SELECT k.key, h.created_at FROM (${keys}) AS k(key) CROSS JOIN LATERAL (
        ${rows('k.key')} ORDER BY p.created_at DESC, p.id DESC LIMIT 1) h),
    bound AS (SELECT coalesce((SELECT created_at FROM heads ORDER BY created_at DESC OFFSET ${Number(n) - 1} LIMIT 1), '-infinity') AS at)
    SELECT x.id, x.created_at FROM heads CROSS JOIN bound CROSS JOIN LATERAL (
      ${rows('heads.key')} AND p.created_at >= bound.at ORDER BY p.created_at DESC, p.id DESC LIMIT ${n}) x
    WHERE heads.created_at >= bound.at
    ORDER BY x.created_at DESC, x.id DESC LIMIT ${n})`;
}

function connection(rows: PagedPost[], size: number): Connection<PostRow> {
  const conn = toConnection(rows, size, (r) => [r.sortAt.toISOString(), r.sortId]);
  return { pageInfo: conn.pageInfo, edges: conn.edges.map((e) => ({ cursor: e.cursor, node: e.node.post })) };
}

/**
 * Feeds: newest first on keyset cursors (created_at, id), `first` ≤ 50. Every feed is one
 * page statement (PostAccess.page) around a subquery of ids that uses an index per filter.
 */
@Injectable()
export class FeedsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: PostAccess,
    private readonly groupAccess: GroupAccess,
  ) {}

  /**
   * The home feed's ids: own posts, people followed (ALL_VERIFIED and FOLLOWERS), groups
   * joined, and ALL_VERIFIED posts in the viewer's specialty. Each branch reads its own
   * index with its own LIMIT (people followed and groups joined: per person / group, see
   * `topAcross`), then the branches are merged and limited again; nothing scans the whole
   * posts table, so a page costs about the same at 10 thousand posts and at 1 million. The
   * visibility rule is applied to the merged candidates as well (they satisfy it by
   * construction; this keeps the rule in one place).
   */
  homeSource(reader: Reader, size: number, after: Cursor): PageSource {
    return (q, v) => {
      const n = limit(size);
      const cur = before(q, after);
      return `SELECT c.id, c.created_at AS sort_at, c.id AS sort_id FROM (
          (SELECT p.id, p.created_at FROM posts p
            WHERE p.author_id = ${v} AND p.deleted_at IS NULL ${cur()}
            ORDER BY p.created_at DESC, p.id DESC LIMIT ${n})
          UNION
          ${topAcross(
            n,
            followeeIdsSql(v),
            (author) => `SELECT p.id, p.created_at FROM posts p
               WHERE p.author_id = ${author} AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND p.visibility <> 'GROUP' ${cur()}`,
          )}
          UNION
          ${topAcross(
            n,
            this.groupAccess.memberGroupIdsSql(v),
            (group) => `SELECT p.id, p.created_at FROM posts p
               WHERE p.group_id = ${group} AND p.deleted_at IS NULL AND p.hidden_at IS NULL ${cur()}`,
          )}
          UNION
          (SELECT p.id, p.created_at FROM posts p
            WHERE p.specialty_code = ${specialtyOfSql(v)}
              AND p.visibility = 'ALL_VERIFIED' AND p.deleted_at IS NULL AND p.hidden_at IS NULL ${cur()}
            ORDER BY p.created_at DESC, p.id DESC LIMIT ${n})
        ) c
        JOIN posts vp ON vp.id = c.id AND ${this.access.visibleSql('vp', v, reader.moderator)}
        ORDER BY c.created_at DESC, c.id DESC LIMIT ${n}`;
    };
  }

  /** The home feed's page statement, exactly as `home` runs it (the benchmark runs it raw). */
  homeStatement(viewer: Viewer, first?: number | null, afterCursor?: string | null) {
    const reader = readerOf(viewer);
    return this.access.pageStatement(reader, this.homeSource(reader, pageSize(first), cursorAt(afterCursor)));
  }

  async home(viewer: Viewer, first: number | null | undefined, afterCursor: string | null | undefined, loaders?: RequestLoaders): Promise<Connection<PostRow>> {
    const size = pageSize(first);
    const after = cursorAt(afterCursor);
    const reader = readerOf(viewer);
    return connection(await this.access.page(reader, this.homeSource(reader, size, after), loaders), size);
  }

  /** A profile: the author's posts the viewer may see. */
  byUser(viewer: Viewer, userId: string, first: number | null | undefined, afterCursor: string | null | undefined, loaders?: RequestLoaders) {
    return this.newestWhere('author_id', userId, viewer, first, afterCursor, loaders);
  }

  /** A group's posts: anyone for PUBLIC groups, members for PRIVATE and SECRET ones. */
  async byGroup(viewer: Viewer, groupId: string, first: number | null | undefined, afterCursor: string | null | undefined, loaders?: RequestLoaders) {
    const info = await this.groupAccess.requireVisible(viewer.id, groupId);
    if (!info.canView) throw forbidden('Chỉ thành viên mới xem được bài viết của nhóm này.');
    return this.newestWhere('group_id', groupId, viewer, first, afterCursor, loaders);
  }

  /** The visible posts whose `column` is `id`, newest first (one index per column). */
  private async newestWhere(
    column: 'author_id' | 'group_id',
    id: string,
    viewer: Viewer,
    first: number | null | undefined,
    afterCursor: string | null | undefined,
    loaders?: RequestLoaders,
  ): Promise<Connection<PostRow>> {
    const size = pageSize(first);
    const after = cursorAt(afterCursor);
    if (!isUuid(id)) return connection([], size); // the arguments' types refuse it first
    const reader = readerOf(viewer);
    const rows = await this.access.page(
      reader,
      (q, v) => {
        const cur = before(q, after);
        return `SELECT p.id, p.created_at AS sort_at, p.id AS sort_id FROM posts p
          WHERE p.${column} = ${q.add(id)} AND p.deleted_at IS NULL AND ${this.access.visibleSql('p', v, reader.moderator)} ${cur()}
          ORDER BY p.created_at DESC, p.id DESC LIMIT ${limit(size)}`;
      },
      loaders,
    );
    return connection(rows, size);
  }

  /** Bookmarks, most recently saved first; posts the viewer can no longer see drop out. */
  async saved(viewer: Viewer, first: number | null | undefined, afterCursor: string | null | undefined, loaders?: RequestLoaders) {
    const size = pageSize(first);
    const after = cursorAt(afterCursor);
    const reader = readerOf(viewer);
    const rows = await this.access.page(
      reader,
      (q, v) => {
        const cur = before(q, after, 'sp.created_at', 'sp.post_id');
        return `SELECT sp.post_id AS id, sp.created_at AS sort_at, sp.post_id AS sort_id
          FROM saved_posts sp JOIN posts p ON p.id = sp.post_id
          WHERE sp.user_id = ${v} AND ${this.access.visibleSql('p', v, reader.moderator)} ${cur()}
          ORDER BY sp.created_at DESC, sp.post_id DESC LIMIT ${limit(size)}`;
      },
      loaders,
    );
    return connection(rows, size);
  }

  /** Keys `${readerId}:${moderator}:${groupId}` (readerKey): a group's pinned posts, most recently pinned first. */
  readonly pinnedPosts = defineLoader<string, PostRow[]>('pinnedPosts', async (keys) => {
    const out = new Map<string, PostRow[]>();
    for (const { reader, ids: groupIds } of byReader(keys)) {
      const rows = await this.access.page(
        reader,
        (q, v) => `SELECT p.id, p.pinned_at AS sort_at, p.id AS sort_id FROM posts p
          WHERE p.group_id = ANY(${q.add(groupIds)}::uuid[]) AND p.pinned_at IS NOT NULL AND p.deleted_at IS NULL
            AND ${this.access.visibleSql('p', v, reader.moderator)}`,
      );
      for (const r of rows) {
        const key = readerKey(reader, r.post.groupId!);
        out.set(key, [...(out.get(key) ?? []), r.post]);
      }
    }
    return keys.map((k) => out.get(k) ?? []);
  });

  /**
   * Whether a new post enters the viewer's home feed (the live signal's per-event check):
   * the same branches as `homeSource` (without own posts), as a predicate on one row, and
   * the visibility rule.
   */
  async entersHomeFeed(viewer: Viewer, postId: string): Promise<boolean> {
    const reader = readerOf(viewer);
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM posts p
        WHERE p.id = $2 AND p.author_id <> $1 AND p.hidden_at IS NULL AND ${this.access.visibleSql('p', '$1', reader.moderator)}
          AND ((p.visibility <> 'GROUP' AND ${followsSql('$1', 'p.author_id')})
            OR p.group_id IN (${this.groupAccess.memberGroupIdsSql('$1')})
            OR (p.visibility = 'ALL_VERIFIED' AND p.specialty_code = ${specialtyOfSql('$1')}))`,
      [viewer.id, postId],
    );
    return rows.length > 0;
  }
}
