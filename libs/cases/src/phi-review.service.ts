import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { badInput, type Viewer } from '@ketnoi/platform';
import { UploadsService } from '@ketnoi/platform/storage/uploads';
import { CaseAudit } from './case-audit.service';
import { CaseVersions } from './case-versions.service';
import { CasesService } from './cases.service';
import { contentOf, getText, redactSpans, setText, type CaseContent } from './content';
import { CaseFileEntity, CasePhiFindingEntity } from './entities';
import { CasePhi, attachmentOf } from './phi';
import { CasePermission, type ResolvePhiFindingsInput, type ResolvePhiInput } from './types';

const STALE_FINDING = 'Không tìm thấy mục cần xử lý (có thể đã được xử lý hoặc hồ sơ đã thay đổi).';

/** One decision of a review pass, on a finding of the case's current version. */
interface Decision {
  finding: CasePhiFindingEntity;
  action: 'REDACT' | 'KEEP';
  reason: string | null;
  /** where a refusal about this decision points (`field` for resolvePhiFinding, `findings.<i>.findingId` for a pass) */
  field: string;
}

/**
 * The author's review of the PHI scan: KEEP a finding (with a reason, audited) or REDACT it
 * (its placeholder replaces the span, or a held attachment leaves the case and its file is
 * deleted). One review pass — one finding or many — is one transaction and, when anything is
 * redacted, exactly one new version.
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

  /** One finding, named by its span in the current version (resolvePhiFinding). */
  async resolve(viewer: Viewer, input: ResolvePhiInput): Promise<void> {
    if (input.action === 'KEEP') await this.phi.requireNone(this.dataSource.manager, 'reason', input.reason);
    await this.pass(viewer, input.caseFileId, async (m, c) => {
      const finding = await m
        .getRepository(CasePhiFindingEntity)
        .findOne({ where: { caseFileId: c.id, version: c.version, field: input.field, start: input.start, end: input.end, status: 'OPEN' } });
      if (!finding) throw badInput('field', STALE_FINDING);
      return [{ finding, action: input.action as Decision['action'], reason: input.reason ?? null, field: 'field' }];
    });
  }

  /** Many findings by id in one pass (resolvePhiFindings): all or nothing. */
  async resolveMany(viewer: Viewer, input: ResolvePhiFindingsInput): Promise<void> {
    const seen = new Set<string>();
    for (const [i, d] of input.findings.entries()) {
      if (seen.has(d.findingId)) throw badInput(`findings.${i}.findingId`, 'Mỗi mục chỉ được xử lý một lần.');
      seen.add(d.findingId);
      if (d.action === 'KEEP') await this.phi.requireNone(this.dataSource.manager, `findings.${i}.reason`, d.reason);
    }
    await this.pass(viewer, input.caseFileId, async (m, c) => {
      const rows = await m.getRepository(CasePhiFindingEntity).findBy({ id: In([...seen]), caseFileId: c.id, version: c.version, status: 'OPEN' });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return input.findings.map((d, i) => {
        const finding = byId.get(d.findingId);
        if (!finding) throw badInput(`findings.${i}.findingId`, STALE_FINDING);
        return { finding, action: d.action as Decision['action'], reason: d.reason ?? null, field: `findings.${i}.findingId` };
      });
    });
  }

  /**
   * Applies the decisions `pick` returns in one transaction (the case locked): KEEPs first,
   * then every REDACT into one content, saved as one new version (rescanned). Withdrawn
   * attachments' files are removed after commit.
   */
  private async pass(viewer: Viewer, caseFileId: string, pick: (m: EntityManager, c: CaseFileEntity) => Promise<Decision[]>): Promise<void> {
    const toRemove = await this.dataSource.transaction(async (m): Promise<string[]> => {
      const { c } = await this.cases.require(viewer, caseFileId, CasePermission.OWNER, m);
      const decisions = await pick(m, c);
      const now = new Date();
      const detailsOf = (f: CasePhiFindingEntity) => ({ findingId: f.id, field: f.field, kind: f.kind, version: c.version });
      // For an attachment, KEEP: the author confirms its pixels carry no identifiers, and it is released to grantees.
      for (const d of decisions.filter((x) => x.action === 'KEEP')) {
        await m.update(CasePhiFindingEntity, { id: d.finding.id }, { status: 'KEPT', reason: d.reason, resolvedById: viewer.id, resolvedAt: now });
        await this.audit.record(viewer.id, 'case.phi_keep', c.id, detailsOf(d.finding), m);
      }
      const redactions = decisions.filter((x) => x.action === 'REDACT');
      if (!redactions.length) return [];

      const { content, withdrawn } = this.redacted(contentOf(c), redactions);
      await m.update(CasePhiFindingEntity, { id: In(redactions.map((d) => d.finding.id)) }, { status: 'REDACTED', resolvedById: viewer.id, resolvedAt: now });
      const version = c.version + 1;
      await m.update(CaseFileEntity, { id: c.id }, { ...content, version } as never);
      await this.versions.save(m, c.id, version, content, viewer.id, 'REDACT');
      const keysOf = new Map<string, string[]>();
      for (const id of withdrawn) keysOf.set(id, await this.uploads.withdraw(m, c.authorId, id));
      for (const d of redactions) {
        const attachmentId = attachmentOf(d.finding.field);
        const fileDeleted = attachmentId ? { fileDeleted: (keysOf.get(attachmentId)?.length ?? 0) > 0 } : {};
        await this.audit.record(viewer.id, 'case.phi_redact', c.id, { ...detailsOf(d.finding), newVersion: version, ...fileDeleted }, m);
      }
      return [...keysOf.values()].flat();
    });
    await this.uploads.removeObjects(toRemove);
  }

  /**
   * The content with every redaction applied at once (offsets of the current version, one
   * redactSpans per field, so spans never shift and placeholders never nest), and the
   * attachments that leave the case (the author said their pixels identify the patient: the
   * files are deleted). A stale finding refuses the whole pass.
   */
  private redacted(current: CaseContent, redactions: Decision[]): { content: CaseContent; withdrawn: string[] } {
    const byField = new Map<string, Decision[]>();
    const withdrawn = new Set<string>();
    for (const d of redactions) {
      const attachmentId = attachmentOf(d.finding.field);
      if (attachmentId) {
        if (!current.attachmentIds.includes(attachmentId)) throw badInput(d.field, STALE_FINDING);
        withdrawn.add(attachmentId);
        continue;
      }
      const value = getText(current, d.finding.field);
      if (value === undefined || value.slice(d.finding.start, d.finding.end) !== d.finding.text) throw badInput(d.field, STALE_FINDING);
      byField.set(d.finding.field, [...(byField.get(d.finding.field) ?? []), d]);
    }
    let content: CaseContent = { ...current, attachmentIds: current.attachmentIds.filter((id) => !withdrawn.has(id)) };
    for (const [field, list] of byField) {
      content = setText(
        content,
        field,
        redactSpans(
          getText(current, field)!,
          list.map((d) => d.finding),
        ),
      );
    }
    return { content, withdrawn: [...withdrawn] };
  }
}
