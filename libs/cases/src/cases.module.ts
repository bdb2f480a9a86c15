import { Inject, Module, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, JOBS, Jobs, type AppConfig } from '@ketnoi/platform';
import { DICOM, UploadsModule, UploadsService } from '@ketnoi/platform/storage/uploads';
import { IdentityModule } from '@ketnoi/identity';
import { DirectoryModule } from '@ketnoi/directory';
import { GroupsModule } from '@ketnoi/groups';
import { SocialModule } from '@ketnoi/social';
import { CaseAccess } from './case-access';
import { AuditEntryResolver } from './case-audit.resolver';
import { CaseAudit } from './case-audit.service';
import { CaseComments } from './case-comments.service';
import { CaseEditing } from './case-editing.service';
import { CasePeople } from './case-people';
import { CaseRecipients } from './case-recipients';
import { CaseSharing } from './case-sharing.service';
import { CaseVersions } from './case-versions.service';
import { CaseFileVersionResolver, CasesResolver } from './cases.resolver';
import { CasesService } from './cases.service';
import { PhiReview } from './phi-review.service';
import { CasePhi } from './phi';
import { ConsultationsResolver } from './consultations.resolver';
import { ConsultationsService, OVERDUE_CRON, OVERDUE_QUEUE } from './consultations.service';
import { createDicomDeidentifier } from './dicom';
import { TeachingService } from './teaching.service';

/**
 * Case files and consultations: versions, the PHI scan and its review, shares, the
 * discussion, consultations and their overdue sweep, the access audit, and the DICOM
 * de-identifier for case attachments. Access: CaseAccess.
 */
@Module({
  imports: [IdentityModule, DirectoryModule, GroupsModule, UploadsModule, SocialModule],
  providers: [
    CaseAccess,
    CaseAudit,
    CasePeople,
    CasesService,
    CaseVersions,
    CaseEditing,
    PhiReview,
    CasePhi,
    CaseSharing,
    CaseComments,
    CaseRecipients,
    ConsultationsService,
    TeachingService,
    CasesResolver,
    CaseFileVersionResolver,
    AuditEntryResolver,
    ConsultationsResolver,
  ],
  exports: [CaseAccess, CasesService, CaseRecipients, ConsultationsService],
})
export class CasesModule implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly consultations: ConsultationsService,
    @Inject(JOBS) private readonly jobs: Jobs,
    private readonly uploads: UploadsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // DICOM case attachments become READY only de-identified (PS3.15 Annex E basic profile).
    // UIDs are remapped with a key derived from the server secret, so one study stays one.
    this.uploads.registerSanitiser(DICOM, createDicomDeidentifier(`ketnoi-dicom-uid:${this.config.jwtSecret}`));
    this.jobs.register(OVERDUE_QUEUE, async () => {
      await this.consultations.flagOverdue();
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(OVERDUE_QUEUE, OVERDUE_CRON);
  }
}
