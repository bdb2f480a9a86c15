import { Module } from '@nestjs/common';
import { IdentityModule } from '@ketnoi/identity';
import { GroupsModule } from '@ketnoi/groups';
import { SocialModule } from '@ketnoi/social';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

@Module({
  imports: [IdentityModule, GroupsModule, SocialModule],
  providers: [SearchService, SearchResolver],
})
export class SearchModule {}
