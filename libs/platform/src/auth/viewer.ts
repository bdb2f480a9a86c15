/** Who is calling: resolved once per request / per WebSocket connection. */
export interface Viewer {
  id: string;
  sessionId: string;
  roles: string[];
  verificationStatus: string;
  facilityId: string | null;
  /** Province of the viewer's facility (or of their department, for department admins). */
  provinceCode: string | null;
}

export const ADMIN_ROLES = ['FACILITY_ADMIN', 'DEPARTMENT_ADMIN', 'MINISTRY_ADMIN', 'PLATFORM_ADMIN'] as const;

export const isVerified = (v: Viewer | null | undefined): v is Viewer => !!v && v.verificationStatus === 'VERIFIED';
export const hasRole = (v: Viewer | null | undefined, ...roles: string[]): boolean => !!v && v.roles.some((r) => roles.includes(r));

/**
 * Resolves bearer tokens to viewers. Implemented by the identity feature; the platform
 * only knows this port.
 */
export interface Authenticator {
  authenticate(token: string): Promise<Viewer | null>;
}
export const AUTHENTICATOR = Symbol('AUTHENTICATOR');

export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return m ? m[1] : null;
}
