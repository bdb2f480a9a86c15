import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';

const MyPostCountsChangedDocument = graphql(`
  subscription MyPostCountsChanged {
    myPostCountsChanged {
      id
      reactionCount
      commentCount
      shareCount
    }
  }
`);

/**
 * The author's own posts keep their reaction and comment counts current without a reload:
 * the server pushes the post (to its author only) and Apollo's normalized cache updates every
 * card showing it. Renders nothing.
 */
export function PostCountsLive() {
  useSubscription(MyPostCountsChangedDocument);
  return null;
}
