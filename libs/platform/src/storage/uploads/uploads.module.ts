import { Inject, Module, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit, Optional } from '@nestjs/common';
import type { Logger } from 'pino';
import { JOBS, Jobs } from '../../jobs/jobs';
import { LOGGER, safeError } from '../../logging/logger';
import { FilesController } from '../files.controller';
import { UploadsResolver } from './uploads.resolver';
import { SWEEP_CRON, SWEEP_QUEUE, THUMBNAIL_QUEUE, ThumbnailJob, UploadsService } from './uploads.service';

const SCHEDULE_RETRY_MS = 1000;
const SCHEDULE_GIVE_UP_MS = 10 * 60 * 1000;

/**
 * Uploads: the GraphQL mutations, the attachments table, the thumbnail and sweep jobs,
 * and `/files/:key` for the local storage's presigned URLs. Expects the app to provide
 * OBJECT_STORAGE, JOBS, LOGGER and TypeORM's DataSource globally.
 */
@Module({
  providers: [UploadsService, UploadsResolver],
  controllers: [FilesController],
  exports: [UploadsService],
})
export class UploadsModule implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private scheduleTimer?: NodeJS.Timeout;
  private destroyed = false;

  constructor(
    private readonly uploads: UploadsService,
    @Inject(JOBS) private readonly jobs: Jobs,
    @Optional() @Inject(LOGGER) private readonly logger?: Logger,
  ) {}

  onModuleInit(): void {
    this.jobs.register<ThumbnailJob>(THUMBNAIL_QUEUE, (job) => this.uploads.createThumbnail(job.attachmentId));
    this.jobs.register(SWEEP_QUEUE, async () => {
      await this.uploads.sweep();
    });
  }

  /**
   * pg-boss accepts a schedule only once started, which the app does after Nest's
   * bootstrap; so keep trying briefly in the background (an upsert: safe from every
   * process and on every start).
   */
  onApplicationBootstrap(): void {
    const started = Date.now();
    const attempt = async () => {
      if (this.destroyed) return;
      try {
        await this.jobs.schedule(SWEEP_QUEUE, SWEEP_CRON);
      } catch (e) {
        if (this.destroyed) return;
        if (Date.now() - started > SCHEDULE_GIVE_UP_MS) {
          this.logger?.warn({ queue: SWEEP_QUEUE, ...safeError(e) }, 'could not schedule the uploads sweep');
          return;
        }
        this.scheduleTimer = setTimeout(() => void attempt(), SCHEDULE_RETRY_MS);
        this.scheduleTimer.unref();
      }
    };
    this.scheduleTimer = setTimeout(() => void attempt(), 0);
    this.scheduleTimer.unref();
  }

  onModuleDestroy(): void {
    this.destroyed = true;
    if (this.scheduleTimer) clearTimeout(this.scheduleTimer);
  }
}
