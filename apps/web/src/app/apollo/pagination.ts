import type { FieldPolicy } from '@apollo/client/cache';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * The one cursor-pagination policy for Relay connections (`edges { cursor node }`,
 * `pageInfo { hasNextPage endCursor }`): pages fetched with `fetchMore({ variables: { after } })`
 * are appended to the cached list. `keyArgs` lists the arguments that make a different list
 * (filters), never `first` / `after`; `false` means one list whatever the arguments;
 * `['@connection', ['key']]` keeps lists apart only by an `@connection(key:)` directive.
 */
export function connection(keyArgs: Parameters<typeof relayStylePagination>[0]): FieldPolicy {
  return relayStylePagination(keyArgs) as FieldPolicy;
}

export interface PageInfoLike {
  hasNextPage: boolean;
  endCursor?: string | null;
}
