import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  DomainEvents,
  JOBS,
  Jobs,
  LOGGER,
  RequestLoaders,
  badInput,
  conflict,
  cursorAt,
  decodeCursor,
  forbidden,
  newId,
  notFound,
  pageSize,
  safeError,
  toConnection,
  type Connection,
  type Viewer,
} from '@ketnoi/platform';
import { GroupAccess } from '@ketnoi/groups';
import { verifiedUsers } from '@ketnoi/identity';
import { LiveSessionCohostEntity, LiveSessionEntity, LiveSessionInviteeEntity } from './entities';
import { LiveAccess, LiveClock, SESSION_NOT_FOUND } from './live-access';
import { LiveEvents } from './live-events';
import { closeAttendance, dueReminders, overdueLive, pastPage, programmeSessionsPage, programmesByIds, upcomingPage } from './live.queries';
import { MEDIA_GATEWAY, MediaGateway, PLAYBACK_URL_SECONDS, PlaybackTokens } from './media/media-gateway';
import { LiveAudience, LiveEventKind, LiveStatus, ScheduleLiveSessionInput } from './types';

export const CREDIT_QUEUE = 'live.credit';
export const REMINDER_QUEUE = 'live.reminders';
export const AUTO_END_QUEUE = 'live.auto-end';

/** A LIVE session ends by itself when nothing has been published for this long… */
export const AUTO_END_IDLE_MINUTES = 20;
/** …or when its planned end (the later of planned and actual start, plus the planned minutes) is this far behind. */
export const AUTO_END_GRACE_MINUTES = 60;

/** Domain events other features may listen to (notifications). */
export interface LiveSessionEvent {
  type: 'live.scheduled' | 'live.starting' | 'live.started';
  actorId: string | null;
  sessionId: string;
  [key: string]: unknown;
}

/** A key a studio program can hold: 24 random bytes, URL- and RTMP-safe. */
export const newStreamKey = () => `ktn_${randomBytes(24).toString('base64url')}`;

/** How far in the past a new start time may be (clock skew, a form filled slowly). */
const START_SKEW_MS = 5 * 60_000;

@Injectable()
export class LiveSessionsService {
  private readonly logger: Logger;
  readonly tokens: PlaybackTokens;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: LiveAccess,
    private readonly groups: GroupAccess,
    private readonly events: LiveEvents,
    private readonly domainEvents: DomainEvents,
    private readonly clock: LiveClock,
    @Inject(MEDIA_GATEWAY) private readonly media: MediaGateway,
    @Inject(JOBS) private readonly jobs: Jobs,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'live.sessions' });
    this.tokens = new PlaybackTokens(config.jwtSecret);
  }

  // ---------- scheduling ----------

  /** The rules that need the database; shapes and ranges were checked by ScheduleLiveSessionInput. */
  private async checkInput(
    viewer: Viewer,
    input: ScheduleLiveSessionInput,
    m: EntityManager,
  ): Promise<{ groupId: string | null; inviteeIds: string[]; coHostIds: string[] }> {
    let groupId = input.groupId ?? null;
    if (input.programmeId) {
      const [programme] = await programmesByIds(m, [input.programmeId]);
      if (!programme) throw badInput('programmeId', 'Không tìm thấy chương trình đào tạo này.');
      if (input.audience !== LiveAudience.GROUP)
        throw badInput('audience', 'Buổi thuộc chương trình đào tạo dành cho thành viên nhóm của chương trình (chọn đối tượng "Nhóm").');
      if (groupId && groupId !== programme.groupId) throw badInput('groupId', 'Nhóm phải là nhóm của chương trình đào tạo.');
      groupId = programme.groupId;
    }
    if (input.audience === LiveAudience.GROUP) {
      if (!groupId) throw badInput('groupId', 'Hãy chọn nhóm được xem.');
      const info = await this.groups.check(viewer.id, groupId, m);
      if (!info || !info.visible) throw badInput('groupId', 'Không tìm thấy nhóm này.');
      if (!info.isModerator) throw forbidden('Chỉ chủ nhóm và quản trị viên của nhóm mới lên lịch phát trực tiếp cho nhóm.');
    } else if (groupId) {
      throw badInput('groupId', 'Chỉ chọn nhóm khi đối tượng xem là "Nhóm".');
    }
    const inviteeIds = (input.inviteeIds ?? []).filter((id) => id !== viewer.id);
    if (input.audience === LiveAudience.INVITEES) {
      if (!inviteeIds.length) throw badInput('inviteeIds', 'Hãy mời ít nhất một người.');
      if ((await verifiedUsers(m, inviteeIds)).length !== inviteeIds.length)
        throw badInput('inviteeIds', 'Có người được mời không tồn tại hoặc chưa được xác minh.');
    } else if (inviteeIds.length) {
      throw badInput('inviteeIds', 'Chỉ mời từng người khi đối tượng xem là "Người được mời".');
    }
    const coHostIds = (input.coHostIds ?? []).filter((id) => id !== viewer.id);
    if (coHostIds.length && (await verifiedUsers(m, coHostIds)).length !== coHostIds.length) {
      throw badInput('coHostIds', 'Có người đồng chủ trì không tồn tại hoặc chưa được xác minh.');
    }
    return { groupId, inviteeIds, coHostIds };
  }

  private checkStart(start: Date): void {
    if (start.getTime() < this.clock.now().getTime() - START_SKEW_MS) throw badInput('scheduledStart', 'Thời gian bắt đầu phải ở tương lai.');
  }

  async schedule(viewer: Viewer, input: ScheduleLiveSessionInput): Promise<LiveSessionEntity> {
    if (input.clientId) {
      const existing = await this.dataSource.manager.findOneBy(LiveSessionEntity, { hostId: viewer.id, clientId: input.clientId });
      if (existing) return existing;
    }
    this.checkStart(input.scheduledStart);
    const id = newId();
    try {
      await this.dataSource.transaction(async (m) => {
        const { groupId, inviteeIds, coHostIds } = await this.checkInput(viewer, input, m);
        await m.insert(LiveSessionEntity, {
          id,
          hostId: viewer.id,
          title: input.title,
          description: input.description || null,
          audience: input.audience,
          groupId,
          programmeId: input.programmeId ?? null,
          status: LiveStatus.SCHEDULED,
          scheduledStart: input.scheduledStart,
          scheduledMinutes: input.scheduledMinutes,
          cmeHours: input.cmeHours ?? null,
          attendanceThreshold: input.attendanceThreshold ?? 0.8,
          streamKey: newStreamKey(),
          clientId: input.clientId ?? null,
        });
        await this.writePeople(m, id, inviteeIds, coHostIds);
      });
    } catch (e) {
      if ((e as { code?: string }).code === '23505' && input.clientId) {
        const again = await this.dataSource.manager.findOneBy(LiveSessionEntity, { hostId: viewer.id, clientId: input.clientId });
        if (again) return again;
      }
      throw e;
    }
    await this.domainEvents.emit({ type: 'live.scheduled', actorId: viewer.id, sessionId: id } satisfies LiveSessionEvent);
    return this.dataSource.manager.findOneByOrFail(LiveSessionEntity, { id });
  }

  private async writePeople(m: EntityManager, sessionId: string, inviteeIds: string[], coHostIds: string[]): Promise<void> {
    await m.delete(LiveSessionInviteeEntity, { sessionId });
    await m.delete(LiveSessionCohostEntity, { sessionId });
    if (inviteeIds.length)
      await m.insert(
        LiveSessionInviteeEntity,
        inviteeIds.map((userId) => ({ sessionId, userId })),
      );
    if (coHostIds.length)
      await m.insert(
        LiveSessionCohostEntity,
        coHostIds.map((userId) => ({ sessionId, userId })),
      );
  }

  /** The host, while SCHEDULED: every field as in scheduling. */
  async update(viewer: Viewer, id: string, input: ScheduleLiveSessionInput): Promise<LiveSessionEntity> {
    const { session } = await this.access.requireHost(viewer, id);
    if (session.status !== LiveStatus.SCHEDULED) throw conflict('Chỉ sửa được buổi chưa bắt đầu.');
    if (input.scheduledStart.getTime() !== session.scheduledStart.getTime()) this.checkStart(input.scheduledStart);
    await this.dataSource.transaction(async (m) => {
      const { groupId, inviteeIds, coHostIds } = await this.checkInput(viewer, input, m);
      const changed = await m.update(
        LiveSessionEntity,
        { id, status: LiveStatus.SCHEDULED },
        {
          title: input.title,
          description: input.description || null,
          audience: input.audience,
          groupId,
          programmeId: input.programmeId ?? null,
          scheduledStart: input.scheduledStart,
          scheduledMinutes: input.scheduledMinutes,
          cmeHours: input.cmeHours ?? null,
          attendanceThreshold: input.attendanceThreshold ?? 0.8,
          ...(input.scheduledStart.getTime() !== session.scheduledStart.getTime() ? { remindedAt: null } : {}),
        },
      );
      if (!changed.affected) throw conflict('Chỉ sửa được buổi chưa bắt đầu.');
      await this.writePeople(m, id, inviteeIds, coHostIds);
    });
    return this.dataSource.manager.findOneByOrFail(LiveSessionEntity, { id });
  }

  private async transition(id: string, from: LiveStatus, to: LiveStatus, set: Partial<LiveSessionEntity>, message: string): Promise<LiveSessionEntity> {
    const changed = await this.dataSource.manager.update(LiveSessionEntity, { id, status: from }, { status: to, ...set });
    if (!changed.affected) throw conflict(message);
    await this.events.publish({ kind: LiveEventKind.STATUS, sessionId: id, status: to });
    return this.dataSource.manager.findOneByOrFail(LiveSessionEntity, { id });
  }

  async cancel(viewer: Viewer, id: string): Promise<LiveSessionEntity> {
    await this.access.requireHost(viewer, id);
    return this.transition(id, LiveStatus.SCHEDULED, LiveStatus.CANCELLED, {}, 'Chỉ hủy được buổi chưa bắt đầu.');
  }

  /** SCHEDULED → LIVE (earlier than planned is fine); from now on ingest with the current key is accepted. */
  async start(viewer: Viewer, id: string): Promise<LiveSessionEntity> {
    await this.access.requireHost(viewer, id);
    const session = await this.transition(
      id,
      LiveStatus.SCHEDULED,
      LiveStatus.LIVE,
      { startedAt: this.clock.now(), mediaIdleSince: this.clock.now(), ingestError: null },
      'Chỉ bắt đầu được buổi đang chờ phát.',
    );
    await this.domainEvents.emit({ type: 'live.started', actorId: viewer.id, sessionId: id } satisfies LiveSessionEvent);
    return session;
  }

  /**
   * LIVE → ENDED: no more ingest, pending attendance gaps close, the media pipeline
   * finishes and hands the recording on, and the credit job is queued (it is idempotent).
   */
  async end(viewer: Viewer, id: string): Promise<LiveSessionEntity> {
    await this.access.requireHost(viewer, id);
    return this.endNow(id);
  }

  private async endNow(id: string): Promise<LiveSessionEntity> {
    const endedAt = this.clock.now();
    const session = await this.transition(id, LiveStatus.LIVE, LiveStatus.ENDED, { endedAt }, 'Chỉ kết thúc được buổi đang phát.');
    await closeAttendance(this.dataSource.manager, id, endedAt);
    await this.media.stop(id).catch((e) => this.logger.error({ ...safeError(e), sessionId: id }, 'media stop failed'));
    await this.queueCredits(id);
    return session;
  }

  /** Queues the credit job (it writes each credit once, however often it runs). */
  async queueCredits(sessionId: string): Promise<void> {
    await this.jobs.send(CREDIT_QUEUE, { sessionId }, { singletonKey: sessionId });
  }

  async rotateKey(viewer: Viewer, id: string): Promise<LiveSessionEntity> {
    const { session } = await this.access.requireHostSide(viewer, id);
    if (session.status === LiveStatus.ENDED || session.status === LiveStatus.CANCELLED) throw conflict('Buổi này đã kết thúc.');
    await this.dataSource.manager.update(LiveSessionEntity, { id }, { streamKey: newStreamKey() });
    return this.dataSource.manager.findOneByOrFail(LiveSessionEntity, { id });
  }

  // ---------- media hooks ----------

  async authorizePublish(streamKey: string): Promise<{ sessionId: string } | null> {
    if (!/^[A-Za-z0-9_-]{8,100}$/.test(streamKey)) return null;
    const row = await this.dataSource.manager.findOneBy(LiveSessionEntity, { streamKey, status: LiveStatus.LIVE });
    return row ? { sessionId: row.id } : null;
  }

  async publishState(sessionId: string, state: { publishing: boolean; problem: string | null }): Promise<void> {
    const idle = { mediaIdleSince: state.publishing ? null : this.clock.now() };
    await this.dataSource.manager.update(
      LiveSessionEntity,
      { id: sessionId },
      state.publishing || state.problem ? { ingestError: state.problem, ...idle } : idle,
    );
  }

  /**
   * The host forgot to end it: LIVE sessions with no media for AUTO_END_IDLE_MINUTES, or past
   * their planned end by AUTO_END_GRACE_MINUTES, end as if the host had ended them (attendance
   * closes, media stops, the credit job is queued). Returns the ids ended.
   */
  async autoEnd(): Promise<string[]> {
    const ids = await overdueLive(this.dataSource.manager, this.clock.now(), AUTO_END_IDLE_MINUTES, AUTO_END_GRACE_MINUTES);
    const ended: string[] = [];
    for (const id of ids) {
      try {
        await this.endNow(id);
        ended.push(id);
        this.logger.info({ sessionId: id }, 'live session ended automatically');
      } catch (e) {
        // The host ended it meanwhile (conflict): nothing to do.
        this.logger.debug({ ...safeError(e), sessionId: id }, 'auto-end skipped');
      }
    }
    return ended;
  }

  // ---------- reading ----------

  async get(viewer: Viewer, id: string, loaders: RequestLoaders): Promise<LiveSessionEntity | null> {
    return (await this.access.find(viewer, id, loaders))?.session ?? null;
  }

  async upcoming(viewer: Viewer, first?: number | null, after?: string | null): Promise<Connection<LiveSessionEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['int', 'time', 'uuid']);
    const rows = await upcomingPage(this.dataSource.manager, viewer.id, size + 1, cursor);
    return toConnection(rows, size, (s) => [s.rank, s.scheduledStart.toISOString(), s.id]);
  }

  async past(viewer: Viewer, first?: number | null, after?: string | null): Promise<Connection<LiveSessionEntity>> {
    const size = pageSize(first);
    const rows = await pastPage(this.dataSource.manager, viewer.id, size + 1, cursorAt(after));
    return toConnection(rows, size, (s) => [(s.endedAt as Date).toISOString(), s.id]);
  }

  async programmeSessions(programmeId: string, first?: number | null, after?: string | null): Promise<Connection<LiveSessionEntity>> {
    const size = pageSize(first);
    const rows = await programmeSessionsPage(this.dataSource.manager, programmeId, size + 1, cursorAt(after));
    return toConnection(rows, size, (s) => [s.scheduledStart.toISOString(), s.id]);
  }

  /** A viewer's URLs: the live stream while LIVE, the recording once it is ready; null otherwise. */
  playback(viewer: Viewer, session: LiveSessionEntity): { hlsUrl: string | null; webrtcUrl: null; expiresAt: Date } | null {
    const expiresAt = new Date(Date.now() + PLAYBACK_URL_SECONDS * 1000);
    const token = this.tokens.sign(session.id, viewer.id, expiresAt);
    if (session.status === LiveStatus.LIVE) return { hlsUrl: this.media.livePlaybackUrl(session.id, token), webrtcUrl: null, expiresAt };
    if (session.status === LiveStatus.ENDED && session.recordingStatus === 'READY')
      return { hlsUrl: `/live/hls/${session.id}/${token}/index.m3u8`, webrtcUrl: null, expiresAt };
    return null;
  }

  ingest(session: LiveSessionEntity) {
    const urls = this.media.ingest(session.id, session.streamKey);
    return {
      ...urls,
      browserUrl: urls.browserUrl ? `${urls.browserUrl}?key=${encodeURIComponent(session.streamKey)}` : null,
      streamKey: session.streamKey,
      publishing: this.media.isPublishing(session.id),
      problem: session.ingestError,
    };
  }

  /** Sessions about to start get their "starts in 15 minutes" announcement once. */
  async remind(minutes = 15): Promise<void> {
    for (const sessionId of await dueReminders(this.dataSource.manager, this.clock.now(), minutes)) {
      await this.domainEvents.emit({ type: 'live.starting', actorId: null, sessionId } satisfies LiveSessionEvent);
    }
  }

  requireFound(session: LiveSessionEntity | null): LiveSessionEntity {
    if (!session) throw notFound(SESSION_NOT_FOUND);
    return session;
  }
}
