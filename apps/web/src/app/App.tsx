import { MantineProvider } from '@mantine/core';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { apolloClient } from './apollo';
import { AuthBootstrap } from './auth/AuthBootstrap';
import { AppRoutes } from './routes';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <ApolloProvider client={apolloClient}>
        <BrowserRouter>
          <AuthBootstrap>
            <AppRoutes />
          </AuthBootstrap>
        </BrowserRouter>
      </ApolloProvider>
    </MantineProvider>
  );
}
