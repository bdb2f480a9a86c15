import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../auth/access';
import { RateLimit } from '../../rate-limits';
import type { Viewer } from '../../auth/viewer';
import type { RequestContext } from '../../graphql/context';
import { unauthenticated } from '../../graphql/errors';
import { AttachmentEntity } from './attachment.entity';
import { UploadsService } from './uploads.service';
import { AttachmentType, RequestUploadInput, UploadTicketType } from './uploads.types';

const viewerOf = (ctx: RequestContext): Viewer => {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
};

@Resolver(() => AttachmentType)
export class UploadsResolver {
  constructor(private readonly uploads: UploadsService) {}

  /** Pending (unverified) accounts may upload an avatar only; the service refuses the rest. */
  @Mutation(() => UploadTicketType)
  @Access.authenticated()
  @RateLimit('uploads')
  requestUpload(@Args('input') input: RequestUploadInput, @Context() ctx: RequestContext) {
    return this.uploads.requestUpload(viewerOf(ctx), input);
  }

  @Mutation(() => AttachmentType)
  @Access.authenticated()
  completeUpload(@Args('uploadId', { type: () => ID }) uploadId: string, @Context() ctx: RequestContext) {
    return this.uploads.completeUpload(viewerOf(ctx), uploadId);
  }

  @ResolveField(() => String, { description: 'Short-lived download URL: 1 h at most; case attachments 5 minutes at most' })
  url(@Parent() att: AttachmentEntity) {
    return this.uploads.urlFor(att);
  }

  @ResolveField(() => String, { nullable: true, description: '320 px wide WebP for images, once made; short-lived' })
  thumbnailUrl(@Parent() att: AttachmentEntity) {
    return this.uploads.thumbnailUrlFor(att);
  }
}
