/* global document */
// Glass-to-glass latency of a live session on one machine (issue 12 target: ≤ 6 s).
//   - source: this process draws frames (LIVE_LATENCY_SIZE, default 1280x720) at 25 fps whose
//     black / white blocks carry Date.now() in binary (40 bits + an 8-bit check) beside a sliding
//     mosaic (motion to encode), piped as raw video into ffmpeg, which encodes them
//     (x264 ultrafast/zerolatency, 1 s GOP, as OBS would) and pushes RTMP to the API's
//     embedded ingest with the session's current stream key;
//   - pipeline: the API's packager (libs/live/src/media/ffmpeg.ts) → 1 s HLS segments → the
//     signed playback URL route;
//   - viewer: the real web app in Chromium (the built app from dist/web, logged in as a demo
//     viewer, the session page's hls.js player), a canvas reading each presented frame
//     (requestVideoFrameCallback), decoding the timestamp: latency = Date.now() − timestamp.
// Prints p50 / p95 / max over LIVE_LATENCY_SECONDS (default 30) of playback, after the player
// has played for 5 s. Starts the built server (tests/browser/serve.mjs: fresh data folder,
// embedded PostgreSQL, demo data); builds the web app first if dist/web is missing.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const SECONDS = Number(process.env.LIVE_LATENCY_SECONDS ?? 30);
const [W, H] = (process.env.LIVE_LATENCY_SIZE ?? '1280x720').split('x').map(Number);
const FPS = 25;
/** 8 × 6 black / white blocks = 48 bits in the top-left corner; the rest is a moving mosaic. */
const BLOCK = Math.floor(W >= 640 ? H / 12 : H / 6);
const HOST = 'bs.lan@demo.ketnoi.vn';
const VIEWER = 'hanh.do.32@demo.ketnoi.vn';
const PASSWORD = 'Ketnoi-Demo-Tim-Phoi-2026'; // README "Demo accounts" (tests/browser/demo.ts)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pct = (s, p) => (s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN);

if (!existsSync(join(root, 'dist/web/index.html'))) {
  console.log('live-latency: building the web app (dist/web is missing)');
  if (spawnSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
}
const { locateFfmpeg } = require(join(root, 'dist/libs/live/src'));
const ffmpeg = locateFfmpeg(process.env.FFMPEG_PATH);
if (!ffmpeg.path) throw new Error(ffmpeg.problem);

/** 48 bits: the low 40 bits of the millisecond clock, then their bytes XOR-ed (a check). */
function bitsOf(ms) {
  const low = BigInt(ms) & ((1n << 40n) - 1n);
  let check = 0n;
  for (let i = 0n; i < 5n; i++) check ^= (low >> (8n * i)) & 0xffn;
  const all = low | (check << 40n);
  return Array.from({ length: 48 }, (_, i) => Number((all >> BigInt(i)) & 1n));
}

/** A mosaic of 16 px cells in random colours, wider than the frame: it slides 4 px a frame (motion for the encoders). */
const SLIDE = 1024;
const TW = W + SLIDE;
const texture = Buffer.alloc(TW * H * 3);
for (let y = 0; y < H; y++)
  for (let x = 0; x < TW; x++) {
    const cell = (Math.floor(y / 16) * 7919 + Math.floor(x / 16) * 104729) >>> 0;
    for (let c = 0; c < 3; c++) texture[(y * TW + x) * 3 + c] = (cell * (c + 3) * 2654435761) >>> 24;
  }

function frame(ms, n) {
  const buf = Buffer.allocUnsafe(W * H * 3);
  const off = (n * 4) % SLIDE;
  for (let y = 0; y < H; y++) texture.copy(buf, y * W * 3, (y * TW + off) * 3, (y * TW + off + W) * 3);
  const bits = bitsOf(ms);
  for (let b = 0; b < 48; b++) {
    const bx = (b % 8) * BLOCK;
    const by = Math.floor(b / 8) * BLOCK;
    for (let y = by; y < by + BLOCK; y++) buf.fill(bits[b] ? 255 : 0, (y * W + bx) * 3, (y * W + bx + BLOCK) * 3);
  }
  return buf;
}

/**
 * Runs in the page: reads every presented frame of the player for `ms` and returns latencies.
 * Only the blocks' area is drawn, shrunk to 2 × 2 pixels a block (cheap at any size, so the
 * meter does not load the machine it measures); each block is read at its centre.
 */
function measureInPage({ ms, W, H, BLOCK }) {
  const video = document.querySelector('[data-testid="live-video"]');
  const canvas = document.createElement('canvas');
  canvas.width = 16;
  canvas.height = 12;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const out = { latencies: [], unreadable: 0, stalls: 0, dropped: 0 };
  video.addEventListener('waiting', () => out.stalls++);
  const decode = () => {
    // the video's intrinsic size is W × H (the packager keeps ≤ 1280 px wide)
    const sx = video.videoWidth / W;
    const sy = video.videoHeight / H;
    ctx.drawImage(video, 0, 0, 8 * BLOCK * sx, 6 * BLOCK * sy, 0, 0, 16, 12);
    const px = ctx.getImageData(0, 0, 16, 12).data;
    let all = 0n;
    for (let b = 0; b < 48; b++) {
      const i = ((Math.floor(b / 8) * 2 + 1) * 16 + (b % 8) * 2 + 1) * 4;
      if (px[i] + px[i + 1] + px[i + 2] > 3 * 128) all |= 1n << BigInt(b);
    }
    const low = all & ((1n << 40n) - 1n);
    let check = 0n;
    for (let i = 0n; i < 5n; i++) check ^= (low >> (8n * i)) & 0xffn;
    if (check !== all >> 40n) return null;
    const now = Date.now();
    const span = 1n << 40n;
    const sent = BigInt(now) - ((((BigInt(now) - low) % span) + span) % span);
    return now - Number(sent);
  };
  return new Promise((resolve) => {
    const end = performance.now() + ms;
    const first = video.getVideoPlaybackQuality?.().droppedVideoFrames ?? 0;
    const step = () => {
      const l = decode();
      if (l === null) out.unreadable++;
      else out.latencies.push(l);
      if (performance.now() < end) video.requestVideoFrameCallback(step);
      else {
        out.dropped = (video.getVideoPlaybackQuality?.().droppedVideoFrames ?? 0) - first;
        resolve(out);
      }
    };
    video.requestVideoFrameCallback(step);
  });
}

const port = 3300 + Math.floor(Math.random() * 500);
const server = spawn(process.execPath, ['tests/browser/serve.mjs'], {
  cwd: root,
  env: { ...process.env, BROWSER_TEST_PORT: String(port), SEED_DEMO: 'true' },
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${port}`;
let source;
let browser;
const gql = async (query, variables, token) => {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
};
try {
  for (let i = 0; ; i++) {
    if ((await fetch(`${base}/health/ready`).catch(() => null))?.ok) break;
    if (i > 480) throw new Error('server did not start');
    await sleep(500);
  }
  const { login } = await gql(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    input: { email: HOST, password: PASSWORD },
  });
  const token = login.accessToken;
  const { scheduleLiveSession: s } = await gql(
    `mutation($input: ScheduleLiveSessionInput!) { scheduleLiveSession(input: $input) { id ingest { streamKey } } }`,
    { input: { title: 'Đo độ trễ phát trực tiếp', audience: 'PUBLIC', scheduledStart: new Date(Date.now() + 60_000).toISOString(), scheduledMinutes: 30 } },
    token,
  );
  await gql(`mutation($id: ID!) { startLiveSession(id: $id) { id } }`, { id: s.id }, token);
  const { liveSession } = await gql(`query($id: ID!) { liveSession(id: $id) { ingest { rtmpUrl streamKey } } }`, { id: s.id }, token);
  const rtmp = `${liveSession.ingest.rtmpUrl.replace('localhost', '127.0.0.1')}/${liveSession.ingest.streamKey}`;

  // the source: raw frames stamped with the clock → ffmpeg (as OBS) → RTMP
  source = spawn(
    ffmpeg.path,
    [
      ...['-hide_banner', '-loglevel', 'error', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${W}x${H}`, '-framerate', String(FPS), '-i', 'pipe:0'],
      ...['-c:v', 'libx264', '-preset', 'ultrafast', '-tune', 'zerolatency', '-g', String(FPS), '-pix_fmt', 'yuv420p', '-f', 'flv', rtmp],
    ],
    { stdio: ['pipe', 'ignore', 'inherit'] },
  );
  source.stdin.on('error', () => undefined);
  let sending = true;
  const t0 = Date.now();
  void (async () => {
    for (let n = 0; sending; n++) {
      const due = t0 + (n * 1000) / FPS;
      if (due > Date.now()) await sleep(due - Date.now());
      if (!source.stdin.write(frame(Date.now(), n))) await new Promise((r) => source.stdin.once('drain', r));
    }
  })();

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--autoplay-policy=no-user-gesture-required'],
  });
  const page = await (await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 }, locale: 'vi-VN' })).newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(VIEWER);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
  await page.waitForURL((url) => url.pathname === '/');
  const opened = Date.now();
  await page.goto(`/live/${s.id}`);
  await page.waitForFunction(() => (document.querySelector('[data-testid="live-video"]')?.currentTime ?? 0) > 0.5, null, { timeout: 60_000 });
  const firstFrame = Date.now() - opened;
  await sleep(5000);
  const result = await page.evaluate(measureInPage, { ms: SECONDS * 1000, W, H, BLOCK });
  sending = false;
  const lat = result.latencies.sort((a, b) => a - b);
  const s1 = (ms) => (ms / 1000).toFixed(2);
  console.log(
    `glass-to-glass (${ffmpeg.source} ffmpeg, ${W}×${H} ${FPS} fps, hls.js in Chromium, ${SECONDS} s, ${lat.length} frames read, ${result.unreadable} unreadable, ${result.dropped} dropped by the player, ${result.stalls} stalls): p50 ${s1(pct(lat, 50))} s, p95 ${s1(pct(lat, 95))} s, min ${s1(lat[0])} s, max ${s1(lat.at(-1))} s (target ≤ 6 s); page opened → playing ${s1(firstFrame)} s`,
  );
} finally {
  source?.stdin.end();
  source?.kill('SIGKILL');
  await browser?.close();
  server.kill('SIGTERM');
  await sleep(3000);
  if (server.exitCode === null) server.kill('SIGKILL');
}
