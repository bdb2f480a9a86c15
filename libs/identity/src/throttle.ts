import type Redis from 'ioredis';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { WindowRule, consumeOne, createLimiter, rateLimited } from '@ketnoi/platform';

/**
 * Attempt counters for credential checks. An attempt is taken (atomically) before the
 * check runs, so concurrent requests cannot get more checks than the rule allows; a
 * success gives it back (`refund`) or forgives the key (`clear`).
 */
export class Throttle {
  private readonly limiter: RateLimiterAbstract;

  constructor(rule: WindowRule, redis?: Redis) {
    this.limiter = createLimiter(rule, redis);
  }

  /** Takes one attempt for `key`, or throws RATE_LIMITED with retryAfterSeconds. */
  async take(key: string): Promise<void> {
    const wait = await consumeOne(this.limiter, key);
    if (wait !== null) throw rateLimited(wait);
  }

  async refund(key: string): Promise<void> {
    await this.limiter.reward(key, 1);
  }

  async clear(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}
