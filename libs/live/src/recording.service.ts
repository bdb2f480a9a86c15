import { Inject, Injectable } from '@nestjs/common';
import { mkdir, mkdtemp, readFile, readdir, realpath, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, sep } from 'node:path';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, LOGGER, OBJECT_STORAGE, ObjectStorage, safeError } from '@ketnoi/platform';
import { UploadsService } from '@ketnoi/platform/storage/uploads';
import { LiveSessionEntity } from './entities';
import { LiveStatus } from './types';
import { joinPlaylists } from './media/media-gateway';
import { locateFfmpeg, runFfmpeg } from './media/ffmpeg';
import { externalStageDir } from './media/external-gateway';

export const RECORDING_PURPOSE = 'LIVE_RECORDING';

/** Object keys of a session's recording: `live-rec-<session>-index.m3u8`, `live-rec-<session>-p<N>-seg<K>.ts`. */
export const recordingPrefix = (sessionId: string) => `live-rec-${sessionId}-`;

/**
 * Stores a session's recording once its media is complete: every publish's HLS segments and
 * one VOD playlist over them (played through the same signed playback URLs), plus one MP4
 * (remuxed, not re-encoded) as the session's `recording` attachment.
 */
@Injectable()
export class RecordingService {
  private readonly logger: Logger;

  constructor(
    private readonly dataSource: DataSource,
    private readonly uploads: UploadsService,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'live.recording' });
  }

  /** Hand-offs per session, one at a time (each re-stores the session's parts so far). */
  private readonly handOffs = new Map<string, Promise<void>>();

  /** Where external recordings are staged: one folder per session, one `p<time>` sub-folder per recorded file (the layout `store` reads). */
  externalStage(sessionId: string): string {
    return externalStageDir(this.config.dataDir, sessionId);
  }

  /** One piece of work per session at a time (hand-offs and stores). */
  private serial(sessionId: string, work: () => Promise<void>): Promise<void> {
    const run = (this.handOffs.get(sessionId) ?? Promise.resolve()).then(work);
    const tail = run.catch(() => undefined);
    this.handOffs.set(sessionId, tail);
    void tail.then(() => this.handOffs.get(sessionId) === tail && this.handOffs.delete(sessionId));
    return run;
  }

  /**
   * `/live/hooks/recording` (external media): which session a finished recording file belongs to, or why it is refused.
   * The key must be a session's current one and that session LIVE (a publish that stopped) or ENDED; the file must
   * be a regular file inside LIVE_RECORDINGS_DIR once links are resolved.
   */
  async checkHandOff(streamKey: string, path: string): Promise<{ sessionId: string; file: string } | { refused: 'key' | 'path' }> {
    const root = this.config.live.recordingsDir;
    if (!root || !path || !isAbsolute(path) || path.includes('\0')) return { refused: 'path' };
    let file: string;
    try {
      const base = await realpath(root);
      file = await realpath(path);
      if (!file.startsWith(base + sep) || !(await stat(file)).isFile()) return { refused: 'path' };
    } catch {
      return { refused: 'path' };
    }
    if (!/^[A-Za-z0-9_-]{8,100}$/.test(streamKey)) return { refused: 'key' };
    const session = await this.dataSource.manager.findOne(LiveSessionEntity, { where: { streamKey }, select: { id: true, status: true } });
    if (!session || (session.status !== LiveStatus.LIVE && session.status !== LiveStatus.ENDED)) return { refused: 'key' };
    return { sessionId: session.id, file };
  }

  /**
   * A recorded file (FLV from nginx-rtmp's `record`, or anything ffmpeg reads with H.264/AAC) becomes one more
   * publish of the session: remuxed (not re-encoded) into HLS under `externalStage`, the source file removed.
   * Once the session has ENDED every part so far is stored with `store` (HLS in object storage + MP4 attachment),
   * so a part arriving after the end (the usual case: ending drops the push) re-stores the whole recording.
   */
  handOff(sessionId: string, file: string): Promise<void> {
    return this.serial(sessionId, () => this.stageAndStore(sessionId, file));
  }

  private async stageAndStore(sessionId: string, file: string): Promise<void> {
    const ffmpeg = locateFfmpeg(this.config.live.ffmpegPath);
    if (ffmpeg.path === null) throw new Error(ffmpeg.problem);
    const stage = this.externalStage(sessionId);
    const names = await readdir(stage).catch(() => [] as string[]);
    const next = Math.max(Date.now(), ...names.filter((n) => /^p\d+$/.test(n)).map((n) => Number(n.slice(1)) + 1));
    const part = join(stage, `p${next}`);
    await mkdir(part, { recursive: true });
    try {
      await runFfmpeg(
        ffmpeg.path,
        [
          '-i',
          file,
          '-map',
          '0:v:0?',
          '-map',
          '0:a:0?',
          '-c',
          'copy',
          '-f',
          'hls',
          '-hls_time',
          '2',
          '-hls_playlist_type',
          'vod',
          '-hls_segment_filename',
          join(part, 'seg%05d.ts'),
          join(part, 'index.m3u8'),
        ],
        300_000,
      );
    } catch (e) {
      await rm(part, { recursive: true, force: true });
      throw e;
    }
    await unlink(file).catch(() => undefined);
    await this.storeIfEnded(sessionId);
  }

  /** Stores the staged parts when the session has ENDED. */
  private async storeIfEnded(sessionId: string): Promise<void> {
    const session = await this.dataSource.manager.findOne(LiveSessionEntity, { where: { id: sessionId }, select: { id: true, status: true } });
    if (session?.status !== LiveStatus.ENDED) return;
    const stage = this.externalStage(sessionId);
    if ((await readdir(stage).catch(() => [])).length) await this.storeNow(sessionId, stage);
  }

  /** `dir` holds one folder per publish (p<N>/index.m3u8 and its segments). */
  store(sessionId: string, dir: string): Promise<void> {
    return this.serial(sessionId, () => this.storeNow(sessionId, dir));
  }

  private async storeNow(sessionId: string, dir: string): Promise<void> {
    const session = await this.dataSource.manager.findOneBy(LiveSessionEntity, { id: sessionId });
    if (!session) return;
    await this.dataSource.manager.update(LiveSessionEntity, { id: sessionId }, { recordingStatus: 'PROCESSING' });
    try {
      const names = (await readdir(dir)).filter((n) => /^p\d+$/.test(n)).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
      const parts: { name: string; playlist: string }[] = [];
      for (const name of names) {
        const playlist = await readFile(join(dir, name, 'index.m3u8'), 'utf8').catch(() => '');
        if (playlist.includes('#EXTINF')) parts.push({ name, playlist });
      }
      if (!parts.length) {
        await this.dataSource.manager.update(LiveSessionEntity, { id: sessionId }, { recordingStatus: 'NONE' });
        return;
      }
      const { playlist, files } = joinPlaylists(parts);
      const prefix = recordingPrefix(sessionId);
      for (const f of files) await this.storage.write(prefix + f.to, await readFile(join(dir, f.from)), 'video/mp2t');
      await this.storage.write(`${prefix}index.m3u8`, Buffer.from(playlist), 'application/vnd.apple.mpegurl');
      const attachmentId = await this.mp4(session, dir, files).catch((e: unknown) => {
        this.logger.warn({ ...safeError(e), sessionId }, 'recording MP4 not made (HLS recording kept)');
        return null;
      });
      await this.dataSource.manager.update(
        LiveSessionEntity,
        { id: sessionId },
        { recordingStatus: 'READY', recordingPrefix: prefix, recordingAttachmentId: attachmentId },
      );
      // made again with a part that arrived late (external media): the earlier MP4 is withdrawn
      const previous = session.recordingAttachmentId;
      if (previous && previous !== attachmentId)
        await this.uploads.removeObjects(await this.uploads.withdraw(this.dataSource.manager, session.hostId, previous));
      this.logger.info({ sessionId, segments: files.length }, 'recording stored');
    } catch (e) {
      this.logger.error({ ...safeError(e), sessionId }, 'recording failed');
      await this.dataSource.manager.update(LiveSessionEntity, { id: sessionId }, { recordingStatus: 'FAILED' });
    }
  }

  private async mp4(session: LiveSessionEntity, dir: string, files: { from: string; to: string }[]): Promise<string | null> {
    const ffmpeg = locateFfmpeg(this.config.live.ffmpegPath);
    if (!ffmpeg.path) return null;
    const work = await mkdtemp(join(tmpdir(), 'ketnoi-rec-'));
    try {
      const list = join(work, 'list.txt');
      await writeFile(list, files.map((f) => `file '${join(dir, f.from).replace(/'/g, "'\\''")}'`).join('\n'));
      const out = join(work, 'recording.mp4');
      await runFfmpeg(
        ffmpeg.path,
        ['-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', '-bsf:a', 'aac_adtstoasc', '-movflags', '+faststart', out],
        300_000,
      );
      if (!(await stat(out)).size) return null;
      const name = `${
        session.title
          .replace(/[^\p{L}\p{N} _-]+/gu, '')
          .trim()
          .slice(0, 80) || 'ban-ghi'
      }.mp4`;
      const attachment = await this.uploads.storeGenerated(session.hostId, RECORDING_PURPOSE, name, 'video/mp4', await readFile(out));
      return attachment.id;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
}
