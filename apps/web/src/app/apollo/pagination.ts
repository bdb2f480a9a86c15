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
  const base = relayStylePagination(keyArgs) as FieldPolicy;
  const merge = base.merge as (existing: unknown, incoming: unknown, options: unknown) => { edges?: { node?: { __ref?: string } }[] };
  return {
    ...base,
    // A node the app already put into the list (e.g. a comment just added) may arrive
    // again in a page that was in flight: keep the first occurrence only.
    merge(existing, incoming, options) {
      const merged = merge(existing, incoming, options);
      if (!merged?.edges) return merged;
      const seen = new Set<string>();
      const edges = merged.edges.filter((edge) => {
        const ref = edge.node?.__ref;
        if (!ref) return true;
        if (seen.has(ref)) return false;
        seen.add(ref);
        return true;
      });
      return edges.length === merged.edges.length ? merged : { ...merged, edges };
    },
  };
}

export interface PageInfoLike {
  hasNextPage: boolean;
  endCursor?: string | null;
}
