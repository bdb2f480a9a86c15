import type { EntityManager } from 'typeorm';
import { SqlParams, type AuditEntryEntity } from '@ketnoi/platform';
import { facilityAdminIdsSql } from '@ketnoi/identity';
import type { LabRow } from './content';
import type { CaseFileEntity, CaseFileVersionEntity, CasePhiFindingEntity, CaseShareEntity } from './entities';

/** The SQL reads of case files (lists and joins); single rows by key go through repositories. */

/** A keyset position: (time, id) of the last row of the previous page. */
export interface Keyset {
  at: Date;
  id: string;
}

export interface CaseFileRow {
  id: string;
  author_id: string;
  title: string;
  age_years: number | null;
  sex: string;
  province_code: string | null;
  presenting_complaint: string;
  history: string | null;
  examination: string | null;
  vitals: Record<string, string | number | null> | null;
  lab_results: LabRow[] | null;
  working_diagnosis: string | null;
  icd10_codes: string[];
  treatment: string | null;
  question: string;
  attachment_ids: string[];
  version: number;
  client_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export const toCaseFile = (r: CaseFileRow): CaseFileEntity => ({
  id: r.id,
  authorId: r.author_id,
  title: r.title,
  ageYears: r.age_years,
  sex: r.sex,
  provinceCode: r.province_code,
  presentingComplaint: r.presenting_complaint,
  history: r.history,
  examination: r.examination,
  vitals: r.vitals,
  labResults: r.lab_results,
  workingDiagnosis: r.working_diagnosis,
  icd10Codes: r.icd10_codes,
  treatment: r.treatment,
  question: r.question,
  attachmentIds: r.attachment_ids,
  version: r.version,
  clientId: r.client_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface CaseFileVersionRow {
  id: string;
  case_file_id: string;
  version: number;
  editor_id: string;
  reason: string;
  content: Record<string, unknown>;
  created_at: Date;
}

export const toCaseFileVersion = (r: CaseFileVersionRow): CaseFileVersionEntity => ({
  id: r.id,
  caseFileId: r.case_file_id,
  version: r.version,
  editorId: r.editor_id,
  reason: r.reason,
  content: r.content,
  createdAt: r.created_at,
});

export interface PhiFindingRow {
  id: string;
  case_file_id: string;
  version: number;
  field: string;
  start: number;
  end: number;
  kind: string;
  text: string;
  status: string;
  reason: string | null;
  resolved_by_id: string | null;
  resolved_at: Date | null;
  created_at: Date;
}

export const toPhiFinding = (r: PhiFindingRow): CasePhiFindingEntity => ({
  id: r.id,
  caseFileId: r.case_file_id,
  version: r.version,
  field: r.field,
  start: r.start,
  end: r.end,
  kind: r.kind,
  text: r.text,
  status: r.status,
  reason: r.reason,
  resolvedById: r.resolved_by_id,
  resolvedAt: r.resolved_at,
  createdAt: r.created_at,
});

export interface CaseShareRow {
  id: string;
  case_file_id: string;
  grantee_type: string;
  grantee_id: string;
  permission: string;
  granted_by_id: string;
  created_at: Date;
}

export const toCaseShare = (r: CaseShareRow): CaseShareEntity => ({
  id: r.id,
  caseFileId: r.case_file_id,
  granteeType: r.grantee_type,
  granteeId: r.grantee_id,
  permission: r.permission,
  grantedById: r.granted_by_id,
  createdAt: r.created_at,
});

export interface AuditEntryRow {
  id: string;
  at: Date;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  allowed: boolean;
  details: Record<string, unknown>;
}

export const toAuditEntry = (r: AuditEntryRow): AuditEntryEntity => ({
  id: r.id,
  at: r.at,
  actorId: r.actor_id,
  action: r.action,
  targetType: r.target_type,
  targetId: r.target_id,
  allowed: r.allowed,
  details: r.details,
});

/** OPEN findings of the current version of each case, by field and offset. */
export async function openFindingsOf(m: EntityManager, caseFileIds: readonly string[]): Promise<CasePhiFindingEntity[]> {
  const rows: PhiFindingRow[] = await m.query(
    `SELECT * FROM case_phi_findings WHERE case_file_id = ANY($1::uuid[]) AND status = 'OPEN' ORDER BY field, "start"`,
    [caseFileIds],
  );
  return rows.map(toPhiFinding);
}

/** Every version of a case, oldest first. */
export async function versionsOf(m: EntityManager, caseFileId: string): Promise<CaseFileVersionEntity[]> {
  const rows: CaseFileVersionRow[] = await m.query(`SELECT * FROM case_file_versions WHERE case_file_id = $1 ORDER BY version`, [caseFileId]);
  return rows.map(toCaseFileVersion);
}

/** The findings of a case in some states (every version unless `version` is given), the latest resolved first. */
export async function findingsOf(m: EntityManager, caseFileId: string, statuses: string[], version?: number): Promise<CasePhiFindingEntity[]> {
  const q = new SqlParams();
  const only = version === undefined ? '' : `AND version = ${q.add(version)}`;
  const rows: PhiFindingRow[] = await m.query(
    `SELECT * FROM case_phi_findings WHERE case_file_id = ${q.add(caseFileId)} AND status = ANY(${q.add(statuses)}::text[]) ${only}
      ORDER BY resolved_at DESC NULLS LAST, version, field, "start"`,
    q.values,
  );
  return rows.map(toPhiFinding);
}

/** The grants of each case, oldest first. */
export async function sharesOf(m: EntityManager, caseFileIds: readonly string[]): Promise<CaseShareEntity[]> {
  const rows: CaseShareRow[] = await m.query(`SELECT * FROM case_shares WHERE case_file_id = ANY($1::uuid[]) ORDER BY created_at, id`, [caseFileIds]);
  return rows.map(toCaseShare);
}

/** A page of the author's own cases, newest first (`limit` rows). */
export async function casesByAuthor(m: EntityManager, authorId: string, after: Keyset | null, limit: number): Promise<CaseFileEntity[]> {
  const q = new SqlParams();
  const cur = after ? `AND (c.created_at, c.id) < (${q.add(after.at)}::timestamptz, ${q.add(after.id)}::uuid)` : '';
  const rows: CaseFileRow[] = await m.query(
    `SELECT c.* FROM case_files c WHERE c.author_id = ${q.add(authorId)} ${cur} ORDER BY c.created_at DESC, c.id DESC LIMIT ${q.add(limit)}`,
    q.values,
  );
  return rows.map(toCaseFile);
}

/**
 * A page of the cases shared with a viewer (not their own), newest first. `grantedIdsSql`
 * is CaseAccess's subquery over `params` ($1 viewer id, $2 desk facility).
 */
export async function casesGrantedTo(
  m: EntityManager,
  grantedIdsSql: string,
  params: [string, string | null],
  after: Keyset | null,
  limit: number,
): Promise<CaseFileEntity[]> {
  const q = new SqlParams();
  for (const p of params) q.add(p);
  const cur = after ? `AND (c.created_at, c.id) < (${q.add(after.at)}::timestamptz, ${q.add(after.id)}::uuid)` : '';
  const rows: CaseFileRow[] = await m.query(
    `SELECT c.* FROM case_files c WHERE c.author_id <> $1 AND c.id IN (${grantedIdsSql}) ${cur}
      ORDER BY c.created_at DESC, c.id DESC LIMIT ${q.add(limit)}`,
    q.values,
  );
  return rows.map(toCaseFile);
}

/** A page of the audit rows about one target, newest first. */
export async function auditEntriesOf(m: EntityManager, targetType: string, targetId: string, after: Keyset | null, limit: number): Promise<AuditEntryEntity[]> {
  const q = new SqlParams();
  const cur = after ? `AND (a.at, a.id) < (${q.add(after.at)}::timestamptz, ${q.add(after.id)}::uuid)` : '';
  const rows: AuditEntryRow[] = await m.query(
    `SELECT a.* FROM audit_log a WHERE a.target_type = ${q.add(targetType)} AND a.target_id = ${q.add(targetId)} ${cur}
      ORDER BY a.at DESC, a.id DESC LIMIT ${q.add(limit)}`,
    q.values,
  );
  return rows.map(toAuditEntry);
}

/** Who follows a case's discussion: the author, the parent comment's author, the consultants of live consultations. */
export async function commentRecipientIds(m: EntityManager, caseFileId: string, parentId: string | null): Promise<string[]> {
  const rows: { user_id: string }[] = await m.query(
    `SELECT author_id AS user_id FROM case_files WHERE id = $1
     UNION SELECT author_id FROM case_comments WHERE id = $2
     UNION SELECT consultant_id FROM consultations WHERE case_file_id = $1 AND consultant_id IS NOT NULL AND status IN ('OPEN', 'ACCEPTED', 'ANSWERED') AND access_revoked_at IS NULL`,
    [caseFileId, parentId],
  );
  return rows.map((r) => r.user_id);
}

/** A facility's consult desk: its verified facility admins (identity's fragment). */
export async function deskStaffIds(m: EntityManager, facilityId: string): Promise<string[]> {
  const rows: { id: string }[] = await m.query(facilityAdminIdsSql('$1'), [facilityId]);
  return rows.map((r) => r.id);
}
