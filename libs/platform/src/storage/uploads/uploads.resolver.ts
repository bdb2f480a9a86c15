import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../auth/access';
import { CurrentViewer } from '../../auth/current-viewer';
import { RateLimit } from '../../rate-limits';
import type { Viewer } from '../../auth/viewer';
import { AttachmentEntity } from './attachment.entity';
import { UploadsService } from './uploads.service';
import { AttachmentType, ImageRenditionType, RequestUploadInput, UploadTicketType } from './uploads.types';

@Resolver(() => AttachmentType)
export class UploadsResolver {
  constructor(private readonly uploads: UploadsService) {}

  /** Pending (unverified) accounts may upload an avatar only; the service refuses the rest. */
  @Mutation(() => UploadTicketType)
  @Access.authenticated()
  @RateLimit('uploads')
  requestUpload(@Args('input') input: RequestUploadInput, @CurrentViewer() viewer: Viewer) {
    return this.uploads.requestUpload(viewer, input);
  }

  @Mutation(() => AttachmentType)
  @Access.authenticated()
  completeUpload(@Args('uploadId', { type: () => ID }) uploadId: string, @CurrentViewer() viewer: Viewer) {
    return this.uploads.completeUpload(viewer, uploadId);
  }

  @ResolveField(() => String, { description: 'Short-lived download URL: 1 h at most; case attachments 5 minutes at most' })
  url(@Parent() att: AttachmentEntity) {
    return this.uploads.urlFor(att);
  }

  @ResolveField(() => [ImageRenditionType], {
    description: 'Images: WebP renditions 640 and 1280 px wide (those narrower than the image), once made, for srcset; short-lived URLs. Empty otherwise.',
  })
  renditions(@Parent() att: AttachmentEntity) {
    return this.uploads.renditionsFor(att);
  }

  @ResolveField(() => String, { nullable: true, description: '320 px wide WebP for images, once made; short-lived' })
  thumbnailUrl(@Parent() att: AttachmentEntity) {
    return this.uploads.thumbnailUrlFor(att);
  }
}
