/**
 * SEAM — CME credits from the training ledger (libs/live, built in parallel).
 *
 * The figures add a member's training-ledger credits earned inside the licence period to the
 * imported "giờ CME" column. Until libs/live exports its own SQL fragment (e.g.
 * `TrainingSql.cmeHoursSince(userIdExpr, sinceExpr)`), this returns the constant 0: members on
 * the platform count only what a roster imported for them, i.e. usually nothing, so
 * `cmeBehind` over-counts members until the ledger lands. Replace the body with the live
 * lib's fragment; nothing else has to change.
 *
 * @param userIdExpr SQL expression: the member's user id (NULL for roster-only staff)
 * @param sinceExpr  SQL expression (date): start of the current licence period
 * @returns SQL numeric expression: hours credited since `sinceExpr`
 */
export function trainingLedgerCreditsSql(userIdExpr: string, sinceExpr: string): string {
  void userIdExpr;
  void sinceExpr;
  return '0::numeric';
}
