import { graphql } from '../../gql';

export const GroupCardFields = graphql(`
  fragment GroupCard on Group {
    id
    name
    description
    privacy
    kind
    memberCount
    viewerRole
    viewerRequestPending
    viewerInvited
  }
`);

export const GroupsDocument = graphql(`
  query Groups($query: String, $first: Int, $after: String) {
    groups(query: $query, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...GroupCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MyGroupsDocument = graphql(`
  query MyGroups($first: Int, $after: String) {
    myGroups(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...GroupCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const GroupDocument = graphql(`
  query Group($id: ID!) {
    group(id: $id) {
      ...GroupCard
      rules
      createdAt
      pinnedPosts {
        ...PostCard
      }
    }
  }
`);

export const GroupMembersDocument = graphql(`
  query GroupMembers($groupId: ID!, $first: Int, $after: String) {
    groupMembers(groupId: $groupId, first: $first, after: $after) {
      edges {
        cursor
        node {
          role
          joinedAt
          user {
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
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const GroupJoinRequestsDocument = graphql(`
  query GroupJoinRequests($groupId: ID!, $first: Int, $after: String) {
    groupJoinRequests(groupId: $groupId, first: $first, after: $after) {
      edges {
        cursor
        node {
          requestedAt
          user {
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
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateGroupDocument = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...GroupCard
      rules
    }
  }
`);

export const JoinGroupDocument = graphql(`
  mutation JoinGroup($groupId: ID!) {
    joinGroup(groupId: $groupId) {
      ...GroupCard
    }
  }
`);

export const LeaveGroupDocument = graphql(`
  mutation LeaveGroup($groupId: ID!) {
    leaveGroup(groupId: $groupId)
  }
`);

export const InviteToGroupDocument = graphql(`
  mutation InviteToGroup($groupId: ID!, $userIds: [ID!]!) {
    inviteToGroup(groupId: $groupId, userIds: $userIds) {
      ...GroupCard
    }
  }
`);

export const DecideJoinRequestDocument = graphql(`
  mutation DecideJoinRequest($groupId: ID!, $userId: ID!, $approve: Boolean!) {
    decideJoinRequest(groupId: $groupId, userId: $userId, approve: $approve) {
      ...GroupCard
    }
  }
`);

export const SetGroupRoleDocument = graphql(`
  mutation SetGroupRole($groupId: ID!, $userId: ID!, $role: GroupRole!) {
    setGroupRole(groupId: $groupId, userId: $userId, role: $role) {
      ...GroupCard
    }
  }
`);

export const UpdateGroupDocument = graphql(`
  mutation UpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      id
      name
      description
      rules
    }
  }
`);

export const RemoveGroupMemberDocument = graphql(`
  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {
    removeGroupMember(input: $input) {
      id
      memberCount
    }
  }
`);

export const SetGroupPrivacyDocument = graphql(`
  mutation SetGroupPrivacy($input: SetGroupPrivacyInput!) {
    setGroupPrivacy(input: $input) {
      id
      privacy
    }
  }
`);
