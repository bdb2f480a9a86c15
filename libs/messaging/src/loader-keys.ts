/** Loader keys `${userId}:${id}` grouped by user (one statement per user). */
export function byUser(keys: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of keys) {
    const [userId, id] = key.split(':');
    out.set(userId, [...(out.get(userId) ?? []), id]);
  }
  return out;
}

/** A loader's answer: for each key, the row whose `keyOf` is that key, or null. */
export function inKeyOrder<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): (T | null)[] {
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
}
