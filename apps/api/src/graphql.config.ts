import { ApolloDriverConfig } from '@nestjs/apollo';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import GraphQLJSON from 'graphql-type-json';
import type { Logger } from 'pino';
import {
  AppConfig,
  Authenticator,
  RequestContext,
  RequestLoaders,
  Viewer,
  bearerToken,
  costLimitPlugin,
  errorCodeOf,
  formatGraphQLError,
  inputGuardPlugin,
  safeError,
  validationRules,
} from '@ketnoi/platform';
import type { AuthService } from '@ketnoi/identity';

/** The one error map of both transports (HTTP here, graphql-ws in graphql-ws.server.ts). */
export function graphqlErrorFormatter(logger: Logger, { production }: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = formatGraphQLError(formatted, error, { hideSuggestions: production });
    if (out.extensions?.code === 'INTERNAL_SERVER_ERROR') {
      const original = (error as { originalError?: unknown })?.originalError ?? error;
      logger.error({ path: formatted.path, ...safeError(original) }, 'unhandled resolver error');
    }
    return out;
  };
}

export function graphqlOptions(config: AppConfig, auth: AuthService & Authenticator, logger: Logger): ApolloDriverConfig {
  let schema: GraphQLSchema | undefined;
  const production = config.env === 'production';
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    // graphql-ws applies the same two through validateOperation.
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    resolvers: { JSON: GraphQLJSON },
    validationRules,
    transformSchema: (s: GraphQLSchema) => (schema = s),
    plugins: [
      inputGuardPlugin(() => schema as GraphQLSchema, logger),
      costLimitPlugin(() => schema as GraphQLSchema),
      {
        async requestDidStart({ request }) {
          const started = Date.now();
          return {
            async willSendResponse({ response, errors }) {
              logger.info(
                {
                  operation: request.operationName ?? undefined,
                  ms: Date.now() - started,
                  errors: errors?.map(errorCodeOf),
                  http: response.http?.status,
                },
                'graphql',
              );
            },
          };
        },
      },
    ],
    formatError: graphqlErrorFormatter(logger, { production }),
    // No `subscriptions`: GraphqlWsServer serves graphql-ws on the same port and path.
    context: async (arg: { req: Request; res: Response }): Promise<RequestContext> => {
      const req = arg.req;
      const token = bearerToken(req.headers.authorization);
      let viewer: Viewer | null = null;
      let authError: string | undefined;
      if (token) {
        viewer = await auth.authenticate(token);
        if (!viewer) authError = auth.tokenProblem(token);
      }
      return {
        viewer,
        authError,
        loaders: new RequestLoaders(),
        req,
        res: arg.res,
        ip: req.ip,
        userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : undefined,
        requestId: randomUUID(),
      };
    },
  };
}
