import { graphql } from '../../gql';

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      user {
        ...ViewerFields
      }
    }
  }
`);

export const RegisterDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      refreshToken
      user {
        ...ViewerFields
      }
    }
  }
`);

/** Live: the admin's decision reaches the pending page without a reload. */
export const VerificationStatusChangedDocument = graphql(`
  subscription VerificationStatusChanged {
    verificationStatusChanged {
      ...ViewerFields
    }
  }
`);
