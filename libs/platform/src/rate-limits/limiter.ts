import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type Redis from 'ioredis';

export interface WindowRule {
  /** Key prefix in the store; unique per counter. */
  prefix: string;
  points: number;
  durationSeconds: number;
  /** Once used up, refuse for this long (default: until the window ends). */
  blockSeconds?: number;
}

/**
 * An atomic counter: Redis when REDIS_URL is set (shared by every API copy), in-process
 * memory otherwise. If Redis is unreachable, a per-process counter with the same rule
 * takes over, so an outage degrades to per-copy limits rather than no limits or errors.
 */
export function createLimiter(rule: WindowRule, redis?: Redis): RateLimiterAbstract {
  const opts = { keyPrefix: rule.prefix, points: rule.points, duration: rule.durationSeconds, blockDuration: rule.blockSeconds ?? 0 };
  if (!redis) return new RateLimiterMemory(opts);
  return new RateLimiterRedis({ ...opts, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(opts) });
}

/** Whole seconds until `res` allows again, at least 1. */
export const retryAfterSeconds = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/** Consumes one point; resolves null when allowed, or the seconds to wait when refused. */
export async function consumeOne(limiter: RateLimiterAbstract, key: string): Promise<number | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (e) {
    if (e instanceof RateLimiterRes) return retryAfterSeconds(e);
    throw e;
  }
}
