import type { Logger } from 'pino';
import { join } from 'node:path';
import type { AppConfig } from '../config/config';
import { ensureDatabase } from '../database/data-source';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { failureReport } from '../logging/process-failures';

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
