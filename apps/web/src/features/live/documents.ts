import { graphql } from '../../gql';

export const LiveSessionCard = graphql(`
  fragment LiveSessionCard on LiveSession {
    id
    title
    status
    audience
    scheduledStart
    scheduledMinutes
    cmeHours
    viewerCount
    host {
      id
      fullName
    }
    group {
      id
      name
    }
    programme {
      id
      title
    }
  }
`);

export const UpcomingLiveDocument = graphql(`
  query UpcomingLive($after: String) {
    upcomingLiveSessions(first: 20, after: $after) {
      edges {
        node {
          ...LiveSessionCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PastLiveDocument = graphql(`
  query PastLive($after: String) {
    pastLiveSessions(first: 20, after: $after) {
      edges {
        node {
          ...LiveSessionCard
          endedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const LiveSessionDocument = graphql(`
  query LiveSessionPage($id: ID!) {
    liveSession(id: $id) {
      ...LiveSessionCard
      description
      startedAt
      endedAt
      attendanceThreshold
      viewerRole
      viewerCanModerate
      recordingStatus
      playback {
        hlsUrl
        expiresAt
      }
      ingest {
        rtmpUrl
        browserUrl
        streamKey
        publishing
        problem
      }
      recording {
        id
        url
      }
      viewerAttendance {
        secondsWatched
      }
    }
  }
`);

export const ScheduleLiveDocument = graphql(`
  mutation ScheduleLive($input: ScheduleLiveSessionInput!) {
    scheduleLiveSession(input: $input) {
      ...LiveSessionCard
    }
  }
`);

export const StartLiveDocument = graphql(`
  mutation StartLive($id: ID!) {
    startLiveSession(id: $id) {
      id
      status
      startedAt
    }
  }
`);

export const EndLiveDocument = graphql(`
  mutation EndLive($id: ID!) {
    endLiveSession(id: $id) {
      id
      status
      endedAt
    }
  }
`);

export const CancelLiveDocument = graphql(`
  mutation CancelLive($id: ID!) {
    cancelLiveSession(id: $id) {
      id
      status
    }
  }
`);

export const RotateKeyDocument = graphql(`
  mutation RotateStreamKey($id: ID!) {
    rotateStreamKey(id: $id) {
      id
      ingest {
        streamKey
        browserUrl
      }
    }
  }
`);

export const LiveChatFields = graphql(`
  fragment LiveChatFields on LiveChatMessage {
    id
    body
    isQuestion
    upvotes
    viewerUpvoted
    answeredAt
    hiddenAt
    createdAt
    author {
      id
      fullName
    }
  }
`);

export const LiveChatDocument = graphql(`
  query LiveChat($sessionId: ID!, $questionsOnly: Boolean) {
    liveChat(sessionId: $sessionId, questionsOnly: $questionsOnly, first: 50) {
      edges {
        node {
          ...LiveChatFields
        }
      }
    }
  }
`);

export const PostLiveChatDocument = graphql(`
  mutation PostLiveChat($sessionId: ID!, $body: String!, $isQuestion: Boolean, $clientId: String!) {
    postLiveChat(sessionId: $sessionId, body: $body, isQuestion: $isQuestion, clientId: $clientId) {
      ...LiveChatFields
    }
  }
`);

export const UpvoteDocument = graphql(`
  mutation UpvoteQuestion($id: ID!) {
    upvoteQuestion(id: $id) {
      ...LiveChatFields
    }
  }
`);

export const AnswerDocument = graphql(`
  mutation MarkAnswered($id: ID!) {
    markQuestionAnswered(id: $id) {
      ...LiveChatFields
    }
  }
`);

export const HideDocument = graphql(`
  mutation HideLiveChat($id: ID!) {
    hideLiveChat(id: $id) {
      ...LiveChatFields
    }
  }
`);

export const ReactDocument = graphql(`
  mutation SendLiveReaction($sessionId: ID!, $emoji: String!) {
    sendLiveReaction(sessionId: $sessionId, emoji: $emoji)
  }
`);

export const HeartbeatDocument = graphql(`
  mutation LiveHeartbeat($id: ID!) {
    liveHeartbeat(id: $id) {
      secondsWatched
    }
  }
`);

export const LiveEventsDocument = graphql(`
  subscription LiveSessionEvents($sessionId: ID!) {
    liveSessionEvents(sessionId: $sessionId) {
      kind
      sessionId
      status
      reaction
      viewerCount
      chat {
        ...LiveChatFields
      }
    }
  }
`);

export const LedgerDocument = graphql(`
  query MyTrainingLedger($after: String) {
    myTrainingLedger {
      totalHours
      hoursLast5Years
      credits(first: 50, after: $after) {
        edges {
          node {
            hours
            earnedAt
            session {
              id
              title
            }
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

export const ExportLedgerDocument = graphql(`
  mutation ExportTrainingLedger {
    exportTrainingLedger
  }
`);

export const ExportAttendanceDocument = graphql(`
  mutation ExportSessionAttendance($id: ID!) {
    exportSessionAttendance(id: $id)
  }
`);

export const SessionAttendanceDocument = graphql(`
  query SessionAttendance($sessionId: ID!, $after: String) {
    sessionAttendance(sessionId: $sessionId, first: 50, after: $after) {
      edges {
        node {
          secondsWatched
          creditedHours
          firstJoinedAt
          leftAt
          user {
            id
            fullName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Groups the viewer belongs to (the schedule form offers those they moderate). */
export const LiveMyGroupsDocument = graphql(`
  query LiveMyGroups {
    myGroups(first: 50) {
      edges {
        node {
          id
          name
          viewerRole
        }
      }
    }
  }
`);

export const GroupProgrammesDocument = graphql(`
  query GroupProgrammes($groupId: ID!, $after: String) {
    groupTrainingProgrammes(groupId: $groupId, first: 50, after: $after) {
      edges {
        node {
          id
          title
          description
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateProgrammeDocument = graphql(`
  mutation CreateTrainingProgramme($groupId: ID!, $title: String!, $description: String) {
    createTrainingProgramme(groupId: $groupId, title: $title, description: $description) {
      id
      title
      description
    }
  }
`);

export const ProgrammeDocument = graphql(`
  query TrainingProgrammePage($id: ID!, $after: String) {
    trainingProgramme(id: $id) {
      id
      title
      description
      group {
        id
        name
        viewerRole
      }
      sessions(first: 50) {
        edges {
          node {
            ...LiveSessionCard
          }
        }
      }
      memberProgress(first: 50, after: $after) {
        edges {
          node {
            sessionsCredited
            sessionsEnded
            hours
            user {
              id
              fullName
            }
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
