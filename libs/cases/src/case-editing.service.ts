import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { newId, type Viewer } from '@ketnoi/platform';
import { UploadsService } from '@ketnoi/platform/storage/uploads';
import { CaseAudit } from './case-audit.service';
import { CaseVersions } from './case-versions.service';
import { CasesService } from './cases.service';
import { contentFromInput, type CaseContent } from './content';
import { CaseFileEntity } from './entities';
import { idempotent } from './idempotent';
import { CasePermission, type CaseFileInput } from './types';

/** Creating and editing case files: each save is a new version, scanned for PHI. Author only. */
@Injectable()
export class CaseEditing {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly versions: CaseVersions,
    private readonly uploads: UploadsService,
    private readonly audit: CaseAudit,
  ) {}

  async create(viewer: Viewer, input: CaseFileInput): Promise<string> {
    const content = contentFromInput(input);
    const clientId = input.clientId ?? null;
    const find = async () =>
      (await this.dataSource.getRepository(CaseFileEntity).findOne({ where: { authorId: viewer.id, clientId: clientId ?? '' }, select: { id: true } }))?.id ??
      null;
    return idempotent(clientId, find, async () => {
      const id = newId();
      await this.dataSource.transaction(async (m) => {
        await this.requireAttachments(m, viewer, content);
        await m.insert(CaseFileEntity, { id, authorId: viewer.id, ...content, version: 1, clientId } as never);
        const open = await this.versions.save(m, id, 1, content, viewer.id, 'CREATE');
        await this.audit.record(viewer.id, 'case.create', id, { version: 1, openFindings: open }, m);
      });
      return id;
    });
  }

  async update(viewer: Viewer, id: string, input: CaseFileInput): Promise<void> {
    const content = contentFromInput(input);
    await this.dataSource.transaction(async (m) => {
      const { c } = await this.cases.require(viewer, id, CasePermission.OWNER, m);
      await this.requireAttachments(m, viewer, content);
      const version = c.version + 1;
      await m.update(CaseFileEntity, { id }, { ...content, version } as never);
      const open = await this.versions.save(m, id, version, content, viewer.id, 'EDIT');
      await this.audit.record(viewer.id, 'case.update', id, { version, openFindings: open }, m);
    });
  }

  /** The author's own READY case attachments; held ones (burned-in text) become findings. */
  private requireAttachments(m: EntityManager, viewer: Viewer, content: CaseContent) {
    return this.uploads.requireOwnedReadyMany(viewer.id, content.attachmentIds, ['CASE_ATTACHMENT'], 'attachmentIds', m, { acceptHolds: true });
  }
}
