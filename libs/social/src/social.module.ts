import { Module } from '@nestjs/common';
import { UploadsModule } from '@ketnoi/platform/storage/uploads';
import { IdentityModule } from '@ketnoi/identity';
import { GroupsModule } from '@ketnoi/groups';
import { DirectoryModule } from '@ketnoi/directory';
import { PostPhiCheck } from './phi-check';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { FeedsService } from './feeds.service';
import { PostAccess } from './post-access';
import { GroupPostsResolver, PostsResolver } from './posts.resolver';
import { PostsService } from './posts.service';
import { PostReactionsService } from './reactions.service';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

/** Posts, feeds, reactions, comments, shares, saves, reports. Visibility: PostAccess. */
@Module({
  imports: [IdentityModule, GroupsModule, UploadsModule, DirectoryModule],
  providers: [
    PostAccess,
    PostPhiCheck,
    PostsService,
    PostReactionsService,
    FeedsService,
    CommentsService,
    ReportsService,
    PostsResolver,
    GroupPostsResolver,
    CommentsResolver,
    ReportsResolver,
  ],
  exports: [PostAccess, PostsService, PostReactionsService, FeedsService, CommentsService, PostPhiCheck],
})
export class SocialModule {}
