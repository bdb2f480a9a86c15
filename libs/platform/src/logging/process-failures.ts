import type { Logger } from 'pino';
import { safeError } from './logger';

const MAX_MESSAGE = 500;

/**
 * What is safe to log about an error that nobody handled: class, code, stack frames and
 * the message, following `cause`. Database errors are the exception: their messages and
 * fields (detail, query parameters) can carry stored values, so only their class and
 * SQLSTATE code are kept. A rejection with no reason at all (some libraries reject with
 * `undefined`) says so.
 */
export function failureReport(reason: unknown, depth = 0): Record<string, unknown> {
  if (!(reason instanceof Error)) {
    return {
      errorType: reason === null ? 'null' : typeof reason,
      message: reason === undefined ? 'rejected without a reason (undefined)' : describeValue(reason),
    };
  }
  const report: Record<string, unknown> = { ...safeError(reason) };
  if (!fromDatabase(reason)) report.message = reason.message.slice(0, MAX_MESSAGE);
  if (reason.cause !== undefined && depth < 3) report.cause = failureReport(reason.cause, depth + 1);
  return report;
}

function fromDatabase(e: Error): boolean {
  const code = (e as { code?: unknown }).code;
  return e.name === 'QueryFailedError' || e.name === 'DatabaseError' || 'parameters' in e || (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code));
}

function describeValue(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v).slice(0, MAX_MESSAGE) : `a non-Error ${typeof v}`;
}

/**
 * Logs every unhandled rejection and uncaught exception with its cause, then calls
 * `onFatal` (which should stop and exit non-zero): after either, the process's state is
 * unknown, and Node would exit anyway, only without saying why.
 */
export function logProcessFailures(logger: Logger, onFatal: (what: string) => void): void {
  process.on('unhandledRejection', (reason) => {
    logger.fatal({ event: 'unhandledRejection', ...failureReport(reason) }, 'unhandled promise rejection');
    onFatal('unhandledRejection');
  });
  process.on('uncaughtException', (error, origin) => {
    logger.fatal({ event: 'uncaughtException', origin, ...failureReport(error) }, 'uncaught exception');
    onFatal('uncaughtException');
  });
}
