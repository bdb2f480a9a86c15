import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ReactionKind } from '../../gql/graphql';
import { DeletePostDocument, ReactToPostDocument, RemoveReactionDocument, SavePostDocument, UnsavePostDocument } from './documents';
import { evictPost } from './cache';

interface ReactablePost {
  id: string;
  viewerReaction?: ReactionKind | null;
  reactionCount: number;
}

/** Set (or with null, remove) the viewer's reaction, with an optimistic count. */
export function useSetReaction() {
  const [react] = useMutation(ReactToPostDocument);
  const [remove] = useMutation(RemoveReactionDocument);
  return useCallback(
    async (post: ReactablePost, kind: ReactionKind | null) => {
      const had = !!post.viewerReaction;
      if (kind === null) {
        if (!had) return;
        await remove({
          variables: { postId: post.id },
          optimisticResponse: {
            __typename: 'Mutation',
            removeReaction: { __typename: 'Post', id: post.id, viewerReaction: null, reactionCount: Math.max(0, post.reactionCount - 1) },
          },
        });
        return;
      }
      await react({
        variables: { postId: post.id, kind },
        optimisticResponse: {
          __typename: 'Mutation',
          reactToPost: { __typename: 'Post', id: post.id, viewerReaction: kind, reactionCount: post.reactionCount + (had ? 0 : 1) },
        },
      });
    },
    [react, remove],
  );
}

export function useToggleSave() {
  const [save] = useMutation(SavePostDocument);
  const [unsave] = useMutation(UnsavePostDocument);
  return useCallback(
    async (post: { id: string; viewerSaved: boolean }) => {
      const next = !post.viewerSaved;
      const optimistic = { __typename: 'Post' as const, id: post.id, viewerSaved: next };
      if (next) await save({ variables: { postId: post.id }, optimisticResponse: { __typename: 'Mutation', savePost: optimistic } });
      else await unsave({ variables: { postId: post.id }, optimisticResponse: { __typename: 'Mutation', unsavePost: optimistic } });
    },
    [save, unsave],
  );
}

export function useDeletePost() {
  const client = useApolloClient();
  const [remove, state] = useMutation(DeletePostDocument);
  const run = useCallback(
    async (postId: string) => {
      await remove({ variables: { id: postId } });
      evictPost(client.cache, postId);
    },
    [client, remove],
  );
  return [run, state] as const;
}
