import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { EntityColumns, SqlParams, defineLoader, hasRole, isUuid, notFound, type RequestLoaders, type Viewer } from '@ketnoi/platform';
import { AttachmentEntity, UploadsService } from '@ketnoi/platform/storage/uploads';
import { USERS_ROW_SOURCE, UserEntity, UsersService, followsSql } from '@ketnoi/identity';
import { GROUPS_ROW_SOURCE, GroupAccess, GroupEntity, GroupsService } from '@ketnoi/groups';
import { PostEntity } from './entities';
import { parseHashtags } from './text';

/**
 * A post as the API returns it: the row, the viewer's own state (read in the same
 * statement) and the fields derived from the row, all plain properties (no resolver
 * call per field).
 */
export interface PostRow extends PostEntity {
  author: UserEntity;
  /** The author's avatar attachment, read with the post (primes the attachments loader). */
  avatar?: AttachmentEntity | null;
  /** READY attachments in display order. */
  attachments: AttachmentEntity[];
  group?: GroupEntity;
  /**
   * The shared original (GraphQL `sharedPost`), read with the post: null when there is
   * none or the reader may not see it. Originals are never shares themselves (sharing a
   * share shares its original), so one level is all there is.
   */
  original?: PostRow | null;
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

interface PageDecoder {
  post: (row: unknown[]) => PostRow | null;
  shared: (row: unknown[]) => PostRow | null;
  sortAt: number;
  sortId: number;
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
  private readonly attachmentCols: EntityColumns<AttachmentEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly groupAccess: GroupAccess,
    private readonly users: UsersService,
    private readonly groups: GroupsService,
    private readonly uploads: UploadsService,
  ) {
    this.postCols = new EntityColumns(dataSource, PostEntity);
    this.userCols = new EntityColumns(dataSource, UserEntity);
    this.groupCols = new EntityColumns(dataSource, GroupEntity);
    this.attachmentCols = new EntityColumns(dataSource, AttachmentEntity);
  }

  /**
   * SQL subquery for search: the posts visible to the reader `v` as `id, created_at`
   * (join post_search or post_hashtags to it).
   */
  visiblePostsSql(v: string, moderator: boolean): string {
    return `SELECT _pa_p.id, _pa_p.created_at FROM posts _pa_p WHERE ${this.visibleSql('_pa_p', v, moderator)}`;
  }

  /**
   * SQL subquery for search: the hashtags of the posts visible to the reader `v`, one row
   * per post and tag, as `tag, created_at` (the post's).
   */
  visibleHashtagsSql(v: string, moderator: boolean): string {
    return `SELECT _pa_h.tag, _pa_h.created_at FROM post_hashtags _pa_h JOIN posts _pa_p ON _pa_p.id = _pa_h.post_id
      WHERE ${this.visibleSql('_pa_p', v, moderator)}`;
  }

  /** SQL: the post aliased `p` is visible to the reader whose id is the SQL expression `v`. */
  visibleSql(p: string, v: string, moderator: boolean): string {
    return `(${p}.deleted_at IS NULL
      AND (${p}.hidden_at IS NULL OR ${p}.author_id = ${v}${moderator ? ' OR TRUE' : ''})
      AND (${p}.author_id = ${v}
        OR ${p}.visibility = 'ALL_VERIFIED'
        OR (${p}.visibility = 'FOLLOWERS' AND ${followsSql(v, `${p}.author_id`)})
        OR (${p}.visibility = 'GROUP' AND ${this.groupAccess.canViewSql(`${p}.group_id`, v)})))`;
  }

  /**
   * The page statement: posts selected by `source`, each with its author (and avatar),
   * group, attachments, the viewer's reaction and bookmark, and its shared original (only
   * if visible to the reader) with the same — one statement, so a page costs the same
   * number of statements whatever its size.
   */
  pageStatement(reader: Reader, source: PageSource): PageStatement {
    const q = new SqlParams();
    const v = q.add(reader.id);
    const src = source(q, v);
    // The viewer's reaction and bookmark are scalar subqueries (primary-key lookups),
    // not joins: fewer relations keeps planning this statement cheap.
    // So are the post's READY attachments (in display order) and the author's avatar, as
    // JSON: the page then needs no attachments statement of its own.
    const mine = (
      post: string,
      author: string,
    ) => `(SELECT r.kind FROM post_reactions r WHERE r.post_id = ${post}.id AND r.user_id = ${v}) AS ${post}_viewer_reaction,
        EXISTS (SELECT 1 FROM saved_posts sv WHERE sv.post_id = ${post}.id AND sv.user_id = ${v}) AS ${post}_viewer_saved,
        (SELECT json_agg(row_to_json(a) ORDER BY array_position(${post}.attachment_ids, a.id)) FROM attachments a
          WHERE a.id = ANY(${post}.attachment_ids) AND a.status = 'READY') AS ${post}_attachments,
        (SELECT row_to_json(a) FROM attachments a WHERE a.id = ${author}.avatar_attachment_id) AS ${author}_avatar`;
    const text = `SELECT page.sort_at AS page_sort_at, page.sort_id AS page_sort_id,
        ${this.postCols.select('p', 'p_')}, ${this.userCols.select('u', 'u_')}, ${this.groupCols.select('g', 'g_')}, ${mine('p', 'u')},
        ${this.postCols.select('s', 's_')}, ${this.userCols.select('su', 'su_')}, ${this.groupCols.select('sg', 'sg_')}, ${mine('s', 'su')}
      FROM (${src}) page
      JOIN posts p ON p.id = page.id
      JOIN ${USERS_ROW_SOURCE} u ON u.id = p.author_id
      LEFT JOIN ${GROUPS_ROW_SOURCE} g ON g.id = p.group_id
      LEFT JOIN posts s ON s.id = p.shared_post_id AND ${this.visibleSql('s', v, reader.moderator)}
      LEFT JOIN ${USERS_ROW_SOURCE} su ON su.id = s.author_id
      LEFT JOIN ${GROUPS_ROW_SOURCE} sg ON sg.id = s.group_id
      ORDER BY page.sort_at DESC, page.sort_id DESC`;
    return { text, values: q.values, name: `posts_${createHash('sha1').update(text).digest('hex').slice(0, 20)}` };
  }

  /**
   * Runs a page statement and primes the request's loaders with what it read (authors,
   * groups, shared originals), so field resolvers need no further statements for them.
   */
  async page(reader: Reader, source: PageSource, loaders?: RequestLoaders): Promise<PagedPost[]> {
    const statement = this.pageStatement(reader, source);
    // node-postgres directly: TypeORM's query() cannot run named prepared statements, and
    // array rows spare building a 130-key object per row that would be copied anyway.
    const result: { rows: unknown[][]; fields: { name: string }[] } = await (this.dataSource.driver as PostgresDriver).master.query({
      ...statement,
      rowMode: 'array',
    });
    const read = this.decoder(
      statement.name,
      result.fields.map((f) => f.name),
    );
    return result.rows.map((r) => {
      const post = read.post(r)!;
      if (post.sharedPostId) post.original = read.shared(r);
      if (loaders) {
        this.prime(loaders, post);
        if (post.sharedPostId) {
          if (post.original) this.prime(loaders, post.original);
          loaders.get(this.visiblePost).prime(readerKey(reader, post.sharedPostId), post.original ?? null);
        }
        loaders.get(this.visiblePost).prime(readerKey(reader, post.id), post);
      }
      return { post, sortAt: r[read.sortAt] as Date, sortId: r[read.sortId] as string };
    });
  }

  /** Row readers of one page statement, built once per statement. */
  private readonly decoders = new Map<string, PageDecoder>();

  private decoder(name: string, fields: string[]): PageDecoder {
    let d = this.decoders.get(name);
    if (!d) {
      const postReader = (prefix: 'p_' | 's_', users: 'u_' | 'su_', groups: string) => {
        const post = this.postCols.reader(fields, prefix);
        const author = this.userCols.reader(fields, users);
        const group = this.groupCols.reader(fields, groups);
        const reaction = fields.indexOf(`${prefix}viewer_reaction`);
        const saved = fields.indexOf(`${prefix}viewer_saved`);
        const attachments = fields.indexOf(`${prefix}attachments`);
        const avatar = fields.indexOf(`${users}avatar`);
        return (r: unknown[]): PostRow | null => {
          const row = post(r) as PostRow | null;
          if (!row) return null;
          row.author = author(r)!;
          row.avatar = this.attachmentCols.fromJson(r[avatar] as Record<string, unknown> | null);
          row.attachments = ((r[attachments] as Record<string, unknown>[] | null) ?? []).map((a) => this.attachmentCols.fromJson(a)!);
          row.group = group(r) ?? undefined;
          row.viewerReaction = (r[reaction] as string | null) ?? null;
          row.viewerSaved = r[saved] as boolean;
          row.hashtags = parseHashtags(row.body).map((h) => h.display);
          row.hidden = row.hiddenAt !== null;
          row.pinned = row.pinnedAt !== null;
          return row;
        };
      };
      d = {
        post: postReader('p_', 'u_', 'g_'),
        shared: postReader('s_', 'su_', 'sg_'),
        sortAt: fields.indexOf('page_sort_at'),
        sortId: fields.indexOf('page_sort_id'),
      };
      this.decoders.set(name, d);
    }
    return d;
  }

  private prime(loaders: RequestLoaders, post: PostRow): void {
    loaders.get(this.users.userById).prime(post.author.id, post.author);
    if (post.author.avatarAttachmentId) loaders.get(this.uploads.attachmentById).prime(post.author.avatarAttachmentId, post.avatar ?? null);
    if (post.group) loaders.get(this.groups.groupById).prime(post.group.id, post.group);
  }

  /** Keys: `${readerId}:${moderator ? 1 : 0}:${postId}` (see `readerKey`); null when not visible. */
  readonly visiblePost = defineLoader<string, PostRow | null>('visiblePost', (keys) =>
    this.loadByKeys(
      keys,
      (reader, ids) => (q, v) => `SELECT p.id, p.created_at AS sort_at, p.id AS sort_id FROM posts p
        WHERE p.id = ANY(${q.add(ids)}::uuid[]) AND ${this.visibleSql('p', v, reader.moderator)}`,
    ),
  );

  /** Batches `readerKey`-shaped keys into one page statement per reader. */
  private async loadByKeys(keys: readonly string[], source: (reader: Reader, ids: string[]) => PageSource): Promise<(PostRow | null)[]> {
    const found = new Map<string, PostRow>();
    for (const { reader, ids } of byReader(keys)) {
      for (const r of await this.page(reader, source(reader, ids))) found.set(readerKey(reader, r.post.id), r.post);
    }
    return keys.map((k) => found.get(k) ?? null);
  }

  /**
   * Any live post by id, whatever its visibility (hidden ones included): for platform
   * moderators working reports only. Keys as `visiblePost`.
   */
  readonly moderatedPost = defineLoader<string, PostRow | null>('moderatedPost', (keys) =>
    this.loadByKeys(
      keys,
      (reader, ids) => (q) => `SELECT p.id, p.created_at AS sort_at, p.id AS sort_id FROM posts p
        WHERE p.id = ANY(${q.add(ids)}::uuid[]) AND p.deleted_at IS NULL`,
    ),
  );

  /** The post if the viewer may see it, else null; batched per request. */
  load(viewer: Viewer, postId: string, loaders: RequestLoaders): Promise<PostRow | null> {
    return loaders.get(this.visiblePost).load(readerKey(readerOf(viewer), postId));
  }

  /** The post (plain row, no viewer state) if visible to the reader, else NOT_FOUND. */
  async requireVisible(viewer: Viewer | Reader, postId: string): Promise<PostEntity> {
    const reader = 'sessionId' in viewer ? readerOf(viewer) : viewer;
    const rows: Record<string, unknown>[] = isUuid(postId)
      ? await this.dataSource.query(
          `SELECT ${this.postCols.select('p', 'p_')} FROM posts p WHERE p.id = $1 AND ${this.visibleSql('p', '$2::uuid', reader.moderator)}`,
          [postId, reader.id],
        )
      : [];
    const post = rows.length ? this.postCols.hydrate(rows[0], 'p_') : null;
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

/** A per-reader loader key: `${readerId}:${moderator ? 1 : 0}:${id}`. */
export const readerKey = (reader: Reader, id: string) => `${reader.id}:${reader.moderator ? 1 : 0}:${id}`;

/** `readerKey` keys grouped by reader (one statement per reader); malformed ids are dropped. */
export function byReader(keys: readonly string[]): { reader: Reader; ids: string[] }[] {
  const groups = new Map<string, { reader: Reader; ids: string[] }>();
  for (const key of keys) {
    const [id, mod, target] = key.split(':');
    const entry = groups.get(`${id}:${mod}`) ?? { reader: { id, moderator: mod === '1' }, ids: [] };
    if (isUuid(target)) entry.ids.push(target);
    groups.set(`${id}:${mod}`, entry);
  }
  return [...groups.values()].filter((g) => g.ids.length);
}
