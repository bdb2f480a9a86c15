import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';

/**
 * Structured JSON logs. Rule: ids, codes, counts and durations only — never names,
 * e-mails, tokens, message bodies or case text. Error messages from drivers can carry
 * values, so errors are logged by class, code and stack frames, not by message.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'ketnoi' },
    redact: { paths: ['*.password', '*.token', '*.authorization', '*.email', 'req.headers'], remove: true },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}

export function safeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { errorType: typeof err };
  const frames = (err.stack ?? '')
    .split('\n')
    .slice(1, 8)
    .map((l) => l.trim());
  const code = (err as { code?: unknown }).code;
  return { errorClass: err.name, errorCode: typeof code === 'string' ? code : undefined, frames };
}

/** Nest's own framework logs through pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error(
      { context, ...(message instanceof Error ? safeError(message) : { trace: trace?.split('\n').slice(1, 6) }) },
      message instanceof Error ? message.name : String(message),
    );
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}

export const LOGGER = Symbol('LOGGER');
