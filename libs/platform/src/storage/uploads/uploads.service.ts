import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, EntityManager, In, MoreThan } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { isUuid, newId } from '../../database/ids';
import { DomainError, badInput, conflict, forbidden, notFound } from '../../graphql/errors';
import { byKeys, defineLoader } from '../../graphql/loaders';
import { JOBS, Jobs } from '../../jobs/jobs';
import { LOGGER, safeError } from '../../logging/logger';
import { OBJECT_STORAGE, ObjectStorage } from '../object-storage';
import { AttachmentEntity } from './attachment.entity';
import { HEAD_BYTES, RENDITION_WIDTHS, detectContentType, displayWidth, looksLikeText, makeRendition, makeThumbnail, sanitiseImage } from './content-check';
import { stripPdfMetadata } from './pdf-metadata';
import { CSV, DICOM, PDF, checkUpload, describeLimit, downloadUrlSecondsFor, isImageType, isVerbatimPurpose, maxSizeFor } from './upload-policy';

export const THUMBNAIL_QUEUE = 'media.thumbnail';
export const SWEEP_QUEUE = 'uploads.sweep';
/**
 * Images uploaded before renditions existed: queued for the thumbnail job a batch at a time,
 * daily at a quiet hour (UTC); a run re-queues itself while full batches remain, so one night
 * catches up a whole backlog. (Not at start-up or every few minutes: a job mid-request skews
 * the tests that count SQL statements.)
 */
export const RENDITIONS_BACKFILL_QUEUE = 'media.renditions_backfill';
export const RENDITIONS_BACKFILL_CRON = '41 19 * * *';
const RENDITIONS_BACKFILL_BATCH = 200;
/** Daily, at a quiet hour (UTC). */
export const SWEEP_CRON = '17 20 * * *';

/** How long a presigned PUT stays valid. */
export const UPLOAD_URL_SECONDS = 900;
/** Outstanding (PENDING, ticket issued in the last hour) uploads one user may have. */
export const MAX_PENDING_UPLOADS = 50;
/** PENDING and REJECTED rows older than this are swept with their objects. */
export const STALE_AFTER_HOURS = 24;

export interface UploadRequest {
  purpose: string;
  fileName: string;
  contentType: string;
  size: number;
}

export interface UploadTicketResult {
  uploadId: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  expiresAt: Date;
}

export interface ThumbnailJob {
  attachmentId: string;
}

/** What a sanitiser knows about the upload it cleans. */
export interface SanitiseContext {
  purpose: string;
  contentType: string;
}

/**
 * A cleaned file and what must still happen before others may see it. `holds` are codes
 * stored on the attachment (e.g. `BURNED_IN_ANNOTATION`: text may be burned into the
 * pixels); the feature that attaches the file decides what a hold means (cases: a finding
 * the author must confirm). Features that do not handle holds refuse such attachments
 * (`requireOwnedReadyMany`).
 */
export interface SanitisedContent {
  data: Buffer;
  holds?: string[];
}

/**
 * Turns bytes of a type into a cleaned copy (e.g. DICOM de-identification, PDF metadata
 * stripping); may throw a DomainError (BAD_USER_INPUT on `file`) to refuse the file.
 */
export type ContentSanitiser = (input: Buffer, context: SanitiseContext) => Promise<Buffer | SanitisedContent>;

/** Hold codes are short upper-case words; anything else is a programming error. */
const HOLD_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

type HeadReader = ObjectStorage & { readHead(key: string, bytes: number): Promise<Buffer> };
const canReadHead = (s: ObjectStorage): s is HeadReader => typeof (s as Partial<HeadReader>).readHead === 'function';

/** What inspecting an uploaded object concluded. */
type Verdict =
  | { ok: true; size: number; holds: string[] }
  /** `reject`: the row becomes REJECTED (the content is wrong, not just missing). */
  | { ok: false; error: DomainError; reject: boolean; removeObject: boolean };

const WRONG_CONTENT = 'Nội dung tệp không khớp với loại đã khai báo.';

/**
 * The object-storage flow: requestUpload (presigned PUT) → the browser uploads →
 * completeUpload (size and magic bytes checked, metadata stripped) → READY → thumbnail
 * job. Features attach READY attachments through `requireOwnedReady`.
 */
@Injectable()
export class UploadsService {
  private readonly sanitisers = new Map<string, ContentSanitiser>();
  private readonly logger?: Logger;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    @Inject(JOBS) private readonly jobs: Pick<Jobs, 'register' | 'send' | 'schedule'>,
    @Optional() @Inject(LOGGER) logger?: Logger,
  ) {
    this.logger = logger?.child({ component: 'uploads' });
    // PDFs lose their metadata (author, title, XMP …), except official documents: a
    // BROADCAST_DOCUMENT is stored byte for byte, never rewritten, so that its SHA-256
    // matches the signed original the ministry or department issued.
    this.sanitisers.set(PDF, (input, { purpose }) => (isVerbatimPurpose(purpose) ? Promise.resolve(input) : stripPdfMetadata(input)));
  }

  /** Any status; callers decide what a non-READY attachment means for them. */
  readonly attachmentById = defineLoader<string, AttachmentEntity | null>('attachmentById', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.dataSource.manager.findBy(AttachmentEntity, { id: In(valid) }) : [];
    return byKeys(ids, rows, (r) => r.id);
  });

  /**
   * Registers the cleaner for a content type that is not an image (images are always
   * re-encoded here; PDFs lose their metadata unless a feature replaces that cleaner).
   * DICOM uploads are refused until one is registered for `application/dicom`, so patient
   * tags never become READY.
   */
  registerSanitiser(contentType: string, sanitiser: ContentSanitiser): void {
    this.sanitisers.set(contentType, sanitiser);
  }

  async requestUpload(viewer: Viewer, input: UploadRequest): Promise<UploadTicketResult> {
    const checked = checkUpload(input);
    if (!checked.ok && checked.field === 'purpose') throw badInput(checked.field, checked.message);
    if (input.purpose !== 'AVATAR' && viewer.verificationStatus !== 'VERIFIED') {
      throw forbidden('Tài khoản chưa được xác minh chỉ có thể tải lên ảnh đại diện.');
    }
    if (!checked.ok) throw badInput(checked.field, checked.message);

    const id = newId();
    await this.dataSource.transaction(async (m) => {
      // Serialises one user's requests so the limit cannot be raced past.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`uploads:${viewer.id}`]);
      const pending = await m.countBy(AttachmentEntity, { ownerId: viewer.id, status: 'PENDING', createdAt: MoreThan(new Date(Date.now() - 3_600_000)) });
      if (pending >= MAX_PENDING_UPLOADS) {
        throw new DomainError('RATE_LIMITED', 'Bạn đang có quá nhiều tệp chưa tải lên xong. Vui lòng hoàn tất chúng hoặc thử lại sau ít phút.', {
          retryAfterSeconds: 60,
        });
      }
      await m.getRepository(AttachmentEntity).insert({
        id,
        ownerId: viewer.id,
        purpose: checked.purpose,
        fileName: checked.fileName,
        contentType: checked.contentType,
        size: input.size,
        storageKey: id,
        thumbnailKey: null,
        status: 'PENDING',
        completedAt: null,
      });
    });
    const expiresAt = new Date(Date.now() + UPLOAD_URL_SECONDS * 1000);
    // The declared size is signed where the storage can enforce it (local); S3 cannot,
    // so completeUpload checks the stored size anyway.
    const presigned = await this.storage.presignPut(id, { contentType: checked.contentType, maxSize: input.size, expiresSeconds: UPLOAD_URL_SECONDS });
    return { uploadId: id, url: presigned.url, method: presigned.method, headers: presigned.headers, expiresAt };
  }

  /**
   * Checks the uploaded object and makes the attachment READY. Idempotent: completing a
   * READY upload again returns it. A refused completion leaves the row PENDING (nothing
   * or the wrong size arrived: upload again) or REJECTED (wrong content), never READY.
   */
  async completeUpload(viewer: Viewer, uploadId: string): Promise<AttachmentEntity> {
    if (!isUuid(uploadId)) throw notFound('Không tìm thấy tệp tải lên.');
    const outcome = await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(AttachmentEntity);
      // Row lock: concurrent completions of one upload run one after the other.
      const att = await repo.findOne({ where: { id: uploadId }, lock: { mode: 'pessimistic_write' } });
      if (!att || att.ownerId !== viewer.id) throw notFound('Không tìm thấy tệp tải lên.');
      if (att.status === 'READY') return { att, fresh: false as const };
      if (att.status !== 'PENDING') throw conflict('Tệp này đã bị từ chối. Vui lòng tải lên lại.', 'uploadId');

      const verdict = await this.inspect(att);
      if (!verdict.ok) {
        if (verdict.removeObject) await this.removeQuietly(att.storageKey);
        if (verdict.reject) await repo.update({ id: att.id }, { status: 'REJECTED', completedAt: new Date() });
        return { error: verdict.error };
      }
      att.size = verdict.size;
      att.status = 'READY';
      att.completedAt = new Date();
      att.holds = verdict.holds;
      await repo.update({ id: att.id }, { size: att.size, status: att.status, completedAt: att.completedAt, holds: att.holds });
      return { att, fresh: true as const };
    });
    if ('error' in outcome) throw outcome.error;
    if (outcome.fresh && isImageType(outcome.att.contentType)) {
      try {
        await this.jobs.send<ThumbnailJob>(THUMBNAIL_QUEUE, { attachmentId: outcome.att.id });
      } catch (e) {
        // The attachment is usable without a thumbnail; clients fall back to `url`.
        this.logger?.warn({ attachmentId: outcome.att.id, ...safeError(e) }, 'thumbnail job not queued');
      }
    }
    return outcome.att;
  }

  private async inspect(att: AttachmentEntity): Promise<Verdict> {
    const stat = await this.storage.stat(att.storageKey);
    if (!stat) {
      return { ok: false, error: badInput('uploadId', 'Chưa nhận được tệp. Vui lòng tải tệp lên rồi thử lại.'), reject: false, removeObject: false };
    }
    const limit = maxSizeFor(att.purpose, att.contentType) ?? 0;
    if (stat.size > limit) {
      const error = badInput('uploadId', `Tệp quá lớn. Kích thước tối đa cho loại tệp này là ${describeLimit(limit)}.`);
      return { ok: false, error, reject: false, removeObject: true };
    }
    if (stat.size !== att.size) {
      const error = badInput('uploadId', 'Kích thước tệp đã nhận không khớp với kích thước đã khai báo. Vui lòng tải lên lại.');
      return { ok: false, error, reject: false, removeObject: true };
    }

    const image = isImageType(att.contentType);
    const whole = image ? await this.storage.read(att.storageKey) : null;
    const head = whole ?? (canReadHead(this.storage) ? await this.storage.readHead(att.storageKey, HEAD_BYTES) : await this.storage.read(att.storageKey));
    const detected = await detectContentType(head);
    // CSV has no magic number: it must be text (no NUL or other binary control bytes).
    const textOk = att.contentType === CSV && detected === null && looksLikeText(head);
    if (detected !== att.contentType && !textOk) {
      return { ok: false, error: badInput('file', WRONG_CONTENT), reject: true, removeObject: true };
    }

    if (whole) {
      let clean: Buffer;
      try {
        clean = await sanitiseImage(whole, att.contentType);
      } catch {
        return { ok: false, error: badInput('file', 'Không đọc được tệp ảnh. Tệp có thể bị hỏng.'), reject: true, removeObject: true };
      }
      await this.storage.write(att.storageKey, clean, att.contentType);
      return { ok: true, size: clean.length, holds: [] };
    }

    const sanitiser = this.sanitisers.get(att.contentType);
    if (sanitiser) {
      let result: Buffer | SanitisedContent;
      const original = await this.storage.read(att.storageKey);
      try {
        result = await sanitiser(original, { purpose: att.purpose, contentType: att.contentType });
      } catch (e) {
        const error = e instanceof DomainError ? e : badInput('file', 'Không xử lý được tệp này. Tệp có thể bị hỏng.');
        return { ok: false, error, reject: true, removeObject: true };
      }
      const clean = Buffer.isBuffer(result) ? result : result.data;
      const holds = Buffer.isBuffer(result) ? [] : [...new Set(result.holds ?? [])];
      if (!holds.every((h) => HOLD_CODE.test(h))) throw new Error('sanitiser returned an invalid hold code');
      // Unchanged bytes need no second write.
      if (clean !== original && !clean.equals(original)) await this.storage.write(att.storageKey, clean, att.contentType);
      return { ok: true, size: clean.length, holds };
    }
    if (att.contentType === DICOM) {
      // Patient tags must be removed before anyone can download the file.
      const error = badInput('file', 'Máy chủ chưa thể ẩn danh hóa tệp DICOM nên chưa nhận tệp này. Vui lòng gửi ảnh chụp (JPEG/PNG) hoặc PDF.');
      return { ok: false, error, reject: true, removeObject: true };
    }
    return { ok: true, size: stat.size, holds: [] };
  }

  /**
   * Job `media.thumbnail`: a 320 px wide WebP beside the image, and the 640/1280 px renditions
   * narrower than the image (for `srcset`). Makes only what is missing: safe to run twice.
   */
  async createThumbnail(attachmentId: string): Promise<void> {
    const repo = this.dataSource.getRepository(AttachmentEntity);
    const att = isUuid(attachmentId) ? await repo.findOneBy({ id: attachmentId }) : null;
    if (!att || att.status !== 'READY' || (att.thumbnailKey && att.renditionWidths) || !isImageType(att.contentType)) return;
    try {
      const original = await this.storage.read(att.storageKey);
      if (!att.thumbnailKey) {
        const key = `${att.id}.thumb.webp`;
        await this.storage.write(key, await makeThumbnail(original), 'image/webp');
        await repo.update({ id: att.id, status: 'READY' }, { thumbnailKey: key });
      }
      if (!att.renditionWidths) {
        const width = await displayWidth(original);
        const widths = RENDITION_WIDTHS.filter((w) => w < width);
        for (const w of widths) await this.storage.write(renditionKey(att.id, w), await makeRendition(original, w), 'image/webp');
        await repo.update({ id: att.id, status: 'READY' }, { renditionWidths: [...widths] });
      }
    } catch (e) {
      // Not retried: the image decoded at completion, so this will not get better.
      this.logger?.warn({ attachmentId, ...safeError(e) }, 'thumbnail failed');
    }
  }

  /** Job `media.renditions_backfill`: images made before renditions existed get them (a batch per run). Returns how many were queued. */
  async backfillRenditions(): Promise<number> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM attachments
        WHERE status = 'READY' AND rendition_widths IS NULL AND content_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif')
        ORDER BY created_at DESC LIMIT $1`,
      [RENDITIONS_BACKFILL_BATCH],
    );
    for (const r of rows) await this.jobs.send<ThumbnailJob>(THUMBNAIL_QUEUE, { attachmentId: r.id });
    if (rows.length) this.logger?.info({ queued: rows.length }, 'renditions backfill queued');
    // More may remain: the next batch after these (the thumbnail jobs fill rendition_widths).
    if (rows.length === RENDITIONS_BACKFILL_BATCH) await this.jobs.send(RENDITIONS_BACKFILL_QUEUE, {});
    return rows.length;
  }

  /**
   * Job `uploads.sweep`: deletes PENDING and REJECTED rows older than 24 h, then their
   * objects. Rows being completed right now are locked and skipped.
   */
  async sweep(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - STALE_AFTER_HOURS * 3600 * 1000);
    let total = 0;
    for (;;) {
      const [rows] = (await this.dataSource.query(
        `DELETE FROM attachments WHERE id IN (
           SELECT id FROM attachments
            WHERE status IN ('PENDING', 'REJECTED') AND created_at < $1
            ORDER BY created_at LIMIT 200
            FOR UPDATE SKIP LOCKED)
         RETURNING id, storage_key, thumbnail_key`,
        [cutoff],
      )) as [{ id: string; storage_key: string; thumbnail_key: string | null }[], number];
      for (const r of rows) {
        await this.removeQuietly(r.storage_key);
        if (r.thumbnail_key) await this.removeQuietly(r.thumbnail_key);
      }
      total += rows.length;
      if (rows.length < 200) break;
    }
    if (total) this.logger?.info({ removed: total }, 'stale uploads swept');
    return total;
  }

  /**
   * The stored bytes of a READY attachment of a verbatim purpose (official documents), for
   * a feature that records their digest. Null for anything else.
   */
  async readVerbatim(att: AttachmentEntity): Promise<Buffer | null> {
    if (att.status !== 'READY' || !isVerbatimPurpose(att.purpose)) return null;
    return this.storage.read(att.storageKey);
  }

  /**
   * A file the server made itself (a live session's recording, a certificate): stored and
   * READY at once, owned by `ownerId`. `purpose` is a server-side purpose, never one users upload.
   */
  async storeGenerated(ownerId: string, purpose: string, fileName: string, contentType: string, data: Buffer): Promise<AttachmentEntity> {
    const id = newId();
    const storageKey = `${purpose.toLowerCase().replace(/_/g, '-')}-${id}`;
    await this.storage.write(storageKey, data, contentType);
    const row = {
      id,
      ownerId,
      purpose,
      fileName,
      contentType,
      size: data.length,
      storageKey,
      thumbnailKey: null,
      status: 'READY' as const,
      holds: [],
      completedAt: new Date(),
    };
    await this.dataSource.manager.insert(AttachmentEntity, row);
    return this.dataSource.manager.findOneByOrFail(AttachmentEntity, { id });
  }

  /** Short-lived presigned GET for a READY attachment (1 h; case attachments 5 min), else null. */
  async urlFor(att: AttachmentEntity): Promise<string | null> {
    if (att.status !== 'READY') return null;
    return this.storage.presignGet(att.storageKey, { expiresSeconds: downloadUrlSecondsFor(att.purpose), contentType: att.contentType });
  }

  /** The image's larger renditions, narrowest first, with short-lived URLs (empty until made). */
  async renditionsFor(att: AttachmentEntity): Promise<{ width: number; url: string }[]> {
    if (att.status !== 'READY' || !att.renditionWidths?.length) return [];
    const expiresSeconds = downloadUrlSecondsFor(att.purpose);
    return Promise.all(
      [...att.renditionWidths]
        .sort((a, b) => a - b)
        .map(async (width) => ({ width, url: await this.storage.presignGet(renditionKey(att.id, width), { expiresSeconds, contentType: 'image/webp' }) })),
    );
  }

  async thumbnailUrlFor(att: AttachmentEntity): Promise<string | null> {
    if (att.status !== 'READY' || !att.thumbnailKey) return null;
    return this.storage.presignGet(att.thumbnailKey, { expiresSeconds: downloadUrlSecondsFor(att.purpose), contentType: 'image/webp' });
  }

  /**
   * The viewer's own READY attachment of one of `purposes`, or BAD_USER_INPUT on
   * `field`. Pass the transaction's manager to read inside it. Attachments with holds
   * are refused unless the caller handles them (`acceptHolds`).
   */
  async requireOwnedReady(
    ownerId: string,
    attachmentId: string,
    purposes: string[],
    field: string,
    manager?: EntityManager,
    options: { acceptHolds?: boolean } = {},
  ): Promise<AttachmentEntity> {
    const [att] = await this.requireOwnedReadyMany(ownerId, [attachmentId], purposes, field, manager, options);
    return att;
  }

  /** As requireOwnedReady for several ids (duplicates refused), in the order given. */
  async requireOwnedReadyMany(
    ownerId: string,
    attachmentIds: string[],
    purposes: string[],
    field: string,
    manager?: EntityManager,
    options: { acceptHolds?: boolean } = {},
  ): Promise<AttachmentEntity[]> {
    const refused = () => badInput(field, 'Tệp đính kèm không tồn tại, chưa tải lên xong hoặc không dùng được ở đây.');
    if (!attachmentIds.length) return [];
    if (!attachmentIds.every(isUuid) || new Set(attachmentIds).size !== attachmentIds.length) throw refused();
    const rows = await (manager ?? this.dataSource.manager).findBy(AttachmentEntity, { id: In(attachmentIds) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return attachmentIds.map((id) => {
      const att = byId.get(id);
      if (!att || att.ownerId !== ownerId || att.status !== 'READY' || !purposes.includes(att.purpose)) throw refused();
      if (att.holds?.length && !options.acceptHolds) throw refused();
      return att;
    });
  }

  /**
   * Takes the owner's attachment out of use for good (e.g. a DICOM image whose pixels
   * carry identifiers): inside `manager`'s transaction the row becomes REJECTED, so no URL
   * is issued from then on. Returns the object keys to delete with `removeObjects` once
   * the transaction has committed (the daily sweep retries any that fail).
   */
  async withdraw(manager: EntityManager, ownerId: string, attachmentId: string): Promise<string[]> {
    const rows: { id: string; storage_key: string; thumbnail_key: string | null; rendition_widths: number[] | null }[] = await manager.query(
      `WITH withdrawn AS (UPDATE attachments SET status = 'REJECTED' WHERE id = $1 AND owner_id = $2 RETURNING id, storage_key, thumbnail_key, rendition_widths)
       SELECT id, storage_key, thumbnail_key, rendition_widths FROM withdrawn`,
      [attachmentId, ownerId],
    );
    return rows.flatMap((r) => [r.storage_key, ...(r.thumbnail_key ? [r.thumbnail_key] : []), ...(r.rendition_widths ?? []).map((w) => renditionKey(r.id, w))]);
  }

  async removeObjects(keys: string[]): Promise<void> {
    for (const key of keys) await this.removeQuietly(key);
  }

  private async removeQuietly(key: string): Promise<void> {
    try {
      await this.storage.remove(key);
    } catch (e) {
      this.logger?.warn({ ...safeError(e) }, 'object removal failed');
    }
  }
}

/** Where an image's rendition of `width` px is stored. */
export function renditionKey(attachmentId: string, width: number): string {
  return `${attachmentId}.w${width}.webp`;
}
