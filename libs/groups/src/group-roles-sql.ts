/**
 * SQL subquery (one column, `user_id`): the owners and moderators of the group
 * `groupIdExpr` (a column or a $n placeholder). For features that address a group's
 * moderators without reading `group_members` themselves.
 */
export const groupModeratorIdsSql = (groupIdExpr: string): string =>
  `SELECT _gr_m.user_id FROM group_members _gr_m WHERE _gr_m.group_id = ${groupIdExpr} AND _gr_m.role IN ('OWNER', 'MODERATOR')`;
