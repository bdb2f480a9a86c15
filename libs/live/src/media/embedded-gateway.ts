import { createServer, type Server, type Socket } from 'node:net';
import type { IncomingMessage } from 'node:http';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import type { UpgradeRoutes } from '@ketnoi/platform';
import { FfmpegLocation, Packager, PackagerExit, locateFfmpeg } from './ffmpeg';
import { MediaGateway, MediaHooks } from './media-gateway';

/* eslint-disable @typescript-eslint/no-require-imports -- node-media-server ships CommonJS without types */
interface NmsPacket {
  flags: number;
}
interface NmsBroadcast {
  publishGraceMs: number;
  postPlay(session: object): string | null;
  donePlay(session: object): void;
}
interface NmsRtmpSession {
  id: string;
  streamApp?: string;
  streamName?: string;
  isPublisher?: boolean;
  broadcast: NmsBroadcast;
  rtmp: { onPushCallback: () => void; onPlayCallback: () => void; onPacketCallback: (p: NmsPacket) => void };
  run(): void;
  onPush(): void;
  onPacket(p: NmsPacket): void;
}
const nmsLogger = require('node-media-server/src/core/logger.js') as { log: (message: string, level?: string) => void };
const NmsContext = require('node-media-server/src/core/context.js') as { sessions: Map<string, unknown> };
const RtmpSession = require('node-media-server/src/session/rtmp_session.js') as new (socket: Socket) => NmsRtmpSession;
/* eslint-enable @typescript-eslint/no-require-imports */

/** Packets a publisher may send while its key is being checked (headers and the first GOP). */
const MAX_PENDING_PACKETS = 5000;

export const INGEST_PATH = '/live/ingest';

const PACKAGER_FAILED = 'Bộ đóng gói video (ffmpeg) đã dừng bất ngờ nên người xem không nhận được hình. Hãy phát lại; nếu lỗi lặp lại, báo quản trị viên.';
const ALREADY_PUBLISHING = 'Buổi này đang có một nguồn phát khác. Hãy dừng nguồn kia trước.';

interface Publish {
  sessionId: string;
  packager: Packager;
  /** Disconnects the sender. */
  close(): void;
}

export interface EmbeddedGatewayOptions {
  dataDir: string;
  host: string;
  rtmpPort: number;
  rtmpPublicUrl?: string;
  publicUrl?: string;
  ffmpegPath?: string;
}

/**
 * The default media pipeline, inside the API process: an RTMP listener built from
 * node-media-server's RTMP session (studio software such as OBS), a WebSocket at
 * /live/ingest for the browser studio (MediaRecorder chunks), and one ffmpeg packager per
 * publish writing HLS to `DATA_DIR/live/<session>/p<time>/`. A push is checked before any
 * of its media reaches a packager; RTMP playback is refused (viewers get HLS). Each publish
 * gets a fresh packager and folder, so node-media-server's reconnect grace and its
 * postPublish-after-rejection never mix two publishes.
 */
export class EmbeddedMediaGateway implements MediaGateway {
  private hooks?: MediaHooks;
  private rtmp?: Server;
  private rtmpPort = 0;
  private readonly publishes = new Map<string, Publish>();
  /** The folder the live playlist is served from (the latest publish), until stop(). */
  private readonly currentDir = new Map<string, string>();
  private readonly sockets = new Set<Socket>();
  private ffmpeg?: FfmpegLocation;
  private closed = false;

  constructor(
    private readonly options: EmbeddedGatewayOptions,
    private readonly logger: Logger,
  ) {
    nmsLogger.log = (message: string, level = 'info') => {
      if (level === 'error' || level === 'warn') this.logger.debug({ nms: message }, 'node-media-server');
    };
  }

  bind(hooks: MediaHooks): void {
    this.hooks = hooks;
  }

  get liveRoot(): string {
    return join(this.options.dataDir, 'live');
  }

  /** Starts the RTMP listener and registers the browser ingest path. */
  async start(upgrades: UpgradeRoutes): Promise<void> {
    const wss = new WebSocketServer({ noServer: true, maxPayload: 8 * 1024 * 1024 });
    upgrades.register(INGEST_PATH, (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => this.onBrowser(ws, req)));
    const server = createServer((socket) => this.onRtmp(socket));
    const listening = await new Promise<boolean>((resolve) => {
      server.once('error', (e) => {
        // The API still runs (browser ingest, playback); studio software cannot connect.
        this.logger.error({ port: this.options.rtmpPort, err: e.message }, 'RTMP listener not started: studio software (OBS) ingest is off');
        resolve(false);
      });
      server.listen(this.options.rtmpPort, this.options.host, () => resolve(true));
    });
    if (!listening) return;
    server.on('error', (e) => this.logger.error({ err: e.message }, 'rtmp listener error'));
    this.rtmp = server;
    const address = server.address();
    this.rtmpPort = typeof address === 'object' && address ? address.port : this.options.rtmpPort;
    this.logger.info({ port: this.rtmpPort }, 'RTMP ingest listening');
  }

  get port(): number {
    return this.rtmpPort;
  }

  ingest(_sessionId: string, _streamKey: string) {
    const host = this.options.publicUrl ? new URL(this.options.publicUrl).hostname : 'localhost';
    const base = this.options.publicUrl ? this.options.publicUrl.replace(/^http/, 'ws').replace(/\/+$/, '') : '';
    return {
      rtmpUrl: this.options.rtmpPublicUrl ?? (this.rtmp ? `rtmp://${host}:${this.rtmpPort}/live` : null),
      // Relative when PUBLIC_URL is unset: the web app resolves it against its own origin.
      browserUrl: `${base}${INGEST_PATH}`,
      whipUrl: null,
    };
  }

  livePlaybackUrl(sessionId: string, token: string): string {
    return `${(this.options.publicUrl ?? '').replace(/\/+$/, '')}/live/hls/${sessionId}/${token}/index.m3u8`;
  }

  isPublishing(sessionId: string): boolean {
    return this.publishes.has(sessionId);
  }

  /** Where the live playlist of a session is read from (null when nothing was published since the last stop). */
  liveDir(sessionId: string): string | null {
    return this.currentDir.get(sessionId) ?? null;
  }

  async stop(sessionId: string): Promise<void> {
    const publish = this.publishes.get(sessionId);
    if (publish) {
      publish.close();
      await publish.packager.stop();
      this.publishes.delete(sessionId);
    }
    this.currentDir.delete(sessionId);
    const dir = join(this.liveRoot, sessionId);
    const parts = await readdir(dir).catch(() => [] as string[]);
    if (!parts.length) return;
    void this.hooks
      ?.recordingFinished(sessionId, dir)
      .then(() => rm(dir, { recursive: true, force: true }))
      .catch((e: unknown) => this.logger.error({ sessionId, err: String(e) }, 'recording hand-off failed'));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.publishes.values()].map(async (p) => (p.close(), await p.packager.kill())));
    this.publishes.clear();
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.rtmp ? this.rtmp.close(() => resolve()) : resolve()));
  }

  // ---------- publishing ----------

  private ffmpegLocation(): FfmpegLocation {
    return (this.ffmpeg ??= locateFfmpeg(this.options.ffmpegPath));
  }

  /** Checks the key, then starts a packager; null (and the reason) when refused. */
  private async begin(
    streamKey: string | undefined,
    input: 'flv' | 'webm',
    close: () => void,
  ): Promise<{ publish: Publish; stdin: Writable } | { refused: string; sessionId?: string }> {
    if (this.closed || !this.hooks || !streamKey) return { refused: 'key' };
    const grant = await this.hooks.authorizePublish(streamKey).catch(() => null);
    if (!grant) return { refused: 'key' };
    if (this.publishes.has(grant.sessionId)) return { refused: ALREADY_PUBLISHING, sessionId: grant.sessionId };
    const ffmpeg = this.ffmpegLocation();
    if (ffmpeg.path === null) {
      await this.hooks.publishState(grant.sessionId, { publishing: false, problem: ffmpeg.problem });
      return { refused: ffmpeg.problem, sessionId: grant.sessionId };
    }
    const dir = join(this.liveRoot, grant.sessionId, `p${Date.now()}`);
    const packager = new Packager(ffmpeg.path, dir, input, this.logger);
    const publish: Publish = { sessionId: grant.sessionId, packager, close };
    this.publishes.set(grant.sessionId, publish);
    this.currentDir.set(grant.sessionId, dir);
    const stdin = await packager.start((exit) => this.onPackagerExit(publish, exit));
    await this.hooks.publishState(grant.sessionId, { publishing: true, problem: null });
    return { publish, stdin };
  }

  private onPackagerExit(publish: Publish, exit: PackagerExit): void {
    if (this.publishes.get(publish.sessionId) === publish) this.publishes.delete(publish.sessionId);
    publish.close();
    if (this.closed) return;
    const problem = exit.stopped || exit.code === 0 ? null : PACKAGER_FAILED;
    void this.hooks?.publishState(publish.sessionId, { publishing: false, problem }).catch(() => undefined);
  }

  private end(publish: Publish): void {
    if (this.publishes.get(publish.sessionId) !== publish) return;
    this.publishes.delete(publish.sessionId);
    void publish.packager.stop();
  }

  private onRtmp(socket: Socket): void {
    this.sockets.add(socket);
    socket.setNoDelay(true);
    socket.on('error', () => undefined);
    const session = new RtmpSession(socket);
    session.run();
    NmsContext.sessions.set(session.id, session);
    // Nobody plays over RTMP: viewers get HLS with per-viewer URLs.
    session.rtmp.onPlayCallback = () => socket.destroy();
    let pending: NmsPacket[] | null = [];
    let accepted = false;
    let publish: Publish | null = null;
    session.rtmp.onPacketCallback = (packet) => {
      if (accepted) session.onPacket(packet);
      else if (pending && pending.length < MAX_PENDING_PACKETS) pending.push(packet);
    };
    session.rtmp.onPushCallback = () => {
      void (async () => {
        const begun = session.streamApp === 'live' ? await this.begin(session.streamName, 'flv', () => socket.destroy()) : { refused: 'app' };
        if ('refused' in begun || socket.destroyed) {
          if (!('refused' in begun)) this.end(begun.publish);
          pending = null;
          socket.destroy();
          return;
        }
        publish = begun.publish;
        session.broadcast.publishGraceMs = 0;
        session.onPush();
        if (!session.isPublisher) {
          this.end(publish);
          socket.destroy();
          return;
        }
        const stdin = begun.stdin;
        const sink = { id: `packager-${session.id}`, ip: '', protocol: 'flv', sendBuffer: (b: Buffer) => void stdin.write(b) };
        session.broadcast.postPlay(sink);
        socket.once('close', () => {
          session.broadcast.donePlay(sink);
          if (publish) this.end(publish);
        });
        accepted = true;
        for (const p of pending ?? []) session.onPacket(p);
        pending = null;
      })().catch((e: unknown) => {
        this.logger.error({ err: String(e) }, 'rtmp publish failed');
        socket.destroy();
      });
    };
    socket.once('close', () => this.sockets.delete(socket));
  }

  private onBrowser(ws: WebSocket, req: IncomingMessage): void {
    const key = new URL(req.url ?? '/', 'http://x').searchParams.get('key') ?? undefined;
    const pending: Buffer[] = [];
    let stdin: Writable | null = null;
    let publish: Publish | null = null;
    const say = (message: object) => ws.readyState === ws.OPEN && ws.send(JSON.stringify(message));
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (!isBinary) return;
      if (stdin) stdin.write(data);
      else if (pending.length < 200) pending.push(data);
    });
    ws.on('close', () => {
      if (publish) this.end(publish);
    });
    ws.on('error', () => undefined);
    void this.begin(key, 'webm', () => ws.readyState === ws.OPEN && ws.close(1000, 'ended'))
      .then((begun) => {
        if ('refused' in begun) {
          say({ type: 'error', message: begun.refused === 'key' ? 'Khóa phát không đúng, đã được đổi, hoặc buổi chưa bắt đầu / đã kết thúc.' : begun.refused });
          ws.close(4403, 'refused');
          return;
        }
        if (ws.readyState !== ws.OPEN) return this.end(begun.publish);
        publish = begun.publish;
        stdin = begun.stdin;
        for (const chunk of pending.splice(0)) stdin.write(chunk);
        say({ type: 'live' });
      })
      .catch(() => ws.close(1011, 'error'));
  }
}
