import { Inject, Module, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Express } from 'express';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig, JOBS, Jobs, LOGGER, UpgradeRoutes, routeBeforeApp } from '@ketnoi/platform';
import { UploadsModule } from '@ketnoi/platform/storage/uploads';
import { IdentityModule } from '@ketnoi/identity';
import { GroupsModule } from '@ketnoi/groups';
import { LiveAccess, LiveClock } from './live-access';
import { LiveEvents } from './live-events';
import { AUTO_END_QUEUE, CREDIT_QUEUE, LiveSessionsService, REMINDER_QUEUE } from './sessions.service';
import { AttendanceService } from './attendance.service';
import { LiveChatService } from './chat.service';
import { ProgrammesService } from './programmes.service';
import { RecordingService } from './recording.service';
import { HLS_PREFIX, HlsHandler } from './hls.handler';
import {
  AttendanceResolver,
  LedgerResolver,
  LiveChatResolver,
  LiveSessionsResolver,
  ProgrammeProgressResolver,
  ProgrammesResolver,
  TrainingCreditResolver,
} from './live.resolver';
import { EmbeddedMediaGateway } from './media/embedded-gateway';
import { ExternalMediaGateway } from './media/external-gateway';
import { MEDIA_GATEWAY, MediaGateway } from './media/media-gateway';

/** The embedded gateway without a listener (the worker, LIVE_MEDIA=off) still signs playback URLs and stores recordings. */
function createGateway(config: AppConfig, logger: Logger): MediaGateway {
  const log = logger.child({ component: 'live.media' });
  if (config.live.media === 'external') {
    return new ExternalMediaGateway({
      rtmpPublicUrl: config.live.rtmpPublicUrl as string,
      hlsBaseUrl: config.live.hlsBaseUrl as string,
      dataDir: config.dataDir,
    });
  }
  return new EmbeddedMediaGateway(
    {
      dataDir: config.dataDir,
      host: config.host,
      rtmpPort: config.live.rtmpPort,
      rtmpPublicUrl: config.live.rtmpPublicUrl,
      publicUrl: config.publicUrl,
      ffmpegPath: config.live.ffmpegPath,
    },
    log,
  );
}

/** Live sessions, ingest, playback, chat and Q&A, attendance, CME credit, training programmes. */
@Module({
  imports: [IdentityModule, GroupsModule, UploadsModule],
  providers: [
    { provide: MEDIA_GATEWAY, inject: [APP_CONFIG, LOGGER], useFactory: createGateway },
    LiveClock,
    LiveAccess,
    LiveEvents,
    LiveSessionsService,
    AttendanceService,
    LiveChatService,
    ProgrammesService,
    RecordingService,
    HlsHandler,
    LiveSessionsResolver,
    AttendanceResolver,
    LiveChatResolver,
    ProgrammesResolver,
    ProgrammeProgressResolver,
    LedgerResolver,
    TrainingCreditResolver,
  ],
  exports: [LiveSessionsService, LiveAccess, AttendanceService, ProgrammesService, RecordingService, LiveClock, MEDIA_GATEWAY],
})
export class LiveModule implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    @Inject(MEDIA_GATEWAY) private readonly media: MediaGateway,
    @Inject(JOBS) private readonly jobs: Jobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: LiveSessionsService,
    private readonly attendance: AttendanceService,
    private readonly recordings: RecordingService,
    private readonly hls: HlsHandler,
    private readonly upgrades: UpgradeRoutes,
    private readonly httpHost: HttpAdapterHost,
  ) {}

  async onModuleInit(): Promise<void> {
    this.media.bind({
      authorizePublish: (key) => this.sessions.authorizePublish(key),
      publishState: (id, state) => this.sessions.publishState(id, state),
      recordingFinished: (id, dir) => this.recordings.store(id, dir),
    });
    this.jobs.register<{ sessionId: string }>(CREDIT_QUEUE, async ({ sessionId }) => void (await this.attendance.credit(sessionId)));
    this.jobs.register(REMINDER_QUEUE, () => this.sessions.remind());
    await this.jobs.schedule(REMINDER_QUEUE, '* * * * *');
    this.jobs.register(AUTO_END_QUEUE, async () => void (await this.sessions.autoEnd()));
    await this.jobs.schedule(AUTO_END_QUEUE, '* * * * *');
    // Mounted here (during init, after the API's routes, before Nest's 404 handler).
    const app = this.httpHost?.httpAdapter?.getInstance<Express>();
    app?.use('/live/hooks', this.hls.hooks);
  }

  /** Only the API has an HTTP server: it serves HLS and hooks, and (embedded) listens for RTMP and browser ingest. */
  async onApplicationBootstrap(): Promise<void> {
    const adapter = this.httpHost?.httpAdapter;
    if (!adapter) return;
    routeBeforeApp(adapter.getHttpServer() as Server, HLS_PREFIX, this.hls.hls);
    if (this.media instanceof EmbeddedMediaGateway && this.config.live.media === 'embedded') {
      this.upgrades.install(adapter.getHttpServer() as Server);
      await this.media.start(this.upgrades);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.media.close();
  }
}
