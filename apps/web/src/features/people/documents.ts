import { graphql } from '../../gql';

export const UserCardFields = graphql(`
  fragment UserCard on User {
    id
    fullName
    title
    avatarUrl
    profession
    verificationStatus
    followerCount
    followingCount
    viewerFollows
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

export const SearchUsersDocument = graphql(`
  query SearchUsers($query: String!, $specialtyCode: String, $facilityId: ID, $provinceCode: String, $first: Int, $after: String) {
    searchUsers(query: $query, specialtyCode: $specialtyCode, facilityId: $facilityId, provinceCode: $provinceCode, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...UserCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UserProfileDocument = graphql(`
  query UserProfile($id: ID!) {
    user(id: $id) {
      ...UserCard
      bio
      experienceYears
      roles
      facility {
        id
        level
        kind
      }
    }
  }
`);

export const FollowUserDocument = graphql(`
  mutation FollowUser($userId: ID!) {
    followUser(userId: $userId) {
      id
      viewerFollows
      followerCount
    }
  }
`);

export const UnfollowUserDocument = graphql(`
  mutation UnfollowUser($userId: ID!) {
    unfollowUser(userId: $userId) {
      id
      viewerFollows
      followerCount
    }
  }
`);
