import type { Logger } from 'pino';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import {
  AppConfig,
  Jobs,
  LocalObjectStorage,
  ObjectStorage,
  S3ObjectStorage,
  createDataSource,
  createPubSub,
  ensureDatabase,
  persistedSecret,
  startEmbeddedPostgres,
} from '@ketnoi/platform';
import type { PubSubEngine } from 'graphql-subscriptions';
import { join } from 'node:path';
import { ENTITIES } from './entities';
import { MIGRATIONS } from '../../../migrations';

/** The runtime parts the app is composed over; created before Nest, closed after it. */
export interface Runtime {
  config: AppConfig;
  logger: Logger;
  dataSource: DataSource;
  databaseUrl: string;
  storage: ObjectStorage;
  pubsub: PubSubEngine;
  jobs: Jobs;
  redis?: Redis;
  close(): Promise<void>;
}

export interface DatabaseHandle {
  url: string;
  stop(): Promise<void>;
}

/** DATABASE_URL if set, else embedded PostgreSQL under DATA_DIR/postgres. */
export async function openDatabase(config: AppConfig, logger: Logger): Promise<DatabaseHandle> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  const started = Date.now();
  const pg = await startEmbeddedPostgres(join(config.dataDir, 'postgres'), { log: (m) => logger.debug({ component: 'postgres' }, m) });
  await ensureDatabase(pg.adminUrl, 'ketnoi');
  logger.info({ component: 'postgres', ms: Date.now() - started }, 'embedded PostgreSQL started');
  return { url: pg.urlFor('ketnoi'), stop: () => pg.stop() };
}

export async function createRuntime(config: AppConfig, logger: Logger, databaseUrl: string): Promise<Runtime> {
  const dataSource = createDataSource({ url: databaseUrl, entities: ENTITIES, migrations: MIGRATIONS });
  await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');

  const storage: ObjectStorage = config.s3
    ? new S3ObjectStorage(config.s3)
    : new LocalObjectStorage(join(config.dataDir, 'objects'), persistedSecret(config.dataDir, 'storage-secret'), config.publicUrl ?? '');
  await storage.ensureReady();

  const { pubsub, close: closePubSub } = createPubSub(config.redisUrl);
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : undefined;
  const jobs = new Jobs(databaseUrl);
  await jobs.boot();

  return {
    config,
    logger,
    dataSource,
    databaseUrl,
    storage,
    pubsub,
    jobs,
    redis,
    async close() {
      await jobs.stop().catch(() => undefined);
      await closePubSub();
      redis?.disconnect();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
