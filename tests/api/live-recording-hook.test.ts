import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locateFfmpeg, runFfmpeg } from '@ketnoi/live';
import { createFacility } from '../factories/identity';
import { makeUsers, ok } from '../factories/social';
import { END, LIVE_SESSION, scheduleSession, startSession } from '../factories/live';
import { TestApp, startTestApp } from '../support/app';
import { waitFor } from '../support/rtmp-push';

/**
 * `/live/hooks/recording` (LIVE_MEDIA=external): the media server (nginx-rtmp's on_record_done, or a packager
 * worker) posts `name` = stream key and `path` = a finished recording inside LIVE_RECORDINGS_DIR; the API remuxes
 * it into the session's recording. Real FLV files made with ffmpeg's test source, real HTTP, real PostgreSQL.
 */
const secret = 'recording-hook-secret-0123456789';
const ffmpeg = locateFfmpeg();
let app: TestApp;
let root: string;
let outside: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ketnoi-recordings-'));
  outside = mkdtempSync(join(tmpdir(), 'ketnoi-outside-'));
  app = await startTestApp({
    env: {
      LIVE_MEDIA: 'external',
      LIVE_HOOK_SECRET: secret,
      RTMP_PUBLIC_URL: 'rtmp://127.0.0.1:1935/live',
      LIVE_HLS_BASE_URL: 'https://cdn.ketnoi.test/live',
      LIVE_RECORDINGS_DIR: root,
    },
  });
});
afterAll(async () => {
  await app?.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

/** An FLV as nginx-rtmp's `record all` writes it: H.264 + AAC, `seconds` long. */
async function recordedFile(dir: string, name: string, seconds = 2): Promise<string> {
  const file = join(dir, name);
  await runFfmpeg(ffmpeg.path as string, [
    ...['-f', 'lavfi', '-i', `testsrc=size=320x240:rate=15:duration=${seconds}`, '-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`],
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-g', '15', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-f', 'flv', file],
  ]);
  return file;
}

const hook = (fields: Record<string, string>, sec = secret) =>
  fetch(`${app.url}/live/hooks/recording?secret=${encodeURIComponent(sec)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ app: 'live', recorder: 'all', ...fields }).toString(),
  }).then((r) => r.status);

const get = async (path: string) => {
  const res = await fetch(new URL(path, app.url));
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
};

describe('/live/hooks/recording', () => {
  it('refuses a wrong secret, an unknown, rotated or not-yet-live key and files outside the recordings folder, changing nothing', async () => {
    expect(ffmpeg.path).toBeTruthy();
    const [host] = await makeUsers(app, (await createFacility(app)).id, 1);
    const s = await scheduleSession(app, host);
    const key = s.ingest.streamKey as string;
    const file = await recordedFile(root, `${key}-1.flv`);

    expect(await hook({ name: key, path: file }, 'wrong-secret-wrong-secret-00000')).toBe(403);
    expect(await hook({ name: key, path: file })).toBe(403); // SCHEDULED: nothing was live
    await startSession(app, host, s.id);
    expect(await hook({ name: 'ktn_unknownunknownunknown', path: file })).toBe(403);
    expect(await hook({ name: '../../etc', path: file })).toBe(403);

    // path tricks: outside the folder, climbing out of it, a link pointing out, a folder, a missing file, a relative path
    const foreign = await recordedFile(outside, 'elsewhere.flv');
    symlinkSync(foreign, join(root, `${key}-link.flv`));
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(outside, 'passwd'), 'x');
    for (const path of [
      foreign,
      `${root}/../${outside.split('/').pop()}/elsewhere.flv`,
      join(root, `${key}-link.flv`),
      join(root, 'sub'),
      root,
      join(root, 'missing.flv'),
      `${key}-1.flv`,
      '',
      join(outside, 'passwd'),
    ])
      expect({ path, status: await hook({ name: key, path }) }).toEqual({ path, status: 400 });

    // a rotated key no longer names the session
    const rotated = ok(await app.gql(`mutation($id: ID!) { rotateStreamKey(id: $id) { ingest { streamKey } } }`, { id: s.id }, host.accessToken))
      .rotateStreamKey.ingest.streamKey;
    expect(await hook({ name: key, path: file })).toBe(403);

    // nothing changed: both files are where they were, no recording, nothing staged
    expect([existsSync(file), existsSync(foreign)]).toEqual([true, true]);
    ok(await app.gql(END, { id: s.id }, host.accessToken));
    const after = ok(await app.gql(LIVE_SESSION, { id: s.id }, host.accessToken)).liveSession;
    expect({ status: after.recordingStatus, recording: after.recording }).toEqual({ status: 'NONE', recording: null });
    expect(existsSync(join(app.config.dataDir, 'live-external', s.id))).toBe(false);
    expect(rotated).not.toBe(key);
  }, 60_000);

  it('stores a part handed over while LIVE at the end, adds a part handed over after the end, and the past-sessions list plays it', async () => {
    const [host, viewer] = await makeUsers(app, (await createFacility(app)).id, 2);
    const s = await scheduleSession(app, host);
    const key = s.ingest.streamKey as string;
    await startSession(app, host, s.id);

    // a publish that stopped while LIVE: staged (the source file is taken), not stored yet
    const first = await recordedFile(root, `${key}-1000.flv`, 3);
    expect(await hook({ name: key, path: first })).toBe(202);
    expect(
      await waitFor(
        async () => existsSync(first),
        (there) => !there,
      ),
    ).toBe(false);
    expect(ok(await app.gql(LIVE_SESSION, { id: s.id }, host.accessToken)).liveSession.recordingStatus).toBe('NONE');

    // the end stores it
    ok(await app.gql(END, { id: s.id }, host.accessToken));
    const seen = async () => ok(await app.gql(LIVE_SESSION, { id: s.id }, viewer.accessToken)).liveSession;
    const once = await waitFor(seen, (x) => x.recordingStatus === 'READY', 60_000);
    expect(once.recordingStatus).toBe('READY');
    const firstPlaylist = (await get(once.playback.hlsUrl)).body.toString();
    expect(firstPlaylist).toContain('#EXT-X-ENDLIST');
    expect(firstPlaylist).not.toContain('#EXT-X-DISCONTINUITY');

    // the last publish's file arrives after the end (ending drops the push): the recording is made again with both parts
    const second = await recordedFile(root, `${key}-2000.flv`, 2);
    expect(await hook({ name: key, path: second })).toBe(202);
    const twice = await waitFor(seen, (x) => x.recordingStatus === 'READY' && x.recording != null && x.recording.id !== once.recording.id, 60_000);
    expect(twice.recording).toMatchObject({ contentType: 'video/mp4' });
    const playlist = (await get(twice.playback.hlsUrl)).body.toString();
    expect(playlist).toContain('#EXT-X-DISCONTINUITY');
    const durations = [...playlist.matchAll(/#EXTINF:([\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.round(durations.reduce((a, b) => a + b, 0))).toBe(5);
    const segment = playlist.split('\n').find((l) => l.endsWith('.ts')) as string;
    const ts = await get(twice.playback.hlsUrl.replace('index.m3u8', segment));
    expect([ts.status, ts.body[0]]).toEqual([200, 0x47]);
    const replaced = await app.sql<{ status: string }>(`SELECT status FROM attachments WHERE id = $1`, [once.recording.id]);
    expect(replaced).toEqual([{ status: 'REJECTED' }]); // the first MP4 is withdrawn, its object removed
    expect((await get(once.recording.url)).status).not.toBe(200);
    const mp4 = await get(twice.recording.url);
    expect(mp4.body.subarray(4, 8).toString()).toBe('ftyp');
    const past = ok(await app.gql(`query { pastLiveSessions { edges { node { id } } } }`, {}, viewer.accessToken)).pastLiveSessions.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(past).toContain(s.id);
    expect(existsSync(second)).toBe(false);

    // a reader that saw the session row just before the switch and the attachment just after the withdrawal
    await app.sql(`UPDATE live_sessions SET recording_attachment_id = $2 WHERE id = $1`, [s.id, once.recording.id]);
    const raced = await app.gql(`query($id: ID!) { liveSession(id: $id) { recording { id url } } }`, { id: s.id }, viewer.accessToken);
    expect({ errors: raced.errors, data: raced.data }).toEqual({ errors: undefined, data: { liveSession: { recording: null } } });
  }, 120_000);
});
