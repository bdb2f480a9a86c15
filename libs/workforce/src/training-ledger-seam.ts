import { TrainingSql } from '@ketnoi/live';

/**
 * CME credits from the training ledger (libs/live), added to the imported "giờ CME" column:
 * the hours a member earned in live sessions since the start of the current licence period.
 *
 * @param userIdExpr SQL expression: the member's user id (NULL for roster-only staff: 0 hours)
 * @param sinceExpr  SQL expression (date): start of the current licence period
 * @returns SQL numeric expression: hours credited since `sinceExpr`
 */
export function trainingLedgerCreditsSql(userIdExpr: string, sinceExpr: string): string {
  return TrainingSql.cmeHoursSince(userIdExpr, sinceExpr);
}
