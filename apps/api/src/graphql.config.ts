import { ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { ServerOptions } from 'graphql-ws';
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
  inputGuardOnSubscribe,
  inputGuardPlugin,
  safeError,
  validationRules,
} from '@ketnoi/platform';
import type { AuthService } from '@ketnoi/identity';

interface WsExtra {
  viewer?: Viewer;
  /** graphql-ws puts the connection's `ws` socket here. */
  socket?: { bufferedAmount: number };
  request?: { socket?: { remoteAddress?: string }; headers?: Record<string, string | string[] | undefined> };
}

export function graphqlOptions(config: AppConfig, auth: AuthService & Authenticator, logger: Logger): ApolloDriverConfig {
  let schema: GraphQLSchema | undefined;
  const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = formatGraphQLError(formatted, error, { hideSuggestions: config.env === 'production' });
    if (out.extensions?.code === 'INTERNAL_SERVER_ERROR') {
      const original = (error as { originalError?: unknown })?.originalError ?? error;
      logger.error({ path: formatted.path, ...safeError(original) }, 'unhandled resolver error');
    }
    return out;
  };
  const production = config.env === 'production';
  const wsOptions: Partial<ServerOptions> & { path: string } = {
    path: '/graphql',
    // The same input guard as HTTP (null bytes, lone surrogates, non-UUID ids).
    onSubscribe: inputGuardOnSubscribe(() => schema as GraphQLSchema, logger),
    // A missing, bad or expired token closes the socket with 4403 (returning false).
    onConnect: async (ctx) => {
      const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
      const token = bearerToken(params.authorization ?? params.Authorization);
      const viewer = token ? await auth.authenticate(token) : null;
      if (!viewer) return false;
      (ctx.extra as WsExtra).viewer = viewer;
      return true;
    },
    // The same error map as HTTP: codes and fields, never stack traces or driver text.
    onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : undefined,
  };
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    resolvers: { JSON: GraphQLJSON },
    validationRules,
    transformSchema: (s: GraphQLSchema) => (schema = s),
    plugins: [
      costLimitPlugin(() => schema as GraphQLSchema),
      inputGuardPlugin(() => schema as GraphQLSchema, logger),
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
    formatError,
    subscriptions: {
      'graphql-ws': wsOptions as GraphQLWsSubscriptionsConfig,
    },
    context: async (arg: { req?: Request; res?: Response; extra?: WsExtra }): Promise<RequestContext> => {
      if (arg.extra) {
        const extra = arg.extra;
        return { viewer: extra.viewer ?? null, loaders: new RequestLoaders(), ws: true, requestId: randomUUID(), sendBacklog: () => extra.socket?.bufferedAmount ?? 0 };
      }
      const req = arg.req as Request;
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
