import type { PostAccess } from './post-access';

/**
 * SQL predicate for other features: the post whose id is the SQL expression `postIdExpr`
 * exists and is visible (PostAccess.visibleSql, without moderator rights) to the reader
 * whose id is the SQL expression `readerIdExpr`.
 */
export const visiblePostSql = (access: PostAccess, postIdExpr: string, readerIdExpr: string): string =>
  `EXISTS (SELECT 1 FROM posts _pv_p WHERE _pv_p.id = ${postIdExpr} AND ${access.visibleSql('_pv_p', readerIdExpr, false)})`;
