import { Inject, Injectable } from '@nestjs/common';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, LOGGER, safeError, type Viewer } from '@ketnoi/platform';
import {
  AttendanceService,
  LiveAudience,
  LiveSessionEntity,
  LiveSessionsService,
  ProgrammesService,
  RecordingService,
  SEGMENT_SECONDS,
  locateFfmpeg,
  runFfmpeg,
} from '@ketnoi/live';

const HOUR = 3600_000;

/**
 * Live demo data: an upcoming public session by Dr Lan, a training programme of the Bạch Mai
 * network with a session, and a past session with a short recording made here with ffmpeg's
 * test source (skipped, with a log line, when no ffmpeg can be found), attended and
 * credited for Hạnh so her training ledger has an entry.
 */
@Injectable()
export class DemoLiveSeeder {
  private readonly logger: Logger;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: LiveSessionsService,
    private readonly programmes: ProgrammesService,
    private readonly recordings: RecordingService,
    private readonly attendance: AttendanceService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'seed.live' });
  }

  async seed(byHandle: Map<string, Viewer>, groupIds: Map<string, string>): Promise<void> {
    const lan = byHandle.get('bs.lan');
    const bachMai = byHandle.get('admin.bachmai');
    const hanh = byHandle.get('hanh.do.32');
    if (!lan || !bachMai) return;
    const tomorrow = new Date(Date.now() + 24 * HOUR);
    tomorrow.setUTCHours(7, 0, 0, 0); // 14:00 in Hà Nội
    await this.sessions.schedule(lan, {
      title: 'Cập nhật điều trị suy tim mạn 2026 cho tuyến cơ sở',
      description: 'Khuyến cáo mới, chỉnh liều thuốc và theo dõi tại trạm y tế. Có phần hỏi đáp.',
      audience: LiveAudience.PUBLIC,
      scheduledStart: tomorrow,
      scheduledMinutes: 60,
      cmeHours: 1.5,
    });
    const network = groupIds.get('bach-mai');
    if (network) {
      const programme = await this.programmes.create(
        bachMai,
        network,
        'Tim mạch cho tuyến xã 2026',
        'Chuỗi 6 buổi tập huấn trực tuyến cho trạm y tế và trung tâm y tế khu vực.',
      );
      await this.sessions.schedule(bachMai, {
        title: 'Buổi 1: Đọc điện tâm đồ cơ bản',
        audience: LiveAudience.GROUP,
        programmeId: programme.id,
        scheduledStart: new Date(tomorrow.getTime() + 2 * 24 * HOUR),
        scheduledMinutes: 90,
        cmeHours: 2,
      });
    }
    await this.pastSession(lan, hanh).catch((e) => this.logger.warn({ ...safeError(e) }, 'demo past session skipped'));
  }

  private async pastSession(host: Viewer, attendee: Viewer | undefined): Promise<void> {
    const ffmpeg = locateFfmpeg(this.config.live.ffmpegPath);
    if (!ffmpeg.path) return this.logger.warn('no ffmpeg: the demo past session has no recording');
    const session = await this.sessions.schedule(host, {
      title: 'Sơ cứu ngừng tuần hoàn ngoài bệnh viện (bản ghi)',
      description: 'Buổi tập huấn đã phát: xem lại bản ghi.',
      audience: LiveAudience.PUBLIC,
      scheduledStart: new Date(Date.now() + HOUR),
      scheduledMinutes: 30,
      cmeHours: 0.5,
    });
    const endedAt = new Date(Date.now() - 2 * 24 * HOUR);
    const startedAt = new Date(endedAt.getTime() - 30 * 60_000);
    await this.dataSource.manager.update(LiveSessionEntity, { id: session.id }, { status: 'ENDED', scheduledStart: startedAt, startedAt, endedAt });
    const dir = await mkdtemp(join(tmpdir(), 'ketnoi-demo-live-'));
    try {
      await mkdir(join(dir, 'p0'));
      await runFfmpeg(ffmpeg.path, [
        ...['-f', 'lavfi', '-i', 'testsrc=size=640x360:rate=25', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=44100', '-t', '8'],
        ...['-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p', '-g', '25', '-c:a', 'aac', '-ac', '2'],
        ...['-f', 'hls', '-hls_time', String(SEGMENT_SECONDS * 2), '-hls_list_size', '0', '-hls_playlist_type', 'vod'],
        ...['-hls_segment_filename', join(dir, 'p0', 'seg%05d.ts'), join(dir, 'p0', 'index.m3u8')],
      ]);
      await this.recordings.store(session.id, dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    if (attendee) {
      await this.dataSource.query(`INSERT INTO live_attendance (session_id, user_id, first_joined_at, seconds_watched) VALUES ($1, $2, $3, 1700)`, [
        session.id,
        attendee.id,
        startedAt,
      ]);
      await this.attendance.credit(session.id);
    }
  }
}
