import { Inject, Injectable, Optional } from '@nestjs/common';
import type Redis from 'ioredis';
import type { Logger } from 'pino';
import { DataSource, In, IsNull, MoreThan } from 'typeorm';
import { APP_CONFIG, AppConfig, AuditLog, LOGGER, Mailer, REDIS, badInput } from '@ketnoi/platform';
import { AuthSessionEntity, PasswordResetTokenEntity, UserEntity } from './entities';
import { assertPasswordAcceptable, hashPassword, personalWords } from './passwords';
import { hashToken, newRefreshToken } from './tokens';
import { Throttle } from './throttle';
import { SessionRegistry } from './session-registry';
import { AuthService } from './auth.service';
import { RESET_LINK_INVALID } from './account-args';

export const RESET_TOKEN_TTL_MINUTES = 30;

/**
 * "Quên mật khẩu?": a one-time link by e-mail, valid 30 minutes (only its hash is
 * stored); using it sets the password and revokes every session (open sockets close
 * through the session registry). Asking always answers true, so it tells no one
 * whether an address has an account.
 */
@Injectable()
export class PasswordResetService {
  private readonly perClient: Throttle;
  private readonly perEmail: Throttle;
  private readonly resets: Throttle;
  private readonly logger: Logger;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly mailer: Mailer,
    private readonly sessionRegistry: SessionRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) logger: Logger,
    @Optional() @Inject(REDIS) redis?: Redis,
  ) {
    this.perClient = new Throttle({ prefix: 'pw-reset:ip', points: 30, durationSeconds: 60 * 60, blockSeconds: 60 * 60 }, redis);
    this.perEmail = new Throttle({ prefix: 'pw-reset:email', points: 3, durationSeconds: 60 * 60, blockSeconds: 60 * 60 }, redis);
    this.resets = new Throttle({ prefix: 'pw-reset:use', points: 20, durationSeconds: 15 * 60, blockSeconds: 15 * 60 }, redis);
    this.logger = logger.child({ component: 'password-reset' });
  }

  private link(token: string): string {
    const base = this.config.publicUrl ?? `http://${this.config.host === '0.0.0.0' ? 'localhost' : this.config.host}:${this.config.port}`;
    // In the fragment: never sent to a server, so it stays out of access logs and Referer headers.
    return `${base.replace(/\/$/, '')}/reset-password#token=${token}`;
  }

  async request(emailInput: string, clientIp: string | undefined): Promise<true> {
    const email = AuthService.normalizeEmail(emailInput);
    await this.perClient.take(clientIp ?? 'unknown');
    // Keyed by the address whether or not it has an account: the answer is the same.
    await this.perEmail.take(email);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    if (!user) return true;
    const token = newRefreshToken();
    await this.dataSource.transaction(async (m) => {
      // a new link replaces the older ones
      await m.update(PasswordResetTokenEntity, { userId: user.id, usedAt: IsNull() }, { usedAt: () => 'now()' });
      await m.insert(PasswordResetTokenEntity, {
        tokenHash: hashToken(token),
        userId: user.id,
        expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MINUTES * 60_000),
      });
      await this.audit.record({ actorId: null, action: 'user.password_reset_requested', targetType: 'user', targetId: user.id }, m);
    });
    const link = this.link(token);
    try {
      await this.mailer.send({
        to: user.email,
        kind: 'password-reset',
        subject: 'Ketnoi — Đặt lại mật khẩu / Reset your password',
        text: [
          `Chào ${user.fullName},`,
          '',
          `Có người (có thể là bạn) vừa yêu cầu đặt lại mật khẩu Ketnoi. Mở liên kết dưới đây trong ${RESET_TOKEN_TTL_MINUTES} phút để đặt mật khẩu mới; liên kết chỉ dùng được một lần. Mọi phiên đăng nhập sẽ bị đăng xuất.`,
          '',
          link,
          '',
          'Nếu không phải bạn, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi.',
          '',
          `Someone (probably you) asked to reset your Ketnoi password. Open the link above within ${RESET_TOKEN_TTL_MINUTES} minutes; it works once, and signs out every session. If it was not you, ignore this e-mail.`,
        ].join('\n'),
      });
    } catch (e) {
      // The answer stays true (no enumeration); the operator sees the failure, never the token.
      this.logger.error({ err: { message: (e as Error).message }, userId: user.id }, 'password reset e-mail could not be sent');
    }
    return true;
  }

  async reset(token: string, newPassword: string, clientIp: string | undefined): Promise<true> {
    await this.resets.take(clientIp ?? 'unknown');
    const tokenHash = hashToken(token);
    const row = await this.dataSource.getRepository(PasswordResetTokenEntity).findOneBy({ tokenHash, usedAt: IsNull(), expiresAt: MoreThan(new Date()) });
    if (!row) throw badInput('token', RESET_LINK_INVALID);
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: row.userId });
    assertPasswordAcceptable(newPassword, 'newPassword', personalWords(user.email, user.fullName));
    const passwordHash = await hashPassword(newPassword);
    const revoked = await this.dataSource.transaction(async (m) => {
      // claim the token: of two concurrent uses, one wins
      const claimed = await m.update(PasswordResetTokenEntity, { tokenHash, usedAt: IsNull() }, { usedAt: () => 'now()' });
      if (!claimed.affected) throw badInput('token', RESET_LINK_INVALID);
      await m.update(PasswordResetTokenEntity, { userId: user.id, usedAt: IsNull() }, { usedAt: () => 'now()' });
      await m.update(UserEntity, { id: user.id }, { passwordHash });
      const open = await m.find(AuthSessionEntity, {
        select: { id: true },
        where: { userId: user.id, revokedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      const ids = open.map((s) => s.id);
      if (ids.length) await m.update(AuthSessionEntity, { id: In(ids) }, { revokedAt: () => 'now()', revokedReason: 'password-reset' });
      await this.audit.record(
        { actorId: user.id, action: 'user.password_reset', targetType: 'user', targetId: user.id, details: { sessionsRevoked: ids.length } },
        m,
      );
      return ids;
    });
    await this.sessionRegistry.announceRevoked(revoked);
    await this.resets.refund(clientIp ?? 'unknown');
    return true;
  }
}
