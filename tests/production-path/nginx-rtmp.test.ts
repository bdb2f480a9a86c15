import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killHard, locateFfmpeg, packagerArgs } from '@ketnoi/live';
import { createFacility } from '../factories/identity';
import { makeUsers, ok } from '../factories/social';
import { END, LIVE_SESSION, scheduleSession, startSession } from '../factories/live';
import { TestApp, startTestApp } from '../support/app';
import { RtmpPusher, waitFor } from '../support/rtmp-push';

/**
 * The production path of README "Live streams": `LIVE_MEDIA=external`, Debian's nginx with
 * libnginx-mod-rtmp configured as the README shows (on_publish / on_update / on_publish_done
 * calling the API's /live/hooks/*, exec_push running the packager), and ffmpeg posing as OBS
 * pushing to nginx, not to the API.
 * Needs `nginx` and `libnginx-mod-rtmp` (apt-get install); `.ci/run` installs them.
 */
const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
/** Debian's module loader line (`load_module modules/ngx_rtmp_module.so;`), resolved to an absolute path. */
const RTMP_MODULE = '/usr/lib/nginx/modules/ngx_rtmp_module.so';
const secret = randomBytes(24).toString('hex');
const ffmpeg = locateFfmpeg();
const pusher = new RtmpPusher(ffmpeg.path as string);
let app: TestApp;
let nginx: ChildProcess;
let nginxLog = '';
let rtmpPort: number;
let dir: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** The packager per publish (nginx runs it with the stream's name, i.e. its key): the same arguments as the embedded one. */
function packager(): string {
  const bin = (ffmpeg.path as string).includes('/')
    ? (ffmpeg.path as string)
    : spawnSync('sh', ['-c', 'command -v ffmpeg'], { encoding: 'utf8' }).stdout.trim();
  const args = packagerArgs({ format: 'flv', url: `rtmp://127.0.0.1:${rtmpPort}/live/$name` }, `${dir}/hls/$name.m3u8`, `${dir}/hls/$name-seg%05d.ts`);
  // a wrapper keeps the packager's messages (nginx drops a child's stderr)
  writeFileSync(join(dir, 'packager.sh'), `#!/bin/sh\nexec ${bin} "$@" 2>>${dir}/packager.log\n`, { mode: 0o755 });
  return [join(dir, 'packager.sh'), ...args].join(' ');
}

/** The README's nginx block, with this test's ports, secret and folders. */
function nginxConfig(apiUrl: string): string {
  const hook = (name: string) => `${apiUrl}/live/hooks/${name}?secret=${secret}`;
  return `load_module ${RTMP_MODULE};
daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log info;
events { worker_connections 64; }
rtmp {
  server {
    listen 127.0.0.1:${rtmpPort};
    application live {
      live on;
      on_publish ${hook('publish')};
      on_update ${hook('update')};
      notify_update_timeout 1s;
      on_publish_done ${hook('publish-done')};
      exec_push ${packager()};
      record all;
      record_path ${dir}/rec;
      record_unique on;
      on_record_done ${hook('recording')};
    }
  }
}
`;
}

beforeAll(async () => {
  expect(existsSync(NGINX) && existsSync(RTMP_MODULE)).toBe(true); // apt-get install nginx libnginx-mod-rtmp
  dir = mkdtempSync(join(tmpdir(), 'ketnoi-nginx-rtmp-'));
  rtmpPort = await freePort();
  mkdirSync(join(dir, 'hls'));
  mkdirSync(join(dir, 'rec')); // before the API starts: it refuses a LIVE_RECORDINGS_DIR that is not a folder
  app = await startTestApp({
    env: {
      LIVE_MEDIA: 'external',
      LIVE_HOOK_SECRET: secret,
      RTMP_PUBLIC_URL: `rtmp://127.0.0.1:${rtmpPort}/live`,
      LIVE_HLS_BASE_URL: 'https://cdn.ketnoi.test/live',
      LIVE_RECORDINGS_DIR: join(dir, 'rec'),
    },
  });
  writeFileSync(join(dir, 'nginx.conf'), nginxConfig(app.url));
  const check = spawnSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { encoding: 'utf8' });
  expect(check.stderr).toContain('syntax is ok');
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
  nginx.stderr?.on('data', (d: Buffer) => (nginxLog += d.toString()));
  // nginx listens once it has read its configuration (probe by connecting: listening ourselves could take its port)
  const listening = await waitFor(
    () =>
      new Promise<boolean>((resolve) => {
        const socket = connect(rtmpPort, '127.0.0.1', () => (socket.destroy(), resolve(true)));
        socket.once('error', () => resolve(false));
      }),
    (up) => up,
    10_000,
  );
  expect({ listening, nginx: listening ? '' : log() }).toEqual({ listening: true, nginx: '' });
});

afterAll(async () => {
  await pusher.killAll();
  if (nginx) await killHard(nginx, 1000);
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const url = (key: string) => `rtmp://127.0.0.1:${rtmpPort}/live/${key}`;
/** nginx's own words, for a failing assertion's message. */
const log = () => ['error.log', 'packager.log'].map((f) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : '')).join('\n') + nginxLog;

describe('nginx-rtmp calling /live/hooks/* (LIVE_MEDIA=external)', () => {
  it('refuses a push before start and with a wrong key, accepts and packages the current key, records publish-done, and drops a rotated key through on_update', async () => {
    expect(ffmpeg.path).toBeTruthy();
    const [host, viewer] = await makeUsers(app, (await createFacility(app)).id, 2);
    const s = await scheduleSession(app, host);
    const seen = async () => ok(await app.gql(LIVE_SESSION, { id: s.id }, host.accessToken)).liveSession;
    expect((await seen()).ingest.rtmpUrl).toBe(`rtmp://127.0.0.1:${rtmpPort}/live`);

    // before start: on_publish answers 403 and nginx closes the push
    expect(await pusher.push(url(s.ingest.streamKey), 3).done).not.toBe(0);
    expect((await seen()).ingest.publishing).toBe(false);

    await startSession(app, host, s.id);
    expect(await pusher.push(url('ktn_wrongkeywrongkeywrongkey'), 3).done).not.toBe(0);
    expect((await seen()).ingest.publishing).toBe(false);

    // the current key: accepted, the host sees it publishing; the end of the push (on_publish_done) is recorded
    const accepted = pusher.push(url(s.ingest.streamKey), 4);
    const publishing = (await waitFor(seen, (x) => x.ingest.publishing)).ingest.publishing;
    expect({ publishing, nginx: publishing ? '' : log() }).toEqual({ publishing: true, nginx: '' });
    const playback = ok(await app.gql(LIVE_SESSION, { id: s.id }, viewer.accessToken)).liveSession.playback;
    expect(playback.hlsUrl).toMatch(new RegExp(`^https://cdn\\.ketnoi\\.test/live/${s.id}/[^/]+/index\\.m3u8$`)); // the CDN, not the API
    // nginx's exec_push packager turns it into 1 s HLS segments
    const hls = join(dir, 'hls', `${s.ingest.streamKey}.m3u8`);
    const playlist = await waitFor(
      async () => (existsSync(hls) ? readFileSync(hls, 'utf8') : ''),
      (text) => (text.match(/#EXTINF/g) ?? []).length >= 2,
    );
    const durations = [...playlist.matchAll(/#EXTINF:([\d.]+)/g)].map((m) => Number(m[1]));
    expect({ segments: durations.length >= 2, packager: durations.length >= 2 ? '' : log() }).toEqual({ segments: true, packager: '' });
    expect(Math.max(...durations)).toBeLessThanOrEqual(1.1);
    const segment = playlist.split('\n').find((l) => l.endsWith('.ts')) as string;
    expect(readFileSync(join(dir, 'hls', segment))[0]).toBe(0x47); // MPEG-TS
    expect(await accepted.done).toBe(0);
    expect((await waitFor(seen, (x) => !x.ingest.publishing)).ingest.publishing).toBe(false);

    // a long push with the current key; rotating the key makes the next on_update refuse it and nginx drops it
    const long = pusher.push(url(s.ingest.streamKey), 120);
    expect((await waitFor(seen, (x) => x.ingest.publishing)).ingest.publishing).toBe(true);
    const rotated = ok(await app.gql(`mutation($id: ID!) { rotateStreamKey(id: $id) { ingest { streamKey } } }`, { id: s.id }, host.accessToken))
      .rotateStreamKey.ingest.streamKey;
    expect(rotated).not.toBe(s.ingest.streamKey);
    expect(await long.done).not.toBe(0); // dropped by nginx, long before its 120 s
    expect((await waitFor(seen, (x) => !x.ingest.publishing)).ingest.publishing).toBe(false);

    // the rotated key publishes; after the end it is refused too
    const next = pusher.push(url(rotated), 60);
    expect((await waitFor(seen, (x) => x.ingest.publishing)).ingest.publishing).toBe(true);
    ok(await app.gql(END, { id: s.id }, host.accessToken));
    expect(await next.done).not.toBe(0); // on_update refuses an ended session
    expect(await pusher.push(url(rotated), 3).done).not.toBe(0);

    // nginx's recorder hands each push's FLV over (on_record_done → /live/hooks/recording): the 4 s push (stopped
    // while LIVE) and the last one (dropped by the end) become the session's recording; the push dropped by the
    // rotation is refused (its key is no longer the session's) and its file stays in nginx's folder
    const get = async (path: string) => Buffer.from(await (await fetch(new URL(path, app.url))).arrayBuffer());
    const recorded = async () => {
      const session = ok(await app.gql(LIVE_SESSION, { id: s.id }, viewer.accessToken)).liveSession;
      return { session, playlist: session.recordingStatus === 'READY' ? (await get(session.playback.hlsUrl)).toString() : '' };
    };
    const { session: ended, playlist: recording } = await waitFor(recorded, (x) => x.playlist.includes('#EXT-X-DISCONTINUITY'), 90_000);
    expect({ parts: recording.split('#EXT-X-DISCONTINUITY').length, nginx: recording ? '' : log() }).toEqual({ parts: 2, nginx: '' });
    expect(recording).toContain('#EXT-X-ENDLIST');
    const seconds = [...recording.matchAll(/#EXTINF:([\d.]+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(seconds).toBeGreaterThan(4); // the 4 s push and the last one
    const recSegment = recording.split('\n').find((l) => l.endsWith('.ts')) as string;
    expect((await get(ended.playback.hlsUrl.replace('index.m3u8', recSegment)))[0]).toBe(0x47);
    expect(ended.recording).toMatchObject({ contentType: 'video/mp4' });
    expect((await get(ended.recording.url)).subarray(4, 8).toString()).toBe('ftyp');
    const past = ok(await app.gql(`query { pastLiveSessions { edges { node { id } } } }`, {}, viewer.accessToken)).pastLiveSessions.edges;
    expect(past.map((e: { node: { id: string } }) => e.node.id)).toContain(s.id);
    const left = readdirSync(join(dir, 'rec'));
    expect(left).toEqual([expect.stringMatching(new RegExp(`^${s.ingest.streamKey}-\\d+\\.flv$`))]); // the refused one only
  }, 180_000);
});
