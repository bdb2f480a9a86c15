import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { defineLoader, hasRole, isUuid, notFound, type RequestLoaders, type Viewer } from '@ketnoi/platform';
import { UserEntity, UsersService } from '@ketnoi/identity';
import { GroupAccess, GroupEntity, GroupsService } from '@ketnoi/groups';
import { PostEntity } from './entities';
import { EntityColumns, SqlParams } from './sql';
import { parseHashtags } from './text';

/**
 * A post as the API returns it: the row, the viewer's own state (read in the same
 * statement) and the fields derived from the row, all plain properties (no resolver
 * call per field).
 */
export interface PostRow extends PostEntity {
  author: UserEntity;
  group?: GroupEntity;
  /** The shared original as read with this post (null: none, or not visible); undefined: not read. */
  sharedPost?: PostRow;
  viewerReaction: string | null;
  viewerSaved: boolean;
  hashtags: string[];
  hidden: boolean;
  pinned: boolean;
}

/** A post with the keys it was ordered by (for cursors). */
export interface PagedPost {
  post: PostRow;
  sortAt: Date;
  sortId: string;
}

/** Who is reading, as the visibility rule needs it. */
export interface Reader {
  id: string;
  /** Platform moderators (PLATFORM_ADMIN) also see hidden posts. */
  moderator: boolean;
}

export const readerOf = (viewer: Viewer): Reader => ({ id: viewer.id, moderator: hasRole(viewer, 'PLATFORM_ADMIN') });

/**
 * Builds the subquery of a page: it must select `id, sort_at, sort_id` (ordered and
 * limited as the page needs). `v` is the placeholder of the reader's id.
 */
export type PageSource = (q: SqlParams, v: string) => string;

/**
 * A page statement for node-postgres. It is run as a named prepared statement (the name
 * is a hash of the text): it is planned once per connection instead of on every request.
 */
export interface PageStatement {
  name: string;
  text: string;
  values: unknown[];
}

export const POST_NOT_FOUND = 'Không tìm thấy bài viết này, hoặc bạn không có quyền xem.';

/**
 * THE visibility rule for posts, and the one way posts are read for the API.
 *
 * A post is visible to a signed-in reader when it is not deleted, not hidden by a
 * moderator (its author and platform moderators still see hidden posts), and
 *  - the reader is its author, or
 *  - ALL_VERIFIED: anyone signed in (pending accounts may read professional content), or
 *  - FOLLOWERS: the reader follows the author, or
 *  - GROUP: the reader may view the group (GroupAccess: PUBLIC, or a member).
 *
 * It is one SQL predicate (`visibleSql`), applied inside every query that returns posts
 * — post by id, feeds, profile and group feeds, saved posts, shared originals, the live
 * feed signal — before LIMIT, so pages are never short and nothing leaks through a
 * secondary path. Comments, reactions, shares, saves and reports check their post with
 * `requireVisible`, which uses the same predicate.
 */
@Injectable()
export class PostAccess {
  private readonly postCols: EntityColumns<PostEntity>;
  private readonly userCols: EntityColumns<UserEntity>;
  private readonly groupCols: EntityColumns<GroupEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly groupAccess: GroupAccess,
    private readonly users: UsersService,
    private readonly groups: GroupsService,
  ) {
    this.postCols = new EntityColumns(dataSource, PostEntity);
    this.userCols = new EntityColumns(dataSource, UserEntity);
    this.groupCols = new EntityColumns(dataSource, GroupEntity);
  }

  /** SQL: the post aliased `p` is visible to the reader whose id is the SQL expression `v`. */
  visibleSql(p: string, v: string, moderator: boolean): string {
    return `(${p}.deleted_at IS NULL
      AND (${p}.hidden_at IS NULL OR ${p}.author_id = ${v}${moderator ? ' OR TRUE' : ''})
      AND (${p}.author_id = ${v}
        OR ${p}.visibility = 'ALL_VERIFIED'
        OR (${p}.visibility = 'FOLLOWERS' AND EXISTS (SELECT 1 FROM follows _pa_f WHERE _pa_f.follower_id = ${v} AND _pa_f.followee_id = ${p}.author_id))
        OR (${p}.visibility = 'GROUP' AND ${this.groupAccess.canViewSql(`${p}.group_id`, v)})))`;
  }

  /**
   * The page statement: posts selected by `source`, each with its author, group, the
   * viewer's reaction and bookmark, and its shared original (only if visible to the
   * reader) with the same — one statement, so a page costs the same number of
   * statements whatever its size.
   */
  pageStatement(reader: Reader, source: PageSource): PageStatement {
    const q = new SqlParams();
    const v = q.add(reader.id);
    const src = source(q, v);
    // The viewer's reaction and bookmark are scalar subqueries (primary-key lookups),
    // not joins: fewer relations keeps planning this statement cheap.
    const mine = (post: string) => `(SELECT r.kind FROM post_reactions r WHERE r.post_id = ${post}.id AND r.user_id = ${v}) AS ${post}_viewer_reaction,
        EXISTS (SELECT 1 FROM saved_posts sv WHERE sv.post_id = ${post}.id AND sv.user_id = ${v}) AS ${post}_viewer_saved`;
    const text = `SELECT page.sort_at AS page_sort_at, page.sort_id AS page_sort_id,
        ${this.postCols.select('p', 'p_')}, ${this.userCols.select('u', 'u_')}, ${this.groupCols.select('g', 'g_')}, ${mine('p')},
        ${this.postCols.select('s', 's_')}, ${this.userCols.select('su', 'su_')}, ${this.groupCols.select('sg', 'sg_')}, ${mine('s')}
      FROM (${src}) page
      JOIN posts p ON p.id = page.id
      JOIN users u ON u.id = p.author_id
      LEFT JOIN groups g ON g.id = p.group_id
      LEFT JOIN posts s ON s.id = p.shared_post_id AND ${this.visibleSql('s', v, reader.moderator)}
      LEFT JOIN users su ON su.id = s.author_id
      LEFT JOIN groups sg ON sg.id = s.group_id
      ORDER BY page.sort_at DESC, page.sort_id DESC`;
    return { text, values: q.values, name: `posts_${createHash('sha1').update(text).digest('hex').slice(0, 20)}` };
  }

  /**
   * Runs a page statement and primes the request's loaders with what it read (authors,
   * groups, shared originals), so field resolvers need no further statements for them.
   */
  async page(reader: Reader, source: PageSource, loaders?: RequestLoaders, manager?: EntityManager): Promise<PagedPost[]> {
    const statement = this.pageStatement(reader, source);
    const raw: Record<string, unknown>[] = manager
      ? await manager.query(statement.text, statement.values)
      : (await (this.dataSource.driver as PostgresDriver).master.query(statement)).rows;
    return raw.map((r) => {
      const post = this.postRow(r, 'p_', 'u_', 'g_')!;
      if (post.sharedPostId) post.sharedPost = this.postRow(r, 's_', 'su_', 'sg_') ?? undefined;
      if (loaders) {
        this.prime(loaders, post);
        if (post.sharedPostId) {
          if (post.sharedPost) this.prime(loaders, post.sharedPost);
          loaders.get(this.visiblePost).prime(visibleKey(reader, post.sharedPostId), post.sharedPost ?? null);
        }
        loaders.get(this.visiblePost).prime(visibleKey(reader, post.id), post);
      }
      return { post, sortAt: r.page_sort_at as Date, sortId: r.page_sort_id as string };
    });
  }

  private postRow(r: Record<string, unknown>, prefix: 'p_' | 's_', userPrefix: string, groupPrefix: string): PostRow | null {
    const post = this.postCols.hydrate(r, prefix) as PostRow | null;
    if (!post) return null;
    post.author = this.userCols.hydrate(r, userPrefix)!;
    post.group = this.groupCols.hydrate(r, groupPrefix) ?? undefined;
    post.viewerReaction = (r[`${prefix}viewer_reaction`] as string | null) ?? null;
    post.viewerSaved = r[`${prefix}viewer_saved`] as boolean;
    post.hashtags = parseHashtags(post.body).map((h) => h.display);
    post.hidden = post.hiddenAt !== null;
    post.pinned = post.pinnedAt !== null;
    return post;
  }

  private prime(loaders: RequestLoaders, post: PostRow): void {
    loaders.get(this.users.userById).prime(post.author.id, post.author);
    if (post.group) loaders.get(this.groups.groupById).prime(post.group.id, post.group);
  }

  /** Keys: `${readerId}:${moderator ? 1 : 0}:${postId}` (see `visibleKey`); null when not visible. */
  readonly visiblePost = defineLoader<string, PostRow | null>('visiblePost', (keys) =>
    this.loadByKeys(keys, (reader, ids) => (q, v) => `SELECT p.id, p.created_at AS sort_at, p.id AS sort_id FROM posts p
        WHERE p.id = ANY(${q.add(ids)}::uuid[]) AND ${this.visibleSql('p', v, reader.moderator)}`),
  );

  /** Batches `visibleKey`-shaped keys into one page statement per reader. */
  private async loadByKeys(keys: readonly string[], source: (reader: Reader, ids: string[]) => PageSource): Promise<(PostRow | null)[]> {
    const byReader = new Map<string, { reader: Reader; ids: string[] }>();
    for (const key of keys) {
      const [id, mod, postId] = key.split(':');
      const entry = byReader.get(`${id}:${mod}`) ?? { reader: { id, moderator: mod === '1' }, ids: [] };
      if (isUuid(postId)) entry.ids.push(postId);
      byReader.set(`${id}:${mod}`, entry);
    }
    const found = new Map<string, PostRow>();
    for (const { reader, ids } of byReader.values()) {
      if (!ids.length) continue;
      for (const r of await this.page(reader, source(reader, ids))) found.set(visibleKey(reader, r.post.id), r.post);
    }
    return keys.map((k) => found.get(k) ?? null);
  }

  /**
   * Any live post by id, whatever its visibility (hidden ones included): for platform
   * moderators working reports only. Keys as `visiblePost`.
   */
  readonly moderatedPost = defineLoader<string, PostRow | null>('moderatedPost', (keys) =>
    this.loadByKeys(keys, (reader, ids) => (q) => `SELECT p.id, p.created_at AS sort_at, p.id AS sort_id FROM posts p
        WHERE p.id = ANY(${q.add(ids)}::uuid[]) AND p.deleted_at IS NULL`),
  );

  /** The post if the viewer may see it, else null; batched per request. */
  load(viewer: Viewer, postId: string, loaders: RequestLoaders): Promise<PostRow | null> {
    return loaders.get(this.visiblePost).load(visibleKey(readerOf(viewer), postId));
  }

  /** The post (plain row, no viewer state) if visible to the reader, else NOT_FOUND. */
  async requireVisible(viewer: Viewer | Reader, postId: string, manager: EntityManager = this.dataSource.manager): Promise<PostEntity> {
    const reader = 'sessionId' in viewer ? readerOf(viewer) : viewer;
    const post = isUuid(postId)
      ? await manager
          .getRepository(PostEntity)
          .createQueryBuilder('p')
          .where(`p.id = :postId AND ${this.visibleSql('p', ':readerId', reader.moderator)}`, { postId, readerId: reader.id })
          .getOne()
      : null;
    if (!post) throw notFound(POST_NOT_FOUND);
    return post;
  }

  /** Post ids among `postIds` that `userId` may see (for other features, e.g. notifications). */
  async visibleTo(userId: string, postIds: string[]): Promise<Set<string>> {
    const ids = postIds.filter(isUuid);
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT p.id FROM posts p WHERE p.id = ANY($2::uuid[]) AND ${this.visibleSql('p', '$1', false)}`,
      [userId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }
}

export const visibleKey = (reader: Reader, postId: string) => `${reader.id}:${reader.moderator ? 1 : 0}:${postId}`;
