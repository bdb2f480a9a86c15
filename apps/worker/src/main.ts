import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, PinoNestLogger, createLogger, loadConfig, logProcessFailures, safeError } from '@ketnoi/platform';
import { UploadsModule } from '@ketnoi/platform/storage/uploads';
import { CoreModule } from '../../api/src/core.module';
import { createRuntime, openDatabase } from '../../api/src/runtime';

/**
 * The background worker: the same feature modules, no HTTP. In the embedded default
 * (`npm start`) the API process runs these jobs itself; in production run this
 * process separately (`node dist/apps/worker/src/main.js`) and scale it by queue depth.
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
  const logger = createLogger(config.logLevel).child({ component: 'worker' });
  logProcessFailures(logger, () => process.exit(1));
  const database = await openDatabase(config, logger, () => process.exit(1));
  const runtime = await createRuntime(config, logger, database.url);

  @Module({ imports: [CoreModule.forRuntime(runtime), UploadsModule] })
  class WorkerModule {}

  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: new PinoNestLogger(logger) });
  await app.init();
  await runtime.jobs.work();
  logger.info('worker ready');
  const stop = async () => {
    await app.close().catch((e) => logger.error(safeError(e)));
    await runtime.close();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

void main();
