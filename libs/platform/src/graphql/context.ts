import type { Request, Response } from 'express';
import type { Viewer } from '../auth/viewer';
import type { SubscriptionSink } from '../pubsub/shared-fanout';
import { RequestLoaders } from './loaders';

export interface RequestContext {
  viewer: Viewer | null;
  /** Set when a token was presented but is invalid or expired. */
  authError?: string;
  loaders: RequestLoaders;
  req?: Request;
  res?: Response;
  ip?: string;
  userAgent?: string;
  requestId: string;
  /** true for graphql-ws connections */
  ws?: boolean;
  /** graphql-ws only: bytes queued on this connection's socket, not yet sent (a slow or stalled client). */
  sendBacklog?: () => number;
  /** graphql-ws only: this operation's own frame writer, for subscriptions fanned out with one serialisation per event (see SharedFanout). */
  subscriptionSink?: SubscriptionSink;
}
