import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Viewer, badInput, decodeCursor, hasRole, likeEscape, pageSize, toConnection, type Connection, type RequestLoaders } from '@ketnoi/platform';
import { foldVietnamese } from '@ketnoi/reference';
import { UsersService } from '@ketnoi/identity';
import { GroupAccess, GroupsService } from '@ketnoi/groups';
import { PostAccess } from '@ketnoi/social';
import { SEARCH_KIND, SEARCH_KINDS, SearchHit, SearchKind } from './types';

interface Row {
  kind: SearchKind;
  key: string;
  ts: Date;
  bucket: number;
  post_count: number | null;
}

const MAX_QUERY = 100;
const MAX_WORDS = 6;

/**
 * One search over posts, people, groups and hashtags, accent-insensitive (folded text,
 * đ → d) and typo-tolerant (pg_trgm), visibility applied in SQL before LIMIT.
 * Ranked: exact (0) > prefix of the text or of a word (1) > all words contained (2) >
 * fuzzy (3); then newest first. Keyset cursor over (rank, time, kind, key).
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly posts: PostAccess,
    private readonly groupAccess: GroupAccess,
    private readonly groups: GroupsService,
    private readonly users: UsersService,
  ) {}

  async search(
    viewer: Viewer,
    query: string,
    first: number | null | undefined,
    after: string | null | undefined,
    loaders: RequestLoaders,
    types?: readonly SearchKind[] | null,
  ): Promise<Connection<SearchHit>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['int', 'time', 'text', 'text']);
    const q = foldVietnamese(query).replace(/^#/, '');
    if (!q) throw badInput('query', 'Hãy nhập từ khóa tìm kiếm.');
    if (q.length > MAX_QUERY) throw badInput('query', `Từ khóa tìm kiếm quá dài (tối đa ${MAX_QUERY} ký tự).`);
    const words = q.split(' ').filter(Boolean).slice(0, MAX_WORDS);
    if (types && types.length === 0) throw badInput('types', 'Hãy chọn ít nhất một loại kết quả.');
    const wanted = new Set<SearchKind>(types ?? SEARCH_KINDS);

    const params: unknown[] = [viewer.id, q, `${likeEscape(q)}%`, `% ${likeEscape(q)}%`];
    const wordParams = words.map((w) => {
      params.push(`%${likeEscape(w)}%`);
      return `$${params.length}`;
    });
    const allWords = (col: string) => wordParams.map((p) => `${col} LIKE ${p}`).join(' AND ');
    const match = (col: string) => `((${allWords(col)}) OR ${col} % $2 OR $2 <% ${col})`;
    const bucket = (col: string) =>
      `CASE WHEN ${col} = $2 THEN 0 WHEN ${col} LIKE $3 OR ${col} LIKE $4 THEN 1 WHEN ${allWords(col)} THEN 2 ELSE 3 END`;

    let page = '';
    if (cursor) {
      params.push(cursor[0], cursor[1], cursor[2], cursor[3]);
      const [b, t, k, key] = [params.length - 3, params.length - 2, params.length - 1, params.length].map((i) => `$${i}`);
      page = `WHERE (x.bucket > ${b} OR (x.bucket = ${b} AND (x.ts < ${t}::timestamptz OR (x.ts = ${t}::timestamptz AND (x.kind > ${k} OR (x.kind = ${k} AND x.key > ${key}))))))`;
    }
    params.push(size + 1);
    const limit = `$${params.length}`;
    const branch = (sql: string) => `(SELECT * FROM (${sql}) x ${page} ORDER BY x.bucket, x.ts DESC, x.kind, x.key LIMIT ${limit})`;
    const moderator = hasRole(viewer, 'PLATFORM_ADMIN');

    const branches: Record<SearchKind, string> = {
      USER: `SELECT 'USER'::text AS kind, u.id::text AS key, u.created_at AS ts, ${bucket('u.search_text')} AS bucket, NULL::int AS post_count
               FROM users u WHERE u.verification_status = 'VERIFIED' AND ${match('u.search_text')}`,
      GROUP: `SELECT 'GROUP'::text AS kind, g.id::text AS key, g.created_at AS ts, ${bucket('g.search_text')} AS bucket, NULL::int AS post_count
                FROM groups g WHERE ${this.groupAccess.listedSql('g', '$1')} AND ${match('g.search_text')}`,
      POST: `SELECT 'POST'::text AS kind, p.id::text AS key, p.created_at AS ts, ${bucket('ps.search_text')} AS bucket, NULL::int AS post_count
               FROM post_search ps JOIN posts p ON p.id = ps.post_id
              WHERE ${this.posts.visibleSql('p', '$1', moderator)} AND ${match('ps.search_text')}`,
      HASHTAG: `SELECT 'HASHTAG'::text AS kind, h.tag AS key, max(h.created_at) AS ts, CASE WHEN h.tag = replace($2, ' ', '') THEN 0 ELSE 1 END AS bucket, count(*)::int AS post_count
                  FROM post_hashtags h JOIN posts p ON p.id = h.post_id
                 WHERE h.tag LIKE replace($3, ' ', '') AND ${this.posts.visibleSql('p', '$1', moderator)}
                 GROUP BY h.tag`,
    };
    const sql = `
      SELECT * FROM (
        ${SEARCH_KINDS.filter((k) => wanted.has(k))
          .map((k) => branch(branches[k]))
          .join('\n        UNION ALL\n        ')}
      ) r ORDER BY r.bucket, r.ts DESC, r.kind, r.key LIMIT ${limit}`;
    const rows: Row[] = await this.dataSource.query(sql, params);
    const hits = await this.hydrate(viewer, rows.slice(0, size + 1), loaders);
    return toConnection(hits, size, (h) => h.cursor as never);
  }

  /** Loads every hit through the request's loaders at once (batched: statements do not grow with the page). */
  private async hydrate(viewer: Viewer, rows: Row[], loaders: RequestLoaders): Promise<(SearchHit & { cursor: unknown })[]> {
    const nodes = await Promise.all(
      rows.map((r): Promise<object | null> => {
        if (r.kind === 'USER') return loaders.get(this.users.userById).load(r.key);
        if (r.kind === 'GROUP') return loaders.get(this.groups.groupById).load(r.key);
        if (r.kind === 'POST') return this.posts.load(viewer, r.key, loaders);
        return Promise.resolve({ tag: r.key, postCount: r.post_count ?? 0 });
      }),
    );
    return rows.flatMap((r, i) => {
      const node = nodes[i];
      if (!node) return [];
      const hit = Object.assign(Object.create(Object.getPrototypeOf(node)), node, { [SEARCH_KIND]: r.kind });
      return [Object.defineProperty(hit, 'cursor', { value: [r.bucket, new Date(r.ts).toISOString(), r.kind, r.key], enumerable: false })];
    });
  }
}
