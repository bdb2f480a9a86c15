import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  ConfigError,
  CoreModule,
  DatabaseHandle,
  PinoNestLogger,
  Runtime,
  createLogger,
  createRuntime,
  failureReport,
  loadConfig,
  logProcessFailures,
  openDatabase,
} from '@ketnoi/platform';
import { DATABASE_SCHEMA, FEATURE_MODULES } from '@ketnoi/features';
import type { INestApplicationContext } from '@nestjs/common';

/**
 * The background worker: every feature module (so every job a module registers in its
 * onModuleInit runs here), without GraphQL or HTTP. In the embedded default (`npm start`)
 * the API process works jobs itself; in production run API copies with RUN_JOBS=false and
 * this process (`node dist/apps/worker/src/main.js`) scaled by queue depth.
 */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`\nKetnoi worker cannot start.\n${e.message}\n\n`);
      process.exit(1);
    }
    throw e;
  }
  // Every line this process logs, its feature modules' included, says it came from the worker.
  const logger = createLogger(config.logLevel).child({ process: 'worker' });
  let database: DatabaseHandle | undefined;
  let runtime: Runtime | undefined;
  let app: INestApplicationContext | undefined;
  let stopping = false;
  const stop = async (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason, code }, 'worker shutting down');
    const force = setTimeout(() => process.exit(code || 1), 15_000);
    force.unref();
    await app?.close().catch((e) => logger.error(failureReport(e), 'worker close failed'));
    await runtime?.close().catch((e) => logger.error(failureReport(e), 'runtime close failed'));
    await database?.stop().catch((e) => logger.error(failureReport(e), 'postgres stop failed'));
    process.exit(code);
  };
  logProcessFailures(logger, (what) => void stop(what, 1));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  try {
    database = await openDatabase(config, logger, () => void stop('embedded PostgreSQL lost', 1));
    runtime = await createRuntime(config, logger, database.url, DATABASE_SCHEMA);

    @Module({ imports: [CoreModule.forRuntime(runtime), ...FEATURE_MODULES] })
    class WorkerModule {}

    app = await NestFactory.createApplicationContext(WorkerModule, { logger: new PinoNestLogger(logger.child({ component: 'nest' })) });
    await app.init();
    await runtime.jobs.work();
  } catch (e) {
    logger.fatal(failureReport(e), 'worker start-up failed');
    process.stderr.write(`\nKetnoi worker failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
    await stop('start-up failed', 1);
    return;
  }
  logger.info({ queues: runtime.jobs.queueNames() }, 'worker ready');
}

void main();
