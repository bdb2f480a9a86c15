import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import i18next from 'i18next';

/** Codes the API puts in `extensions.code` (ARCHITECTURE "GraphQL conventions"). */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'NETWORK' | 'UNKNOWN';

const KNOWN_CODES: readonly ErrorCode[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED'];

export interface FormAlert {
  code: ErrorCode;
  /** The text to show, in the interface's language; null: the generic text for `code`. */
  message: string | null;
}

export interface MappedError {
  /** Messages to show under form fields, by field name (last path segment, e.g. `email`). */
  fieldErrors: Record<string, string>;
  /** Anything that does not belong to a known field: shown as one alert. */
  alert: FormAlert | null;
}

function normaliseField(field: unknown): string | null {
  if (typeof field !== 'string' || !field) return null;
  const parts = field.split('.');
  return parts[parts.length - 1] ?? null;
}

/**
 * The server writes its messages in Vietnamese (they name the field and what is wrong). In
 * Vietnamese they are the most precise text there is; in any other language the web shows
 * its own translation per code (and a generic per-field hint), never the Vietnamese text.
 */
function localMessage(code: ErrorCode, serverMessage: string, extensions: Record<string, unknown> | undefined, forField: boolean): string | null {
  if (i18next.language === 'vi' || !i18next.language) return serverMessage || null;
  if (forField) return i18next.t('errors.field.invalid');
  const retry = extensions?.retryAfterSeconds;
  if (code === 'RATE_LIMITED' && typeof retry === 'number') return i18next.t('errors.message.RATE_LIMITED_retry', { seconds: retry });
  return null;
}

/**
 * Map an error thrown by Apollo (mutation promise, useQuery error) to form field messages and
 * one alert. `knownFields` are the fields the form can show a message under; a
 * BAD_USER_INPUT for any other field becomes the alert.
 */
export function mapApiError(error: unknown, knownFields: readonly string[] = []): MappedError {
  const result: MappedError = { fieldErrors: {}, alert: null };
  if (!error) return result;

  if (CombinedGraphQLErrors.is(error)) {
    for (const gqlError of error.errors) {
      const rawCode = gqlError.extensions?.code;
      const code: ErrorCode = KNOWN_CODES.includes(rawCode as ErrorCode) ? (rawCode as ErrorCode) : 'UNKNOWN';
      const field = normaliseField(gqlError.extensions?.field);
      if (code === 'BAD_USER_INPUT' && field && knownFields.includes(field)) {
        result.fieldErrors[field] ??= localMessage(code, gqlError.message, gqlError.extensions, true) ?? gqlError.message;
        continue;
      }
      // Internal server errors carry no message meant for users.
      const message = code === 'UNKNOWN' ? null : localMessage(code, gqlError.message, gqlError.extensions, false);
      if (!result.alert) result.alert = { code, message };
    }
    return result;
  }

  if (ServerError.is(error) || ServerParseError.is(error)) {
    result.alert = { code: 'NETWORK', message: null };
    return result;
  }
  if (error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message))) {
    result.alert = { code: 'NETWORK', message: null };
    return result;
  }
  result.alert = { code: 'UNKNOWN', message: null };
  return result;
}

export function errorCodeOf(error: unknown): ErrorCode | null {
  if (!error) return null;
  return mapApiError(error).alert?.code ?? null;
}
