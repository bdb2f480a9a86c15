import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { EventEmitter } from 'node:events';

export const PUB_SUB = Symbol('PUB_SUB');

/**
 * In-process pub/sub in the embedded default; Redis pub/sub when REDIS_URL is set, so
 * an event published through one API copy reaches subscribers on every copy.
 */
export function createPubSub(redisUrl?: string): { pubsub: PubSubEngine; close(): Promise<void> } {
  if (!redisUrl) {
    // Every subscriber adds a listener; thousands are expected, not a leak.
    const eventEmitter = new EventEmitter();
    eventEmitter.setMaxListeners(0);
    return { pubsub: new PubSub({ eventEmitter }), close: async () => undefined };
  }
  const options = { maxRetriesPerRequest: null, lazyConnect: false };
  const publisher = new Redis(redisUrl, options);
  const subscriber = new Redis(redisUrl, options);
  return {
    pubsub: new RedisPubSub({ publisher, subscriber }),
    close: async () => {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
export const REDIS = Symbol('REDIS');
