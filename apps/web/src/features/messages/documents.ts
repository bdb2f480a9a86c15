import { graphql } from '../../gql';

// The shell's (first load) documents live in inboxDocuments.ts, so the rest of this file is not
// part of the login page's first load.
export { ConversationsDocument, InboxEventsDocument, UnreadConversationCountDocument } from './inboxDocuments';

export const ChatUserFields = graphql(`
  fragment ChatUser on User {
    id
    fullName
    avatarUrl
    title
  }
`);

/** Everything one message bubble shows (the calls work adds its own selection here). */
export const ChatMessageFields = graphql(`
  fragment ChatMessage on Message {
    id
    clientId
    conversationId
    seq
    versionSeq
    body
    createdAt
    editedAt
    deletedAt
    sender {
      ...ChatUser
    }
    attachments {
      ...AttachmentFields
    }
    replyTo {
      id
      seq
      body
      deletedAt
      sender {
        id
        fullName
      }
      attachments {
        id
      }
    }
    sharedPost {
      id
      body
      createdAt
      author {
        id
        fullName
        avatarUrl
      }
      attachments {
        id
      }
    }
    sharedCase {
      id
      title
      presentingComplaint
    }
    sharedKind
    call {
      ...CallRecordFields
    }
  }
`);

export const ConversationSummaryFields = graphql(`
  fragment ConversationSummary on Conversation {
    id
    kind
    isGroup
    groupId
    title
    muted
    requestPending
    requestedBy {
      id
      fullName
    }
    unreadCount
    lastSeq
    lastReadSeq
    viewerIsAdmin
    participants {
      ...ChatUser
    }
    lastMessage {
      id
      seq
      body
      createdAt
      deletedAt
      sender {
        id
        fullName
      }
      attachments {
        id
        contentType
      }
      sharedKind
      call {
        id
        video
        missed
      }
    }
  }
`);

export const ConversationDocument = graphql(`
  query Conversation($id: ID!, $first: Int) {
    conversation(id: $id) {
      ...ConversationSummary
      readStates {
        lastReadSeq
        user {
          ...ChatUser
        }
      }
      messages(first: $first) {
        edges {
          node {
            ...ChatMessage
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

export const OlderMessagesDocument = graphql(`
  query OlderMessages($id: ID!, $first: Int, $before: String) {
    conversation(id: $id) {
      id
      messages(first: $first, before: $before) {
        edges {
          node {
            ...ChatMessage
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

export const MessagesSinceDocument = graphql(`
  query MessagesSince($conversationId: ID!, $afterSeq: Int!, $first: Int) {
    messagesSince(conversationId: $conversationId, afterSeq: $afterSeq, first: $first) {
      ...ChatMessage
    }
  }
`);

export const ConversationEventsDocument = graphql(`
  subscription ConversationEvents($conversationId: ID) {
    conversationEvents(conversationId: $conversationId) {
      kind
      conversationId
      seq
      userId
      message {
        ...ChatMessage
      }
    }
  }
`);

export const SendMessageDocument = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      ...ChatMessage
    }
  }
`);

export const EditMessageDocument = graphql(`
  mutation EditMessage($id: ID!, $body: String!) {
    editMessage(id: $id, body: $body) {
      ...ChatMessage
    }
  }
`);

export const DeleteMessageDocument = graphql(`
  mutation DeleteMessage($id: ID!) {
    deleteMessage(id: $id) {
      ...ChatMessage
    }
  }
`);

export const MarkConversationReadDocument = graphql(`
  mutation MarkConversationRead($conversationId: ID!, $seq: Int!) {
    markConversationRead(conversationId: $conversationId, seq: $seq) {
      id
      lastReadSeq
      unreadCount
    }
  }
`);

export const SetTypingDocument = graphql(`
  mutation SetTyping($conversationId: ID!) {
    setTyping(conversationId: $conversationId)
  }
`);

export const StartConversationDocument = graphql(`
  mutation StartConversation($participantIds: [ID!]!, $title: String) {
    startConversation(participantIds: $participantIds, title: $title) {
      ...ConversationSummary
    }
  }
`);

export const AcceptConversationDocument = graphql(`
  mutation AcceptConversation($conversationId: ID!) {
    acceptConversation(input: { conversationId: $conversationId }) {
      ...ConversationSummary
    }
  }
`);

export const DeclineConversationDocument = graphql(`
  mutation DeclineConversation($conversationId: ID!) {
    declineConversation(input: { conversationId: $conversationId })
  }
`);

export const MuteConversationDocument = graphql(`
  mutation MuteConversation($conversationId: ID!, $muted: Boolean!) {
    muteConversation(input: { conversationId: $conversationId, muted: $muted }) {
      id
      muted
    }
  }
`);

export const LeaveConversationDocument = graphql(`
  mutation LeaveConversation($conversationId: ID!) {
    leaveConversation(input: { conversationId: $conversationId })
  }
`);

export const GroupConversationDocument = graphql(`
  query GroupConversation($groupId: ID!) {
    group(id: $groupId) {
      id
      conversation {
        id
      }
    }
  }
`);

/** Group conversations (kind GROUP), admins only: the result carries the new participant list. */
export const AddConversationParticipantsDocument = graphql(`
  mutation AddConversationParticipants($conversationId: ID!, $userIds: [ID!]!) {
    addConversationParticipants(input: { conversationId: $conversationId, userIds: $userIds }) {
      ...ConversationSummary
    }
  }
`);

export const RemoveConversationParticipantDocument = graphql(`
  mutation RemoveConversationParticipant($conversationId: ID!, $userId: ID!) {
    removeConversationParticipant(input: { conversationId: $conversationId, userId: $userId }) {
      ...ConversationSummary
    }
  }
`);
