import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Logger } from 'pino';

/** Where ffmpeg comes from, or why there is none (in words for the host). */
export type FfmpegLocation = { path: string; source: 'FFMPEG_PATH' | 'system' | 'npm' } | { path: null; problem: string };

export const FFMPEG_MISSING =
  'Máy chủ không tìm thấy ffmpeg nên chưa thể phát video. Quản trị viên cần cài ffmpeg (apt-get install ffmpeg) hoặc đặt FFMPEG_PATH, rồi thử lại.';

const works = (path: string): boolean => {
  try {
    return spawnSync(path, ['-hide_banner', '-version'], { stdio: 'ignore', timeout: 5000 }).status === 0;
  } catch {
    return false;
  }
};

/** FFMPEG_PATH if set (and it must work), else the system ffmpeg, else the one shipped in npm (@ffmpeg-installer/ffmpeg). */
export function locateFfmpeg(configured?: string): FfmpegLocation {
  if (configured) return works(configured) ? { path: configured, source: 'FFMPEG_PATH' } : { path: null, problem: FFMPEG_MISSING };
  if (works('ffmpeg')) return { path: 'ffmpeg', source: 'system' };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const shipped = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
    if (shipped && existsSync(shipped) && works(shipped)) return { path: shipped, source: 'npm' };
  } catch {
    // not installed for this platform
  }
  return { path: null, problem: FFMPEG_MISSING };
}

/** Kills a child for sure: SIGTERM, then SIGKILL if it is still there (ffmpeg may ignore the first SIGTERM while it waits on input). */
export function killHard(child: ChildProcess, graceMs = 1500): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Seconds per HLS segment: keyframes are forced this often, so segments are exactly this long. */
export const SEGMENT_SECONDS = 1;

export interface PackagerExit {
  code: number | null;
  /** The last lines ffmpeg wrote to stderr (for logs, never shown to users verbatim). */
  stderr: string;
  /** Stopped by us (stop()), not a failure. */
  stopped: boolean;
}

/**
 * The packager's ffmpeg arguments (after the binary): `input` (FLV or WebM, a pipe or a URL) to
 * H.264/AAC HLS with 1 s segments, every segment kept (EVENT). The embedded packager runs them on
 * its stdin; with `LIVE_MEDIA=external` a media server runs the same ones per publish (nginx-rtmp
 * `exec_push`, tests/production-path). No argument contains a space (nginx splits on
 * them) or a backslash (nginx-rtmp's exec drops them).
 */
export function packagerArgs(input: { format: 'flv' | 'webm'; url: string }, playlist: string, segmentPattern: string): string[] {
  return [
    '-hide_banner',
    '-loglevel',
    'error',
    '-fflags',
    '+genpts',
    '-analyzeduration',
    '1000000',
    '-probesize',
    '1000000',
    '-f',
    input.format,
    '-i',
    input.url,
    '-map',
    '0:v:0?',
    '-map',
    '0:a:0?',
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-tune',
    'zerolatency',
    '-pix_fmt',
    'yuv420p',
    '-vf',
    "scale=w='min(1280,iw)':h=-2", // quoted, not `\\,`: nginx-rtmp's exec strips backslashes
    '-force_key_frames',
    `expr:gte(t,n_forced*${SEGMENT_SECONDS})`,
    '-sc_threshold',
    '0',
    '-c:a',
    'aac',
    '-b:a',
    '96k',
    '-ar',
    '44100',
    '-ac',
    '2',
    // audio may arrive well before the first decodable video frame (MediaRecorder): buffer it
    '-max_muxing_queue_size',
    '4096',
    '-f',
    'hls',
    '-hls_time',
    String(SEGMENT_SECONDS),
    '-hls_list_size',
    '0',
    '-hls_playlist_type',
    'event',
    '-hls_segment_filename',
    segmentPattern,
    playlist,
  ];
}

/**
 * One ffmpeg child per publish: FLV (from RTMP) or WebM (from the browser studio) on
 * stdin, H.264/AAC HLS with 1 s segments out, in a folder of its own. Video is re-encoded
 * (veryfast, zerolatency, keyframe every second, at most 1280 px wide) so segment length
 * does not depend on the sender's keyframe interval (browsers' MediaRecorder makes one
 * every ~5 s). The playlist keeps every segment (EVENT): the same files become the recording.
 */
export class Packager {
  readonly playlist: string;
  private child?: ChildProcess;
  private stopping = false;
  private stderrTail = '';
  private exited?: Promise<PackagerExit>;

  constructor(
    private readonly ffmpeg: string,
    readonly dir: string,
    private readonly input: 'flv' | 'webm',
    private readonly logger: Logger,
  ) {
    this.playlist = join(dir, 'index.m3u8');
  }

  async start(onExit: (exit: PackagerExit) => void): Promise<Writable> {
    await mkdir(this.dir, { recursive: true });
    const args = packagerArgs({ format: this.input, url: 'pipe:0' }, this.playlist, join(this.dir, 'seg%05d.ts'));
    const child = spawn(this.ffmpeg, args, { stdio: ['pipe', 'ignore', 'pipe'] });
    this.child = child;
    child.stderr?.on('data', (d: Buffer) => {
      this.stderrTail = (this.stderrTail + d.toString('utf8')).slice(-2000);
    });
    child.stdin?.on('error', () => undefined); // EPIPE when ffmpeg exits first: the exit handler reports it
    this.exited = new Promise((resolve) => {
      const done = (code: number | null) => {
        const exit = { code, stderr: this.stderrTail, stopped: this.stopping };
        if (!exit.stopped && code !== 0) this.logger.warn({ code, stderr: this.stderrTail.slice(-500) }, 'packager failed');
        onExit(exit);
        resolve(exit);
      };
      child.once('exit', (code) => done(code));
      child.once('error', (e) => {
        this.stderrTail += String(e);
        done(-1);
      });
    });
    return child.stdin as Writable;
  }

  /** Ends the input (ffmpeg finishes the playlist), then makes sure the child is gone. */
  async stop(timeoutMs = 4000): Promise<void> {
    const child = this.child;
    if (!child || this.stopping) return void (await this.exited);
    this.stopping = true;
    child.stdin?.end();
    const timer = setTimeout(() => void killHard(child), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** Immediately, e.g. at shutdown. */
  async kill(): Promise<void> {
    this.stopping = true;
    if (this.child) await killHard(this.child, 500);
  }
}

/** Runs ffmpeg to completion (remux, test sources); rejects with the stderr tail on failure. */
export function runFfmpeg(ffmpeg: string, args: string[], timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpeg, ['-hide_banner', '-loglevel', 'error', '-y', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let tail = '';
    child.stderr?.on('data', (d: Buffer) => (tail = (tail + d.toString('utf8')).slice(-2000)));
    const timer = setTimeout(() => void killHard(child, 500), timeoutMs);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`ffmpeg exited with ${code}: ${tail.trim().slice(-500)}`));
    });
  });
}
