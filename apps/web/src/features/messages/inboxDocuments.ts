import { graphql } from '../../gql';

/*
 * The documents the app shell uses for the unread badge (useInbox.ts, first load). Fragments they
 * spread (ConversationSummary) are defined in documents.ts; codegen inlines them.
 */

export const ConversationsDocument = graphql(`
  query Conversations($first: Int, $after: String) {
    conversations(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ConversationSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UnreadConversationCountDocument = graphql(`
  query UnreadConversationCount {
    unreadConversationCount
  }
`);

/** The app-wide feed of events (list and badge): no message payload needed. */
export const InboxEventsDocument = graphql(`
  subscription InboxEvents {
    conversationEvents {
      kind
      conversationId
      seq
      userId
    }
  }
`);
