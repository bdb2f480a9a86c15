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

/** SQL subquery (one column): ids of the people `followerExpr` follows. */
export function followeeIdsSql(followerExpr: string): string {
  return `SELECT _id_f.followee_id FROM follows _id_f WHERE _id_f.follower_id = ${followerExpr}`;
}

/** SQL subquery (one column, follower_id): ids of the people who follow `followeeExpr`. */
export function followerIdsSql(followeeExpr: string): string {
  return `SELECT _id_f.follower_id FROM follows _id_f WHERE _id_f.followee_id = ${followeeExpr}`;
}

/** SQL scalar subquery: the specialty code of the user `userIdExpr`. */
export function specialtyOfSql(userIdExpr: string): string {
  return `(SELECT _id_u.specialty_code FROM users _id_u WHERE _id_u.id = ${userIdExpr})`;
}

/** SQL subquery: the people anyone signed in may find (verified workers), columns (id, created_at, search_text) — search_text is the folded name. */
export function searchableUsersSql(): string {
  return `SELECT _id_u.id, _id_u.created_at, _id_u.search_text FROM users _id_u WHERE _id_u.verification_status = 'VERIFIED'`;
}

/**
 * The users table as a row source, for one statement that returns users beside another
 * feature's rows (a page of posts with their authors, columns read with EntityColumns):
 * `JOIN ${USERS_ROW_SOURCE} u ON u.id = p.author_id`.
 */
export const USERS_ROW_SOURCE = 'users';

/**
 * SQL subquery (one column, id): verified colleagues of `userIdExpr` — the same facility or
 * the same specialty — the user excluded (for suggestions, e.g. groups colleagues are in).
 */
export function colleagueIdsSql(userIdExpr: string): string {
  return `SELECT _id_c.id FROM users _id_c JOIN users _id_me ON _id_me.id = ${userIdExpr}
     WHERE _id_c.id <> _id_me.id AND _id_c.verification_status = 'VERIFIED'
       AND (_id_c.facility_id = _id_me.facility_id OR _id_c.specialty_code = _id_me.specialty_code)`;
}
