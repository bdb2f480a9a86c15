import { Module } from '@nestjs/common';
import { IdentityModule } from '@ketnoi/identity';
import { SocialModule } from '@ketnoi/social';
import { GroupsModule } from '@ketnoi/groups';
import { CasesModule } from '@ketnoi/cases';
import { MessagingModule } from '@ketnoi/messaging';
import { LiveModule } from '@ketnoi/live';
import { PushListener, PushResolver, PushService } from './push';
import { NotificationsListener } from './notifications.listener';
import { NotificationQueries } from './notifications.queries';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [IdentityModule, GroupsModule, SocialModule, CasesModule, MessagingModule, LiveModule],
  providers: [NotificationQueries, NotificationsService, NotificationsListener, NotificationsResolver, PushService, PushListener, PushResolver],
  exports: [NotificationsService, PushService],
})
export class NotificationsModule {}
