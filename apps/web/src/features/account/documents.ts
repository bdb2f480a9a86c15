import { graphql } from '../../gql';

export const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

export const SetUserRolesDocument = graphql(`
  mutation SetUserRoles($userId: ID!, $roles: [Role!]!, $scopeProvinceCode: String) {
    setUserRoles(userId: $userId, roles: $roles, scopeProvinceCode: $scopeProvinceCode) {
      id
      roles
      scopeProvinceCode
    }
  }
`);

export const RoleCandidatesDocument = graphql(`
  query RoleCandidates($query: String!) {
    searchUsers(query: $query, first: 10) {
      edges {
        node {
          id
          fullName
          roles
          scopeProvinceCode
          facility {
            id
            name
          }
        }
      }
    }
  }
`);
