/**
 * SQL subquery (one column, `id`): the verified FACILITY_ADMINs of the facility
 * `facilityIdExpr` (a column or a $n placeholder). For features that address a facility's
 * staff without reading `users` themselves.
 */
export const facilityAdminIdsSql = (facilityIdExpr: string): string =>
  `SELECT _st_u.id FROM users _st_u WHERE _st_u.facility_id = ${facilityIdExpr} AND _st_u.verification_status = 'VERIFIED' AND 'FACILITY_ADMIN' = ANY(_st_u.roles)`;
