import { KeyObject, createHash, createSecretKey, randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_DAYS = 30;

export interface AccessClaims {
  sub: string;
  sid: string;
}

/** A verified access token: its claims and when it stops being valid (epoch ms). */
export type VerifiedAccess = AccessClaims & { expiresAt: number };

export class TokenSigner {
  // A KeyObject, not a string: jsonwebtoken otherwise tries (and fails) to parse the
  // string as a public key on every verification, ~1–2 ms of CPU per request.
  private readonly secret: KeyObject;

  constructor(secret: string) {
    this.secret = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  signAccess(claims: AccessClaims): string {
    return jwt.sign({ sid: claims.sid, typ: 'access' }, this.secret, {
      algorithm: 'HS256',
      subject: claims.sub,
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      issuer: 'ketnoi',
    });
  }

  /** null when the token is malformed, forged, expired or not an access token. */
  verifyAccess(token: string): VerifiedAccess | 'expired' | null {
    try {
      const p = jwt.verify(token, this.secret, { algorithms: ['HS256'], issuer: 'ketnoi' }) as jwt.JwtPayload;
      if (p.typ !== 'access' || typeof p.sub !== 'string' || typeof p.sid !== 'string' || typeof p.exp !== 'number') return null;
      return { sub: p.sub, sid: p.sid, expiresAt: p.exp * 1000 };
    } catch (e) {
      return e instanceof jwt.TokenExpiredError ? 'expired' : null;
    }
  }
}

export const newRefreshToken = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
