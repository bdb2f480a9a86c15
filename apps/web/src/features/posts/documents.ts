import { graphql } from '../../gql';

export const PostAuthorFields = graphql(`
  fragment PostAuthor on User {
    id
    fullName
    title
    avatarUrl
    profession
    facility {
      id
      name
    }
  }
`);

export const AttachmentFields = graphql(`
  fragment AttachmentFields on Attachment {
    id
    fileName
    contentType
    size
    url
    thumbnailUrl
    renditions {
      width
      url
    }
  }
`);

/** What a post shows, without the post it shares (a share's original uses this too). */
export const PostContentFields = graphql(`
  fragment PostContent on Post {
    id
    body
    visibility
    createdAt
    editedAt
    hashtags
    author {
      ...PostAuthor
    }
    group {
      id
      name
      privacy
    }
    attachments {
      ...AttachmentFields
    }
  }
`);

export const PostCardFields = graphql(`
  fragment PostCard on Post {
    ...PostContent
    reactionCount
    commentCount
    shareCount
    viewerReaction
    viewerSaved
    pinned
    hidden
    group {
      id
      viewerRole
    }
    sharedPost {
      ...PostContent
      shareCount
    }
  }
`);

export const PostPageFields = graphql(`
  fragment PostPage on PostConnection {
    edges {
      cursor
      node {
        ...PostCard
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

export const FeedDocument = graphql(`
  query Feed($first: Int, $after: String) {
    feed(first: $first, after: $after) {
      ...PostPage
    }
  }
`);

export const UserPostsDocument = graphql(`
  query UserPosts($userId: ID!, $first: Int, $after: String) {
    userPosts(userId: $userId, first: $first, after: $after) {
      ...PostPage
    }
  }
`);

export const SavedPostsDocument = graphql(`
  query SavedPosts($first: Int, $after: String) {
    savedPosts(first: $first, after: $after) {
      ...PostPage
    }
  }
`);

export const GroupPostsDocument = graphql(`
  query GroupPosts($groupId: ID!, $first: Int, $after: String) {
    groupPosts(groupId: $groupId, first: $first, after: $after) {
      ...PostPage
    }
  }
`);

export const PostDocument = graphql(`
  query Post($id: ID!) {
    post(id: $id) {
      ...PostCard
    }
  }
`);

export const NewFeedPostsDocument = graphql(`
  subscription NewFeedPosts {
    newFeedPosts {
      postId
      authorId
      createdAt
    }
  }
`);

export const CreatePostDocument = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      ...PostCard
    }
  }
`);

export const EditPostDocument = graphql(`
  mutation EditPost($input: EditPostInput!) {
    editPost(input: $input) {
      ...PostCard
    }
  }
`);

export const DeletePostDocument = graphql(`
  mutation DeletePost($id: ID!) {
    deletePost(id: $id)
  }
`);

export const ReactToPostDocument = graphql(`
  mutation ReactToPost($postId: ID!, $kind: ReactionKind!) {
    reactToPost(postId: $postId, kind: $kind) {
      id
      viewerReaction
      reactionCount
    }
  }
`);

export const RemoveReactionDocument = graphql(`
  mutation RemoveReaction($postId: ID!) {
    removeReaction(postId: $postId) {
      id
      viewerReaction
      reactionCount
    }
  }
`);

export const SavePostDocument = graphql(`
  mutation SavePost($postId: ID!) {
    savePost(postId: $postId) {
      id
      viewerSaved
    }
  }
`);

export const UnsavePostDocument = graphql(`
  mutation UnsavePost($postId: ID!) {
    unsavePost(postId: $postId) {
      id
      viewerSaved
    }
  }
`);

export const SharePostDocument = graphql(`
  mutation SharePost($input: SharePostInput!) {
    sharePost(input: $input) {
      ...PostCard
    }
  }
`);

/**
 * Send a post into one of the viewer's conversations ("Gửi qua tin nhắn"). The dialog only needs
 * to know it arrived; the chat reads the full message through its own documents and events.
 */
export const SendPostToChatDocument = graphql(`
  mutation SendPostToChat($input: SendMessageInput!) {
    sendMessage(input: $input) {
      id
      clientId
      conversationId
      sharedKind
    }
  }
`);

export const ReportContentDocument = graphql(`
  mutation ReportContent($input: ReportContentInput!) {
    reportContent(input: $input)
  }
`);

export const PinPostDocument = graphql(`
  mutation PinPost($postId: ID!) {
    pinPost(postId: $postId) {
      id
      pinned
    }
  }
`);

export const UnpinPostDocument = graphql(`
  mutation UnpinPost($postId: ID!) {
    unpinPost(postId: $postId) {
      id
      pinned
    }
  }
`);

// ---- comments ----

export const CommentFields = graphql(`
  fragment CommentFields on Comment {
    id
    postId
    body
    deleted
    replyCount
    createdAt
    author {
      ...PostAuthor
    }
  }
`);

/** A top-level comment with its first replies (more through CommentRepliesDocument). */
export const ThreadCommentFields = graphql(`
  fragment ThreadComment on Comment {
    ...CommentFields
    replies(first: 2) {
      edges {
        cursor
        node {
          ...CommentFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PostCommentsDocument = graphql(`
  query PostComments($postId: ID!, $first: Int, $after: String) {
    post(id: $postId) {
      id
      commentCount
      comments(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...ThreadComment
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/**
 * More replies of one top-level comment. The API has no `comment(id)`, so the comment is
 * reached as the one top-level comment after the cursor of the comment before it; the
 * `@connection` key keeps this lookup out of the post's cached comment list, while the
 * replies land (and merge) on the comment itself.
 */
export const CommentRepliesDocument = graphql(`
  query CommentReplies($postId: ID!, $before: String, $first: Int, $after: String) {
    post(id: $postId) {
      id
      comments(first: 1, after: $before) @connection(key: "replyLookup") {
        edges {
          cursor
          node {
            id
            replyCount
            replies(first: $first, after: $after) {
              edges {
                cursor
                node {
                  ...CommentFields
                }
              }
              pageInfo {
                hasNextPage
                endCursor
              }
            }
          }
        }
      }
    }
  }
`);

export const AddCommentDocument = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...ThreadComment
      parent {
        id
      }
    }
  }
`);

export const DeleteCommentDocument = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id)
  }
`);

// ---- composer helpers ----

export const MentionCandidatesDocument = graphql(`
  query MentionCandidates($query: String!) {
    searchUsers(query: $query, first: 6) {
      edges {
        node {
          id
          fullName
          avatarUrl
          title
          facility {
            id
            name
          }
        }
      }
    }
  }
`);

export const HashtagCandidatesDocument = graphql(`
  query HashtagCandidates($query: String!) {
    search(query: $query, first: 20) {
      edges {
        node {
          ... on Hashtag {
            tag
            postCount
          }
        }
      }
    }
  }
`);
