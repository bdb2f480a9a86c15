import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response, NextFunction } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig, LOGGER, OBJECT_STORAGE, ObjectStorage, baseSecurityHeaders, isUuid, safeError } from '@ketnoi/platform';
import { LiveSessionEntity } from './entities';
import { EmbeddedMediaGateway } from './media/embedded-gateway';
import { ExternalMediaGateway } from './media/external-gateway';
import { HLS_FILE, MEDIA_GATEWAY, MediaGateway, liveWindow } from './media/media-gateway';
import { SegmentCache } from './media/segment-cache';
import { LiveSessionsService } from './sessions.service';
import { RecordingService } from './recording.service';
import { LiveStatus } from './types';

const PLAYLIST_TYPE = 'application/vnd.apple.mpegurl';
const SEGMENT_TYPE = 'video/mp2t';
export const HLS_PREFIX = '/live/hls';
/** Session state is re-read at most this often per session (one indexed read). */
const STATE_TTL_MS = 2000;

function end(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'Content-Length': 0 }).end();
}

interface SessionState {
  status: string;
  recordingPrefix: string | null;
  at: number;
}

/**
 * `GET /live/hls/<session>/<viewer token>/<file>`: the signed-URL check (an HMAC, no
 * database per segment) and then the live folder of the embedded packager or, after the
 * session, the recording in object storage. Anything else — a bad, foreign or expired token,
 * an unknown file — gets an empty 403 / 404. Also the media-server hooks (`/live/hooks/*`).
 */
@Injectable()
export class HlsHandler {
  private readonly states = new Map<string, SessionState>();
  private readonly playlists = new Map<string, { mtime: number; size: number; body: string }>();
  private readonly segments: SegmentCache;
  /** The headers every response carries, and a media CSP (nothing in it may run). */
  private readonly headers: Record<string, string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: LiveSessionsService,
    private readonly recordings: RecordingService,
    @Inject(MEDIA_GATEWAY) private readonly media: MediaGateway,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.segments = new SegmentCache(config.live.hlsCacheBytes);
    this.headers = {
      ...baseSecurityHeaders(config.env),
      'Access-Control-Allow-Origin': '*',
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
    };
  }

  private async state(sessionId: string): Promise<SessionState | null> {
    const cached = this.states.get(sessionId);
    if (cached && Date.now() - cached.at < STATE_TTL_MS) return cached;
    const row = await this.dataSource.manager.findOne(LiveSessionEntity, {
      where: { id: sessionId },
      select: { id: true, status: true, recordingPrefix: true, recordingStatus: true },
    });
    if (!row) return null;
    const state = { status: row.status, recordingPrefix: row.recordingStatus === 'READY' ? row.recordingPrefix : null, at: Date.now() };
    if (this.states.size > 10_000) this.states.clear();
    this.states.set(sessionId, state);
    return state;
  }

  /** Plain node:http (mounted in front of the web framework: a segment request is the hot path). */
  readonly hls = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return end(res, 405);
    const path = (req.url ?? '').split('?')[0].slice(HLS_PREFIX.length);
    const m = /^\/([0-9a-f-]{36})\/([A-Za-z0-9._-]{1,200})\/([A-Za-z0-9._-]{1,64})$/.exec(path);
    if (!m || !isUuid(m[1]) || !HLS_FILE.test(m[3])) return end(res, 404);
    const [, sessionId, token, file] = m;
    if (!this.sessions.tokens.verify(sessionId, token)) return end(res, 403);
    this.serve(sessionId, file, req.method === 'HEAD', res).catch(() => {
      if (!res.headersSent) end(res, 404);
      else res.destroy();
    });
  };

  private async serve(sessionId: string, file: string, head: boolean, res: ServerResponse): Promise<void> {
    const state = await this.state(sessionId);
    if (!state) return end(res, 404);
    const liveDir = state.status === LiveStatus.LIVE && this.media instanceof EmbeddedMediaGateway ? this.media.liveDir(sessionId) : null;
    let body: Buffer | string;
    let live = false;
    if (liveDir && file === 'index.m3u8') {
      body = await this.livePlaylist(join(liveDir, file));
      live = true;
    } else if (liveDir) {
      body = await this.segments.read(join(liveDir, file));
    } else if (state.status === LiveStatus.ENDED && state.recordingPrefix) {
      body = await this.storage.read(state.recordingPrefix + file);
    } else return end(res, 404);
    res.writeHead(200, {
      ...this.headers,
      'Content-Type': file.endsWith('.m3u8') ? PLAYLIST_TYPE : SEGMENT_TYPE,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': live ? 'no-cache' : 'private, max-age=300',
    });
    res.end(head ? undefined : body);
  }

  /** The live playlist as a sliding window, re-read only when the packager rewrote it. */
  private async livePlaylist(path: string): Promise<string> {
    const info = await stat(path);
    let cached = this.playlists.get(path);
    if (!cached || cached.mtime !== info.mtimeMs || cached.size !== info.size) {
      cached = { mtime: info.mtimeMs, size: info.size, body: liveWindow(await readFile(path, 'utf8')) };
      if (this.playlists.size > 1000) this.playlists.clear();
      this.playlists.set(path, cached);
    }
    return cached.body;
  }

  /**
   * nginx-rtmp (`on_publish`, `on_update`, `on_publish_done`) posts `name` = the stream key;
   * the shared secret comes as `?secret=` (nginx-rtmp cannot add headers). 2xx allows, 403 refuses.
   */
  readonly hooks = (req: Request, res: Response, next: NextFunction): void => {
    const secret = this.config.live.hookSecret;
    if (req.method !== 'POST' || !secret) return next();
    const given = Buffer.from(String(req.query.secret ?? ''));
    const wanted = Buffer.from(secret);
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return void res.status(403).end();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= 16 * 1024) chunks.push(c);
    });
    req.on('end', () => {
      const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const key = params.get('name') ?? '';
      void (async () => {
        if (req.path === '/publish-done') {
          if (this.media instanceof ExternalMediaGateway) await this.media.publishDone(key);
          return void res.status(200).end();
        }
        if (req.path === '/recording') {
          // nginx-rtmp on_record_done posts `name` (the key) and `path` (the file); 202 = taken, stored in the background
          const check = await this.recordings.checkHandOff(key, params.get('path') ?? '');
          if ('refused' in check) return void res.status(check.refused === 'path' ? 400 : 403).end();
          res.status(202).end();
          this.recordings
            .handOff(check.sessionId, check.file)
            .catch((e: unknown) => this.logger.error({ ...safeError(e), sessionId: check.sessionId }, 'recording hand-off failed'));
          return;
        }
        if (req.path !== '/publish' && req.path !== '/update') return void res.status(404).end();
        const grant = await this.sessions.authorizePublish(key);
        if (!grant) return void res.status(403).end();
        if (req.path === '/publish' && this.media instanceof ExternalMediaGateway) await this.media.publishStarted(grant.sessionId, key);
        res.status(200).end();
      })().catch(() => res.status(500).end());
    });
  };
}
