import { Inject, Module, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { JOBS, Jobs } from '../../jobs/jobs';
import { FilesController } from '../files.controller';
import { UploadsResolver } from './uploads.resolver';
import { RENDITIONS_BACKFILL_CRON, RENDITIONS_BACKFILL_QUEUE, SWEEP_CRON, SWEEP_QUEUE, THUMBNAIL_QUEUE, ThumbnailJob, UploadsService } from './uploads.service';

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
export class UploadsModule implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly uploads: UploadsService,
    @Inject(JOBS) private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register<ThumbnailJob>(THUMBNAIL_QUEUE, (job) => this.uploads.createThumbnail(job.attachmentId));
    this.jobs.register(SWEEP_QUEUE, async () => {
      await this.uploads.sweep();
    });
    this.jobs.register(RENDITIONS_BACKFILL_QUEUE, async () => {
      await this.uploads.backfillRenditions();
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(SWEEP_QUEUE, SWEEP_CRON);
    await this.jobs.schedule(RENDITIONS_BACKFILL_QUEUE, RENDITIONS_BACKFILL_CRON);
  }
}
