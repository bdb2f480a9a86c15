import { graphql } from '../../gql';

export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    read
    createdAt
    updatedAt
    targetId
    postId
    groupId
    caseFileId
    group {
      id
      name
    }
    liveSession {
      id
      title
    }
    actorCount
    actors {
      id
      fullName
      avatarUrl
    }
  }
`);

export const NotificationsDocument = graphql(`
  query Notifications($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationAddedDocument = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationFields
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($upTo: ID) {
    markNotificationsRead(upTo: $upTo)
  }
`);
