import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import Redis from 'ioredis';
import { rateLimited } from '@ketnoi/platform';

export interface ThrottleRule {
  prefix: string;
  points: number;
  durationSeconds: number;
  blockSeconds: number;
}

/** Failed-login counters: in memory in the embedded default, in Redis across copies. */
export class Throttle {
  private readonly limiter: RateLimiterAbstract;

  constructor(rule: ThrottleRule, redis?: Redis) {
    const opts = { keyPrefix: rule.prefix, points: rule.points, duration: rule.durationSeconds, blockDuration: rule.blockSeconds };
    this.limiter = redis ? new RateLimiterRedis({ ...opts, storeClient: redis }) : new RateLimiterMemory(opts);
  }

  /** Throws RATE_LIMITED if `key` has used up its attempts. */
  async assertAllowed(key: string): Promise<void> {
    const res = await this.limiter.get(key);
    if (res && res.remainingPoints <= 0) throw rateLimited(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
  }

  async fail(key: string): Promise<void> {
    try {
      await this.limiter.consume(key);
    } catch (e) {
      if (e instanceof RateLimiterRes) return; // now blocked; the next attempt is refused
      throw e;
    }
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}
