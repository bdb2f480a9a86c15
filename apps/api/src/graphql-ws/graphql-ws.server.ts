import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ExecutionArgs, GraphQLError, execute, parse } from 'graphql';
import type { Disposable } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import {
  APP_CONFIG,
  AppConfig,
  LOGGER,
  PUB_SUB,
  RequestContext,
  RequestLoaders,
  UpgradeRoutes,
  bearerToken,
  inputGuardErrors,
  safeError,
  unauthenticated,
  validateOperation,
} from '@ketnoi/platform';
import { AuthService, SESSIONS_REVOKED_CHANNEL, SessionsRevokedEvent } from '@ketnoi/identity';
import { graphqlErrorFormatter } from '../graphql.config';
import { SessionSockets, closeForbidden } from './session-sockets';

export const GRAPHQL_WS_LIMITS = {
  /**
   * Largest frame accepted, in bytes. The web app sends only subscriptions over the socket;
   * a larger frame (an upload-sized mutation belongs on HTTP) is refused with 1009 before
   * it is buffered.
   */
  maxPayload: 64 * 1024,
  /** A socket that has not sent connection_init by then is closed (4408). */
  connectionInitWaitMs: 3_000,
};

/** Options of every fanned-out frame: text, never compressed (one object, not one per send). */
const TEXT_FRAME = { binary: false, compress: false } as const;

/** Per connection, beside graphql-ws's socket and request: the access token it was opened with. */
type WsExtra = { token: string };

/**
 * graphql-ws on the HTTP server's port, at /graphql. Created here rather than through
 * @nestjs/graphql, which cannot pass options to its WebSocketServer (maxPayload).
 * Every operation on a socket goes through the same checks as an HTTP request: the access
 * token and its session (one indexed query), then validation and cost (validateOperation).
 */
@Injectable()
export class GraphqlWsServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly sockets = new SessionSockets();
  private server?: Disposable;
  private revocationSubscription?: Promise<number | undefined>;
  private readonly formatError: ReturnType<typeof graphqlErrorFormatter>;
  private readonly logger: Logger;

  constructor(
    private readonly httpHost: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly auth: AuthService,
    private readonly upgrades: UpgradeRoutes,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'graphql-ws' });
    this.formatError = graphqlErrorFormatter(this.logger, { production: config.env === 'production' });
  }

  onApplicationBootstrap(): void {
    this.revocationSubscription = this.pubsub
      .subscribe(
        SESSIONS_REVOKED_CHANNEL,
        (event: SessionsRevokedEvent) => {
          if (Array.isArray(event?.sessionIds)) this.sockets.closeSessions(event.sessionIds);
        },
        {},
      )
      .catch((e) => void this.logger.error(safeError(e), 'cannot listen for session revocations'));
    // noServer: upgrades are routed by path (UpgradeRoutes), so other WebSocket paths (live ingest) share the port.
    const wss = new WebSocketServer({ noServer: true, maxPayload: GRAPHQL_WS_LIMITS.maxPayload });
    this.upgrades.register('/graphql', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)));
    this.upgrades.install(this.httpHost.httpAdapter.getHttpServer() as Server);
    this.server = useServer<Record<string, unknown>, WsExtra>(
      {
        schema: this.schemaHost.schema,
        connectionInitWaitTimeout: GRAPHQL_WS_LIMITS.connectionInitWaitMs,
        isProd: this.config.env === 'production',
        // A missing, bad or expired token, or an ended session, closes the socket with 4403.
        onConnect: async (ctx) => {
          const token = bearerToken(ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization);
          const claims = token ? this.auth.accessTokenClaims(token) : null;
          if (!token || !claims) return false;
          // Tracked before the session is looked up, so a revocation in between still closes it.
          this.sockets.track(claims.sessionId, ctx.extra.socket, claims.expiresAt);
          if (!(await this.auth.authenticate(token))) return false;
          ctx.extra.token = token;
          return true;
        },
        onSubscribe: async (ctx, id, payload) => {
          // Set by onConnect: graphql-ws takes operations only on acknowledged sockets.
          const token = ctx.extra.token as string;
          const viewer = await this.auth.authenticate(token);
          if (!viewer) {
            // Refused like an HTTP request with this token, then the socket closes once the
            // refusal is on its way (the client reconnects with a fresh token, or not at all).
            setImmediate(() => closeForbidden(ctx.extra.socket));
            const message = this.auth.tokenProblem(token);
            return [new GraphQLError(message, { originalError: unauthenticated(message) })];
          }
          let document;
          try {
            document = parse(payload.query);
          } catch (e) {
            if (!(e instanceof GraphQLError)) throw e;
            return [new GraphQLError(e.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
          }
          const request = { document, operationName: payload.operationName, variables: payload.variables };
          const schema = this.schemaHost.schema;
          const errors = validateOperation(schema, request, { production: this.config.env === 'production' });
          if (errors.length) return errors;
          const inputErrors = inputGuardErrors(schema, request, this.logger);
          if (inputErrors.length) return inputErrors;
          const socket = ctx.extra.socket;
          const variableValues = payload.variables ?? undefined;
          const contextValue: RequestContext = {
            viewer,
            loaders: new RequestLoaders(),
            ws: true,
            requestId: randomUUID(),
            sendBacklog: () => socket.bufferedAmount,
            // For resolvers that fan out themselves: one execution and one serialisation per
            // event for every operation with the same key, then this frame writer per socket.
            subscriptionSink: {
              id,
              key: `${payload.operationName ?? ''}\u0000${payload.query}\u0000${JSON.stringify(variableValues ?? null)}`,
              document,
              schema,
              execute: async (rootValue, shared) => {
                const result = await execute({ schema, document, operationName: payload.operationName, variableValues, rootValue, contextValue: shared });
                return result.errors ? { ...result, errors: result.errors.map((e) => this.formatError(e.toJSON(), e)) as never } : result;
              },
              send: (frame) => {
                if (socket.readyState !== socket.OPEN) return false;
                socket.send(frame, TEXT_FRAME);
                return true;
              },
              backlog: () => socket.bufferedAmount,
            },
          };
          return {
            schema,
            document,
            operationName: payload.operationName,
            variableValues: payload.variables,
            contextValue,
          } satisfies ExecutionArgs;
        },
        // The same error map as HTTP: codes and fields, never stack traces or driver text.
        onError: (_ctx, _id, _payload, errors) => errors.map((e) => this.formatError(e.toJSON(), e)),
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors ? { ...result, errors: result.errors.map((e) => this.formatError(e.toJSON(), e)) } : undefined,
      },
      wss,
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.server?.dispose();
    const id = await this.revocationSubscription;
    if (id !== undefined) this.pubsub.unsubscribe(id);
  }
}
