import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsIn, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import GraphQLJSON from 'graphql-type-json';
import { ConnectionType, NodeInterface, isUuid } from '@ketnoi/platform';
import { PageArgs } from '@ketnoi/platform/graphql/page-args';
import { specialtyByCode } from '@ketnoi/reference';
import { MAX_ATTACHMENTS, parseAge, parseIcd10Codes, parseLabResults, parseProvince, parseText, parseVitals } from './content';
import { CASE_COMMENT_MAX } from './entities';
import { ParsedBy, trimmedText } from './input-rules';

const CASE_ID_MESSAGE = 'Mã hồ sơ không hợp lệ.';

/** Idempotency keys of cases are UUIDs (the input guard lets any `clientId` through). */
const IsClientId = () => applyDecorators(IsOptional(), IsUUID('all', { message: 'Mã yêu cầu (clientId) phải là UUID.' }));

export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(Sex, { name: 'Sex' });

/** Ordered: VIEW < COMMENT < CONSULT < OWNER. */
export enum CasePermission {
  VIEW = 'VIEW',
  COMMENT = 'COMMENT',
  CONSULT = 'CONSULT',
  OWNER = 'OWNER',
}
registerEnumType(CasePermission, {
  name: 'CasePermission',
  description: 'What the viewer may do with a case. OWNER is the author (never granted by a share).',
  valuesMap: {
    VIEW: { description: 'Read the case, its versions and its discussion' },
    COMMENT: { description: 'VIEW + write in the discussion' },
    CONSULT: { description: 'COMMENT; given to the consultant (or desk) of a consultation' },
    OWNER: { description: 'The author: edit, resolve findings, share, revoke, request consultations, read the audit log' },
  },
});

export const PERMISSION_RANK: Record<CasePermission, number> = { VIEW: 1, COMMENT: 2, CONSULT: 3, OWNER: 4 };

export enum ConsultUrgency {
  ROUTINE = 'ROUTINE',
  URGENT = 'URGENT',
  EMERGENCY = 'EMERGENCY',
}
registerEnumType(ConsultUrgency, { name: 'ConsultUrgency' });

export enum ConsultStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ConsultStatus, { name: 'ConsultStatus' });

export enum CaseGranteeType {
  USER = 'USER',
  GROUP = 'GROUP',
  FACILITY = 'FACILITY',
}
registerEnumType(CaseGranteeType, { name: 'CaseGranteeType', description: "FACILITY: the facility's consult desk (its facility admins)" });

@ObjectType('PhiFinding', { description: 'A span the de-identification scan found. `text` is the patient data itself: empty for anyone but the author' })
export class PhiFindingType {
  @Field(() => ID, { nullable: true, description: 'The stored finding (resolvePhiFindings); null from scanText, whose findings are not stored' })
  id?: string | null;

  @Field({ description: 'title, history …; vitals.<key> or labResults.<row>.<column> inside the tables; attachments.<attachmentId> for a held attachment' })
  field: string;

  @Field(() => Int, { description: 'UTF-16 offset into the field' })
  start: number;

  @Field(() => Int)
  end: number;

  @Field({
    description:
      'NAME, CCCD, CMND, HEALTH_INSURANCE, PHONE, EMAIL, URL, IP, LICENSE, RECORD_NUMBER, ADDRESS, DATE, AGE_OVER_89, PASSPORT, VEHICLE_PLATE; BURNED_IN_ANNOTATION for a DICOM image whose pixels may carry identifiers (start = end = 0): KEEP releases it, REDACT removes the attachment',
  })
  kind: string;

  @Field()
  text: string;
}

@ObjectType('CaseFile', { implements: () => [NodeInterface] })
export class CaseFileType {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Increments with every saved change (edits and redactions)' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  // author, the content fields (redacted for readers other than the author while
  // findings are open), phiFindings, attachments, viewerPermission, consultations,
  // shares, comments, versions: field resolvers.
}
export const CaseFileConnection = ConnectionType(CaseFileType, 'CaseFile');

@ObjectType('CaseFileVersion')
export class CaseFileVersionType {
  @Field(() => Int)
  version: number;

  @Field({ description: 'CREATE, EDIT or REDACT' })
  reason: string;

  @Field()
  createdAt: Date;

  @Field(() => GraphQLJSON, {
    description:
      'The full content of that version (same keys as CaseFileInput). For readers other than the author, every finding that was not KEPT is replaced by its placeholder',
  })
  content: Record<string, unknown>;

  // editor: field resolver.
  editorId: string;
}

@ObjectType('CaseShare', { description: 'A grant on a case (visible to the author)' })
export class CaseShareType {
  @Field(() => ID)
  id: string;

  @Field(() => CaseGranteeType)
  granteeType: CaseGranteeType;

  @Field(() => ID, { description: 'A user, group or facility id' })
  granteeId: string;

  @Field(() => CasePermission)
  permission: CasePermission;

  @Field()
  createdAt: Date;
}

@ObjectType('Consultation', { implements: () => [NodeInterface] })
export class ConsultationType {
  @Field(() => ID)
  id: string;

  @Field(() => ConsultUrgency)
  urgency: ConsultUrgency;

  @Field(() => ConsultStatus)
  status: ConsultStatus;

  @Field(() => String, { nullable: true, description: "The requester's note (scanned like the case)" })
  note: string | null;

  @Field(() => String, { nullable: true })
  opinion: string | null;

  @Field(() => String, { nullable: true })
  recommendation: string | null;

  @Field(() => String, { nullable: true, description: "The requester's outcome on closing" })
  outcome: string | null;

  @Field({ description: 'createdAt + the urgency target (EMERGENCY 1 h, URGENT 24 h, ROUTINE 72 h by default)' })
  dueAt: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  answeredAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field()
  createdAt: Date;

  // caseFile, requestedBy, consultant, targetFacility, targetSpecialty, overdue: field resolvers.
}
export const ConsultationConnection = ConnectionType(ConsultationType, 'Consultation');

@ObjectType('AuditEntry', { implements: () => [NodeInterface] })
export class AuditEntryType {
  @Field(() => ID)
  id: string;

  @Field()
  action: string;

  @Field()
  allowed: boolean;

  @Field()
  at: Date;

  @Field(() => GraphQLJSON, { description: 'Ids and codes only (never text)' })
  details: Record<string, unknown>;

  // actor: field resolver.
  actorId: string | null;
}
export const AuditEntryConnection = ConnectionType(AuditEntryType, 'AuditEntry');

@InputType()
export class CaseFileInput {
  @Field({ description: '1–200 characters' })
  @ParsedBy(parseText('title'))
  title: string;

  @Field(() => Int, { nullable: true, description: '0–120; 90 and over is stored (and shown) as 90, i.e. "≥ 90"' })
  @ParsedBy(parseAge)
  ageYears?: number | null;

  @Field(() => Sex)
  @IsEnum(Sex, { message: 'Giới tính không hợp lệ.' })
  sex: Sex;

  @Field(() => String, { nullable: true, description: 'One of the 34 province codes' })
  @ParsedBy(parseProvince)
  provinceCode?: string | null;

  @Field({ description: '1–5,000 characters' })
  @ParsedBy(parseText('presentingComplaint'))
  presentingComplaint: string;

  @Field(() => String, { nullable: true, description: 'Up to 20,000 characters' })
  @ParsedBy(parseText('history'))
  history?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 20,000 characters' })
  @ParsedBy(parseText('examination'))
  examination?: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'An object of up to 30 readings: { "HA": "120/80 mmHg", "mạch": 88 } (strings ≤ 200, numbers)' })
  @ParsedBy(parseVitals)
  vitals?: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Up to 200 rows of { name, value, unit?, reference? } (strings ≤ 200 or numbers)' })
  @ParsedBy(parseLabResults)
  labResults?: unknown;

  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters' })
  @ParsedBy(parseText('workingDiagnosis'))
  workingDiagnosis?: string | null;

  @Field(() => [String], { nullable: true, description: 'Up to 20 ICD-10 codes (A00, I21.0)' })
  @ParsedBy(parseIcd10Codes)
  icd10Codes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Up to 20,000 characters' })
  @ParsedBy(parseText('treatment'))
  treatment?: string | null;

  @Field({ description: 'The question for colleagues, 1–5,000 characters' })
  @ParsedBy(parseText('question'))
  question: string;

  @Field(() => [ID], { nullable: true, description: "Up to 20 of the author's own READY CASE_ATTACHMENT uploads; replaces the list" })
  @IsOptional()
  @ArrayMaxSize(MAX_ATTACHMENTS, { message: `Tối đa ${MAX_ATTACHMENTS} tệp đính kèm.` })
  attachmentIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Idempotency key for createCaseFile: the same clientId from the same author returns the first case (ignored by updateCaseFile)',
  })
  @IsClientId()
  clientId?: string | null;
}

@InputType()
export class ResolvePhiInput {
  @Field(() => ID)
  @IsUUID('all', { message: CASE_ID_MESSAGE })
  caseFileId: string;

  @Field()
  field: string;

  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;

  @Field({ description: 'REDACT (replace with the placeholder; a new version) or KEEP (needs reason; audited)' })
  @IsIn(['REDACT', 'KEEP'], { message: 'Hành động phải là REDACT hoặc KEEP.' })
  action: string;

  @Field(() => String, { nullable: true, description: 'Required for KEEP: 3–500 characters, itself free of personal data' })
  @ParsedBy((value, input) => {
    if ((input as ResolvePhiInput).action !== 'KEEP') return { value: (value as string | null | undefined) ?? null };
    const reason = typeof value === 'string' ? value.trim() : '';
    return reason.length < 3 || reason.length > 500 ? { problem: 'Vui lòng nêu lý do giữ lại (3–500 ký tự).' } : { value: reason };
  })
  reason?: string | null;
}

/** Up to this many decisions in one review pass (the scan of one case stays well below). */
export const MAX_PHI_DECISIONS = 200;

@InputType()
export class PhiDecisionInput {
  @Field(() => ID, { description: 'PhiFinding.id of an open finding of the current version' })
  @IsUUID('all', { message: 'Mã mục cần xử lý không hợp lệ.' })
  findingId: string;

  @Field({ description: 'REDACT (the span becomes its placeholder; an attachment leaves the case) or KEEP (needs reason)' })
  @IsIn(['REDACT', 'KEEP'], { message: 'Hành động phải là REDACT hoặc KEEP.' })
  action: string;

  @Field(() => String, { nullable: true, description: 'Required for KEEP: 3–500 characters, itself free of personal data' })
  @ParsedBy((value, input) => {
    if ((input as PhiDecisionInput).action !== 'KEEP') return { value: (value as string | null | undefined) ?? null };
    const reason = typeof value === 'string' ? value.trim() : '';
    return reason.length < 3 || reason.length > 500 ? { problem: 'Vui lòng nêu lý do giữ lại (3–500 ký tự).' } : { value: reason };
  })
  reason?: string | null;
}

@InputType()
export class ResolvePhiFindingsInput {
  @Field(() => ID)
  @IsUUID('all', { message: CASE_ID_MESSAGE })
  caseFileId: string;

  @Field(() => [PhiDecisionInput], { description: `1–${MAX_PHI_DECISIONS} decisions, each finding at most once` })
  @ArrayMinSize(1, { message: 'Vui lòng chọn ít nhất một mục cần xử lý.' })
  @ArrayMaxSize(MAX_PHI_DECISIONS, { message: `Tối đa ${MAX_PHI_DECISIONS} mục mỗi lần.` })
  @ValidateNested({ each: true })
  @Type(() => PhiDecisionInput)
  findings: PhiDecisionInput[];
}

export const MAX_SHARE_USERS = 50;

@InputType()
export class ShareCaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: CASE_ID_MESSAGE })
  caseFileId: string;

  @Field(() => [ID], { nullable: true, description: 'Verified colleagues (up to 50)' })
  @ParsedBy((value, input) => {
    const ids = [...new Set((value as string[] | null | undefined) ?? [])];
    const { groupId, facilityId } = input as ShareCaseInput;
    if (!ids.length && !groupId && !facilityId) return { problem: 'Chọn đồng nghiệp, nhóm hoặc bàn hội chẩn để chia sẻ.' };
    if (ids.length > MAX_SHARE_USERS) return { problem: `Tối đa ${MAX_SHARE_USERS} người mỗi lần.` };
    if (!ids.every((id) => typeof id === 'string' && isUuid(id))) return { problem: 'Người nhận không hợp lệ.' };
    return { value: ids };
  })
  userIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'A group the author is a member of: its members get the permission' })
  @IsOptional()
  @IsUUID('all', { message: 'Nhóm không hợp lệ.' })
  groupId?: string | null;

  @Field(() => ID, { nullable: true, description: "A facility's consult desk (its facility admins)" })
  @IsOptional()
  @IsUUID('all', { message: 'Cơ sở không hợp lệ.' })
  facilityId?: string | null;

  @Field(() => CasePermission, { description: 'VIEW, COMMENT or CONSULT' })
  @IsIn([CasePermission.VIEW, CasePermission.COMMENT, CasePermission.CONSULT], { message: 'Chỉ chia sẻ với quyền VIEW, COMMENT hoặc CONSULT.' })
  permission: CasePermission;
}

export const CONSULT_NOTE_MAX = 2_000;
export const CONSULT_TEXT_MAX = 10_000;

@InputType()
export class RequestConsultationInput {
  @Field(() => ID)
  @IsUUID('all', { message: CASE_ID_MESSAGE })
  caseFileId: string;

  @Field(() => ID, { nullable: true, description: 'A verified colleague; or targetFacilityId (+ targetSpecialtyCode) for a desk' })
  @ParsedBy((value, input) => {
    const { targetFacilityId, targetSpecialtyCode } = input as RequestConsultationInput;
    if (!value && !targetFacilityId) return { problem: 'Chọn người hội chẩn hoặc chuyên khoa tại một cơ sở.' };
    if (value && (targetFacilityId || targetSpecialtyCode)) return { problem: 'Gửi cho một người hoặc cho bàn hội chẩn của một cơ sở, không cả hai.' };
    if (value && !isUuid(value)) return { problem: 'Người hội chẩn không hợp lệ.' };
    return { value: (value as string | null | undefined) || null };
  })
  consultantId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Cơ sở không hợp lệ.' })
  targetFacilityId?: string | null;

  @Field(() => String, { nullable: true })
  @ParsedBy((value) => (!value ? { value: null } : typeof value === 'string' && specialtyByCode(value) ? { value } : { problem: 'Chuyên khoa không hợp lệ.' }))
  targetSpecialtyCode?: string | null;

  @Field(() => ConsultUrgency)
  @IsEnum(ConsultUrgency, { message: 'Mức độ khẩn không hợp lệ.' })
  urgency: ConsultUrgency;

  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters, scanned like the case' })
  @ParsedBy(trimmedText(CONSULT_NOTE_MAX, `Tối đa ${CONSULT_NOTE_MAX.toLocaleString('vi-VN')} ký tự.`))
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'Idempotency key: the same clientId from the same requester returns the first consultation' })
  @IsClientId()
  clientId?: string | null;
}

// ---------- plain arguments (contract-bound operations keep them; validated like inputs) ----------

@ArgsType()
export class CaseFileIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: CASE_ID_MESSAGE })
  id: string;
}

@ArgsType()
export class CaseFileArgs {
  @Field(() => ID)
  @IsUUID('all', { message: CASE_ID_MESSAGE })
  caseFileId: string;
}

@ArgsType()
export class CaseAuditLogArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: CASE_ID_MESSAGE })
  caseFileId: string;
}

export const SCAN_TEXT_MAX = 50_000;

@ArgsType()
export class ScanTextArgs {
  @Field()
  @MaxLength(SCAN_TEXT_MAX, { message: `Tối đa ${SCAN_TEXT_MAX.toLocaleString('vi-VN')} ký tự mỗi lần quét.` })
  text: string;
}

@ArgsType()
export class RevokeCaseShareArgs {
  @Field(() => ID)
  @IsUUID('all', { message: CASE_ID_MESSAGE })
  caseFileId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Người nhận không hợp lệ.' })
  granteeId: string;
}

export const CASE_PHI_REASON_MAX = 500;
/** "Keep with reason" for a discussion comment or a consultation answer whose scan finds something (audited). */
function CasePhiReason(): PropertyDecorator {
  return (target, key) => {
    Field(() => String, {
      nullable: true,
      description: `Why the findings of the scan may stay (1–${CASE_PHI_REASON_MAX} characters, identifying no one; audited with the kinds found). Without it, text with findings is refused`,
    })(target, key);
    ParsedBy(trimmedText(CASE_PHI_REASON_MAX, `Lý do tối đa ${CASE_PHI_REASON_MAX} ký tự.`))(target, key);
  };
}

@ArgsType()
export class AddCaseCommentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: CASE_ID_MESSAGE })
  caseFileId: string;

  @Field()
  @ParsedBy(trimmedText(CASE_COMMENT_MAX, `Tối đa ${CASE_COMMENT_MAX.toLocaleString('vi-VN')} ký tự.`, 'Vui lòng nhập nội dung.'))
  body: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Bình luận gốc không hợp lệ.' })
  parentId?: string;

  @Field(() => ID, { nullable: true, description: 'Idempotency key: the same clientId returns the first comment' })
  @IsClientId()
  clientId?: string;

  @CasePhiReason()
  phiReason?: string | null;
}

@ArgsType()
export class PublishTeachingCaseArgs {
  @Field(() => ID)
  @IsUUID('all', { message: CASE_ID_MESSAGE })
  caseFileId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Nhóm không hợp lệ.' })
  groupId: string;
}

@ArgsType()
export class ConsultationQueueArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Cơ sở không hợp lệ.' })
  facilityId?: string;

  @Field(() => ConsultStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ConsultStatus, { message: 'Trạng thái không hợp lệ.' })
  status?: ConsultStatus;
}

@ArgsType()
export class ConsultationIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Mã yêu cầu hội chẩn không hợp lệ.' })
  id: string;
}

@ArgsType()
export class AssignConsultationArgs extends ConsultationIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Người hội chẩn không hợp lệ.' })
  consultantId: string;
}

const answerText = (what: string) => {
  const message = `Vui lòng nhập ${what} (tối đa ${CONSULT_TEXT_MAX.toLocaleString('vi-VN')} ký tự).`;
  return trimmedText(CONSULT_TEXT_MAX, message, message);
};

@ArgsType()
export class AnswerConsultationArgs extends ConsultationIdArgs {
  @Field()
  @ParsedBy(answerText('ý kiến'))
  opinion: string;

  @Field()
  @ParsedBy(answerText('khuyến nghị'))
  recommendation: string;

  @CasePhiReason()
  phiReason?: string | null;
}

@ArgsType()
export class CloseConsultationArgs extends ConsultationIdArgs {
  @Field(() => String, { nullable: true })
  @ParsedBy(trimmedText(CONSULT_NOTE_MAX, `Tối đa ${CONSULT_NOTE_MAX.toLocaleString('vi-VN')} ký tự.`))
  outcome?: string | null;
}
