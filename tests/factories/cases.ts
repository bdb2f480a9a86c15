import { randomBytes } from 'node:crypto';
import { newId } from '@ketnoi/platform';
import { TokenSigner } from '@ketnoi/identity';
import { foldVietnamese } from '@ketnoi/reference';
import type { GqlResult, TestApp } from '../support/app';
import type { TestUser } from './identity';

const uniq = () => randomBytes(4).toString('hex');

/** The data of a successful GraphQL call, or an error naming what failed. */
export function ok<T = Record<string, any>>(res: GqlResult<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** The first error's code and field. */
export const errorOf = (res: GqlResult) => ({ code: res.errors?.[0]?.extensions?.code, field: res.errors?.[0]?.extensions?.field });

export const count = async (app: TestApp, sql: string, params: unknown[] = []) => Number((await app.sql<{ n: string }>(sql, params))[0].n);

export interface CaseUserSpec {
  fullName?: string;
  specialtyCode?: string;
  status?: string;
  roles?: string[];
  facilityId?: string;
}

/**
 * Users made straight in SQL with a real session and access token (verified unless
 * `status` says otherwise). Registration itself is exercised in identity.test.ts.
 */
export async function makeCaseUsers(app: TestApp, facilityId: string, specs: CaseUserSpec[] | number): Promise<TestUser[]> {
  const list: CaseUserSpec[] = typeof specs === 'number' ? Array.from({ length: specs }, () => ({})) : specs;
  const signer = new TokenSigner(app.config.jwtSecret);
  const out: TestUser[] = [];
  for (const s of list) {
    const id = newId();
    const sessionId = newId();
    const email = `case-${uniq()}${uniq()}@test.ketnoi.vn`;
    const fullName = s.fullName ?? 'Phạm Minh Thử';
    await app.sql(
      `INSERT INTO users (id, email, password_hash, full_name, search_text, profession, specialty_code, facility_id, roles, verification_status)
       VALUES ($1, $2, 'not-a-password-hash', $3, $4, 'PHYSICIAN', $5, $6, $7::text[], $8)`,
      [id, email, fullName, foldVietnamese(fullName), s.specialtyCode ?? null, s.facilityId ?? facilityId, s.roles ?? ['MEMBER'], s.status ?? 'VERIFIED'],
    );
    await app.sql(`INSERT INTO auth_sessions (id, user_id) VALUES ($1, $2)`, [sessionId, id]);
    out.push({ id, email, accessToken: signer.signAccess({ sub: id, sid: sessionId }), refreshToken: '' });
  }
  return out;
}

export const CASE_FIELDS = `id version title ageYears ageLabel sex provinceCode presentingComplaint history examination vitals labResults
  workingDiagnosis icd10Codes treatment question viewerPermission createdAt updatedAt
  author { id } attachments { id } phiFindings { id field start end kind text }
  shares { granteeType granteeId permission }
  consultations { id status urgency overdue dueAt }`;

export const CREATE_CASE = `mutation($input: CaseFileInput!) { createCaseFile(input: $input) { ${CASE_FIELDS} } }`;
export const UPDATE_CASE = `mutation($id: ID!, $input: CaseFileInput!) { updateCaseFile(id: $id, input: $input) { ${CASE_FIELDS} } }`;
export const READ_CASE = `query($id: ID!) { caseFile(id: $id) { ${CASE_FIELDS} } }`;
export const RESOLVE_PHI = `mutation($input: ResolvePhiInput!) { resolvePhiFinding(input: $input) { ${CASE_FIELDS} } }`;
export const RESOLVE_PHIS = `mutation($input: ResolvePhiFindingsInput!) { resolvePhiFindings(input: $input) { ${CASE_FIELDS} } }`;
export const SHARE_CASE = `mutation($input: ShareCaseInput!) { shareCaseFile(input: $input) { ${CASE_FIELDS} } }`;
export const REVOKE_SHARE = `mutation($c: ID!, $g: ID!) { revokeCaseShare(caseFileId: $c, granteeId: $g) { ${CASE_FIELDS} } }`;
export const ADD_CASE_COMMENT = `mutation($c: ID!, $body: String!, $p: ID) { addCaseComment(caseFileId: $c, body: $body, parentId: $p) { id body author { id } replyCount createdAt } }`;
export const CONSULT_FIELDS = `id status urgency opinion recommendation outcome dueAt answeredAt overdue note
  caseFile { id title } requestedBy { id } consultant { id } targetFacility { id } targetSpecialty { code }`;
export const REQUEST_CONSULT = `mutation($input: RequestConsultationInput!) { requestConsultation(input: $input) { ${CONSULT_FIELDS} } }`;

/** A clean case (no identifiers), so it can be shared at once. */
export const cleanCase = (over: Record<string, unknown> = {}) => ({
  title: `Đau ngực cấp ${uniq()}`,
  ageYears: 58,
  sex: 'MALE',
  provinceCode: '01',
  presentingComplaint: 'Đau ngực trái dữ dội 2 giờ, lan ra tay trái, vã mồ hôi.',
  history: 'Tăng huyết áp 10 năm, hút thuốc lá 20 bao-năm.',
  examination: 'Mạch 110 lần/phút, HA 90/60 mmHg, ran ẩm hai đáy phổi.',
  vitals: { HA: '90/60 mmHg', mach: 110, SpO2: '92%' },
  labResults: [
    { name: 'Troponin T hs', value: 850, unit: 'ng/L' },
    { name: 'CK-MB', value: '65', unit: 'U/L', reference: '< 25' },
  ],
  workingDiagnosis: 'Nhồi máu cơ tim cấp ST chênh lên thành trước',
  icd10Codes: ['I21.0'],
  treatment: 'Aspirin 300 mg, clopidogrel 600 mg, heparin.',
  question: 'Có nên chuyển can thiệp mạch vành cấp cứu không?',
  ...over,
});

export async function createCase(app: TestApp, author: TestUser, over: Record<string, unknown> = {}): Promise<Record<string, any>> {
  return ok(await app.gql(CREATE_CASE, { input: cleanCase(over) }, author.accessToken)).createCaseFile;
}

export async function shareCase(
  app: TestApp,
  author: TestUser,
  caseFileId: string,
  grant: { userIds?: string[]; groupId?: string; facilityId?: string },
  permission = 'VIEW',
) {
  return ok(await app.gql(SHARE_CASE, { input: { caseFileId, permission, ...grant } }, author.accessToken)).shareCaseFile;
}

export async function requestConsult(app: TestApp, author: TestUser, input: Record<string, unknown>) {
  return ok(await app.gql(REQUEST_CONSULT, { input: { urgency: 'URGENT', ...input } }, author.accessToken)).requestConsultation;
}

/** Audit rows on a case, oldest first. */
export const auditRows = (app: TestApp, caseFileId: string) =>
  app.sql<{ actor_id: string | null; action: string; allowed: boolean; details: Record<string, unknown> }>(
    `SELECT actor_id, action, allowed, details FROM audit_log WHERE target_type = 'CASE_FILE' AND target_id = $1 ORDER BY at, id`,
    [caseFileId],
  );
