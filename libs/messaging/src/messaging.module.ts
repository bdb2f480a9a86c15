import { Module } from '@nestjs/common';
import { UploadsModule } from '@ketnoi/platform/storage/uploads';
import { IdentityModule } from '@ketnoi/identity';
import { GroupsModule } from '@ketnoi/groups';
import { SocialModule } from '@ketnoi/social';
import { CasesModule } from '@ketnoi/cases';
import { ConversationsResolver, GroupConversationResolver, MessagesResolver } from './messaging.resolver';
import { MessagingService } from './messaging.service';

/** Conversations, messages, read state, typing and call signalling; live through PUB_SUB. */
@Module({
  imports: [IdentityModule, GroupsModule, SocialModule, CasesModule, UploadsModule],
  providers: [MessagingService, ConversationsResolver, MessagesResolver, GroupConversationResolver],
  exports: [MessagingService],
})
export class MessagingModule {}
