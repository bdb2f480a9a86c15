import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainEvents, badInput, newId, type Connection, type RequestLoaders, type Viewer } from '@ketnoi/platform';
import { CommentThread } from '@ketnoi/platform/comments';
import { CasesService } from './cases.service';
import { CaseCommentEntity } from './entities';
import type { CaseCommentedEvent } from './events';
import { idempotent } from './idempotent';
import { CasePhi } from './phi';
import { CaseAudit } from './case-audit.service';
import { CasePermission, type AddCaseCommentArgs } from './types';

/** The comment-shaped object the shared `Comment` type resolves (postId carries the case id). */
export interface CaseCommentView {
  id: string;
  postId: string;
  caseFileId: string;
  authorId: string;
  parentId: string | null;
  body: string;
  replyCount: number;
  createdAt: Date;
  deletedAt: null;
  hiddenAt: null;
}
export const commentView = (c: CaseCommentEntity): CaseCommentView => ({ ...c, postId: c.caseFileId, deletedAt: null, hiddenAt: null });

/**
 * The discussion of a case: COMMENT, CONSULT or the author write; a body with personal data
 * is refused. The thread (pages, reply counters, idempotent insert) is the shared one.
 */
@Injectable()
export class CaseComments {
  private readonly thread: CommentThread<CaseCommentEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly events: DomainEvents,
    private readonly phi: CasePhi,
    private readonly audit: CaseAudit,
  ) {
    this.thread = new CommentThread(dataSource, { name: 'caseCommentPage', entity: CaseCommentEntity, owner: 'caseFileId' });
  }

  async add(viewer: Viewer, args: AddCaseCommentArgs): Promise<CaseCommentEntity> {
    const { caseFileId, body } = args;
    const parentId = args.parentId ?? null;
    const clientId = args.clientId ?? null;
    const repo = this.dataSource.getRepository(CaseCommentEntity);
    const find = async () => (await repo.findOne({ where: { authorId: viewer.id, caseFileId, clientId: clientId ?? '' }, select: { id: true } }))?.id ?? null;
    let created = false;
    const id = await idempotent(clientId, find, () =>
      this.dataSource.transaction(async (m) => {
        const { c } = await this.cases.require(viewer, caseFileId, CasePermission.COMMENT, m);
        const kept = await this.phi.requireNoneOrReason(m, { body }, args.phiReason);
        if (parentId && !(await this.thread.parentIn(m, c.id, parentId))) throw badInput('parentId', 'Không tìm thấy bình luận gốc trong hồ sơ này.');
        const inserted = await this.thread.insert(m, { id: newId(), caseFileId: c.id, authorId: viewer.id, parentId, body, replyCount: 0, clientId });
        if (inserted.fresh) await this.thread.adjustReplies(m, parentId, 1);
        if (inserted.fresh && kept) await this.audit.record(viewer.id, 'case.comment_phi_kept', c.id, { commentId: inserted.id, ...kept }, m);
        created = inserted.fresh;
        return inserted.id;
      }),
    );
    const comment = await repo.findOneOrFail({ where: { id } });
    if (created)
      await this.events.emit({
        type: 'case.commented',
        actorId: viewer.id,
        caseFileId,
        commentId: comment.id,
        parentId: comment.parentId,
      } satisfies CaseCommentedEvent);
    return comment;
  }

  /** The whole discussion, oldest first (replies inline); batched per request: one statement for every case of a list. */
  page(loaders: RequestLoaders, caseFileId: string, first?: number | null, after?: string | null): Promise<Connection<CaseCommentEntity>> {
    return loaders.get(this.thread.page).load(this.thread.pageKey('all', caseFileId, first, after));
  }
}
