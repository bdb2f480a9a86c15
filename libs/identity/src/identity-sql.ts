/**
 * SQL fragments identity exports on purpose, so other features never name its tables.
 * Arguments are SQL expressions (a column or a $n placeholder).
 */

/** SQL predicate: `followerExpr` follows `followeeExpr`. */
export function followsSql(followerExpr: string, followeeExpr: string): string {
  return `EXISTS (SELECT 1 FROM follows _id_f WHERE _id_f.follower_id = ${followerExpr} AND _id_f.followee_id = ${followeeExpr})`;
}

/** SQL predicate: an account with the id `userIdExpr` exists. */
export function userExistsSql(userIdExpr: string): string {
  return `EXISTS (SELECT 1 FROM users _id_u WHERE _id_u.id = ${userIdExpr})`;
}
