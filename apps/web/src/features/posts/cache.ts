import type { ApolloCache, Reference, StoreObject } from '@apollo/client';
import type { Modifier, ModifierDetails } from '@apollo/client/cache';

/** A cache.modify modifier for a Relay connection field as it is stored (edges of references). */
export function connectionModifier(fn: (existing: ConnectionLike | undefined, details: ModifierDetails) => ConnectionLike | undefined): Modifier<any> {
  return fn as unknown as Modifier<any>;
}

interface EdgeLike {
  __typename?: string;
  cursor: string;
  node: Reference;
}
export interface ConnectionLike {
  edges: EdgeLike[];
  pageInfo?: unknown;
}

function argsOf(storeFieldName: string): Record<string, unknown> {
  const start = storeFieldName.indexOf(':');
  if (start < 0) return {};
  try {
    return JSON.parse(storeFieldName.slice(start + 1)) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export function prepend(existing: ConnectionLike | undefined, node: Reference, typename = 'PostEdge'): ConnectionLike | undefined {
  if (!existing?.edges) return existing;
  const edges = existing.edges.filter((edge) => edge.node?.__ref !== node.__ref);
  return { ...existing, edges: [{ __typename: typename, cursor: '', node }, ...edges] };
}

/**
 * A post the viewer just wrote (or shared) goes to the top of the lists it belongs to that are
 * already in the cache: the home feed, the author's profile feed and its group's feed.
 */
export function prependPost(cache: ApolloCache, post: StoreObject & { id: string }, where: { authorId: string; groupId?: string | null }): void {
  const id = cache.identify({ __typename: 'Post', id: post.id });
  if (!id) return;
  const ref = { __ref: id } as Reference;
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      feed: connectionModifier((existing) => prepend(existing, ref)),
      userPosts: connectionModifier((existing, { storeFieldName }) => (argsOf(storeFieldName).userId === where.authorId ? prepend(existing, ref) : existing)),
      groupPosts: connectionModifier((existing, { storeFieldName }) =>
        where.groupId && argsOf(storeFieldName).groupId === where.groupId ? prepend(existing, ref) : existing,
      ),
    },
  });
}

/** Appends a comment edge to a comments connection in the cache (thread order: oldest first). */
export function appendComment(existing: ConnectionLike | undefined, node: Reference): ConnectionLike | undefined {
  if (!existing?.edges) return existing;
  if (existing.edges.some((edge) => edge.node?.__ref === node.__ref)) return existing;
  return { ...existing, edges: [...existing.edges, { __typename: 'CommentEdge', cursor: '', node }] };
}

/** Removes a post from every list and the cache (deleted, or no longer visible). */
export function evictPost(cache: ApolloCache, postId: string): void {
  const id = cache.identify({ __typename: 'Post', id: postId });
  if (!id) return;
  cache.evict({ id });
  cache.gc();
}
