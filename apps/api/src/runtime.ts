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
  failureReport,
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

/**
 * DATABASE_URL if set, else embedded PostgreSQL under DATA_DIR/postgres, restarted if it
 * dies; `onLost` is called when it cannot be restarted (the caller should exit non-zero).
 */
export async function openDatabase(config: AppConfig, logger: Logger, onLost: () => void): Promise<DatabaseHandle> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => undefined };
  const started = Date.now();
  const log = logger.child({ component: 'postgres' });
  const pg = await startEmbeddedPostgres(join(config.dataDir, 'postgres'), {
    log: (m) => log.debug(m),
    notice: (m) => log.warn(m),
    onEvent: (e) => {
      if (e.kind === 'exited') log.error({ code: e.code, signal: e.signal }, 'embedded PostgreSQL exited unexpectedly; restarting it');
      else if (e.kind === 'restarted') log.warn({ attempts: e.attempts, ms: e.ms }, 'embedded PostgreSQL restarted');
      else {
        log.fatal({ attempts: e.attempts, ...failureReport(e.error) }, 'embedded PostgreSQL could not be restarted');
        onLost();
      }
    },
  });
  try {
    await ensureDatabase(pg.adminUrl, 'ketnoi');
  } catch (e) {
    await pg.stop();
    throw e;
  }
  log.info({ ms: Date.now() - started }, 'embedded PostgreSQL started');
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
