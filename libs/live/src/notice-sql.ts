import { GroupAccess } from '@ketnoi/groups';
import { mayWatchSql } from './live.queries';

/** Notification kinds derived from live sessions (the notifications feature words and renders them). */
export const LIVE_NOTICE_KINDS = ['LIVE_SCHEDULED', 'LIVE_STARTING', 'LIVE_NOW'] as const;

/** How far back live notices reach (older sessions no longer notify anyone). */
export const LIVE_NOTICE_DAYS = 30;

/**
 * SQL fragments over live sessions for the notifications feature (the tables stay this lib's).
 *
 * Live notices are **fanned out on read**: nothing is written per recipient. A PUBLIC session's
 * audience is every verified member (hundreds of thousands), so writing a row each at schedule,
 * reminder and start would be O(audience) writes three times per session; instead each
 * recipient's list computes them from the session's current state. That also keeps them right
 * by construction: a cancelled session's notices disappear, a rescheduled one's reminder is gone
 * until the reminder job announces the new time, and someone who leaves the group or is
 * un-invited stops seeing them.
 */
/** The stable id of a live notice: an md5 of session and kind, shaped as a v4 UUID. */
const noticeIdSql = (sessionIdExpr: string, kindExpr: string) =>
  `overlay(overlay(md5(${sessionIdExpr}::text || ':' || ${kindExpr}) placing '4' from 13) placing '8' from 17)::uuid`;

export const LiveNoticeSql = {
  noticeIdSql,

  /**
   * The bounded part of a session's audience, for live delivery of its notices: co-hosts,
   * invitees (INVITEES) and group members (GROUP), never the host; column `user_id`. A PUBLIC
   * session's members are not listed (every verified member): they see it at their next read.
   */
  boundedRecipientsOf: (sessionIdExpr: string) =>
    `SELECT DISTINCT x.user_id FROM live_sessions s, LATERAL (
        SELECT c.user_id FROM live_session_cohosts c WHERE c.session_id = s.id
        UNION ALL SELECT i.user_id FROM live_session_invitees i WHERE i.session_id = s.id AND s.audience = 'INVITEES'
        UNION ALL SELECT gm.user_id FROM (${GroupAccess.membersSql('s.group_id')}) gm WHERE s.audience = 'GROUP'
      ) x WHERE s.id = ${sessionIdExpr} AND x.user_id <> s.host_id`,

  /**
   * Rows shaped like notifications for the verified user `viewerExpr` (callers check that the
   * viewer is verified: PUBLIC means verified members): one per (session, kind) the viewer may
   * watch, the host excluded. Columns: id (stable: an md5 of session and kind shaped as a v4 UUID), recipient_id, kind,
   * target_id (the session), post_id, group_id, case_file_id, actor_ids, actor_count,
   * created_at, updated_at (both the time of the step).
   *  - LIVE_SCHEDULED at the session's creation, unless cancelled;
   *  - LIVE_STARTING when the reminder job announced it (reset on a new start time), until it ends or is cancelled;
   *  - LIVE_NOW when it went live, while it is live (an ended session is not "live now").
   */
  noticesFor: (viewerExpr: string) =>
    `SELECT ${noticeIdSql('s.id', 'x.kind')} AS id, ${viewerExpr}::uuid AS recipient_id, x.kind, s.id AS target_id,
            NULL::uuid AS post_id, NULL::uuid AS group_id, NULL::uuid AS case_file_id, x.actor_ids, cardinality(x.actor_ids) AS actor_count,
            x.at AS created_at, x.at AS updated_at
       FROM live_sessions s
       CROSS JOIN LATERAL (VALUES
         ('LIVE_SCHEDULED', s.created_at, ARRAY[s.host_id], s.status <> 'CANCELLED'),
         ('LIVE_STARTING', s.reminded_at, '{}'::uuid[], s.status IN ('SCHEDULED', 'LIVE')),
         ('LIVE_NOW', s.started_at, ARRAY[s.host_id], s.status = 'LIVE')
       ) AS x(kind, at, actor_ids, shown)
      WHERE x.shown AND x.at IS NOT NULL
        AND greatest(s.scheduled_start, s.started_at) > now() - interval '${LIVE_NOTICE_DAYS} days'
        AND s.host_id <> ${viewerExpr}::uuid
        AND ${mayWatchSql(`${viewerExpr}::uuid`)}`,
};
