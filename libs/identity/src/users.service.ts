import { Inject, Injectable } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { DataSource, In } from 'typeorm';
import {
  AuditLog,
  DomainEvents,
  PUB_SUB,
  Viewer,
  badInput,
  byKeys,
  conflict,
  decodeCursor,
  defineLoader,
  forbidden,
  isUuid,
  notFound,
  pageSize,
  toConnection,
  type Connection,
} from '@ketnoi/platform';
import { UploadsService } from '@ketnoi/platform/storage/uploads';
import { VerificationStatus, foldVietnamese } from '@ketnoi/reference';
import { DirectoryService } from '@ketnoi/directory';
import { UserEntity } from './entities';
import { adminCovers, isAdmin } from './scope';
import type { UserFollowedEvent } from './events';
import type { ResubmitVerificationInput, SearchUsersArgs, UpdateProfileInput, VerifyUserInput } from './types';
import {
  colleagueSuggestionPage,
  existingFollows,
  pendingVerificationPage,
  provincesOfUsers,
  userSearchPage,
  type UserRecord,
  type VerificationScope,
} from './users.queries';

export const VERIFICATION_CHANNEL = 'identity.verification';
export interface VerificationEvent {
  userId: string;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly uploads: UploadsService,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
    private readonly events: DomainEvents,
    private readonly directory: DirectoryService,
  ) {}

  readonly userById = defineLoader<string, UserEntity | null>('userById', async (ids) => {
    const rows = await this.dataSource.getRepository(UserEntity).findBy({ id: In(ids.filter(isUuid)) });
    return byKeys(ids, rows, (r) => r.id);
  });

  /** Province of a user's facility (or of a department admin's scope), batched. */
  readonly provinceOfUser = defineLoader<string, string | null>('provinceOfUser', async (ids) => {
    const rows = await provincesOfUsers(this.dataSource.manager, ids.filter(isUuid));
    return byKeys(
      ids,
      rows,
      (r) => r.id,
      null,
      (r) => r.provinceCode,
    );
  });

  /** Keys are `${followerId}:${followeeId}`; one query per page however many users it shows. */
  readonly follows = defineLoader<string, boolean>('follows', async (keys) => {
    const found = await existingFollows(this.dataSource.manager, keys);
    return keys.map((k) => found.has(k));
  });

  async canSeePrivateFields(viewer: Viewer | null, user: UserEntity, provinceCode: string | null): Promise<boolean> {
    if (!viewer) return false;
    if (viewer.id === user.id) return true;
    return isAdmin(viewer) && adminCovers(viewer, { facilityId: user.facilityId, provinceCode });
  }

  /** Anyone signed in may see verified workers; unverified accounts only by themselves and admins in scope. */
  async visibleUser(viewer: Viewer, user: UserEntity | null, provinceCode: string | null): Promise<UserEntity | null> {
    if (!user) return null;
    if (user.verificationStatus === VerificationStatus.VERIFIED) return user;
    return (await this.canSeePrivateFields(viewer, user, provinceCode)) ? user : null;
  }

  async updateProfile(viewer: Viewer, input: UpdateProfileInput): Promise<UserEntity> {
    const patch: Partial<UserEntity> = {};
    if (input.fullName !== undefined && input.fullName !== null) {
      patch.fullName = input.fullName.trim().replace(/\s+/g, ' ');
      patch.searchText = foldVietnamese(patch.fullName);
    }
    if (input.title !== undefined) patch.title = input.title?.trim() || null;
    if (input.bio !== undefined) patch.bio = input.bio?.trim() || null;
    if (input.experienceYears !== undefined) patch.experienceYears = input.experienceYears;
    if (input.specialtyCode !== undefined) patch.specialtyCode = input.specialtyCode || null;
    if (input.sex !== undefined) patch.sex = input.sex || 'UNKNOWN';
    if (input.birthYear !== undefined) patch.birthYear = input.birthYear;
    if (input.licenseNumber !== undefined) patch.licenseNumber = input.licenseNumber?.trim().toUpperCase() || null;
    if (input.licenseValidUntil !== undefined) patch.licenseValidUntil = input.licenseValidUntil || null;
    if (input.licenseNumber !== undefined || input.licenseValidUntil !== undefined) patch.licenseVerifiedAt = null;
    if (input.avatarAttachmentId !== undefined) {
      patch.avatarAttachmentId = input.avatarAttachmentId
        ? (await this.uploads.requireOwnedReady(viewer.id, input.avatarAttachmentId, ['AVATAR'], 'avatarAttachmentId')).id
        : null;
    }
    if (Object.keys(patch).length) await this.dataSource.getRepository(UserEntity).update({ id: viewer.id }, patch);
    return this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: viewer.id });
  }

  private async followTarget(viewer: Viewer, userId: string): Promise<UserEntity> {
    if (userId === viewer.id) throw badInput('userId', 'Bạn không thể tự theo dõi chính mình.');
    const target = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
    if (!target || target.verificationStatus !== VerificationStatus.VERIFIED) throw notFound('Không tìm thấy người dùng này.');
    return target;
  }

  /** Idempotent; counters change in the same transaction as the follow row. */
  async follow(viewer: Viewer, userId: string): Promise<UserEntity> {
    await this.followTarget(viewer, userId);
    const created = await this.dataSource.transaction(async (m) => {
      // INSERT … RETURNING yields the inserted rows (none when the follow already existed).
      const inserted: unknown[] = await m.query(`INSERT INTO follows (follower_id, followee_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING follower_id`, [
        viewer.id,
        userId,
      ]);
      if (inserted.length) {
        await m.query('UPDATE users SET follower_count = follower_count + 1 WHERE id = $1', [userId]);
        await m.query('UPDATE users SET following_count = following_count + 1 WHERE id = $1', [viewer.id]);
      }
      return inserted.length > 0;
    });
    if (created) {
      await this.events.emit({ type: 'user.followed', actorId: viewer.id, followerId: viewer.id, followeeId: userId } satisfies UserFollowedEvent);
    }
    return this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId });
  }

  async unfollow(viewer: Viewer, userId: string): Promise<UserEntity> {
    await this.followTarget(viewer, userId);
    await this.dataSource.transaction(async (m) => {
      // TypeORM returns [rows, rowCount] for DELETE.
      const [, deleted]: [unknown[], number] = await m.query('DELETE FROM follows WHERE follower_id = $1 AND followee_id = $2', [viewer.id, userId]);
      if (deleted) {
        await m.query('UPDATE users SET follower_count = follower_count - 1 WHERE id = $1', [userId]);
        await m.query('UPDATE users SET following_count = following_count - 1 WHERE id = $1', [viewer.id]);
      }
    });
    return this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId });
  }

  /** Directory of verified workers: accent-insensitive name words, plus filters (checked by SearchUsersArgs). */
  async search(args: SearchUsersArgs): Promise<Connection<UserRecord>> {
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, ['text', 'uuid']);
    const rows = await userSearchPage(this.dataSource.manager, {
      text: foldVietnamese(args.query ?? ''),
      specialtyCode: args.specialtyCode || null,
      facilityId: args.facilityId || null,
      provinceCode: args.provinceCode || null,
      after,
      limit: size + 1,
    });
    return toConnection(rows, size, (u) => [u.searchText, u.id]);
  }

  /** Colleagues to follow (same facility, same specialty), not followed yet; best match first. */
  async suggestedColleagues(viewer: Viewer, first?: number | null, afterCursor?: string | null): Promise<Connection<UserRecord>> {
    const size = pageSize(first);
    const after = decodeCursor(afterCursor, ['int', 'uuid']);
    const rows = await colleagueSuggestionPage(this.dataSource.manager, viewer.id, after, size + 1);
    return toConnection(rows, size, (u) => [u.rank, u.id]);
  }

  /** Pending accounts the viewer may decide on, oldest first. */
  async pendingVerifications(viewer: Viewer, first?: number | null, afterCursor?: string | null): Promise<Connection<UserRecord>> {
    const size = pageSize(first);
    const after = decodeCursor(afterCursor, ['time', 'uuid']);
    const rows = await pendingVerificationPage(this.dataSource.manager, verificationScope(viewer), after, size + 1);
    return toConnection(rows, size, (u) => [u.createdAt.toISOString(), u.id]);
  }

  /** An admin in scope confirms the member's licence number and validity (workforce registry). */
  async verifyLicense(viewer: Viewer, userId: string): Promise<UserEntity> {
    const repo = this.dataSource.getRepository(UserEntity);
    const target = await repo.findOneBy({ id: userId });
    if (!target) throw notFound('Không tìm thấy người dùng này.');
    const facility = target.facilityId ? await this.directory.facility(target.facilityId) : null;
    if (!adminCovers(viewer, { facilityId: target.facilityId, provinceCode: facility?.provinceCode ?? null })) {
      throw forbidden('Tài khoản này không thuộc phạm vi quản lý của bạn.');
    }
    if (!target.licenseNumber) throw badInput('userId', 'Thành viên chưa khai số giấy phép hành nghề.');
    await repo.update({ id: userId }, { licenseVerifiedAt: new Date() });
    return repo.findOneByOrFail({ id: userId });
  }

  /**
   * A REJECTED applicant corrects their details and asks again: back to PENDING (the
   * reason is cleared), so the verifiers in scope see it in their queue. Any other status:
   * CONFLICT. Audited (ids only).
   */
  async resubmit(viewer: Viewer, input: ResubmitVerificationInput): Promise<UserEntity> {
    const facility = await this.directory.facility(input.facilityId);
    if (!facility) throw badInput('facilityId', 'Không tìm thấy cơ sở y tế này.');
    const fullName = input.fullName.trim().replace(/\s+/g, ' ');
    return this.dataSource.transaction(async (m) => {
      const me = await m.getRepository(UserEntity).findOne({ where: { id: viewer.id }, lock: { mode: 'pessimistic_write' } });
      if (!me) throw notFound('Không tìm thấy người dùng này.');
      if (me.verificationStatus !== VerificationStatus.REJECTED) throw conflict('Chỉ hồ sơ bị từ chối mới gửi lại được.');
      await m.update(
        UserEntity,
        { id: me.id },
        {
          fullName,
          searchText: foldVietnamese(fullName),
          profession: input.profession,
          specialtyCode: input.specialtyCode || null,
          facilityId: facility.id,
          licenseNumber: input.licenseNumber?.trim() || null,
          licenseVerifiedAt: null,
          verificationStatus: VerificationStatus.PENDING,
          rejectionReason: null,
          verifiedById: null,
          verifiedAt: null,
        },
      );
      await this.audit.record(
        {
          actorId: me.id,
          action: 'user.verification_resubmitted',
          targetType: 'user',
          targetId: me.id,
          details: { facilityId: facility.id, previousFacilityId: me.facilityId },
        },
        m,
      );
      return m.getRepository(UserEntity).findOneByOrFail({ id: me.id });
    });
  }

  async verify(viewer: Viewer, input: VerifyUserInput): Promise<UserEntity> {
    if (input.userId === viewer.id) throw forbidden('Bạn không thể tự xác minh tài khoản của mình.');
    const reason = input.reason || null;
    const result = await this.dataSource.transaction(async (m) => {
      const target = await m.getRepository(UserEntity).findOne({ where: { id: input.userId }, lock: { mode: 'pessimistic_write' } });
      if (!target) return { error: notFound('Không tìm thấy người dùng này.') };
      const facility = target.facilityId ? await this.directory.facility(target.facilityId) : null;
      if (!adminCovers(viewer, { facilityId: target.facilityId, provinceCode: facility?.provinceCode ?? null })) {
        return { error: forbidden('Tài khoản này không thuộc phạm vi quản lý của bạn.'), refusedTarget: target.id };
      }
      if (target.verificationStatus !== VerificationStatus.PENDING) {
        return { error: conflict('Tài khoản này đã được xử lý trước đó.') };
      }
      const status = input.approve ? VerificationStatus.VERIFIED : VerificationStatus.REJECTED;
      await m.update(
        UserEntity,
        { id: target.id },
        {
          verificationStatus: status,
          verifiedById: viewer.id,
          verifiedAt: new Date(),
          rejectionReason: input.approve ? null : reason,
        },
      );
      await this.audit.record({ actorId: viewer.id, action: input.approve ? 'user.verified' : 'user.rejected', targetType: 'user', targetId: target.id }, m);
      return { user: await m.getRepository(UserEntity).findOneByOrFail({ id: target.id }) };
    });
    if ('error' in result && result.error) {
      if ('refusedTarget' in result && result.refusedTarget) {
        await this.audit.record({ actorId: viewer.id, action: 'user.verify_refused', targetType: 'user', targetId: result.refusedTarget, allowed: false });
      }
      throw result.error;
    }
    const user = result.user as UserEntity;
    await this.pubsub.publish(VERIFICATION_CHANNEL, { userId: user.id } satisfies VerificationEvent);
    return user;
  }
}

/** The pending accounts an admin decides on: national admins all, others their province and/or facility. */
function verificationScope(viewer: Viewer): VerificationScope {
  if (viewer.roles.includes('PLATFORM_ADMIN') || viewer.roles.includes('MINISTRY_ADMIN')) return { national: true };
  return {
    national: false,
    provinceCode: viewer.roles.includes('DEPARTMENT_ADMIN') ? viewer.provinceCode : null,
    facilityId: viewer.roles.includes('FACILITY_ADMIN') ? viewer.facilityId : null,
  };
}
