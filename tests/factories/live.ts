import { randomBytes } from 'node:crypto';
import type { TestApp } from '../support/app';
import type { TestUser } from './identity';
import { ok } from './social';

export const SESSION_FIELDS = `id title description audience status scheduledStart scheduledMinutes startedAt endedAt cmeHours attendanceThreshold
  viewerCount viewerRole viewerCanModerate recordingStatus host { id } coHosts { id } group { id } programme { id }
  playback { hlsUrl expiresAt } ingest { rtmpUrl browserUrl streamKey publishing problem } recording { id contentType url }`;

export const SCHEDULE = `mutation($input: ScheduleLiveSessionInput!) { scheduleLiveSession(input: $input) { ${SESSION_FIELDS} } }`;
export const LIVE_SESSION = `query($id: ID!) { liveSession(id: $id) { ${SESSION_FIELDS} } }`;
export const START = `mutation($id: ID!) { startLiveSession(id: $id) { id status startedAt } }`;
export const END = `mutation($id: ID!) { endLiveSession(id: $id) { id status endedAt } }`;

export const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

export async function scheduleSession(
  app: TestApp,
  host: TestUser,
  input: Record<string, unknown> = {},
): Promise<{ id: string; ingest: { streamKey: string; rtmpUrl: string | null; browserUrl: string | null }; [k: string]: any }> {
  const res = await app.gql(
    SCHEDULE,
    {
      input: {
        title: `Tập huấn ${randomBytes(3).toString('hex')}`,
        audience: 'PUBLIC',
        scheduledStart: inMinutes(60),
        scheduledMinutes: 60,
        cmeHours: 1.5,
        ...input,
      },
    },
    host.accessToken,
  );
  return ok(res).scheduleLiveSession;
}

export async function startSession(app: TestApp, host: TestUser, id: string): Promise<void> {
  ok(await app.gql(START, { id }, host.accessToken));
}
