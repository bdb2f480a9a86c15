/** SQL fragments over the training ledger, for other features (the ledger's table stays this lib's). */
export const TrainingSql = {
  /** Scalar numeric: CME hours credited to the user `userIdExpr` since the date `sinceExpr` (0 without credits). */
  cmeHoursSince: (userIdExpr: string, sinceExpr: string) =>
    `(SELECT coalesce(sum(_tc.hours), 0)::numeric FROM training_credits _tc WHERE _tc.user_id = ${userIdExpr} AND _tc.earned_at >= ${sinceExpr})`,
};
