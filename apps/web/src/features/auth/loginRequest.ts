import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { print } from 'graphql';
import { GRAPHQL_PATH, type AuthTokens } from '../../app/auth/session';
import type { LoginInput } from '../../gql/graphql';
import { LoginDocument } from './documents';

const loginQuery = print(LoginDocument);

/**
 * The `login` mutation over a plain fetch: the login page is shown before Apollo Client is
 * loaded (App.tsx). Throws what Apollo would, so `mapApiError` reads it the same way:
 * CombinedGraphQLErrors for GraphQL errors, an Error mentioning the network otherwise.
 */
export async function requestLogin(input: LoginInput): Promise<AuthTokens> {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ operationName: 'Login', query: loginQuery, variables: { input } }),
  });
  let body: { data?: { login?: AuthTokens | null } | null; errors?: CombinedGraphQLErrors['errors'] };
  try {
    body = await response.json();
  } catch {
    throw new Error(`login: network or server failure (HTTP ${response.status})`);
  }
  if (body.errors?.length) throw new CombinedGraphQLErrors(body);
  if (!body.data?.login) throw new Error(`login: network or server failure (HTTP ${response.status})`);
  return body.data.login;
}
