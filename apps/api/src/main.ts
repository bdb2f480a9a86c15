import 'reflect-metadata';
import { ConfigError, DatabaseHandle, createLogger, failureReport, loadConfig, logProcessFailures, openDatabase, safeError } from '@ketnoi/platform';
import { startServer } from './server';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`\nKetnoi cannot start.\n${e.message}\n\n`);
      process.exit(1);
    }
    throw e;
  }
  const logger = createLogger(config.logLevel);
  const started = Date.now();
  let database: DatabaseHandle | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let stopping = false;
  const stop = async (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason, code }, 'shutting down');
    const force = setTimeout(() => process.exit(code || 1), 15_000);
    force.unref();
    try {
      await server?.close();
    } catch (e) {
      logger.error(failureReport(e), 'server close failed');
    } finally {
      await database?.stop().catch((e) => logger.error(safeError(e), 'postgres stop failed'));
      process.exit(code);
    }
  };
  logProcessFailures(logger, (what) => void stop(what, 1));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  try {
    database = await openDatabase(config, logger, () => void stop('embedded PostgreSQL lost', 1));
    server = await startServer(config, logger, database.url);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`\nKetnoi cannot start.\n${e.message}\n\n`);
    } else {
      logger.fatal(failureReport(e), 'start-up failed');
      process.stderr.write(`\nKetnoi failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
    }
    await database?.stop().catch(() => undefined);
    process.exit(1);
  }
  logger.info({ port: server.port, ms: Date.now() - started }, 'Ketnoi is ready');
  process.stdout.write(`\n  Ketnoi is running at http://localhost:${server.port}  (started in ${((Date.now() - started) / 1000).toFixed(1)} s)\n\n`);
}

void main();
