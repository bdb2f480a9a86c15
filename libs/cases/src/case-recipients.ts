import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { commentRecipientIds, deskStaffIds } from './cases.queries';

/**
 * Who hears about a case event (for notifications): ids only, and only people the event
 * itself gives access. The list of notifications re-checks case access when read.
 */
@Injectable()
export class CaseRecipients {
  constructor(private readonly dataSource: DataSource) {}

  /** A comment: the case's author, the parent comment's author, the consultants of live consultations. */
  forComment(caseFileId: string, parentId: string | null): Promise<string[]> {
    return commentRecipientIds(this.dataSource.manager, caseFileId, parentId);
  }

  /** The named consultant, or else the desk staff of the target facility. */
  async consultantSide(e: { consultantId: string | null; targetFacilityId: string | null }): Promise<string[]> {
    if (e.consultantId) return [e.consultantId];
    return e.targetFacilityId ? this.desk(e.targetFacilityId) : [];
  }

  /** A facility's consult desk: its verified facility admins. */
  desk(facilityId: string): Promise<string[]> {
    return deskStaffIds(this.dataSource.manager, facilityId);
  }
}
