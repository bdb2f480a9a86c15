import { Inject, Injectable } from '@nestjs/common';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, LOGGER, OBJECT_STORAGE, ObjectStorage, safeError } from '@ketnoi/platform';
import { UploadsService } from '@ketnoi/platform/storage/uploads';
import { LiveSessionEntity } from './entities';
import { joinPlaylists } from './media/media-gateway';
import { locateFfmpeg, runFfmpeg } from './media/ffmpeg';

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

  /** `dir` holds one folder per publish (p<N>/index.m3u8 and its segments). */
  async store(sessionId: string, dir: string): Promise<void> {
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
