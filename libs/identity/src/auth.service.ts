import { Inject, Injectable, Optional } from '@nestjs/common';
import type Redis from 'ioredis';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  AuditLog,
  Authenticator,
  REDIS,
  Viewer,
  badInput,
  conflict,
  forbidden,
  newId,
  notFound,
  unauthenticated,
} from '@ketnoi/platform';
import { Profession, VerificationStatus, foldVietnamese } from '@ketnoi/reference';
import { DirectoryService } from '@ketnoi/directory';
import { viewerOfSession } from './auth.queries';
import { AuthSessionEntity, RefreshTokenEntity, UserEntity } from './entities';
import { assertPasswordAcceptable, dummyPasswordHash, hashPassword, personalWords, verifyPassword } from './passwords';
import { REFRESH_TOKEN_TTL_DAYS, TokenSigner, hashToken, newRefreshToken } from './tokens';
import { Throttle } from './throttle';
import { SessionRegistry } from './session-registry';
import type { RegisterInput } from './types';

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  user: UserEntity;
}

export interface ClientInfo {
  ip?: string;
  userAgent?: string;
}

const WRONG_CREDENTIALS = 'E-mail hoặc mật khẩu không đúng.';

/** Accounts and sessions: registration, login, refresh-token rotation, revocation; the Authenticator port. */
@Injectable()
export class AuthService implements Authenticator {
  private readonly signer: TokenSigner;
  private readonly perAccountAndClient: Throttle;
  private readonly perClient: Throttle;
  private readonly passwordChanges: Throttle;
  private readonly registrations: Throttle;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly directory: DirectoryService,
    private readonly sessionRegistry: SessionRegistry,
    @Inject(APP_CONFIG) config: AppConfig,
    @Optional() @Inject(REDIS) redis?: Redis,
  ) {
    this.signer = new TokenSigner(config.jwtSecret);
    // Per (account, client address): a guesser is stopped after 5 wrong passwords, but
    // cannot lock the account's owner out, who logs in from another address.
    this.perAccountAndClient = new Throttle({ prefix: 'login:acct-ip', points: 5, durationSeconds: 15 * 60, blockSeconds: 15 * 60 }, redis);
    // Against spraying many accounts from one address; generous because a whole hospital often shares one.
    this.perClient = new Throttle({ prefix: 'login:ip', points: 100, durationSeconds: 15 * 60, blockSeconds: 15 * 60 }, redis);
    this.passwordChanges = new Throttle({ prefix: 'password-change:user', points: 5, durationSeconds: 15 * 60, blockSeconds: 15 * 60 }, redis);
    this.registrations = new Throttle({ prefix: 'register:ip', points: 300, durationSeconds: 60 * 60, blockSeconds: 60 * 60 }, redis);
  }

  static normalizeEmail(email: string): string {
    return email.trim().toLowerCase();
  }

  async register(input: RegisterInput, client: ClientInfo): Promise<IssuedTokens> {
    // First, so a flood of registrations cannot make the server estimate password strength for free.
    await this.registrations.take(client.ip ?? 'unknown');
    const email = AuthService.normalizeEmail(input.email);
    const fullName = input.fullName.trim().replace(/\s+/g, ' ');
    assertPasswordAcceptable(input.password, 'password', personalWords(email, fullName));
    const facility = await this.directory.facility(input.facilityId);
    if (!facility) throw badInput('facilityId', 'Không tìm thấy cơ sở y tế này.');

    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (m) => {
      const exists = await m.getRepository(UserEntity).exist({ where: { email } });
      if (exists) throw conflict('E-mail này đã được đăng ký.', 'email');
      const user = m.getRepository(UserEntity).create({
        id: newId(),
        email,
        passwordHash,
        fullName,
        searchText: foldVietnamese(fullName),
        profession: input.profession,
        specialtyCode: input.specialtyCode || null,
        facilityId: facility.id,
        roles: ['MEMBER'],
        verificationStatus: VerificationStatus.PENDING,
        licenseNumber: input.licenseNumber?.trim() || null,
      });
      try {
        await m.insert(UserEntity, user);
      } catch (e) {
        if ((e as { code?: string }).code === '23505') throw conflict('E-mail này đã được đăng ký.', 'email');
        throw e;
      }
      const saved = await m.getRepository(UserEntity).findOneByOrFail({ id: user.id });
      return this.openSession(m, saved, client);
    });
  }

  async login(emailInput: string, password: string, client: ClientInfo): Promise<IssuedTokens> {
    const email = AuthService.normalizeEmail(emailInput);
    const ipKey = client.ip ?? 'unknown';
    const attemptKey = `${email}|${ipKey}`;
    // Attempts are taken before the password is checked and given back on success, so
    // the counters hold failures, and concurrent guesses get no more checks than allowed.
    await this.perClient.take(ipKey);
    try {
      await this.perAccountAndClient.take(attemptKey);
    } catch (e) {
      await this.perClient.refund(ipKey);
      throw e;
    }
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    const ok = user ? await verifyPassword(user.passwordHash, password) : (await verifyPassword(await dummyPasswordHash(), password), false);
    if (!user || !ok) throw unauthenticated(WRONG_CREDENTIALS);
    await Promise.all([this.perAccountAndClient.clear(attemptKey), this.perClient.refund(ipKey)]);
    if (user.verificationStatus === VerificationStatus.SUSPENDED) throw forbidden('Tài khoản của bạn đang bị tạm khóa.');
    return this.dataSource.transaction((m) => this.openSession(m, user, client));
  }

  private async openSession(m: EntityManager, user: UserEntity, client: ClientInfo): Promise<IssuedTokens> {
    const session = m.getRepository(AuthSessionEntity).create({
      id: newId(),
      userId: user.id,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      lastUsedAt: new Date(),
    });
    await m.insert(AuthSessionEntity, session);
    const refreshToken = await this.issueRefreshToken(m, session.id);
    return { accessToken: this.signer.signAccess({ sub: user.id, sid: session.id }), refreshToken, user };
  }

  private async issueRefreshToken(m: EntityManager, sessionId: string): Promise<string> {
    const token = newRefreshToken();
    await m.insert(RefreshTokenEntity, {
      tokenHash: hashToken(token),
      sessionId,
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_DAYS * 86400_000),
    });
    return token;
  }

  /**
   * Rotation with reuse detection: each refresh token works once. Presenting a used
   * one means it was stolen or replayed, so the whole session (family) is revoked.
   */
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    if (!refreshToken || refreshToken.length > 200) throw unauthenticated('Phiên đăng nhập không hợp lệ.');
    const tokenHash = hashToken(refreshToken);
    const outcome = await this.dataSource.transaction(async (m) => {
      const row = await m.getRepository(RefreshTokenEntity).findOne({ where: { tokenHash }, relations: { session: true } });
      if (!row || !row.session) return { error: 'invalid' as const };
      if (row.session.revokedAt) return { error: 'invalid' as const };
      const claimed = await m.update(RefreshTokenEntity, { tokenHash, usedAt: IsNull() }, { usedAt: () => 'now()' });
      if (!claimed.affected) return { error: 'reused' as const, sessionId: row.sessionId, userId: row.session.userId };
      if (row.expiresAt.getTime() < Date.now()) return { error: 'invalid' as const };
      const user = await m.getRepository(UserEntity).findOneByOrFail({ id: row.session.userId });
      if (user.verificationStatus === VerificationStatus.SUSPENDED) return { error: 'invalid' as const };
      await m.update(AuthSessionEntity, { id: row.sessionId }, { lastUsedAt: new Date() });
      const next = await this.issueRefreshToken(m, row.sessionId);
      return { tokens: { accessToken: this.signer.signAccess({ sub: user.id, sid: row.sessionId }), refreshToken: next, user } };
    });
    if ('tokens' in outcome && outcome.tokens) return outcome.tokens;
    if (outcome.error === 'reused') {
      await this.revokeSessionById(outcome.sessionId, 'refresh-token-reuse');
      await this.audit.record({
        actorId: outcome.userId,
        action: 'session.refresh_reuse_detected',
        targetType: 'session',
        targetId: outcome.sessionId,
        allowed: false,
      });
    }
    throw unauthenticated('Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.');
  }

  async logout(viewer: Viewer): Promise<boolean> {
    await this.revokeSessionById(viewer.sessionId, 'logout');
    return true;
  }

  async sessions(viewer: Viewer): Promise<(AuthSessionEntity & { current: boolean })[]> {
    const rows = await this.dataSource.getRepository(AuthSessionEntity).find({
      where: { userId: viewer.id, revokedAt: IsNull() },
      order: { lastUsedAt: 'DESC' },
      take: 100,
    });
    return rows.map((s) => Object.assign(s, { current: s.id === viewer.sessionId }));
  }

  async revokeSession(viewer: Viewer, sessionId: string): Promise<boolean> {
    const res = await this.dataSource.manager.update(
      AuthSessionEntity,
      { id: sessionId, userId: viewer.id, revokedAt: IsNull() },
      { revokedAt: () => 'now()', revokedReason: 'revoked-by-user' },
    );
    if (!res.affected) throw notFound('Không tìm thấy phiên đăng nhập này.');
    await this.sessionRegistry.announceRevoked([sessionId]);
    return true;
  }

  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<boolean> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: viewer.id });
    await this.passwordChanges.take(user.id);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) throw badInput('currentPassword', 'Mật khẩu hiện tại không đúng.');
    await this.passwordChanges.clear(user.id);
    assertPasswordAcceptable(newPassword, 'newPassword', personalWords(user.email, user.fullName));
    const passwordHash = await hashPassword(newPassword);
    const revoked = await this.dataSource.transaction(async (m) => {
      await m.update(UserEntity, { id: user.id }, { passwordHash });
      const others = await m.find(AuthSessionEntity, {
        select: { id: true },
        where: { userId: user.id, id: Not(viewer.sessionId), revokedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      const ids = others.map((s) => s.id);
      if (ids.length) await m.update(AuthSessionEntity, { id: In(ids) }, { revokedAt: () => 'now()', revokedReason: 'password-changed' });
      await this.audit.record({ actorId: user.id, action: 'user.password_changed', targetType: 'user', targetId: user.id }, m);
      return ids;
    });
    await this.sessionRegistry.announceRevoked(revoked);
    return true;
  }

  private async revokeSessionById(sessionId: string, reason: string): Promise<void> {
    await this.dataSource.manager.update(AuthSessionEntity, { id: sessionId, revokedAt: IsNull() }, { revokedAt: () => 'now()', revokedReason: reason });
    await this.sessionRegistry.announceRevoked([sessionId]);
  }

  /** Authenticator port: bearer token → viewer (one query), or null. */
  async authenticate(token: string): Promise<Viewer | null> {
    const claims = this.signer.verifyAccess(token);
    if (!claims || claims === 'expired') return null;
    return viewerOfSession(this.dataSource.manager, claims.sub, claims.sid);
  }

  /**
   * Session and expiry (epoch ms) of a well-signed access token, without asking the
   * database (authenticate() does that); null when it is bad or expired.
   */
  accessTokenClaims(token: string): { sessionId: string; expiresAt: number } | null {
    const claims = this.signer.verifyAccess(token);
    return claims && claims !== 'expired' ? { sessionId: claims.sid, expiresAt: claims.expiresAt } : null;
  }

  /** Distinguishes an expired token (client should refresh) from a bad one. */
  tokenProblem(token: string): string {
    return this.signer.verifyAccess(token) === 'expired' ? 'Phiên truy cập đã hết hạn, hãy làm mới phiên.' : 'Mã truy cập không hợp lệ.';
  }

  /** Per-event recheck for long-lived subscriptions (cached for a few seconds; see SessionRegistry). */
  isSessionActive(viewer: Viewer): Promise<boolean> {
    return this.sessionRegistry.isActive(viewer);
  }

  /** ADMIN_EMAIL / ADMIN_PASSWORD: create or update a platform admin at start-up. */
  async ensurePlatformAdmin(emailInput: string, password: string): Promise<void> {
    const email = AuthService.normalizeEmail(emailInput);
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(UserEntity);
      const existing = await repo.findOneBy({ email });
      if (existing) {
        const roles = Array.from(new Set([...existing.roles, 'PLATFORM_ADMIN']));
        await repo.update({ id: existing.id }, { passwordHash, roles, verificationStatus: VerificationStatus.VERIFIED });
        await this.audit.record({ actorId: null, action: 'user.platform_admin_updated', targetType: 'user', targetId: existing.id }, m);
      } else {
        const id = newId();
        const fullName = 'Quản trị hệ thống';
        await m.insert(UserEntity, {
          id,
          email,
          passwordHash,
          fullName,
          searchText: foldVietnamese(fullName),
          profession: Profession.OTHER,
          roles: ['MEMBER', 'PLATFORM_ADMIN'],
          verificationStatus: VerificationStatus.VERIFIED,
          verifiedAt: new Date(),
        });
        await this.audit.record({ actorId: null, action: 'user.platform_admin_created', targetType: 'user', targetId: id }, m);
      }
    });
  }
}
