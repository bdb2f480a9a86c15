import type { EntityManager } from 'typeorm';
import type { Viewer } from '@ketnoi/platform';
import { FacilitySql } from '@ketnoi/directory';

interface ViewerRow {
  id: string;
  roles: string[];
  verification_status: string;
  facility_id: string | null;
  province_code: string | null;
}

/** The viewer of an access token's user and session, if the session is still open. */
export async function viewerOfSession(m: EntityManager, userId: string, sessionId: string): Promise<Viewer | null> {
  const rows: ViewerRow[] = await m.query(
    `SELECT u.id, u.roles, u.verification_status, u.facility_id,
            coalesce(u.scope_province_code, ${FacilitySql.provinceOf('u.facility_id')}) AS province_code
       FROM users u
       JOIN auth_sessions s ON s.user_id = u.id AND s.id = $2 AND s.revoked_at IS NULL
      WHERE u.id = $1`,
    [userId, sessionId],
  );
  const r = rows[0];
  if (!r) return null;
  return { id: r.id, sessionId, roles: r.roles, verificationStatus: r.verification_status, facilityId: r.facility_id, provinceCode: r.province_code };
}

/** The sessions among `ids` that are open and whose user is not suspended. */
export async function activeSessionIds(m: EntityManager, ids: readonly string[]): Promise<Set<string>> {
  const rows: { id: string }[] = await m.query(
    `SELECT s.id FROM auth_sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND u.verification_status <> 'SUSPENDED'`,
    [ids],
  );
  return new Set(rows.map((r) => r.id));
}
