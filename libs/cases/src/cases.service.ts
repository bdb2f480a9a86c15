import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditEntryEntity,
  AuditLog,
  DomainError,
  DomainEvents,
  EntityColumns,
  SqlParams,
  badInput,
  byKeys,
  decodeCursor,
  defineLoader,
  forbidden,
  isUuid,
  newId,
  notFound,
  pageSize,
  toConnection,
  type Connection,
  type RequestLoaders,
  type Viewer,
} from '@ketnoi/platform';
import { AttachmentEntity, UploadsService } from '@ketnoi/platform/storage/uploads';
import { GroupAccess } from '@ketnoi/groups';
import { scanText } from '@ketnoi/deid';
import { CaseAccess, LIVE_CONSULTATION, atLeast } from './case-access';
import { contentOf, getText, redactContent, redactSpans, scanContent, setText, validateContent, type CaseContent } from './content';
import {
  CASE_COMMENT_MAX,
  CaseCommentEntity,
  CaseFileEntity,
  CaseFileVersionEntity,
  CasePhiFindingEntity,
  CaseShareEntity,
} from './entities';
import type { CaseCommentedEvent, CaseSharedEvent } from './events';
import { CaseGranteeType, CasePermission, type CaseFileInput, type ResolvePhiInput, type ShareCaseInput } from './types';

export const CASE_TARGET = 'CASE_FILE';
export const CASE_NOT_FOUND = 'Không tìm thấy hồ sơ ca bệnh.';
export const MAX_SHARE_USERS = 50;
export const SCAN_TEXT_MAX = 50_000;

/** A refusal that names the kinds found, never the text. */
export function phiInText(field: string, kinds: string[]): DomainError {
  return new DomainError('BAD_USER_INPUT', `Nội dung có thông tin định danh người bệnh (${[...new Set(kinds)].join(', ')}). Vui lòng bỏ đi trước khi gửi.`, {
    field,
    kinds: [...new Set(kinds)],
  });
}

/** Refuses text with findings (comments, consultation notes and answers, KEEP reasons). */
export function requireNoPhi(field: string, text: string | null | undefined): void {
  if (!text) return;
  const findings = scanText(text);
  if (findings.length) throw phiInText(field, findings.map((f) => f.kind));
}

const isUniqueViolation = (e: unknown): boolean => {
  const err = e as { code?: string; driverError?: { code?: string } } | null;
  return err?.code === '23505' || err?.driverError?.code === '23505';
};

/**
 * Idempotent creation: with a clientId, a retry returns what the first call created
 * (also when two calls race: the unique index decides, the loser reads the winner).
 */
export async function idempotent(clientId: string | null | undefined, find: () => Promise<string | null>, run: () => Promise<string>): Promise<string> {
  if (clientId !== null && clientId !== undefined && !isUuid(clientId)) throw badInput('clientId', 'Mã yêu cầu (clientId) phải là UUID.');
  if (clientId) {
    const existing = await find();
    if (existing) return existing;
  }
  try {
    return await run();
  } catch (e) {
    if (clientId && isUniqueViolation(e)) {
      const existing = await find();
      if (existing) return existing;
    }
    throw e;
  }
}

/** Findings on attachments use the field `attachments.<attachmentId>` (start = end = 0). */
export const ATTACHMENT_FIELD_PREFIX = 'attachments.';
export const attachmentField = (attachmentId: string) => `${ATTACHMENT_FIELD_PREFIX}${attachmentId}`;
const attachmentOf = (field: string): string | null => (field.startsWith(ATTACHMENT_FIELD_PREFIX) ? field.slice(ATTACHMENT_FIELD_PREFIX.length) : null);

/**
 * What a reader other than the author gets: `findings` (open ones; for old versions, all
 * that were not KEPT) redacted in the text, and attachments under such a finding (e.g. a
 * DICOM image that may carry burned-in text) left out.
 */
export function withheldFor(content: CaseContent, findings: { field: string; start: number; end: number; kind: string }[]): CaseContent {
  if (!findings.length) return content;
  const held = new Set(findings.map((f) => attachmentOf(f.field)).filter((id): id is string => !!id));
  const out = redactContent(content, findings.filter((f) => !attachmentOf(f.field)));
  return held.size ? { ...out, attachmentIds: out.attachmentIds.filter((id) => !held.has(id)) } : out;
}

/** The comment-shaped object the shared `Comment` type resolves (postId carries the case id). */
export interface CaseCommentView {
  id: string;
  postId: string;
  caseFileId: string;
  authorId: string;
  parentId: string | null;
  body: string;
  replyCount: number;
  createdAt: Date;
  deletedAt: null;
  hiddenAt: null;
}
export const commentView = (c: CaseCommentEntity): CaseCommentView => ({ ...c, postId: c.caseFileId, deletedAt: null, hiddenAt: null });

/**
 * Case files: create, edit (a new version each time), the PHI scan and its review,
 * shares, the discussion, reads with their audit rows. Access: CaseAccess only.
 */
@Injectable()
export class CasesService {
  private readonly commentCols: EntityColumns<CaseCommentEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly uploads: UploadsService,
    private readonly groups: GroupAccess,
    private readonly audit: AuditLog,
    private readonly events: DomainEvents,
  ) {
    this.commentCols = new EntityColumns(dataSource, CaseCommentEntity);
  }

  // ---------- loaders ----------

  readonly caseById = defineLoader<string, CaseFileEntity | null>('caseById', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.dataSource.getRepository(CaseFileEntity).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids: valid }).getMany() : [];
    return byKeys(ids, rows, (r) => r.id);
  });

  /** OPEN findings of the current version, per case. */
  readonly openFindings = defineLoader<string, CasePhiFindingEntity[]>('caseOpenFindings', async (ids) => {
    const rows = await this.dataSource
      .getRepository(CasePhiFindingEntity)
      .createQueryBuilder('f')
      .where('f.case_file_id = ANY(:ids)', { ids: [...ids] })
      .andWhere(`f.status = 'OPEN'`)
      .orderBy('f.field')
      .addOrderBy('f.start')
      .getMany();
    return ids.map((id) => rows.filter((r) => r.caseFileId === id));
  });

  readonly sharesByCase = defineLoader<string, CaseShareEntity[]>('caseShares', async (ids) => {
    const rows = await this.dataSource
      .getRepository(CaseShareEntity)
      .createQueryBuilder('s')
      .where('s.case_file_id = ANY(:ids)', { ids: [...ids] })
      .orderBy('s.created_at')
      .addOrderBy('s.id')
      .getMany();
    return ids.map((id) => rows.filter((r) => r.caseFileId === id));
  });

  /**
   * Pages of the discussions of many cases in one statement per (page size, cursor): a
   * LATERAL per case, so a list of cases showing their comments costs one query. Keys:
   * `commentPageKey`.
   */
  readonly commentPage = defineLoader<string, Connection<CaseCommentEntity>>('caseCommentPage', async (keys) => {
    const batches = new Map<string, string[]>();
    for (const key of keys) {
      const cut = key.lastIndexOf(':');
      const batch = key.slice(0, cut);
      batches.set(batch, [...(batches.get(batch) ?? []), key.slice(cut + 1)]);
    }
    const results = new Map<string, Connection<CaseCommentEntity>>();
    for (const [batch, ids] of batches) {
      const [sizeText, after] = batch.split(':');
      const size = Number(sizeText);
      const cursor = decodeCursor(after, ['time', 'uuid']);
      const q = new SqlParams();
      const list = q.add(ids.filter(isUuid));
      const cur = cursor ? `AND (c.created_at, c.id) > (${q.add(cursor[0])}::timestamptz, ${q.add(cursor[1])}::uuid)` : '';
      const raw: Record<string, unknown>[] = await this.dataSource.query(
        `SELECT k.id AS k_id, ${this.commentCols.select('c', 'c_')} FROM unnest(${list}::uuid[]) AS k(id) CROSS JOIN LATERAL (
           SELECT * FROM case_comments c WHERE c.case_file_id = k.id ${cur}
            ORDER BY c.created_at, c.id LIMIT ${q.add(size + 1)}) c`,
        q.values,
      );
      const byCase = new Map<string, CaseCommentEntity[]>();
      for (const r of raw) byCase.set(r.k_id as string, [...(byCase.get(r.k_id as string) ?? []), this.commentCols.hydrate(r, 'c_')!]);
      for (const id of ids) results.set(`${batch}:${id}`, toConnection(byCase.get(id) ?? [], size, (r) => [r.createdAt.toISOString(), r.id]));
    }
    return keys.map((k) => results.get(k)!);
  });

  /** The `commentPage` key (BAD_USER_INPUT for a bad size or cursor; cursors are base64url, without colons). */
  commentPageKey(caseFileId: string, first?: number | null, after?: string | null): string {
    const size = pageSize(first);
    decodeCursor(after, ['time', 'uuid']);
    return `${size}:${after ?? ''}:${caseFileId}`;
  }

  /** The case as `viewer` may read it: the author sees everything; others see open findings redacted and held attachments left out. */
  async contentFor(loaders: RequestLoaders, viewer: Viewer | null, c: CaseFileEntity): Promise<CaseContent> {
    if (viewer && c.authorId === viewer.id) return contentOf(c);
    const open = await loaders.get(this.openFindings).load(c.id);
    return withheldFor(contentOf(c), open);
  }

  // ---------- access helpers ----------

  /** The case if the viewer holds at least `min`; NOT_FOUND when they have no access at all, FORBIDDEN otherwise. */
  async require(viewer: Viewer, id: string, min: CasePermission, manager?: EntityManager, field = 'caseFileId'): Promise<{ c: CaseFileEntity; permission: CasePermission }> {
    if (!isUuid(id)) throw badInput(field, 'Mã hồ sơ không hợp lệ.');
    const m = manager ?? this.dataSource.manager;
    const permission = await this.access.permissionOf(viewer, id, m);
    if (!permission) throw notFound(CASE_NOT_FOUND);
    if (!atLeast(permission, min)) throw forbidden(min === CasePermission.OWNER ? 'Chỉ tác giả được thực hiện thao tác này.' : 'Bạn không có quyền thực hiện thao tác này với hồ sơ.');
    const qb = m.getRepository(CaseFileEntity).createQueryBuilder('c').where('c.id = :id', { id });
    if (manager) qb.setLock('pessimistic_write');
    const c = await qb.getOne();
    if (!c) throw notFound(CASE_NOT_FOUND);
    return { c, permission };
  }

  async requireNoOpenFindings(m: EntityManager, caseFileId: string): Promise<void> {
    const open = await m.getRepository(CasePhiFindingEntity).count({ where: { caseFileId, status: 'OPEN' } });
    if (open) {
      throw new DomainError('PHI_UNRESOLVED', `Hồ sơ còn ${open} thông tin định danh chưa được xử lý. Hãy che hoặc giữ lại (có lý do) từng mục trước khi chia sẻ.`, {
        field: 'caseFileId',
        openFindings: open,
      });
    }
  }

  // ---------- reads ----------

  /** `caseFile(id)`: audited either way; null (never an error) without access. */
  async read(viewer: Viewer, id: string, loaders: RequestLoaders): Promise<CaseFileEntity | null> {
    if (!isUuid(id)) throw badInput('id', 'Mã hồ sơ không hợp lệ.');
    const permission = await this.access.load(loaders, viewer, id);
    const c = permission ? await loaders.get(this.caseById).load(id) : null;
    await this.audit.record({ actorId: viewer.id, action: 'case.read', targetType: CASE_TARGET, targetId: id, allowed: !!c, details: permission ? { permission } : {} });
    return c;
  }

  /** One audit row per case read through a list (one statement). */
  async auditListRead(viewer: Viewer, ids: string[], via: string): Promise<void> {
    if (!ids.length) return;
    await this.dataSource.manager.insert(
      AuditEntryEntity,
      [...new Set(ids)].map((id) => ({ id: newId(), actorId: viewer.id, action: 'case.list_read', targetType: CASE_TARGET, targetId: id, allowed: true, details: { via } as never })),
    );
  }

  async mine(viewer: Viewer, first?: number | null, after?: string | null): Promise<Connection<CaseFileEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['time', 'uuid']);
    const qb = this.dataSource.getRepository(CaseFileEntity).createQueryBuilder('c').where('c.author_id = :me', { me: viewer.id });
    if (cursor) qb.andWhere('(c.created_at, c.id) < (:at::timestamptz, :cid::uuid)', { at: cursor[0], cid: cursor[1] });
    const rows = await qb.orderBy('c.created_at', 'DESC').addOrderBy('c.id', 'DESC').limit(size + 1).getMany();
    const conn = toConnection(rows, size, (r) => [r.createdAt.toISOString(), r.id]);
    await this.auditListRead(viewer, conn.edges.map((e) => e.node.id), 'myCaseFiles');
    return conn;
  }

  /** Cases shared with the viewer (not their own), newest first. */
  async sharedWithMe(viewer: Viewer, first?: number | null, after?: string | null): Promise<Connection<CaseFileEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['time', 'uuid']);
    if (!isVerifiedViewer(viewer)) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const params: unknown[] = this.access.params(viewer);
    let where = `c.author_id <> $1 AND c.id IN (${this.access.grantedIdsSql()})`;
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      where += ` AND (c.created_at, c.id) < ($3::timestamptz, $4::uuid)`;
    }
    params.push(size + 1);
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT c.id FROM case_files c WHERE ${where} ORDER BY c.created_at DESC, c.id DESC LIMIT $${params.length}`,
      params,
    );
    const rows = ids.length
      ? await this.dataSource.getRepository(CaseFileEntity).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids: ids.map((r) => r.id) }).getMany()
      : [];
    const ordered = byKeys(ids.map((r) => r.id), rows, (r) => r.id).filter((r): r is CaseFileEntity => !!r);
    const conn = toConnection(ordered, size, (r) => [r.createdAt.toISOString(), r.id]);
    await this.auditListRead(viewer, conn.edges.map((e) => e.node.id), 'sharedWithMe');
    return conn;
  }

  /** The version history, oldest first; audited. Readers other than the author get every finding that was not KEPT redacted. */
  async versions(viewer: Viewer, caseFileId: string, loaders: RequestLoaders): Promise<CaseFileVersionEntity[]> {
    if (!isUuid(caseFileId)) throw badInput('caseFileId', 'Mã hồ sơ không hợp lệ.');
    const permission = await this.access.load(loaders, viewer, caseFileId);
    await this.audit.record({ actorId: viewer.id, action: 'case.versions_read', targetType: CASE_TARGET, targetId: caseFileId, allowed: !!permission });
    if (!permission) throw notFound(CASE_NOT_FOUND);
    const versions = await this.dataSource.getRepository(CaseFileVersionEntity).find({ where: { caseFileId }, order: { version: 'ASC' } });
    if (permission === CasePermission.OWNER) return versions;
    const findings = await this.dataSource.getRepository(CasePhiFindingEntity).find({ where: { caseFileId } });
    return versions.map((v) => ({
      ...v,
      content: withheldFor(
        v.content as unknown as CaseContent,
        findings.filter((f) => f.version === v.version && f.status !== 'KEPT'),
      ) as unknown as Record<string, unknown>,
    }));
  }

  // ---------- writes ----------

  async create(viewer: Viewer, input: CaseFileInput): Promise<string> {
    const content = validateContent(input);
    const clientId = input.clientId ?? null;
    const find = async () => (await this.dataSource.getRepository(CaseFileEntity).findOne({ where: { authorId: viewer.id, clientId: clientId ?? '' }, select: { id: true } }))?.id ?? null;
    return idempotent(clientId, find, async () => {
      const id = newId();
      await this.dataSource.transaction(async (m) => {
        await this.uploads.requireOwnedReadyMany(viewer.id, content.attachmentIds, ['CASE_ATTACHMENT'], 'attachmentIds', m, { acceptHolds: true });
        await m.insert(CaseFileEntity, { id, authorId: viewer.id, ...content, version: 1, clientId } as never);
        const open = await this.saveVersion(m, id, 1, content, viewer.id, 'CREATE');
        await this.audit.record({ actorId: viewer.id, action: 'case.create', targetType: CASE_TARGET, targetId: id, details: { version: 1, openFindings: open } }, m);
      });
      return id;
    });
  }

  async update(viewer: Viewer, id: string, input: CaseFileInput): Promise<void> {
    if (!isUuid(id)) throw badInput('id', 'Mã hồ sơ không hợp lệ.');
    const content = validateContent(input);
    await this.dataSource.transaction(async (m) => {
      const { c } = await this.require(viewer, id, CasePermission.OWNER, m, 'id');
      await this.uploads.requireOwnedReadyMany(viewer.id, content.attachmentIds, ['CASE_ATTACHMENT'], 'attachmentIds', m, { acceptHolds: true });
      const version = c.version + 1;
      await m.update(CaseFileEntity, { id }, { ...content, version } as never);
      const open = await this.saveVersion(m, id, version, content, viewer.id, 'EDIT');
      await this.audit.record({ actorId: viewer.id, action: 'case.update', targetType: CASE_TARGET, targetId: id, details: { version, openFindings: open } }, m);
    });
  }

  /**
   * Writes version `version` and its scan: the previous version's open findings become
   * SUPERSEDED; a new finding the author already KEPT (same field, kind and text) stays
   * kept with the same reason. Returns the number of open findings.
   *
   * Besides the text, every attachment with holds (a DICOM image whose Burned In
   * Annotation is not NO) is a finding: field `attachments.<id>`, start = end = 0, kind =
   * the hold, text = the file name (shown to the author only).
   */
  private async saveVersion(m: EntityManager, caseFileId: string, version: number, content: CaseContent, editorId: string, reason: string): Promise<number> {
    await m.insert(CaseFileVersionEntity, { id: newId(), caseFileId, version, editorId, reason, content: content as never });
    await m.update(CasePhiFindingEntity, { caseFileId, status: 'OPEN' }, { status: 'SUPERSEDED' });
    const kept = await m.getRepository(CasePhiFindingEntity).find({ where: { caseFileId, status: 'KEPT' }, order: { resolvedAt: 'DESC' } });
    const keptBy = new Map(kept.map((k) => [`${k.field}\u0000${k.kind}\u0000${k.text}`, k]));
    const findings: { field: string; start: number; end: number; kind: string; text: string }[] = scanContent(content);
    if (content.attachmentIds.length) {
      const held = await m
        .getRepository(AttachmentEntity)
        .createQueryBuilder('a')
        .where('a.id = ANY(:ids)', { ids: content.attachmentIds })
        .andWhere('cardinality(a.holds) > 0')
        .getMany();
      const byId = new Map(held.map((a) => [a.id, a]));
      for (const id of content.attachmentIds) {
        const a = byId.get(id);
        for (const hold of a?.holds ?? []) findings.push({ field: attachmentField(id), start: 0, end: 0, kind: hold, text: a!.fileName });
      }
    }
    let open = 0;
    const rows = findings.map((f) => {
      const prior = keptBy.get(`${f.field}\u0000${f.kind}\u0000${f.text}`);
      if (!prior) open++;
      return {
        id: newId(),
        caseFileId,
        version,
        field: f.field,
        start: f.start,
        end: f.end,
        kind: f.kind,
        text: f.text,
        status: prior ? 'KEPT' : 'OPEN',
        reason: prior?.reason ?? null,
        resolvedById: prior?.resolvedById ?? null,
        resolvedAt: prior ? new Date() : null,
      };
    });
    if (rows.length) await m.insert(CasePhiFindingEntity, rows);
    return open;
  }

  async resolvePhi(viewer: Viewer, input: ResolvePhiInput): Promise<void> {
    const action = input.action;
    if (action !== 'REDACT' && action !== 'KEEP') throw badInput('action', 'Hành động phải là REDACT hoặc KEEP.');
    let reason: string | null = null;
    if (action === 'KEEP') {
      reason = (input.reason ?? '').trim();
      if (reason.length < 3 || reason.length > 500) throw badInput('reason', 'Vui lòng nêu lý do giữ lại (3–500 ký tự).');
      requireNoPhi('reason', reason);
    }
    const toRemove = await this.dataSource.transaction(async (m): Promise<string[]> => {
      const { c } = await this.require(viewer, input.caseFileId, CasePermission.OWNER, m);
      const finding = await m
        .getRepository(CasePhiFindingEntity)
        .findOne({ where: { caseFileId: c.id, version: c.version, field: input.field, start: input.start, end: input.end, status: 'OPEN' } });
      if (!finding) throw badInput('field', 'Không tìm thấy mục cần xử lý (có thể đã được xử lý hoặc hồ sơ đã thay đổi).');
      const details = { findingId: finding.id, field: finding.field, kind: finding.kind, version: c.version };
      if (action === 'KEEP') {
        // For an attachment: the author confirms its pixels carry no identifiers, and it is released to grantees.
        await m.update(CasePhiFindingEntity, { id: finding.id }, { status: 'KEPT', reason, resolvedById: viewer.id, resolvedAt: new Date() });
        await this.audit.record({ actorId: viewer.id, action: 'case.phi_keep', targetType: CASE_TARGET, targetId: c.id, details }, m);
        return [];
      }
      const content = contentOf(c);
      const attachmentId = attachmentOf(finding.field);
      if (attachmentId) {
        // REDACT of an attachment: it leaves the case (a new version), and the file itself is
        // deleted (the author said its pixels identify the patient: no copy should remain).
        if (!content.attachmentIds.includes(attachmentId)) throw badInput('field', 'Không tìm thấy mục cần xử lý.');
        await m.update(CasePhiFindingEntity, { id: finding.id }, { status: 'REDACTED', resolvedById: viewer.id, resolvedAt: new Date() });
        const next: CaseContent = { ...content, attachmentIds: content.attachmentIds.filter((id) => id !== attachmentId) };
        const version = c.version + 1;
        await m.update(CaseFileEntity, { id: c.id }, { attachmentIds: next.attachmentIds, version });
        await this.saveVersion(m, c.id, version, next, viewer.id, 'REDACT');
        const keys = await this.uploads.withdraw(m, c.authorId, attachmentId);
        await this.audit.record({ actorId: viewer.id, action: 'case.phi_redact', targetType: CASE_TARGET, targetId: c.id, details: { ...details, newVersion: version, fileDeleted: keys.length > 0 } }, m);
        return keys;
      }
      const value = getText(content, finding.field);
      if (value === undefined || value.slice(finding.start, finding.end) !== finding.text) throw badInput('field', 'Không tìm thấy mục cần xử lý.');
      await m.update(CasePhiFindingEntity, { id: finding.id }, { status: 'REDACTED', resolvedById: viewer.id, resolvedAt: new Date() });
      const next = setText(content, finding.field, redactSpans(value, [finding]));
      const version = c.version + 1;
      await m.update(CaseFileEntity, { id: c.id }, { ...next, version } as never);
      await this.saveVersion(m, c.id, version, next, viewer.id, 'REDACT');
      await this.audit.record({ actorId: viewer.id, action: 'case.phi_redact', targetType: CASE_TARGET, targetId: c.id, details: { ...details, newVersion: version } }, m);
      return [];
    });
    await this.uploads.removeObjects(toRemove);
  }

  async share(viewer: Viewer, input: ShareCaseInput): Promise<void> {
    const permission = input.permission;
    if (![CasePermission.VIEW, CasePermission.COMMENT, CasePermission.CONSULT].includes(permission)) throw badInput('permission', 'Chỉ chia sẻ với quyền VIEW, COMMENT hoặc CONSULT.');
    const userIds = [...new Set(input.userIds ?? [])];
    if (!userIds.length && !input.groupId && !input.facilityId) throw badInput('userIds', 'Chọn đồng nghiệp, nhóm hoặc bàn hội chẩn để chia sẻ.');
    if (userIds.length > MAX_SHARE_USERS) throw badInput('userIds', `Tối đa ${MAX_SHARE_USERS} người mỗi lần.`);
    if (!userIds.every(isUuid)) throw badInput('userIds', 'Người nhận không hợp lệ.');
    if (input.groupId && !isUuid(input.groupId)) throw badInput('groupId', 'Nhóm không hợp lệ.');
    if (input.facilityId && !isUuid(input.facilityId)) throw badInput('facilityId', 'Cơ sở không hợp lệ.');
    await this.dataSource.transaction(async (m) => {
      const { c } = await this.require(viewer, input.caseFileId, CasePermission.OWNER, m);
      if (userIds.includes(viewer.id)) throw badInput('userIds', 'Không thể chia sẻ với chính mình.');
      if (userIds.length) {
        const found: { id: string }[] = await m.query(`SELECT id FROM users WHERE id = ANY($1::uuid[]) AND verification_status = 'VERIFIED'`, [userIds]);
        if (found.length !== userIds.length) throw badInput('userIds', 'Chỉ chia sẻ được với nhân viên y tế đã xác minh.');
      }
      if (input.groupId) {
        const g = await this.groups.check(viewer.id, input.groupId, m);
        if (!g || g.role === null) throw badInput('groupId', 'Bạn chỉ chia sẻ được vào nhóm mình là thành viên.');
      }
      if (input.facilityId) {
        const f: unknown[] = await m.query(`SELECT 1 FROM facilities WHERE id = $1`, [input.facilityId]);
        if (!f.length) throw badInput('facilityId', 'Không tìm thấy cơ sở.');
      }
      await this.requireNoOpenFindings(m, c.id);
      const grants: [CaseGranteeType, string][] = [
        ...userIds.map((id) => [CaseGranteeType.USER, id] as [CaseGranteeType, string]),
        ...(input.groupId ? [[CaseGranteeType.GROUP, input.groupId] as [CaseGranteeType, string]] : []),
        ...(input.facilityId ? [[CaseGranteeType.FACILITY, input.facilityId] as [CaseGranteeType, string]] : []),
      ];
      for (const [granteeType, granteeId] of grants) {
        await m.query(
          `INSERT INTO case_shares (id, case_file_id, grantee_type, grantee_id, permission, granted_by_id) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (case_file_id, grantee_type, grantee_id) DO UPDATE SET permission = EXCLUDED.permission, granted_by_id = EXCLUDED.granted_by_id`,
          [newId(), c.id, granteeType, granteeId, permission, viewer.id],
        );
        await this.audit.record({ actorId: viewer.id, action: 'case.share', targetType: CASE_TARGET, targetId: c.id, details: { granteeType, granteeId, permission } }, m);
      }
    });
    await this.events.emit({
      type: 'case.shared',
      actorId: viewer.id,
      caseFileId: input.caseFileId,
      userIds,
      groupId: input.groupId ?? null,
      facilityId: input.facilityId ?? null,
      permission,
    } satisfies CaseSharedEvent);
  }

  /**
   * Takes the case back from a user, group or facility: every path, not just the share. The
   * grantee's shares go, and so does the access of every consultation on the case addressed
   * to them (as consultant, or as the desk: the consultant it assigned loses it too). Those
   * consultations stay in the case for the author, answers included. Nothing to take back →
   * BAD_USER_INPUT. Audited once per grantee type, with the consultations closed.
   */
  async revoke(viewer: Viewer, caseFileId: string, granteeId: string): Promise<void> {
    if (!isUuid(granteeId)) throw badInput('granteeId', 'Người nhận không hợp lệ.');
    await this.dataSource.transaction(async (m) => {
      const { c } = await this.require(viewer, caseFileId, CasePermission.OWNER, m);
      const removed: { grantee_type: string }[] = await m.query(`WITH removed AS (DELETE FROM case_shares WHERE case_file_id = $1 AND grantee_id = $2 RETURNING grantee_type) SELECT grantee_type FROM removed`, [c.id, granteeId]);
      const closed: { id: string; by_desk: boolean }[] = await m.query(
        `WITH closed AS (UPDATE consultations SET access_revoked_at = now()
           WHERE case_file_id = $1 AND ${LIVE_CONSULTATION('consultations')} AND (consultant_id = $2 OR target_facility_id = $2)
           RETURNING id, created_at, target_facility_id = $2 AS by_desk)
         SELECT id, coalesce(by_desk, false) AS by_desk FROM closed ORDER BY created_at, id`,
        [c.id, granteeId],
      );
      if (!removed.length && !closed.length) throw badInput('granteeId', 'Hồ sơ chưa được chia sẻ với người/nhóm/cơ sở này.');
      const types = removed.length ? removed.map((r) => r.grantee_type) : [closed[0].by_desk ? CaseGranteeType.FACILITY : CaseGranteeType.USER];
      const consultationIds = closed.map((k) => k.id);
      for (const [i, granteeType] of types.entries()) {
        const details = { granteeType, granteeId, ...(i === 0 && consultationIds.length ? { consultationIds } : {}) };
        await this.audit.record({ actorId: viewer.id, action: 'case.revoke', targetType: CASE_TARGET, targetId: c.id, details }, m);
      }
    });
  }

  // ---------- discussion ----------

  async addComment(viewer: Viewer, caseFileId: string, body: string, parentId?: string | null, clientId?: string | null): Promise<CaseCommentEntity> {
    const text = (body ?? '').trim();
    if (!text) throw badInput('body', 'Vui lòng nhập nội dung.');
    if (text.length > CASE_COMMENT_MAX) throw badInput('body', `Tối đa ${CASE_COMMENT_MAX.toLocaleString('vi-VN')} ký tự.`);
    if (parentId && !isUuid(parentId)) throw badInput('parentId', 'Bình luận gốc không hợp lệ.');
    const repo = this.dataSource.getRepository(CaseCommentEntity);
    const find = async () => (await repo.findOne({ where: { authorId: viewer.id, caseFileId, clientId: clientId ?? '' }, select: { id: true } }))?.id ?? null;
    let created = false;
    const id = await idempotent(clientId, find, async () => {
      const row = await this.insertComment(viewer, caseFileId, text, parentId ?? null, clientId ?? null);
      created = true;
      return row;
    });
    const comment = await repo.findOneOrFail({ where: { id } });
    if (created) await this.events.emit({ type: 'case.commented', actorId: viewer.id, caseFileId, commentId: comment.id, parentId: comment.parentId } satisfies CaseCommentedEvent);
    return comment;
  }

  private async insertComment(viewer: Viewer, caseFileId: string, text: string, parentId: string | null, clientId: string | null): Promise<string> {
    return this.dataSource.transaction(async (m) => {
      const { c } = await this.require(viewer, caseFileId, CasePermission.COMMENT, m);
      requireNoPhi('body', text);
      if (parentId) {
        const parent = await m.getRepository(CaseCommentEntity).findOne({ where: { id: parentId, caseFileId: c.id } });
        if (!parent) throw badInput('parentId', 'Không tìm thấy bình luận gốc trong hồ sơ này.');
        await m.increment(CaseCommentEntity, { id: parentId }, 'replyCount', 1);
      }
      const row = { id: newId(), caseFileId: c.id, authorId: viewer.id, parentId, body: text, replyCount: 0, clientId };
      await m.insert(CaseCommentEntity, row);
      return row.id;
    });
  }

  /** The whole discussion, oldest first (replies inline); batched per request (`commentPage`). */
  comments(loaders: RequestLoaders, caseFileId: string, first?: number | null, after?: string | null): Promise<Connection<CaseCommentEntity>> {
    return loaders.get(this.commentPage).load(this.commentPageKey(caseFileId, first, after));
  }

  // ---------- audit log ----------

  async auditLog(viewer: Viewer, caseFileId: string, canRead: (authorId: string) => Promise<boolean>, first?: number | null, after?: string | null): Promise<Connection<AuditEntryEntity>> {
    if (!isUuid(caseFileId)) throw badInput('caseFileId', 'Mã hồ sơ không hợp lệ.');
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['time', 'uuid']);
    const c = await this.dataSource.getRepository(CaseFileEntity).findOne({ where: { id: caseFileId } });
    const allowed = !!c && (await canRead(c.authorId));
    await this.audit.record({ actorId: viewer.id, action: 'case.audit_read', targetType: CASE_TARGET, targetId: caseFileId, allowed });
    if (!allowed) {
      const permission = c ? await this.access.permissionOf(viewer, caseFileId) : null;
      if (permission) throw forbidden('Chỉ tác giả và quản trị viên phụ trách được xem nhật ký truy cập.');
      throw notFound(CASE_NOT_FOUND);
    }
    const qb = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .where('a.target_type = :t AND a.target_id = :id', { t: CASE_TARGET, id: caseFileId });
    if (cursor) qb.andWhere('(a.at, a.id) < (:at::timestamptz, :aid::uuid)', { at: cursor[0], aid: cursor[1] });
    const rows = await qb.orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC').limit(size + 1).getMany();
    return toConnection(rows, size, (r) => [r.at.toISOString(), r.id]);
  }
}

const isVerifiedViewer = (v: Viewer) => v.verificationStatus === 'VERIFIED';
