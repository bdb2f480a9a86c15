import type { EntityManager } from 'typeorm';
import { SqlParams } from '@ketnoi/platform';
import type { Keyset } from './cases.queries';
import type { ConsultationEntity } from './entities';

/** The SQL reads of consultations (lists); single rows by key go through repositories. */

export interface ConsultationRow {
  id: string;
  case_file_id: string;
  requested_by_id: string;
  consultant_id: string | null;
  target_facility_id: string | null;
  target_specialty_code: string | null;
  urgency: string;
  status: string;
  note: string | null;
  opinion: string | null;
  recommendation: string | null;
  outcome: string | null;
  due_at: Date;
  accepted_at: Date | null;
  answered_at: Date | null;
  closed_at: Date | null;
  client_id: string | null;
  access_revoked_at: Date | null;
  overdue_flagged_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export const toConsultation = (r: ConsultationRow): ConsultationEntity => ({
  id: r.id,
  caseFileId: r.case_file_id,
  requestedById: r.requested_by_id,
  consultantId: r.consultant_id,
  targetFacilityId: r.target_facility_id,
  targetSpecialtyCode: r.target_specialty_code,
  urgency: r.urgency,
  status: r.status,
  note: r.note,
  opinion: r.opinion,
  recommendation: r.recommendation,
  outcome: r.outcome,
  dueAt: r.due_at,
  acceptedAt: r.accepted_at,
  answeredAt: r.answered_at,
  closedAt: r.closed_at,
  clientId: r.client_id,
  accessRevokedAt: r.access_revoked_at,
  overdueFlaggedAt: r.overdue_flagged_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The consultations of each case, oldest first. */
export async function consultationsOfCases(m: EntityManager, caseFileIds: readonly string[]): Promise<ConsultationEntity[]> {
  const rows: ConsultationRow[] = await m.query(`SELECT * FROM consultations WHERE case_file_id = ANY($1::uuid[]) ORDER BY created_at, id`, [caseFileIds]);
  return rows.map(toConsultation);
}

/** The CLOSED consultations of a case, in the order they were closed. */
export async function closedConsultationsOf(m: EntityManager, caseFileId: string): Promise<ConsultationEntity[]> {
  const rows: ConsultationRow[] = await m.query(`SELECT * FROM consultations WHERE case_file_id = $1 AND status = 'CLOSED' ORDER BY closed_at, id`, [
    caseFileId,
  ]);
  return rows.map(toConsultation);
}

/** Whose queue: a facility's desk, or one consultant's own assignments. */
export type QueueOwner = { facilityId: string } | { consultantId: string };

/** A page of a queue, soonest due first (`limit` rows). */
export async function consultationQueue(
  m: EntityManager,
  owner: QueueOwner,
  status: string | null,
  after: Keyset | null,
  limit: number,
): Promise<ConsultationEntity[]> {
  const q = new SqlParams();
  const where = ['facilityId' in owner ? `k.target_facility_id = ${q.add(owner.facilityId)}` : `k.consultant_id = ${q.add(owner.consultantId)}`];
  if (status) where.push(`k.status = ${q.add(status)}`);
  if (after) where.push(`(k.due_at, k.id) > (${q.add(after.at)}::timestamptz, ${q.add(after.id)}::uuid)`);
  const rows: ConsultationRow[] = await m.query(
    `SELECT k.* FROM consultations k WHERE ${where.join(' AND ')} ORDER BY k.due_at, k.id LIMIT ${q.add(limit)}`,
    q.values,
  );
  return rows.map(toConsultation);
}
