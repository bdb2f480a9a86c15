import { graphql } from '../../gql';

/** What a call record line shows (also used by the chat's message fragment). */
export const CallRecordFields = graphql(`
  fragment CallRecordFields on CallRecord {
    id
    video
    startedAt
    answeredAt
    endedAt
    durationSeconds
    missed
    outcome
  }
`);

export const CallSettingsDocument = graphql(`
  query CallSettings {
    callSettings {
      maxParticipants
      ringTimeoutSeconds
      iceServers {
        urls
        username
        credential
      }
    }
  }
`);

/** Names and faces for the ring dialog and the call screen, and who is in an ongoing call. */
export const CallConversationDocument = graphql(`
  query CallConversation($id: ID!) {
    conversation(id: $id) {
      id
      title
      isGroup
      participants {
        id
        fullName
        avatarUrl
      }
      ongoingCall {
        id
        video
        activeParticipants {
          id
        }
      }
    }
  }
`);

export const SendCallSignalDocument = graphql(`
  mutation SendCallSignal($conversationId: ID!, $signal: JSON!) {
    sendCallSignal(conversationId: $conversationId, signal: $signal)
  }
`);

/** All of the viewer's conversations: call signals, and call records (a call's end). */
export const CallEventsDocument = graphql(`
  subscription CallEvents {
    conversationEvents {
      kind
      conversationId
      userId
      signal
      message {
        id
        call {
          id
        }
      }
    }
  }
`);
