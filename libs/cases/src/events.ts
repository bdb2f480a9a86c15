import type { DomainEvent } from '@ketnoi/platform';

/** Domain events of the cases feature (for notifications); ids and codes only, never text. */
export interface CaseSharedEvent extends DomainEvent {
  type: 'case.shared';
  caseFileId: string;
  userIds: string[];
  groupId: string | null;
  facilityId: string | null;
  permission: string;
}

export interface CaseCommentedEvent extends DomainEvent {
  type: 'case.commented';
  caseFileId: string;
  commentId: string;
  parentId: string | null;
}

interface ConsultationEventBase extends DomainEvent {
  consultationId: string;
  caseFileId: string;
  requestedById: string;
  consultantId: string | null;
  targetFacilityId: string | null;
  urgency: string;
}

export interface ConsultationRequestedEvent extends ConsultationEventBase {
  type: 'consultation.requested';
}
export interface ConsultationAssignedEvent extends ConsultationEventBase {
  type: 'consultation.assigned';
}
export interface ConsultationAcceptedEvent extends ConsultationEventBase {
  type: 'consultation.accepted';
}
export interface ConsultationAnsweredEvent extends ConsultationEventBase {
  type: 'consultation.answered';
}
export interface ConsultationClosedEvent extends ConsultationEventBase {
  type: 'consultation.closed';
  status: string;
}
/** Emitted once per consultation by the overdue sweep (re-notification hooks in here). */
export interface ConsultationOverdueEvent extends ConsultationEventBase {
  type: 'consultation.overdue';
  dueAt: string;
}
