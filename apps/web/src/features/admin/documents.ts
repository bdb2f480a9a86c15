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
