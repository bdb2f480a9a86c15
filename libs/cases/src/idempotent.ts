const isUniqueViolation = (e: unknown): boolean => {
  const err = e as { code?: string; driverError?: { code?: string } } | null;
  return err?.code === '23505' || err?.driverError?.code === '23505';
};

/**
 * Idempotent creation: with a clientId, a retry returns what the first call created
 * (also when two calls race: the unique index decides, the loser reads the winner).
 * The clientId's shape is checked by the input type.
 */
export async function idempotent(clientId: string | null | undefined, find: () => Promise<string | null>, run: () => Promise<string>): Promise<string> {
  if (clientId) {
    const existing = await find();
    if (existing) return existing;
  }
  try {
    return await run();
  } catch (e) {
    if (clientId && isUniqueViolation(e)) {
      const existing = await find();
      if (existing) return existing;
    }
    throw e;
  }
}
