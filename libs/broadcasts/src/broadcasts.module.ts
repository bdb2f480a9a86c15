import { Module } from '@nestjs/common';
import { UploadsModule } from '@ketnoi/platform/storage/uploads';
import { IdentityModule } from '@ketnoi/identity';
import { DirectoryModule } from '@ketnoi/directory';
import { BroadcastsFeedController } from './atom.controller';
import { BroadcastQueries } from './broadcasts.queries';
import { BroadcastReachResolver, BroadcastReachRowResolver, BroadcastsResolver } from './broadcasts.resolver';
import { BroadcastsService } from './broadcasts.service';
import { BroadcastDelivery } from './delivery';
import { RegistryWorkforceReach, WORKFORCE_REACH } from './workforce-seam';

/**
 * Policy broadcasts (kênh chính sách): the ministry nationally and each department in its
 * province publish immutable announcements; readers acknowledge; publishers see reach.
 * Who is reached: `targetsSql` (targeting.ts), evaluated on read (no fan-out on publish).
 */
@Module({
  imports: [IdentityModule, DirectoryModule, UploadsModule],
  controllers: [BroadcastsFeedController],
  providers: [
    BroadcastQueries,
    BroadcastsService,
    BroadcastDelivery,
    BroadcastsResolver,
    BroadcastReachResolver,
    BroadcastReachRowResolver,
    { provide: WORKFORCE_REACH, useClass: RegistryWorkforceReach },
  ],
  // UploadsModule: the demo seeder publishes with real uploads.
  exports: [BroadcastsService, UploadsModule],
})
export class BroadcastsModule {}
