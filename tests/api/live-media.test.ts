import WebSocket from 'ws';
import { EmbeddedMediaGateway, MEDIA_GATEWAY, locateFfmpeg } from '@ketnoi/live';
import { createFacility } from '../factories/identity';
import { makeUsers, ok } from '../factories/social';
import { END, LIVE_SESSION, scheduleSession, startSession } from '../factories/live';
import { TestApp, startTestApp } from '../support/app';
import { RtmpPusher, waitFor } from '../support/rtmp-push';

/**
 * The embedded media pipeline end to end: ffmpeg's test source posing as OBS pushes RTMP,
 * the packager writes HLS, viewers fetch it through their signed URLs, and the recording
 * lands in object storage. Uses the system ffmpeg, or the npm one when there is none.
 */
let app: TestApp;
let facilityId: string;
const ffmpeg = locateFfmpeg();
const pusher = new RtmpPusher(ffmpeg.path as string);

beforeAll(async () => {
  app = await startTestApp();
  facilityId = (await createFacility(app)).id;
});
afterAll(async () => {
  await pusher.killAll();
  await app?.close();
});

const rtmpPort = () => (app.server.app.get(MEDIA_GATEWAY) as EmbeddedMediaGateway).port;

const push = (key: string, seconds: number) => pusher.push(`rtmp://127.0.0.1:${rtmpPort()}/live/${key}`, seconds);

const get = async (path: string) => {
  const res = await fetch(new URL(path, app.url));
  return { status: res.status, type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
};

describe('RTMP ingest → HLS → recording', () => {
  it('refuses a push before start, with a wrong key and with a rotated key; plays the current key to viewers only; stores the recording on end', async () => {
    expect(ffmpeg.path).toBeTruthy();
    const [host, viewer, outsider] = await makeUsers(app, facilityId, 3);
    const s = await scheduleSession(app, host, { audience: 'INVITEES', inviteeIds: [viewer.id], title: 'Siêu âm tim cơ bản' });
    const gateway = app.server.app.get(MEDIA_GATEWAY) as EmbeddedMediaGateway;

    expect(await push(s.ingest.streamKey, 3).done).not.toBe(0); // before start
    expect(gateway.isPublishing(s.id)).toBe(false);
    await startSession(app, host, s.id);
    expect(await push('ktn_wrongkeywrongkeywrongkey', 3).done).not.toBe(0);
    const rotated = ok(await app.gql(`mutation($id: ID!) { rotateStreamKey(id: $id) { ingest { streamKey } } }`, { id: s.id }, host.accessToken))
      .rotateStreamKey.ingest.streamKey;
    expect(await push(s.ingest.streamKey, 3).done).not.toBe(0); // the old key
    expect(gateway.isPublishing(s.id)).toBe(false);

    // long enough to still be publishing after the checks below on a loaded machine (6 s was not)
    const live = push(rotated, 15);
    const playback = ok(await app.gql(LIVE_SESSION, { id: s.id }, viewer.accessToken)).liveSession.playback;
    expect(ok(await app.gql(LIVE_SESSION, { id: s.id }, outsider.accessToken)).liveSession).toBeNull();
    const playlist = await waitFor(
      () => get(playback.hlsUrl),
      (r) => r.status === 200 && (r.body.toString().match(/\.ts/g) ?? []).length >= 2,
    );
    expect(playlist.status).toBe(200);
    expect(playlist.type).toContain('mpegurl');
    const text = playlist.body.toString();
    expect(text).not.toContain('#EXT-X-ENDLIST');
    const durations = [...text.matchAll(/#EXTINF:([\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.max(...durations)).toBeLessThanOrEqual(2.1); // 1 s segments (the source's GOP is 1 s too)
    const segment = text.split('\n').find((l) => l.endsWith('.ts')) as string;
    const seg = await get(playback.hlsUrl.replace('index.m3u8', segment));
    expect(seg.status).toBe(200);
    expect(seg.body[0]).toBe(0x47); // MPEG-TS sync byte
    // served in front of the web framework, with headers of its own: nothing in it may run
    const segUrl = new URL(playback.hlsUrl.replace('index.m3u8', segment), app.url);
    const headers = (await fetch(segUrl, { method: 'HEAD' })).headers;
    expect(headers.get('content-type')).toBe('video/mp2t');
    expect(Number(headers.get('content-length'))).toBe(seg.body.length);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect([headers.get('x-frame-options'), headers.get('referrer-policy')]).toEqual(['DENY', 'strict-origin-when-cross-origin']);
    expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await fetch(segUrl, { method: 'POST' })).status).toBe(405);
    const host_ = ok(await app.gql(LIVE_SESSION, { id: s.id }, host.accessToken)).liveSession;
    expect(host_.ingest).toMatchObject({ publishing: true, problem: null });
    // a second sender with the same key while one is live is refused
    expect(await push(rotated, 2).done).not.toBe(0);

    await live.done;
    ok(await app.gql(END, { id: s.id }, host.accessToken));
    const ended = await waitFor(
      async () => ok(await app.gql(LIVE_SESSION, { id: s.id }, viewer.accessToken)).liveSession,
      (x) => x.recordingStatus === 'READY' || x.recordingStatus === 'FAILED',
    );
    expect(ended.recordingStatus).toBe('READY');
    expect(ended.recording).toMatchObject({ contentType: 'video/mp4' });
    const rec = await get(ended.playback.hlsUrl);
    expect(rec.status).toBe(200);
    expect(rec.body.toString()).toContain('#EXT-X-ENDLIST');
    const recSegment = rec.body
      .toString()
      .split('\n')
      .find((l) => l.endsWith('.ts')) as string;
    expect((await get(ended.playback.hlsUrl.replace('index.m3u8', recSegment))).body[0]).toBe(0x47);
    const keys = await app.sql<{ n: string }>(`SELECT count(*) n FROM attachments WHERE id = $1 AND purpose = 'LIVE_RECORDING' AND status = 'READY'`, [
      ended.recording.id,
    ]);
    expect(keys[0].n).toBe('1');
    const mp4 = await get(ended.recording.url);
    expect(mp4.body.subarray(4, 8).toString()).toBe('ftyp');
    const past = ok(await app.gql(`query { pastLiveSessions { edges { node { id } } } }`, {}, viewer.accessToken)).pastLiveSessions.edges.map(
      (e: any) => e.node.id,
    );
    expect(past).toContain(s.id);
  }, 120_000);

  it('the npm-shipped ffmpeg (@ffmpeg-installer/ffmpeg, the fallback without a system one) packages a push into HLS too', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const shipped = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
    expect(locateFfmpeg(shipped)).toEqual({ path: shipped, source: 'FFMPEG_PATH' });
    const npmApp = await startTestApp({ env: { FFMPEG_PATH: shipped } });
    const npmPusher = new RtmpPusher(shipped);
    try {
      const [host] = await makeUsers(npmApp, (await createFacility(npmApp)).id, 1);
      const s = await scheduleSession(npmApp, host);
      await startSession(npmApp, host, s.id);
      const port = (npmApp.server.app.get(MEDIA_GATEWAY) as EmbeddedMediaGateway).port;
      const live = npmPusher.push(`rtmp://127.0.0.1:${port}/live/${s.ingest.streamKey}`, 4);
      const { hlsUrl } = ok(await npmApp.gql(LIVE_SESSION, { id: s.id }, host.accessToken)).liveSession.playback;
      const fetchText = async (path: string) => {
        const res = await fetch(new URL(path, npmApp.url));
        return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
      };
      const playlist = await waitFor(
        () => fetchText(hlsUrl),
        (r) => r.status === 200 && /\.ts/.test(r.body.toString()),
      );
      expect(playlist.status).toBe(200);
      const segment = playlist.body
        .toString()
        .split('\n')
        .find((l) => l.endsWith('.ts')) as string;
      expect((await fetchText(hlsUrl.replace('index.m3u8', segment))).body[0]).toBe(0x47);
      expect(await live.done).toBe(0);
    } finally {
      await npmPusher.killAll();
      await npmApp.close();
    }
  });

  it('browser ingest: a wrong key is refused on the WebSocket before any media is taken', async () => {
    const [host] = await makeUsers(app, facilityId, 1);
    const s = await scheduleSession(app, host);
    await startSession(app, host, s.id);
    const ws = new WebSocket(`${app.url.replace('http', 'ws')}/live/ingest?key=ktn_notthekeynotthekeynotthe`);
    const closed = await new Promise<{ code: number; message: string }>((resolve) => {
      let message = '';
      ws.on('message', (d) => (message = String(d)));
      ws.on('close', (code) => resolve({ code, message }));
    });
    expect(closed.code).toBe(4403);
    expect(JSON.parse(closed.message).type).toBe('error');
  });

  it('a missing ffmpeg is a clear problem on the host’s screen, and the push is refused', async () => {
    const broken = await startTestApp({ env: { FFMPEG_PATH: '/nonexistent/ffmpeg' } });
    try {
      const facility = await createFacility(broken);
      const [host] = await makeUsers(broken, facility.id, 1);
      const res = await broken.gql(
        `mutation($input: ScheduleLiveSessionInput!) { scheduleLiveSession(input: $input) { id ingest { streamKey } } }`,
        { input: { title: 'Không có ffmpeg', audience: 'PUBLIC', scheduledStart: new Date(Date.now() + 60_000).toISOString(), scheduledMinutes: 30 } },
        host.accessToken,
      );
      const s = ok(res).scheduleLiveSession;
      ok(await broken.gql(`mutation($id: ID!) { startLiveSession(id: $id) { id } }`, { id: s.id }, host.accessToken));
      const ws = new WebSocket(`${broken.url.replace('http', 'ws')}/live/ingest?key=${s.ingest.streamKey}`);
      const message = await new Promise<string>((resolve) => ws.on('message', (d) => resolve(String(d))));
      expect(JSON.parse(message)).toMatchObject({ type: 'error', message: expect.stringContaining('ffmpeg') });
      const seen = ok(
        await broken.gql(`query($id: ID!) { liveSession(id: $id) { ingest { problem publishing } } }`, { id: s.id }, host.accessToken),
      ).liveSession;
      expect(seen.ingest).toMatchObject({ publishing: false, problem: expect.stringContaining('ffmpeg') });
      ws.terminate();
    } finally {
      await broken.close();
    }
  });
});
