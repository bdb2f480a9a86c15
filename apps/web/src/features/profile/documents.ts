import { graphql } from '../../gql';

export const MyProfileDocument = graphql(`
  query MyProfile {
    me {
      ...ViewerFields
      bio
      experienceYears
      email
      licenseNumber
      createdAt
    }
  }
`);

export const UpdateProfileDocument = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...ViewerFields
      bio
      experienceYears
    }
  }
`);

export const MySessionsDocument = graphql(`
  query MySessions {
    mySessions {
      id
      userAgent
      createdAt
      lastUsedAt
      current
    }
  }
`);

export const RevokeSessionDocument = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
