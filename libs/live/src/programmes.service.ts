import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { byKeys, cursorAt, decodeCursor, defineLoader, forbidden, isUuid, newId, notFound, pageSize, toConnection, type Viewer } from '@ketnoi/platform';
import { GroupAccess } from '@ketnoi/groups';
import { TrainingProgrammeEntity } from './entities';
import { groupProgrammesPage, programmeProgressPage, programmesByIds } from './live.queries';

const PROGRAMME_NOT_FOUND = 'Không tìm thấy chương trình đào tạo này.';

/**
 * Training programmes: a series of sessions for a group. Whoever may read the group's
 * posts (GroupAccess.canView) sees the programme; its moderators create programmes, schedule
 * its sessions and see every member's progress; a member sees their own.
 */
@Injectable()
export class ProgrammesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groups: GroupAccess,
  ) {}

  readonly programmeById = defineLoader<string, TrainingProgrammeEntity | null>('trainingProgrammeById', async (ids) =>
    byKeys(ids, await programmesByIds(this.dataSource.manager, ids.filter(isUuid)), (p) => p.id),
  );

  async create(viewer: Viewer, groupId: string, title: string, description?: string | null): Promise<TrainingProgrammeEntity> {
    const info = await this.groups.requireVisible(viewer.id, groupId);
    if (!info.isModerator) throw forbidden('Chỉ chủ nhóm và quản trị viên của nhóm mới tạo được chương trình đào tạo.');
    const id = newId();
    await this.dataSource.manager.insert(TrainingProgrammeEntity, { id, groupId, title, description: description || null, createdById: viewer.id });
    return this.dataSource.manager.findOneByOrFail(TrainingProgrammeEntity, { id });
  }

  /** The programme if the viewer may read its group, else null. */
  async visible(viewer: Viewer, id: string): Promise<{ programme: TrainingProgrammeEntity; isModerator: boolean; isMember: boolean } | null> {
    const [programme] = isUuid(id) ? await programmesByIds(this.dataSource.manager, [id]) : [];
    if (!programme) return null;
    const info = await this.groups.check(viewer.id, programme.groupId);
    return info?.canView ? { programme, isModerator: info.isModerator, isMember: info.role !== null } : null;
  }

  async ofGroup(viewer: Viewer, groupId: string, first?: number | null, after?: string | null) {
    const info = await this.groups.requireVisible(viewer.id, groupId);
    if (!info.canView) throw notFound(PROGRAMME_NOT_FOUND);
    const size = pageSize(first);
    const rows = await groupProgrammesPage(this.dataSource.manager, groupId, size + 1, cursorAt(after));
    return toConnection(rows, size, (p) => [p.createdAt.toISOString(), p.id]);
  }

  /** Moderators: every member; others: only themselves. */
  async progress(viewer: Viewer, programme: TrainingProgrammeEntity, first?: number | null, after?: string | null) {
    const info = await this.groups.check(viewer.id, programme.groupId);
    if (!info?.canView) throw notFound(PROGRAMME_NOT_FOUND);
    const size = pageSize(first);
    const only = info.isModerator ? null : viewer.id;
    const rows = await programmeProgressPage(this.dataSource.manager, programme.id, programme.groupId, size + 1, decodeCursor(after, ['int', 'uuid']), only);
    return toConnection(rows, size, (r) => [r.sessionsCredited, r.userId]);
  }
}
