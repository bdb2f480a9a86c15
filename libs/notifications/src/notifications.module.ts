import { Module } from '@nestjs/common';
import { IdentityModule } from '@ketnoi/identity';
import { SocialModule } from '@ketnoi/social';
import { GroupsModule } from '@ketnoi/groups';
import { CasesModule } from '@ketnoi/cases';
import { NotificationsListener } from './notifications.listener';
import { NotificationQueries } from './notifications.queries';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [IdentityModule, GroupsModule, SocialModule, CasesModule],
  providers: [NotificationQueries, NotificationsService, NotificationsListener, NotificationsResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}
