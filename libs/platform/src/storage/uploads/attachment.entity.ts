import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type AttachmentStatus = 'PENDING' | 'READY' | 'REJECTED';

/**
 * One uploaded file. PENDING from `requestUpload` until `completeUpload` has checked the
 * object (size, magic bytes) and stripped its metadata; READY rows are the only ones a
 * feature may attach (see `UploadsService.requireOwnedReady`). REJECTED and stale
 * PENDING rows are swept with their objects after 24 h.
 *
 * `owner_id` references users(id) in the migration; the platform does not import identity.
 */
@Entity('attachments')
@Index('attachments_owner_created_idx', ['ownerId', 'createdAt'])
@Index('attachments_status_created_idx', ['status', 'createdAt'])
@Check('attachments_status_check', `"status" IN ('PENDING', 'READY', 'REJECTED')`)
@Check('attachments_size_check', `"size" >= 0`)
export class AttachmentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  ownerId: string;

  /** UploadPurpose: AVATAR, POST_MEDIA, MESSAGE_ATTACHMENT, CASE_ATTACHMENT, BROADCAST_DOCUMENT */
  @Column('text')
  purpose: string;

  @Column('text')
  fileName: string;

  @Column('text')
  contentType: string;

  /** Declared size until completion, then the stored object's real size. */
  @Column('int')
  size: number;

  @Index('attachments_storage_key_key', { unique: true })
  @Column('text')
  storageKey: string;

  @Column({ type: 'text', nullable: true })
  thumbnailKey: string | null;

  /**
   * Widths of the WebP renditions made beside the image (`${id}.w${width}.webp`, from
   * RENDITION_WIDTHS, only those narrower than the image). Null: not made yet (the thumbnail
   * job makes them; the backfill job catches images uploaded before they existed).
   */
  @Column({ type: 'int', array: true, nullable: true })
  renditionWidths: number[] | null;

  @Column('text')
  status: AttachmentStatus;

  /**
   * What the sanitiser could not settle and a person must (e.g. `BURNED_IN_ANNOTATION`:
   * a DICOM image may carry text in its pixels). Only features that handle holds accept
   * such attachments; cases turn them into findings the author confirms.
   */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  holds: string[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completedAt: Date | null;
}

export const UPLOAD_ENTITIES = [AttachmentEntity];
