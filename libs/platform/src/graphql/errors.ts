import { IntrinsicException } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';

export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'PHI_UNRESOLVED' | 'INTERNAL_SERVER_ERROR';

/**
 * The one error type features throw. Its code becomes `extensions.code`; `field`
 * (for BAD_USER_INPUT) names the input field; the message is shown to the user, so it
 * must never contain personal or patient data. (IntrinsicException: an expected outcome,
 * so Nest does not log it as a crash.)
 */
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: { field?: string; retryAfterSeconds?: number; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, { field });
export const notFound = (message = 'Không tìm thấy.') => new DomainError('NOT_FOUND', message);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') => new DomainError('FORBIDDEN', message);
export const unauthenticated = (message = 'Vui lòng đăng nhập.') => new DomainError('UNAUTHENTICATED', message);
export const conflict = (message: string, field?: string) => new DomainError('CONFLICT', message, field ? { field } : {});
export const rateLimited = (
  retryAfterSeconds: number,
  message = `Quá nhiều lần thử. Vui lòng thử lại sau ${retryAfterSeconds} giây.`,
  extra: Record<string, unknown> = {},
) => new DomainError('RATE_LIMITED', message, { ...extra, retryAfterSeconds });

const KNOWN_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'PHI_UNRESOLVED',
  // Produced by graphql-js / Apollo for malformed requests; safe to pass through.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export interface ErrorFormatOptions {
  /** Production: drop graphql-js's "Did you mean …?" suggestions (they reveal the schema that introspection hides). */
  hideSuggestions?: boolean;
}

const withoutSuggestions = (message: string) => message.replace(/ ?Did you mean [^?]*\?/g, '');

/**
 * The one place errors become responses: domain errors keep their code and field,
 * variable coercion failures become BAD_USER_INPUT naming the variable, anything else
 * becomes a generic INTERNAL_SERVER_ERROR. Stack traces never leave the server.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown, options: ErrorFormatOptions = {}): GraphQLFormattedError {
  const message = options.hideSuggestions ? withoutSuggestions(formatted.message) : formatted.message;
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...original.extensions, code: original.code },
    };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (code === 'BAD_USER_INPUT' || /^Variable "\$/.test(formatted.message)) {
    const field = /^Variable "\$([^"]+)"/.exec(formatted.message)?.[1];
    const detail = /at "([^"]+)"/.exec(formatted.message)?.[1];
    return {
      message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', field: detail ? detail.replace(/^[^.]+\./, '') : field },
    };
  }
  if (KNOWN_CODES.has(code)) {
    return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  return {
    message: 'Đã có lỗi xảy ra ở máy chủ. Vui lòng thử lại.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** The code a client will see for `error` (for logs). */
export function errorCodeOf(error: unknown): string {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) return original.code;
  const code = error instanceof GraphQLError ? String(error.extensions?.code ?? '') : '';
  return KNOWN_CODES.has(code) ? code : 'INTERNAL_SERVER_ERROR';
}
