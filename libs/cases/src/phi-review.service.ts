import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, type Viewer } from '@ketnoi/platform';
import { UploadsService } from '@ketnoi/platform/storage/uploads';
import { CaseAudit } from './case-audit.service';
import { CaseVersions } from './case-versions.service';
import { CasesService } from './cases.service';
import { contentOf, getText, redactSpans, setText, type CaseContent } from './content';
import { CaseFileEntity, CasePhiFindingEntity } from './entities';
import { CasePhi, attachmentOf } from './phi';
import { CasePermission, type ResolvePhiInput } from './types';

const STALE_FINDING = 'Không tìm thấy mục cần xử lý.';

/**
 * The author's review of the PHI scan: KEEP a finding (with a reason, audited) or REDACT it
 * (its placeholder replaces the span, or a held attachment leaves the case and its file is
 * deleted), which writes a new version.
 */
@Injectable()
export class PhiReview {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly versions: CaseVersions,
    private readonly uploads: UploadsService,
    private readonly audit: CaseAudit,
    private readonly phi: CasePhi,
  ) {}

  async resolve(viewer: Viewer, input: ResolvePhiInput): Promise<void> {
    if (input.action === 'KEEP') await this.phi.requireNone(this.dataSource.manager, 'reason', input.reason);
    const toRemove = await this.dataSource.transaction(async (m): Promise<string[]> => {
      const { c } = await this.cases.require(viewer, input.caseFileId, CasePermission.OWNER, m);
      const finding = await m
        .getRepository(CasePhiFindingEntity)
        .findOne({ where: { caseFileId: c.id, version: c.version, field: input.field, start: input.start, end: input.end, status: 'OPEN' } });
      if (!finding) throw badInput('field', 'Không tìm thấy mục cần xử lý (có thể đã được xử lý hoặc hồ sơ đã thay đổi).');
      const details = { findingId: finding.id, field: finding.field, kind: finding.kind, version: c.version };
      if (input.action === 'KEEP') {
        // For an attachment: the author confirms its pixels carry no identifiers, and it is released to grantees.
        await m.update(CasePhiFindingEntity, { id: finding.id }, { status: 'KEPT', reason: input.reason ?? null, resolvedById: viewer.id, resolvedAt: new Date() });
        await this.audit.record(viewer.id, 'case.phi_keep', c.id, details, m);
        return [];
      }
      const content = contentOf(c);
      const attachmentId = attachmentOf(finding.field);
      if (attachmentId) {
        // REDACT of an attachment: it leaves the case (a new version), and the file itself is
        // deleted (the author said its pixels identify the patient: no copy should remain).
        if (!content.attachmentIds.includes(attachmentId)) throw badInput('field', STALE_FINDING);
        const version = await this.redacted(m, viewer, c, finding, { ...content, attachmentIds: content.attachmentIds.filter((id) => id !== attachmentId) });
        const keys = await this.uploads.withdraw(m, c.authorId, attachmentId);
        await this.audit.record(viewer.id, 'case.phi_redact', c.id, { ...details, newVersion: version, fileDeleted: keys.length > 0 }, m);
        return keys;
      }
      const value = getText(content, finding.field);
      if (value === undefined || value.slice(finding.start, finding.end) !== finding.text) throw badInput('field', STALE_FINDING);
      const version = await this.redacted(m, viewer, c, finding, setText(content, finding.field, redactSpans(value, [finding])));
      await this.audit.record(viewer.id, 'case.phi_redact', c.id, { ...details, newVersion: version }, m);
      return [];
    });
    await this.uploads.removeObjects(toRemove);
  }

  /** Marks the finding REDACTED and saves `next` as the case's new version (rescanned); returns that version. */
  private async redacted(m: EntityManager, viewer: Viewer, c: CaseFileEntity, finding: CasePhiFindingEntity, next: CaseContent): Promise<number> {
    await m.update(CasePhiFindingEntity, { id: finding.id }, { status: 'REDACTED', resolvedById: viewer.id, resolvedAt: new Date() });
    const version = c.version + 1;
    await m.update(CaseFileEntity, { id: c.id }, { ...next, version } as never);
    await this.versions.save(m, c.id, version, next, viewer.id, 'REDACT');
    return version;
  }
}
