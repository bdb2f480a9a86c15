import { graphql } from '../../gql';

export const PendingUserFields = graphql(`
  fragment PendingUser on User {
    id
    fullName
    email
    avatarUrl
    profession
    licenseNumber
    verificationStatus
    createdAt
    specialty {
      code
      name
      nameEn
    }
    facility {
      id
      name
      province {
        code
        name
      }
    }
  }
`);

export const PendingVerificationsDocument = graphql(`
  query PendingVerifications($first: Int, $after: String) {
    pendingVerifications(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...PendingUser
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const VerifyUserDocument = graphql(`
  mutation VerifyUser($input: VerifyUserInput!) {
    verifyUser(input: $input) {
      id
      verificationStatus
    }
  }
`);

export const ModerationReportFields = graphql(`
  fragment ModerationReport on Report {
    id
    targetType
    targetId
    reason
    status
    createdAt
    resolvedAt
    reporter {
      id
      fullName
    }
    resolvedBy {
      id
      fullName
    }
    post {
      id
      body
      hidden
      author {
        id
        fullName
      }
    }
    comment {
      id
      body
      author {
        id
        fullName
      }
    }
  }
`);

export const ModerationQueueDocument = graphql(`
  query ModerationQueue($groupId: ID, $status: ReportStatus, $first: Int, $after: String) {
    moderationQueue(groupId: $groupId, status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ModerationReport
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ResolveReportDocument = graphql(`
  mutation ResolveReport($id: ID!, $action: ReportAction!) {
    resolveReport(id: $id, action: $action) {
      ...ModerationReport
    }
  }
`);

export const ModeratedGroupsDocument = graphql(`
  query ModeratedGroups {
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

export const ResubmitVerificationDocument = graphql(`
  mutation ResubmitVerification($input: ResubmitVerificationInput!) {
    resubmitVerification(input: $input) {
      id
      fullName
      profession
      licenseNumber
      verificationStatus
      rejectionReason
      facility {
        id
        name
      }
      specialty {
        code
      }
    }
  }
`);

export const ApplicantLicenseDocument = graphql(`
  query ApplicantLicense {
    me {
      id
      licenseNumber
    }
  }
`);
