import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestLoaders, byKeys, defineLoader, forbidden, hasRole, isUuid, notFound, type Viewer } from '@ketnoi/platform';
import { UsersService, adminCovers } from '@ketnoi/identity';
import type { LiveSessionEntity } from './entities';
import { SessionAccessRow, sessionAccess, sessionsByIds, userIdsOf } from './live.queries';

export const SESSION_NOT_FOUND = 'Không tìm thấy buổi phát trực tiếp này, hoặc bạn không thuộc đối tượng được xem.';

/** Injectable clock, so attendance arithmetic can be tested with a controlled one. */
@Injectable()
export class LiveClock {
  now(): Date {
    return new Date();
  }
}

export interface SessionWithAccess {
  session: LiveSessionEntity;
  access: SessionAccessRow;
}

const NO_ACCESS = (key: string): SessionAccessRow => ({ key, isHost: false, isCohost: false, canWatch: false, isGroupModerator: false });

/**
 * The one place live-session access is decided:
 *  - watch (see it, play it, chat, attend): host, co-hosts, and the audience — PUBLIC every
 *    verified member, GROUP the group's members, INVITEES the invitees;
 *  - host side (ingest key, rotate): host and co-hosts; schedule changes, start, end: the host;
 *  - moderate chat: host, co-hosts, the group's owners and moderators, platform admins;
 *  - attendance list: host, co-hosts, the group's moderators, admins whose scope covers the host.
 * Someone who may not watch gets NOT_FOUND (the session's existence is not revealed).
 */
@Injectable()
export class LiveAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
  ) {}

  readonly sessionById = defineLoader<string, LiveSessionEntity | null>('liveSessionById', async (ids) =>
    byKeys(ids, await sessionsByIds(this.dataSource.manager, ids.filter(isUuid)), (s) => s.id),
  );

  /** Keys `${userId}:${sessionId}`. */
  readonly accessOf = defineLoader<string, SessionAccessRow>('liveSessionAccess', async (keys) => {
    const pairs = keys.map((k) => ({ userId: k.slice(0, 36), sessionId: k.slice(37) })).filter((p) => isUuid(p.userId) && isUuid(p.sessionId));
    const rows = await sessionAccess(this.dataSource.manager, pairs);
    return keys.map((k) => rows.find((r) => r.key === k) ?? NO_ACCESS(k));
  });

  readonly cohostIds = defineLoader<string, string[]>('liveCohostIds', async (ids) => {
    const rows = await userIdsOf(this.dataSource.manager, 'live_session_cohosts', ids.filter(isUuid));
    return ids.map((id) => rows.filter((r) => r.sessionId === id).map((r) => r.userId));
  });

  readonly inviteeIds = defineLoader<string, string[]>('liveInviteeIds', async (ids) => {
    const rows = await userIdsOf(this.dataSource.manager, 'live_session_invitees', ids.filter(isUuid));
    return ids.map((id) => rows.filter((r) => r.sessionId === id).map((r) => r.userId));
  });

  async find(viewer: Viewer, sessionId: string, loaders = new RequestLoaders()): Promise<SessionWithAccess | null> {
    if (!isUuid(sessionId)) return null;
    const [session, access] = await Promise.all([loaders.get(this.sessionById).load(sessionId), loaders.get(this.accessOf).load(`${viewer.id}:${sessionId}`)]);
    return session && access.canWatch ? { session, access } : null;
  }

  async requireWatch(viewer: Viewer, sessionId: string, loaders?: RequestLoaders): Promise<SessionWithAccess> {
    const found = await this.find(viewer, sessionId, loaders);
    if (!found) throw notFound(SESSION_NOT_FOUND);
    return found;
  }

  async requireHost(viewer: Viewer, sessionId: string): Promise<SessionWithAccess> {
    const found = await this.requireWatch(viewer, sessionId);
    if (!found.access.isHost) throw forbidden('Chỉ người chủ trì buổi phát mới làm được việc này.');
    return found;
  }

  async requireHostSide(viewer: Viewer, sessionId: string): Promise<SessionWithAccess> {
    const found = await this.requireWatch(viewer, sessionId);
    if (!LiveAccess.isHostSide(found.access)) throw forbidden('Chỉ người chủ trì và đồng chủ trì mới làm được việc này.');
    return found;
  }

  static isHostSide(access: SessionAccessRow): boolean {
    return access.isHost || access.isCohost;
  }

  static canModerate(viewer: Viewer, access: SessionAccessRow): boolean {
    return access.isHost || access.isCohost || access.isGroupModerator || hasRole(viewer, 'PLATFORM_ADMIN');
  }

  /** Host side, the group's moderators, and admins whose scope covers the host (who need not be in the audience). */
  async canSeeAttendance(viewer: Viewer, sessionId: string, loaders: RequestLoaders): Promise<LiveSessionEntity> {
    const session = await loaders.get(this.sessionById).load(sessionId);
    if (!session) throw notFound(SESSION_NOT_FOUND);
    const access = await loaders.get(this.accessOf).load(`${viewer.id}:${sessionId}`);
    if (access.isHost || access.isCohost || access.isGroupModerator) return session;
    const host = await loaders.get(this.users.userById).load(session.hostId);
    const provinceCode = host ? await loaders.get(this.users.provinceOfUser).load(host.id) : null;
    if (host && adminCovers(viewer, { facilityId: host.facilityId, provinceCode })) return session;
    if (!access.canWatch) throw notFound(SESSION_NOT_FOUND);
    throw forbidden('Chỉ người chủ trì, đồng chủ trì, quản trị nhóm và quản trị viên phụ trách mới xem được danh sách tham dự.');
  }
}
