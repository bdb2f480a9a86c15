import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  APP_CONFIG,
  DomainEvents,
  badInput,
  byKeys,
  conflict,
  cursorAt,
  defineLoader,
  forbidden,
  isUuid,
  newId,
  notFound,
  pageSize,
  toConnection,
  type AppConfig,
  type Connection,
  type Viewer,
} from '@ketnoi/platform';
import { CaseAccess, deskFacilityOf } from './case-access';
import { CaseAudit } from './case-audit.service';
import { CasePeople } from './case-people';
import { CasesService } from './cases.service';
import { consultationQueue, consultationsOfCases } from './consultations.queries';
import { ConsultationEntity } from './entities';
import type { ConsultationOverdueEvent } from './events';
import { idempotent } from './idempotent';
import { CasePhi } from './phi';
import { CasePermission, ConsultStatus, ConsultUrgency, type ConsultationQueueArgs, type RequestConsultationInput } from './types';

export const CONSULTATION_NOT_FOUND = 'Không tìm thấy yêu cầu hội chẩn.';
export const OVERDUE_QUEUE = 'consultations.overdue';
/** Every 5 minutes. */
export const OVERDUE_CRON = '*/5 * * * *';
const ACTIVE = [ConsultStatus.OPEN, ConsultStatus.ACCEPTED] as string[];

export const isOverdue = (k: Pick<ConsultationEntity, 'status' | 'dueAt'>, now = new Date()): boolean =>
  ACTIVE.includes(k.status) && k.dueAt.getTime() < now.getTime();

/** What is left of a consultation for someone who may not open its case. */
const withoutTexts = (k: ConsultationEntity): ConsultationEntity => ({ ...k, note: null, opinion: null, recommendation: null, outcome: null });

/**
 * Consultations: OPEN → ACCEPTED → ANSWERED → CLOSED, CANCELLED by the requester before
 * the answer; anything else is CONFLICT. Seeing one needs access to its case (CaseAccess);
 * each transition has its own actor: desk staff assign, the consultant accepts and answers,
 * the requester closes.
 */
@Injectable()
export class ConsultationsService {
  /** Validated at start-up with the rest of the configuration (CONSULT_DUE_HOURS). */
  private readonly dueHours: Record<ConsultUrgency, number>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly cases: CasesService,
    private readonly people: CasePeople,
    private readonly audit: CaseAudit,
    private readonly events: DomainEvents,
    private readonly phi: CasePhi,
  ) {
    this.dueHours = config.consultations.dueHours;
  }

  readonly byId = defineLoader<string, ConsultationEntity | null>('consultationById', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.dataSource.getRepository(ConsultationEntity).findBy({ id: In(valid) }) : [];
    return byKeys(ids, rows, (r) => r.id);
  });

  readonly byCase = defineLoader<string, ConsultationEntity[]>('consultationsByCase', async (ids) => {
    const rows = await consultationsOfCases(this.dataSource.manager, ids);
    return ids.map((id) => rows.filter((r) => r.caseFileId === id));
  });

  private emit(type: string, actorId: string | null, k: ConsultationEntity, extra: Record<string, unknown> = {}): Promise<void> {
    return this.events.emit({
      type,
      actorId,
      consultationId: k.id,
      caseFileId: k.caseFileId,
      requestedById: k.requestedById,
      consultantId: k.consultantId,
      targetFacilityId: k.targetFacilityId,
      urgency: k.urgency,
      ...extra,
    });
  }

  /** Locks the consultation; NOT_FOUND unless the viewer has access to its case. */
  private async load(m: EntityManager, viewer: Viewer, id: string): Promise<ConsultationEntity> {
    const k = await m.getRepository(ConsultationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!k || !(await this.access.permissionOf(viewer, k.caseFileId, m))) throw notFound(CONSULTATION_NOT_FOUND);
    return k;
  }

  private async record(m: EntityManager, viewer: Viewer, action: string, k: ConsultationEntity, details: Record<string, unknown> = {}): Promise<void> {
    await this.audit.record(viewer.id, action, k.caseFileId, { consultationId: k.id, status: k.status, ...details }, m);
  }

  async request(viewer: Viewer, input: RequestConsultationInput): Promise<string> {
    const note = input.note ?? null;
    const consultantId = input.consultantId ?? null;
    const facilityId = input.targetFacilityId ?? null;
    const specialty = input.targetSpecialtyCode ?? null;
    await this.phi.requireNone(this.dataSource.manager, 'note', note);
    const clientId = input.clientId ?? null;
    const find = async () =>
      (await this.dataSource.getRepository(ConsultationEntity).findOne({ where: { requestedById: viewer.id, clientId: clientId ?? '' }, select: { id: true } }))
        ?.id ?? null;
    let created: ConsultationEntity | null = null;
    const id = await idempotent(clientId, find, async () => {
      created = await this.insertRequest(viewer, input, { note, consultantId, facilityId, specialty, clientId });
      return created.id;
    });
    if (created) await this.emit('consultation.requested', viewer.id, created);
    return id;
  }

  private async insertRequest(
    viewer: Viewer,
    input: RequestConsultationInput,
    v: { note: string | null; consultantId: string | null; facilityId: string | null; specialty: string | null; clientId: string | null },
  ): Promise<ConsultationEntity> {
    const { note, consultantId, facilityId, specialty, clientId } = v;
    const id = newId();
    return this.dataSource.transaction(async (m) => {
      const { c } = await this.cases.require(viewer, input.caseFileId, CasePermission.OWNER, m);
      if (consultantId) {
        if (consultantId === viewer.id) throw badInput('consultantId', 'Không thể tự hội chẩn cho mình.');
        if (!(await this.people.verified([consultantId])).length) throw badInput('consultantId', 'Chỉ gửi được cho nhân viên y tế đã xác minh.');
      }
      if (facilityId && !(await this.people.facilityExists(facilityId))) throw badInput('targetFacilityId', 'Không tìm thấy cơ sở.');
      await this.cases.requireNoOpenFindings(m, c.id);
      const dueAt = new Date(Date.now() + this.dueHours[input.urgency] * 3_600_000);
      await m.insert(ConsultationEntity, {
        id,
        caseFileId: c.id,
        requestedById: viewer.id,
        consultantId,
        targetFacilityId: facilityId,
        targetSpecialtyCode: specialty,
        urgency: input.urgency,
        status: ConsultStatus.OPEN,
        note,
        dueAt,
        clientId,
      });
      const row = await m.getRepository(ConsultationEntity).findOneOrFail({ where: { id } });
      await this.record(m, viewer, 'consultation.request', row, { urgency: row.urgency, consultantId, targetFacilityId: facilityId });
      return row;
    });
  }

  async assign(viewer: Viewer, id: string, consultantId: string): Promise<void> {
    const k = await this.dataSource.transaction(async (m) => {
      const k = await this.load(m, viewer, id);
      if (!k.targetFacilityId || deskFacilityOf(viewer) !== k.targetFacilityId) throw forbidden('Chỉ bàn hội chẩn của cơ sở nhận mới phân công được.');
      if (!ACTIVE.includes(k.status)) throw conflict('Yêu cầu này không còn chờ phân công.', 'id');
      const [staff] = await this.people.verified([consultantId]);
      if (staff?.facilityId !== k.targetFacilityId) throw badInput('consultantId', 'Người hội chẩn phải là nhân viên đã xác minh của cơ sở.');
      if (consultantId === k.requestedById) throw badInput('consultantId', 'Không thể giao cho chính người yêu cầu.');
      await m.update(ConsultationEntity, { id: k.id }, { consultantId, status: ConsultStatus.OPEN, acceptedAt: null });
      const row = { ...k, consultantId, status: ConsultStatus.OPEN };
      await this.record(m, viewer, 'consultation.assign', row, { consultantId });
      return row;
    });
    await this.emit('consultation.assigned', viewer.id, k);
  }

  async accept(viewer: Viewer, id: string): Promise<void> {
    const k = await this.dataSource.transaction(async (m) => {
      const k = await this.load(m, viewer, id);
      if (k.consultantId !== viewer.id) throw forbidden('Chỉ người được mời hội chẩn mới nhận được.');
      if (k.status !== ConsultStatus.OPEN) throw conflict('Chỉ nhận được yêu cầu đang mở.', 'id');
      await m.update(ConsultationEntity, { id: k.id }, { status: ConsultStatus.ACCEPTED, acceptedAt: new Date() });
      const row = { ...k, status: ConsultStatus.ACCEPTED };
      await this.record(m, viewer, 'consultation.accept', row);
      return row;
    });
    await this.emit('consultation.accepted', viewer.id, k);
  }

  async answer(viewer: Viewer, id: string, o: string, r: string, phiReason?: string | null): Promise<void> {
    const k = await this.dataSource.transaction(async (m) => {
      const k = await this.load(m, viewer, id);
      if (k.consultantId !== viewer.id) throw forbidden('Chỉ người hội chẩn được trả lời.');
      if (k.status !== ConsultStatus.ACCEPTED) throw conflict('Hãy nhận yêu cầu trước khi trả lời; yêu cầu đã trả lời hoặc đóng không trả lời lại được.', 'id');
      const kept = await this.phi.requireNoneOrReason(m, { opinion: o, recommendation: r }, phiReason);
      await m.update(ConsultationEntity, { id: k.id }, { status: ConsultStatus.ANSWERED, opinion: o, recommendation: r, answeredAt: new Date() });
      const row = { ...k, status: ConsultStatus.ANSWERED };
      await this.record(m, viewer, 'consultation.answer', row, kept ? { phiKept: kept } : {});
      return row;
    });
    await this.emit('consultation.answered', viewer.id, k);
  }

  /** ANSWERED → CLOSED with the outcome; OPEN/ACCEPTED → CANCELLED (withdrawn before an answer). */
  async close(viewer: Viewer, id: string, outcome?: string | null): Promise<void> {
    const text = outcome ?? null;
    const k = await this.dataSource.transaction(async (m) => {
      const k = await this.load(m, viewer, id);
      if (k.requestedById !== viewer.id) throw forbidden('Chỉ người yêu cầu được đóng.');
      if (k.status === ConsultStatus.CLOSED || k.status === ConsultStatus.CANCELLED) throw conflict('Yêu cầu đã đóng.', 'id');
      await this.phi.requireNone(m, 'outcome', text);
      const status = k.status === ConsultStatus.ANSWERED ? ConsultStatus.CLOSED : ConsultStatus.CANCELLED;
      await m.update(ConsultationEntity, { id: k.id }, { status, outcome: text, closedAt: new Date() });
      const row = { ...k, status };
      await this.record(m, viewer, status === ConsultStatus.CLOSED ? 'consultation.close' : 'consultation.cancel', row);
      return row;
    });
    await this.emit('consultation.closed', viewer.id, k, { status: k.status });
  }

  /**
   * The desk queue of `facilityId` (its FACILITY_ADMINs only), or without it the viewer's
   * own assignments; soonest due first.
   */
  async queue(viewer: Viewer, { facilityId, status, first, after }: ConsultationQueueArgs): Promise<Connection<ConsultationEntity>> {
    const size = pageSize(first);
    const cursor = cursorAt(after);
    if (facilityId && deskFacilityOf(viewer) !== facilityId) throw forbidden('Chỉ quản trị viên của cơ sở xem được bàn hội chẩn của cơ sở.');
    const owner = facilityId ? { facilityId } : { consultantId: viewer.id };
    const rows = await consultationQueue(this.dataSource.manager, owner, status ?? null, cursor, size + 1);
    const conn = toConnection(rows, size, (r) => [r.dueAt.toISOString(), r.id]);
    // A consultation whose case the viewer can no longer open (revoked, cancelled) stays
    // listed as a bare shape: no texts here, and Consultation.caseFile resolves to null.
    const permissions = await this.access.permissionsOf(viewer, [...new Set(conn.edges.map((e) => e.node.caseFileId))]);
    const open = (k: ConsultationEntity) => !!permissions.get(k.caseFileId);
    await this.audit.listRead(
      viewer,
      conn.edges.filter((e) => open(e.node)).map((e) => e.node.caseFileId),
      'consultationQueue',
    );
    return { ...conn, edges: conn.edges.map((e) => (open(e.node) ? e : { ...e, node: withoutTexts(e.node) })) };
  }

  /**
   * Flags every active consultation past its due time once and emits `consultation.overdue`
   * for each (re-notification hooks in there). Run by the scheduled job; returns the count.
   */
  async flagOverdue(now = new Date()): Promise<number> {
    const rows: ConsultationEntity[] = await this.dataSource.transaction(async (m) => {
      const flagged: { id: string }[] = await m.query(
        `WITH flagged AS (UPDATE consultations SET overdue_flagged_at = $1
          WHERE status IN ('OPEN', 'ACCEPTED') AND due_at < $1 AND overdue_flagged_at IS NULL
          RETURNING id) SELECT id FROM flagged`,
        [now],
      );
      if (!flagged.length) return [];
      return m.getRepository(ConsultationEntity).findBy({ id: In(flagged.map((f) => f.id)) });
    });
    for (const k of rows) {
      await this.emit('consultation.overdue', null, k, { dueAt: k.dueAt.toISOString() } satisfies Partial<ConsultationOverdueEvent>);
    }
    return rows.length;
  }
}
