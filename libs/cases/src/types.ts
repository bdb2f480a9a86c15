import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { ConnectionType, NodeInterface } from '@ketnoi/platform';

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
    description: 'The full content of that version (same keys as CaseFileInput). For readers other than the author, every finding that was not KEPT is replaced by its placeholder',
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
  title: string;

  @Field(() => Int, { nullable: true, description: '0–120; 90 and over is stored (and shown) as 90, i.e. "≥ 90"' })
  ageYears?: number | null;

  @Field(() => Sex)
  sex: Sex;

  @Field(() => String, { nullable: true, description: 'One of the 34 province codes' })
  provinceCode?: string | null;

  @Field({ description: '1–5,000 characters' })
  presentingComplaint: string;

  @Field(() => String, { nullable: true, description: 'Up to 20,000 characters' })
  history?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 20,000 characters' })
  examination?: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'An object of up to 30 readings: { "HA": "120/80 mmHg", "mạch": 88 } (strings ≤ 200, numbers)' })
  vitals?: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Up to 200 rows of { name, value, unit?, reference? } (strings ≤ 200 or numbers)' })
  labResults?: unknown;

  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters' })
  workingDiagnosis?: string | null;

  @Field(() => [String], { nullable: true, description: 'Up to 20 ICD-10 codes (A00, I21.0)' })
  icd10Codes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Up to 20,000 characters' })
  treatment?: string | null;

  @Field({ description: 'The question for colleagues, 1–5,000 characters' })
  question: string;

  @Field(() => [ID], { nullable: true, description: "Up to 20 of the author's own READY CASE_ATTACHMENT uploads; replaces the list" })
  attachmentIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Idempotency key for createCaseFile: the same clientId from the same author returns the first case (ignored by updateCaseFile)' })
  clientId?: string | null;
}

@InputType()
export class ResolvePhiInput {
  @Field(() => ID)
  caseFileId: string;

  @Field()
  field: string;

  @Field(() => Int)
  start: number;

  @Field(() => Int)
  end: number;

  @Field({ description: 'REDACT (replace with the placeholder; a new version) or KEEP (needs reason; audited)' })
  action: string;

  @Field(() => String, { nullable: true, description: 'Required for KEEP: 3–500 characters, itself free of personal data' })
  reason?: string | null;
}

@InputType()
export class ShareCaseInput {
  @Field(() => ID)
  caseFileId: string;

  @Field(() => [ID], { nullable: true, description: 'Verified colleagues (up to 50)' })
  userIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'A group the author is a member of: its members get the permission' })
  groupId?: string | null;

  @Field(() => ID, { nullable: true, description: "A facility's consult desk (its facility admins)" })
  facilityId?: string | null;

  @Field(() => CasePermission, { description: 'VIEW, COMMENT or CONSULT' })
  permission: CasePermission;
}

@InputType()
export class RequestConsultationInput {
  @Field(() => ID)
  caseFileId: string;

  @Field(() => ID, { nullable: true, description: 'A verified colleague; or targetFacilityId (+ targetSpecialtyCode) for a desk' })
  consultantId?: string | null;

  @Field(() => ID, { nullable: true })
  targetFacilityId?: string | null;

  @Field(() => String, { nullable: true })
  targetSpecialtyCode?: string | null;

  @Field(() => ConsultUrgency)
  urgency: ConsultUrgency;

  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters, scanned like the case' })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'Idempotency key: the same clientId from the same requester returns the first consultation' })
  clientId?: string | null;
}
