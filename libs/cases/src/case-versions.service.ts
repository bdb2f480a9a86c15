import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { newId } from '@ketnoi/platform';
import { DirectoryService } from '@ketnoi/directory';
import { AttachmentEntity } from '@ketnoi/platform/storage/uploads';
import { findingsOf } from './cases.queries';
import { scanContent, type CaseContent } from './content';
import { CaseFileVersionEntity, CasePhiFindingEntity } from './entities';
import { attachmentField } from './phi';

type Found = { field: string; start: number; end: number; kind: string; text: string };

/** Every save of a case (create, edit, redaction) writes a version and its PHI scan here. */
@Injectable()
export class CaseVersions {
  constructor(private readonly directory: DirectoryService) {}

  /**
   * Writes version `version` and its scan: the previous version's open findings become
   * SUPERSEDED; a new finding the author already KEPT (same field, kind and text) stays
   * kept with the same reason. Returns the number of open findings.
   *
   * Besides the text, every attachment with holds (a DICOM image whose Burned In
   * Annotation is not NO) is a finding: field `attachments.<id>`, start = end = 0, kind =
   * the hold, text = the file name (shown to the author only).
   */
  async save(m: EntityManager, caseFileId: string, version: number, content: CaseContent, editorId: string, reason: string): Promise<number> {
    await m.insert(CaseFileVersionEntity, { id: newId(), caseFileId, version, editorId, reason, content: content as never });
    await m.update(CasePhiFindingEntity, { caseFileId, status: 'OPEN' }, { status: 'SUPERSEDED' });
    const kept = await findingsOf(m, caseFileId, ['KEPT']);
    const keyOf = (f: Found) => `${f.field}\u0000${f.kind}\u0000${f.text}`;
    const keptBy = new Map(kept.map((k) => [keyOf(k), k]));
    const findings: Found[] = [...scanContent(content, await this.directory.facilityNames()), ...(await this.heldAttachments(m, content.attachmentIds))];
    let open = 0;
    const rows = findings.map((f) => {
      const prior = keptBy.get(keyOf(f));
      if (!prior) open++;
      return {
        id: newId(),
        caseFileId,
        version,
        field: f.field,
        start: f.start,
        end: f.end,
        kind: f.kind,
        text: f.text,
        status: prior ? 'KEPT' : 'OPEN',
        reason: prior?.reason ?? null,
        resolvedById: prior?.resolvedById ?? null,
        resolvedAt: prior ? new Date() : null,
      };
    });
    if (rows.length) await m.insert(CasePhiFindingEntity, rows);
    return open;
  }

  /** One finding per hold of each attachment, in the case's attachment order. */
  private async heldAttachments(m: EntityManager, attachmentIds: string[]): Promise<Found[]> {
    if (!attachmentIds.length) return [];
    const byId = new Map((await m.getRepository(AttachmentEntity).findBy({ id: In(attachmentIds) })).map((a) => [a.id, a]));
    return attachmentIds.flatMap((id) => {
      const a = byId.get(id);
      return (a?.holds ?? []).map((hold) => ({ field: attachmentField(id), start: 0, end: 0, kind: hold, text: a!.fileName }));
    });
  }
}
