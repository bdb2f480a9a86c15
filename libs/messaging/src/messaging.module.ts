import { Module, OnModuleInit } from '@nestjs/common';
import { UploadsModule } from '@ketnoi/platform/storage/uploads';
import { IdentityModule } from '@ketnoi/identity';
import { GroupsModule } from '@ketnoi/groups';
import { SocialModule } from '@ketnoi/social';
import { CasesModule } from '@ketnoi/cases';
import { ConversationsResolver, GroupConversationResolver, MessagesResolver } from './messaging.resolver';
import { MessagingService } from './messaging.service';
import { CallsService } from './calls.service';
import { CallsResolver, ConversationCallResolver, MessageCallResolver } from './calls.resolver';

/** Conversations, messages, read state, typing, call signalling and call records; live through PUB_SUB. */
@Module({
  imports: [IdentityModule, GroupsModule, SocialModule, CasesModule, UploadsModule],
  providers: [MessagingService, CallsService, ConversationsResolver, MessagesResolver, GroupConversationResolver, CallsResolver, MessageCallResolver, ConversationCallResolver],
  exports: [MessagingService, CallsService],
})
export class MessagingModule implements OnModuleInit {
  constructor(private readonly calls: CallsService) {}

  onModuleInit(): void {
    this.calls.registerJobs();
  }
}
