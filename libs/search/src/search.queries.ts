import type { EntityManager } from 'typeorm';
import { likeEscape } from '@ketnoi/platform';
import { SEARCH_KINDS, type SearchKind } from './types';

export interface SearchRow {
  kind: SearchKind;
  key: string;
  ts: Date;
  bucket: number;
  post_count: number | null;
}

/**
 * What each kind searches, as subqueries the owning features export (each already limited
 * to what the reader `$1` may see): `id, created_at, search_text` for people and groups,
 * `id, created_at` of posts (joined to post_search), `tag, created_at` of hashtags.
 */
export interface SearchSources {
  users: string;
  groups: string;
  posts: string;
  hashtags: string;
}

export interface SearchQuery {
  viewerId: string;
  /** Folded, without a leading "#". */
  text: string;
  /** Folded words (at most a few). */
  words: string[];
  kinds: ReadonlySet<SearchKind>;
  after: readonly [number, Date, string, string] | null;
  limit: number;
}

/**
 * Ranked: exact (0) > prefix of the text or of a word (1) > all words contained (2) >
 * fuzzy (3); then newest first. Each kind is its own branch with its own LIMIT; the
 * branches are merged and limited again. Keyset over (bucket, time, kind, key).
 */
export async function searchPage(m: EntityManager, sources: SearchSources, s: SearchQuery): Promise<SearchRow[]> {
  const params: unknown[] = [s.viewerId, s.text, `${likeEscape(s.text)}%`, `% ${likeEscape(s.text)}%`];
  const wordParams = s.words.map((w) => {
    params.push(`%${likeEscape(w)}%`);
    return `$${params.length}`;
  });
  const allWords = (col: string) => wordParams.map((p) => `${col} LIKE ${p}`).join(' AND ');
  const match = (col: string) => `((${allWords(col)}) OR ${col} % $2 OR $2 <% ${col})`;
  const bucket = (col: string) => `CASE WHEN ${col} = $2 THEN 0 WHEN ${col} LIKE $3 OR ${col} LIKE $4 THEN 1 WHEN ${allWords(col)} THEN 2 ELSE 3 END`;

  let page = '';
  if (s.after) {
    params.push(...s.after);
    const [b, t, k, key] = [params.length - 3, params.length - 2, params.length - 1, params.length].map((i) => `$${i}`);
    page = `WHERE (x.bucket > ${b} OR (x.bucket = ${b} AND (x.ts < ${t}::timestamptz OR (x.ts = ${t}::timestamptz AND (x.kind > ${k} OR (x.kind = ${k} AND x.key > ${key}))))))`;
  }
  params.push(s.limit);
  const limit = `$${params.length}`;
  const branch = (sql: string) => `(SELECT * FROM (${sql}) x ${page} ORDER BY x.bucket, x.ts DESC, x.kind, x.key LIMIT ${limit})`;

  const branches: Record<SearchKind, string> = {
    USER: `SELECT 'USER'::text AS kind, u.id::text AS key, u.created_at AS ts, ${bucket('u.search_text')} AS bucket, NULL::int AS post_count
             FROM (${sources.users}) u WHERE ${match('u.search_text')}`,
    GROUP: `SELECT 'GROUP'::text AS kind, g.id::text AS key, g.created_at AS ts, ${bucket('g.search_text')} AS bucket, NULL::int AS post_count
              FROM (${sources.groups}) g WHERE ${match('g.search_text')}`,
    POST: `SELECT 'POST'::text AS kind, p.id::text AS key, p.created_at AS ts, ${bucket('ps.search_text')} AS bucket, NULL::int AS post_count
             FROM post_search ps JOIN (${sources.posts}) p ON p.id = ps.post_id
            WHERE ${match('ps.search_text')}`,
    HASHTAG: `SELECT 'HASHTAG'::text AS kind, h.tag AS key, max(h.created_at) AS ts, CASE WHEN h.tag = replace($2, ' ', '') THEN 0 ELSE 1 END AS bucket, count(*)::int AS post_count
                FROM (${sources.hashtags}) h
               WHERE h.tag LIKE replace($3, ' ', '')
               GROUP BY h.tag`,
  };
  const sql = `
    SELECT * FROM (
      ${SEARCH_KINDS.filter((k) => s.kinds.has(k))
        .map((k) => branch(branches[k]))
        .join('\n      UNION ALL\n      ')}
    ) r ORDER BY r.bucket, r.ts DESC, r.kind, r.key LIMIT ${limit}`;
  return m.query(sql, params);
}
