import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import {
  DomainEvents,
  PUB_SUB,
  badInput,
  conflict,
  decodeCursor,
  defineLoader,
  forbidden,
  isUuid,
  newId,
  notFound,
  pageSize,
  rateLimited,
  toConnection,
  cursorAt,
  type Connection,
  type Viewer,
} from '@ketnoi/platform';
import { UploadsService } from '@ketnoi/platform/storage/uploads';
import { foldVietnamese } from '@ketnoi/reference';
import { BroadcastDocumentEntity, BroadcastEntity, BroadcastReadEntity, BroadcastReminderEntity } from './entities';
import type { BroadcastPublishedEvent, BroadcastRemindedEvent } from './events';
import { BroadcastQueries, documentKeyOf, isDepartment, isMinistry, type ReachCountRow, type ViewerBroadcast } from './broadcasts.queries';
import type { TargetLists } from './targeting';
import type { BroadcastTargetInput, BroadcastsArgs, PublishBroadcastInput } from './types';
import { WORKFORCE_REACH, type WorkforceReach } from './workforce-seam';

export const BROADCAST_CHANNEL = 'broadcasts.published';
export interface BroadcastMessage {
  broadcastId: string;
}
/** One reminder per broadcast per this many hours. */
export const REMIND_INTERVAL_HOURS = 24;
export const BROADCAST_NOT_FOUND = 'Không tìm thấy thông báo.';

const isUniqueViolation = (e: unknown) => {
  const err = e as { code?: string; driverError?: { code?: string } } | null;
  return err?.code === '23505' || err?.driverError?.code === '23505';
};

const dedupe = <T>(xs: T[] | null | undefined): T[] => [...new Set(xs ?? [])].sort() as T[];

@Injectable()
export class BroadcastsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: BroadcastQueries,
    private readonly uploads: UploadsService,
    private readonly events: DomainEvents,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
    @Inject(WORKFORCE_REACH) private readonly workforce: WorkforceReach,
  ) {}

  /** Per request and viewer: a broadcast as the viewer may see it. */
  readonly visibleById = defineLoader<{ viewer: Viewer; id: string }, ViewerBroadcast | null>(
    'broadcastVisibleById',
    async (keys) => {
      const viewer = keys[0].viewer;
      const rows = await this.queries.visibleByIds(viewer, keys.map((k) => k.id).filter(isUuid));
      const byId = new Map(rows.map((r) => [r.id, r]));
      return keys.map((k) => byId.get(k.id) ?? null);
    },
    { cache: false },
  );

  readonly documentsOf = defineLoader<string, { attachmentId: string; sha256: string }[]>('broadcastDocuments', async (ids) => {
    const rows = await this.queries.documents(ids);
    return ids.map((id) => rows.filter((r) => r.broadcast_id === id).map((r) => ({ attachmentId: r.attachment_id, sha256: r.sha256 })));
  });

  readonly supersededById = defineLoader<string, string | null>('broadcastSupersededBy', async (ids) => {
    const rows = await this.queries.supersededBy(ids);
    return ids.map((id) => rows.find((r) => r.supersedes_id === id)?.id ?? null);
  });

  /** Target lists as stored: deduplicated, sorted; a department's always name its province. */
  private targetFor(viewer: Viewer, t: BroadcastTargetInput): { scope: string | null; target: TargetLists } {
    const target: TargetLists = {
      provinces: dedupe(t.provinceCodes),
      levels: dedupe(t.facilityLevels),
      professions: dedupe(t.professions),
      specialties: dedupe(t.specialtyCodes),
    };
    if (isMinistry(viewer)) return { scope: null, target };
    if (isDepartment(viewer)) {
      const own = viewer.provinceCode as string;
      if (target.provinces.some((p) => p !== own)) throw forbidden('Sở Y tế chỉ gửi thông báo trong tỉnh/thành của mình.');
      return { scope: own, target: { ...target, provinces: [own] } };
    }
    throw forbidden('Chỉ Bộ Y tế và Sở Y tế được gửi thông báo chính sách.');
  }

  audienceSize(viewer: Viewer, t: BroadcastTargetInput): Promise<number> {
    return this.queries.audienceSize(this.targetFor(viewer, t).target);
  }

  /** Publishes once per (publisher, clientId); returns the broadcast id. */
  async publish(viewer: Viewer, input: PublishBroadcastInput): Promise<string> {
    const { scope, target } = this.targetFor(viewer, input.target);
    const find = async () =>
      (await this.dataSource.getRepository(BroadcastEntity).findOneBy({ publishedById: viewer.id, clientId: input.clientId }))?.id ?? null;
    const existing = await find();
    if (existing) return existing;

    const id = newId();
    try {
      await this.dataSource.transaction(async (m) => {
        if (input.supersedesId) {
          const old = await m.getRepository(BroadcastEntity).findOneBy({ id: input.supersedesId });
          if (!old || old.scopeProvinceCode !== scope) throw badInput('supersedesId', 'Chỉ có thể đính chính một thông báo cùng phạm vi ban hành.');
          if (await m.getRepository(BroadcastEntity).existsBy({ supersedesId: old.id })) {
            throw conflict('Thông báo này đã được đính chính bởi một thông báo khác.', 'supersedesId');
          }
        }
        const attachments = await this.uploads.requireOwnedReadyMany(viewer.id, input.attachmentIds ?? [], ['BROADCAST_DOCUMENT'], 'attachmentIds', m);
        const documents: BroadcastDocumentEntity[] = [];
        for (const [position, att] of attachments.entries()) {
          const bytes = await this.uploads.readVerbatim(att);
          if (!bytes) throw badInput('attachmentIds', 'Tệp đính kèm không dùng được ở đây.');
          documents.push({ broadcastId: id, position, attachmentId: att.id, sha256: createHash('sha256').update(bytes).digest('hex') });
        }
        const title = input.title.trim();
        const body = input.body.trim();
        const issuer = input.issuer.trim();
        const documentNumber = input.documentNumber?.trim() || null;
        await m.getRepository(BroadcastEntity).insert({
          id,
          title,
          body,
          documentNumber,
          documentKey: documentNumber ? documentKeyOf(documentNumber) : null,
          issuer,
          searchText: foldVietnamese([title, documentNumber ?? '', issuer, body].join(' ')),
          publishedById: viewer.id,
          scopeProvinceCode: scope,
          effectiveDate: input.effectiveDate ?? null,
          priority: input.priority,
          requireAck: input.requireAck,
          targetProvinces: target.provinces,
          targetLevels: target.levels,
          targetProfessions: target.professions,
          targetSpecialties: target.specialties,
          supersedesId: input.supersedesId ?? null,
          clientId: input.clientId,
        });
        if (documents.length) await m.getRepository(BroadcastDocumentEntity).insert(documents);
      });
    } catch (e) {
      if (isUniqueViolation(e)) {
        const winner = await find();
        if (winner) return winner;
        throw badInput('attachmentIds', 'Văn bản này đã được dùng trong một thông báo khác, hoặc thông báo cũ đã được đính chính.');
      }
      throw e;
    }
    await this.events.emit({ type: 'broadcast.published', actorId: viewer.id, broadcastId: id } satisfies BroadcastPublishedEvent);
    await this.pubsub.publish(BROADCAST_CHANNEL, { broadcastId: id } satisfies BroadcastMessage);
    return id;
  }

  private async requireVisible(viewer: Viewer, id: string): Promise<ViewerBroadcast> {
    const [b] = isUuid(id) ? await this.queries.visibleByIds(viewer, [id]) : [];
    if (!b) throw notFound(BROADCAST_NOT_FOUND);
    return b;
  }

  /** Records the first opening by a targeted member (publishers looking do not count). */
  async markRead(viewer: Viewer, id: string): Promise<void> {
    await this.requireVisible(viewer, id);
    await this.queries.recordRead(id, viewer.id, false);
  }

  /** One tap; again is a no-op (the first time stays). */
  async acknowledge(viewer: Viewer, id: string): Promise<void> {
    const b = await this.requireVisible(viewer, id);
    if (!b.requireAck) throw badInput('id', 'Thông báo này không yêu cầu xác nhận.');
    if (!(await this.queries.recordRead(id, viewer.id, true))) throw forbidden('Thông báo này không gửi tới bạn nên bạn không cần xác nhận.');
  }

  async archive(viewer: Viewer, args: BroadcastsArgs): Promise<Connection<ViewerBroadcast>> {
    const limit = pageSize(args.first);
    const rows = await this.queries.archive(viewer, {
      search: foldVietnamese(args.query ?? ''),
      documentKey: documentKeyOf(args.documentNumber ?? ''),
      unacknowledgedOnly: !!args.unacknowledgedOnly,
      after: cursorAt(args.after),
      limit: limit + 1,
    });
    return toConnection(rows, limit, (r) => [r.publishedAt.toISOString(), r.id]);
  }

  pinned(viewer: Viewer): Promise<ViewerBroadcast[]> {
    return this.queries.pinned(viewer);
  }

  /** The publisher, ministry admins, and the department admins of its province. */
  private async requireReachAccess(viewer: Viewer, id: string): Promise<BroadcastEntity> {
    const b = isUuid(id) ? await this.dataSource.getRepository(BroadcastEntity).findOneBy({ id }) : null;
    if (!b) throw notFound(BROADCAST_NOT_FOUND);
    const inScope = b.publishedById === viewer.id || isMinistry(viewer) || (isDepartment(viewer) && b.scopeProvinceCode === viewer.provinceCode);
    if (!inScope) throw forbidden('Chỉ người gửi và quản lý trong phạm vi của thông báo xem được số liệu tiếp cận.');
    return b;
  }

  async reach(viewer: Viewer, id: string): Promise<{ totals: ReachCountRow; byProvince: ReachCountRow[]; notOnPlatform: number; broadcastId: string }> {
    const b = await this.requireReachAccess(viewer, id);
    const [byProvince, notOnPlatform] = await Promise.all([
      this.queries.reachByProvince(id),
      this.workforce.notOnPlatform({
        provinces: b.targetProvinces,
        levels: b.targetLevels,
        professions: b.targetProfessions,
        specialties: b.targetSpecialties,
      }),
    ]);
    const totals = byProvince.reduce(
      (t, r) => ({ key: null, targeted: t.targeted + r.targeted, read: t.read + r.read, acknowledged: t.acknowledged + r.acknowledged }),
      { key: null, targeted: 0, read: 0, acknowledged: 0 } as ReachCountRow,
    );
    return { totals, byProvince, notOnPlatform, broadcastId: id };
  }

  async reachByFacility(broadcastId: string, provinceCode: string | null, first?: number, after?: string): Promise<Connection<ReachCountRow>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['int', 'uuid']);
    const rows = await this.queries.reachByFacility(broadcastId, provinceCode, cursor, limit + 1);
    return toConnection(rows, limit, (r) => [r.targeted, r.key]);
  }

  /** Notifies each targeted member who has not acknowledged; once per 24 h per broadcast. */
  async remind(viewer: Viewer, id: string): Promise<number> {
    const b = await this.requireReachAccess(viewer, id);
    if (!b.requireAck) throw badInput('id', 'Thông báo này không yêu cầu xác nhận nên không cần nhắc.');
    const userIds = await this.dataSource.transaction(async (m) => {
      // One reminder at a time per broadcast, so two clicks cannot both pass the check.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`broadcast-remind:${id}`]);
      const [last]: { sent_at: Date }[] = await m.query(`SELECT sent_at FROM broadcast_reminders WHERE broadcast_id = $1 ORDER BY sent_at DESC LIMIT 1`, [id]);
      if (last) {
        const wait = Math.ceil((last.sent_at.getTime() + REMIND_INTERVAL_HOURS * 3600_000 - Date.now()) / 1000);
        if (wait > 0) throw rateLimited(wait, `Đã nhắc trong vòng ${REMIND_INTERVAL_HOURS} giờ qua. Có thể nhắc lại sau ${Math.ceil(wait / 3600)} giờ nữa.`);
      }
      const ids = (await this.queries.notAcknowledged(id, m)).filter((u) => u !== viewer.id);
      await m.getRepository(BroadcastReminderEntity).insert({ id: newId(), broadcastId: id, sentById: viewer.id, recipients: ids.length });
      return ids;
    });
    if (userIds.length) await this.events.emit({ type: 'broadcast.reminded', actorId: viewer.id, broadcastId: id, userIds } satisfies BroadcastRemindedEvent);
    return userIds.length;
  }

  publicPage(first?: number, after?: string) {
    const limit = pageSize(first);
    return this.queries.publicPage(cursorAt(after), limit + 1).then((rows) => toConnection(rows, limit, (r) => [r.publishedAt.toISOString(), r.id]));
  }

  publicById(id: string) {
    return isUuid(id) ? this.queries.publicById(id) : Promise.resolve(null);
  }

  /** For the live subscription: does this published broadcast target the user. */
  readonly targetedLoader = defineLoader<{ broadcastId: string; userId: string }, boolean>('broadcastTargeted', async (keys) => {
    const hit = new Set(
      await this.queries.targetedAmong(
        keys[0].broadcastId,
        keys.map((k) => k.userId),
      ),
    );
    return keys.map((k) => hit.has(k.userId));
  });
}

export type { BroadcastReadEntity };
