import { createApolloClient } from './client';

/** The app's single Apollo Client. */
export const apolloClient = createApolloClient();
