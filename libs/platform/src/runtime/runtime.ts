import type { Logger } from 'pino';
import Redis from 'ioredis';
import type { PubSubEngine } from 'graphql-subscriptions';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig, persistedSecret } from '../config/config';
import { createDataSource, DataSourceParts } from '../database/data-source';
import { Jobs } from '../jobs/jobs';
import { createPubSub } from '../pubsub/pubsub';
import { LocalObjectStorage } from '../storage/local-storage';
import { ObjectStorage } from '../storage/object-storage';
import { S3ObjectStorage } from '../storage/s3-storage';

/** The runtime parts an app is composed over; created before Nest, closed after it. */
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

/** What the apps' database holds: every entity and every migration, in order. */
export type DatabaseSchema = Pick<DataSourceParts, 'entities' | 'migrations'>;

// Any constant shared by every process of one deployment; API copies and workers starting
// together take turns to migrate instead of racing on the same migration.
const MIGRATION_LOCK = 7_351_902_114;

async function migrate(dataSource: DataSource, logger: Logger): Promise<void> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}

export async function createRuntime(config: AppConfig, logger: Logger, databaseUrl: string, schema: DatabaseSchema): Promise<Runtime> {
  const dataSource = createDataSource({ url: databaseUrl, ...schema });
  await dataSource.initialize();
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : undefined;
  let closePubSub: () => Promise<void> = async () => undefined;
  const jobs = new Jobs(databaseUrl);
  const close = async () => {
    await jobs.stop().catch(() => undefined);
    await closePubSub();
    redis?.disconnect();
    if (dataSource.isInitialized) await dataSource.destroy();
  };
  try {
    await migrate(dataSource, logger);
    const storage: ObjectStorage = config.s3
      ? new S3ObjectStorage(config.s3)
      : new LocalObjectStorage(join(config.dataDir, 'objects'), persistedSecret(config.dataDir, 'storage-secret'), config.publicUrl ?? '');
    await storage.ensureReady();
    const created = createPubSub(config.redisUrl);
    closePubSub = created.close;
    await jobs.boot();
    return { config, logger, dataSource, databaseUrl, storage, pubsub: created.pubsub, jobs, redis, close };
  } catch (e) {
    await close().catch(() => undefined);
    throw e;
  }
}
