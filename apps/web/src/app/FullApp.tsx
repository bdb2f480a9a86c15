import { ApolloProvider } from '@apollo/client/react';
import { apolloClient } from './apollo';
import { AppRoutes } from './routes';

/** Everything behind the login form: Apollo Client, the signed-in shell and every route. */
export function FullApp() {
  return (
    <ApolloProvider client={apolloClient}>
      <AppRoutes />
    </ApolloProvider>
  );
}
