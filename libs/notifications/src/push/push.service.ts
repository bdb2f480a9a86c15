import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import webpush from 'web-push';
import { APP_CONFIG, JOBS, LOGGER, badInput, newId, safeError, type AppConfig, type Jobs, type Viewer } from '@ketnoi/platform';
import { PushPreferencesEntity, PushSubscriptionEntity } from './entities';
import type { PushKind, PushPayload, PushSettingsType, RegisterPushSubscriptionArgs, UpdatePushSettingsInput } from './types';

export const PUSH_QUEUE = 'push.send';
export interface PushJob {
  userIds: string[];
  payload: PushPayload;
}

/** A browser may keep this many subscriptions per user (the oldest goes first). */
export const MAX_SUBSCRIPTIONS_PER_USER = 10;
/** How long a push service keeps an undelivered push (a phone that is off for a day gets nothing stale). */
const TTL_SECONDS = 6 * 3600;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const PREFERENCE: Record<PushKind, keyof Omit<PushSettingsType, never>> = {
  MESSAGE: 'messages',
  CONSULTATION: 'consultations',
  MENTION: 'mentions',
  BROADCAST: 'broadcasts',
};

const decode = (v: string) => Buffer.from(v.replace(/=+$/, ''), 'base64url');

/**
 * Web Push (VAPID, aes128gcm): subscriptions, per-kind settings, and delivery from a pg-boss
 * job. Payloads carry a kind and ids only — never message text, names or case content.
 */
@Injectable()
export class PushService {
  private readonly logger: Logger;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOBS) private readonly jobs: Jobs,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'push' });
  }

  publicKey(): string {
    return this.config.push.publicKey;
  }

  /** Push services are https; plain http only to this machine, outside production (tests, local receivers). */
  private checkEndpoint(endpoint: string): void {
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      throw badInput('endpoint', 'Địa chỉ nhận thông báo đẩy không hợp lệ.');
    }
    const ok = url.protocol === 'https:' || (url.protocol === 'http:' && this.config.env !== 'production' && LOOPBACK.has(url.hostname));
    if (!ok || url.username || url.password) throw badInput('endpoint', 'Địa chỉ nhận thông báo đẩy phải là một địa chỉ https.');
  }

  async register(viewer: Viewer, args: RegisterPushSubscriptionArgs): Promise<boolean> {
    this.checkEndpoint(args.endpoint);
    const key = decode(args.p256dh);
    if (key.length !== 65 || key[0] !== 4) throw badInput('p256dh', 'Khoá của trình duyệt không hợp lệ.');
    if (decode(args.auth).length !== 16) throw badInput('auth', 'Khoá xác thực của trình duyệt không hợp lệ.');
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `INSERT INTO push_subscriptions (id, user_id, endpoint, p256dh, auth) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (endpoint) DO UPDATE SET user_id = EXCLUDED.user_id, p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth, created_at = now()`,
        [newId(), viewer.id, args.endpoint, args.p256dh.replace(/=+$/, ''), args.auth.replace(/=+$/, '')],
      );
      await m.query(
        `DELETE FROM push_subscriptions WHERE id IN (
           SELECT id FROM push_subscriptions WHERE user_id = $1 ORDER BY created_at DESC, id DESC OFFSET $2)`,
        [viewer.id, MAX_SUBSCRIPTIONS_PER_USER],
      );
    });
    return true;
  }

  /** Removes the viewer's own subscription at `endpoint` (someone else's is left alone). */
  async unregister(viewer: Viewer, endpoint: string): Promise<boolean> {
    await this.dataSource.manager.delete(PushSubscriptionEntity, { userId: viewer.id, endpoint });
    return true;
  }

  async settings(viewer: Viewer): Promise<PushSettingsType> {
    const row = await this.dataSource.manager.findOneBy(PushPreferencesEntity, { userId: viewer.id });
    return { messages: row?.messages ?? true, consultations: row?.consultations ?? true, mentions: row?.mentions ?? true, broadcasts: row?.broadcasts ?? true };
  }

  async updateSettings(viewer: Viewer, input: UpdatePushSettingsInput): Promise<PushSettingsType> {
    const next = { ...(await this.settings(viewer)) };
    for (const k of ['messages', 'consultations', 'mentions', 'broadcasts'] as const) if (typeof input[k] === 'boolean') next[k] = input[k];
    await this.dataSource.manager.upsert(PushPreferencesEntity, { userId: viewer.id, ...next }, ['userId']);
    return next;
  }

  /** Hands a push to the job queue (called from domain-event listeners, after commit). */
  async enqueue(userIds: string[], payload: PushPayload): Promise<void> {
    const unique = [...new Set(userIds)];
    if (unique.length) await this.jobs.send<PushJob>(PUSH_QUEUE, { userIds: unique, payload });
  }

  /** The job: every subscription of every recipient who wants this kind. Gone endpoints (404/410) are dropped. */
  async deliver({ userIds, payload }: PushJob): Promise<void> {
    const column = PREFERENCE[payload.kind];
    if (!column || !this.config.push.publicKey) return;
    const subscriptions: { id: string; endpoint: string; p256dh: string; auth: string }[] = await this.dataSource.query(
      `SELECT s.id, s.endpoint, s.p256dh, s.auth FROM push_subscriptions s
         LEFT JOIN push_preferences p ON p.user_id = s.user_id
        WHERE s.user_id = ANY($1::uuid[]) AND COALESCE(p.${column}, true)`,
      [userIds],
    );
    const body = JSON.stringify({ kind: payload.kind, ...payload.ids });
    let sent = 0;
    let gone = 0;
    for (const s of subscriptions) {
      try {
        // web-push encrypts (aes128gcm) and signs (VAPID); the request itself goes through fetch,
        // which also reaches a plain-http receiver on this machine outside production (tests)
        const request = webpush.generateRequestDetails({ endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } }, body, {
          vapidDetails: { subject: this.config.push.subject, publicKey: this.config.push.publicKey, privateKey: this.config.push.privateKey },
          TTL: TTL_SECONDS,
          urgency: payload.kind === 'MESSAGE' || payload.kind === 'BROADCAST' ? 'high' : 'normal',
          contentEncoding: 'aes128gcm',
        });
        const res = await fetch(request.endpoint, {
          method: request.method,
          headers: request.headers as Record<string, string>,
          body: request.body as Buffer,
          redirect: 'error',
          signal: AbortSignal.timeout(10_000),
        });
        await res.arrayBuffer();
        if (!res.ok) throw Object.assign(new Error('push service refused'), { statusCode: res.status });
        sent++;
      } catch (e) {
        const status = (e as { statusCode?: number }).statusCode;
        if (status === 404 || status === 410) {
          await this.dataSource.manager.delete(PushSubscriptionEntity, { id: s.id });
          gone++;
        } else {
          // ids and codes only: an endpoint URL identifies a device, so it is not logged
          this.logger.warn({ subscriptionId: s.id, status, ...safeError(e) }, 'push failed');
        }
      }
    }
    this.logger.debug({ kind: payload.kind, recipients: userIds.length, sent, gone }, 'push delivered');
  }
}
