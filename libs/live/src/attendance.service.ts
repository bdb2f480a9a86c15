import { Inject, Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import {
  OBJECT_STORAGE,
  ObjectStorage,
  RequestLoaders,
  byKeys,
  conflict,
  cursorAt,
  decodeCursor,
  defineLoader,
  isUuid,
  newId,
  pageSize,
  toConnection,
  type Connection,
  type Viewer,
} from '@ketnoi/platform';
import { UsersService } from '@ketnoi/identity';
import { LiveAttendanceEntity } from './entities';
import { LiveAccess, LiveClock } from './live-access';
import {
  allCredits,
  attendanceByKeys,
  attendancePage,
  beat,
  creditHoursByKeys,
  creditPage,
  leave,
  ledgerTotals,
  viewerCounts,
  writeCredits,
  MAX_GAP_SECONDS,
} from './live.queries';

/** Exports (CSV, certificates) are downloadable this long. */
export const EXPORT_URL_SECONDS = 300;

const NOT_LIVE = 'Buổi này chưa bắt đầu hoặc đã kết thúc.';

const pairKey = (userId: string, sessionId: string) => `${userId}:${sessionId}`;
const splitKey = (k: string) => ({ userId: k.slice(0, 36), sessionId: k.slice(37) });

/**
 * Attendance from the player's heartbeats, CME credit when a session ends, and the
 * attendee's training ledger. Time counts only between two heartbeats of the same person
 * (≤ 45 s per gap, all tabs and devices together) while the session is LIVE.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: LiveAccess,
    private readonly users: UsersService,
    private readonly clock: LiveClock,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
  ) {}

  /** Keys `${userId}:${sessionId}`. */
  readonly attendanceOf = defineLoader<string, LiveAttendanceEntity | null>('liveAttendance', async (keys) => {
    const pairs = keys.map(splitKey).filter((p) => isUuid(p.userId) && isUuid(p.sessionId));
    return byKeys(keys, await attendanceByKeys(this.dataSource.manager, pairs), (a) => pairKey(a.userId, a.sessionId));
  });

  /** Keys `${userId}:${sessionId}`: the hours credited, or null. */
  readonly creditedHours = defineLoader<string, number | null>('liveCreditedHours', async (keys) => {
    const map = await creditHoursByKeys(
      this.dataSource.manager,
      keys.map(splitKey).filter((p) => isUuid(p.userId) && isUuid(p.sessionId)),
    );
    return keys.map((k) => map.get(k) ?? null);
  });

  readonly viewerCount = defineLoader<string, number>('liveViewerCount', async (ids) => {
    const since = new Date(this.clock.now().getTime() - MAX_GAP_SECONDS * 1000);
    const map = await viewerCounts(this.dataSource.manager, ids.filter(isUuid), since);
    return ids.map((id) => map.get(id) ?? 0);
  });

  /** Join and heartbeat are the same step: count the gap since the last beat (≤ 45 s), beat now. */
  async beat(viewer: Viewer, sessionId: string): Promise<LiveAttendanceEntity> {
    await this.access.requireWatch(viewer, sessionId);
    const row = await beat(this.dataSource.manager, sessionId, viewer.id, this.clock.now());
    if (!row) throw conflict(NOT_LIVE);
    return row;
  }

  async leave(viewer: Viewer, sessionId: string): Promise<LiveAttendanceEntity> {
    await this.access.requireWatch(viewer, sessionId);
    const row = await leave(this.dataSource.manager, sessionId, viewer.id, this.clock.now());
    if (!row) throw conflict('Bạn chưa tham gia buổi này.');
    return row;
  }

  async list(
    viewer: Viewer,
    sessionId: string,
    loaders: RequestLoaders,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<LiveAttendanceEntity>> {
    await this.access.canSeeAttendance(viewer, sessionId, loaders);
    const size = pageSize(first);
    const rows = await attendancePage(this.dataSource.manager, sessionId, size + 1, decodeCursor(after, ['int', 'uuid']));
    return toConnection(rows, size, (a) => [a.secondsWatched, a.userId]);
  }

  /** The attendance list as CSV (UTF-8 with BOM, so spreadsheet programs read Vietnamese names); a short-lived URL. */
  async exportCsv(viewer: Viewer, sessionId: string, loaders: RequestLoaders): Promise<string> {
    const session = await this.access.canSeeAttendance(viewer, sessionId, loaders);
    const rows: LiveAttendanceEntity[] = [];
    for (let after: [number, string] | null = null; ;) {
      const page = await attendancePage(this.dataSource.manager, sessionId, 501, after);
      rows.push(...page.slice(0, 500));
      if (page.length <= 500) break;
      const last = page[499];
      after = [last.secondsWatched, last.userId];
    }
    const people = await loaders.get(this.users.userById).loadMany(rows.map((r) => r.userId));
    const credited = await loaders.get(this.creditedHours).loadMany(rows.map((r) => pairKey(r.userId, sessionId)));
    const cell = (v: unknown) => {
      const s = v === null || v === undefined ? '' : String(v);
      const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s; // no formulas in spreadsheets
      return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    };
    const lines = [['Họ tên', 'Mã người dùng', 'Vào lần đầu', 'Số phút đã xem', 'Giờ CME được cấp'].join(',')];
    rows.forEach((r, i) => {
      const person = people[i];
      const name = person && !(person instanceof Error) ? person.fullName : '';
      const hours = credited[i];
      lines.push(
        [name, r.userId, r.firstJoinedAt?.toISOString() ?? '', (r.secondsWatched / 60).toFixed(1), typeof hours === 'number' ? hours : ''].map(cell).join(','),
      );
    });
    const key = `live-attendance-${session.id}-${newId()}.csv`;
    await this.storage.write(key, Buffer.from('\ufeff' + lines.join('\r\n') + '\r\n', 'utf8'), 'text/csv; charset=utf-8');
    return this.storage.presignGet(key, { expiresSeconds: EXPORT_URL_SECONDS, contentType: 'text/csv; charset=utf-8' });
  }

  // ---------- credit and ledger ----------

  /** The credit job: idempotent (one credit per person and session). */
  async credit(sessionId: string): Promise<number> {
    return writeCredits(this.dataSource.manager, sessionId, this.clock.now());
  }

  async ledger(viewer: Viewer): Promise<{ totalHours: number; hoursLast5Years: number }> {
    const since = new Date(this.clock.now());
    since.setFullYear(since.getFullYear() - 5);
    const { total, recent } = await ledgerTotals(this.dataSource.manager, viewer.id, since);
    return { totalHours: total, hoursLast5Years: recent };
  }

  async credits(viewer: Viewer, first?: number | null, after?: string | null) {
    const size = pageSize(first);
    const rows = await creditPage(this.dataSource.manager, viewer.id, size + 1, cursorAt(after));
    return toConnection(rows, size, (c) => [c.earnedAt.toISOString(), c.id]);
  }

  /** A PDF certificate of the viewer's credits, with a font that has Vietnamese diacritics; a short-lived URL. */
  async exportLedger(viewer: Viewer, loaders: RequestLoaders): Promise<string> {
    const me = await loaders.get(this.users.userById).load(viewer.id);
    const credits = await allCredits(this.dataSource.manager, viewer.id);
    const pdf = await ledgerPdf(me?.fullName ?? '', credits, this.clock.now());
    const key = `live-ledger-${viewer.id}-${newId()}.pdf`;
    await this.storage.write(key, Buffer.from(pdf), 'application/pdf');
    return this.storage.presignGet(key, { expiresSeconds: EXPORT_URL_SECONDS, contentType: 'application/pdf' });
  }
}

let fonts: { regular: Buffer; bold: Buffer } | undefined;
function dejaVu() {
  // DejaVu Sans covers Vietnamese (precomposed letters with two diacritics, đ, ơ, ư).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dir = require('node:path').dirname(require.resolve('dejavu-fonts-ttf/package.json')) as string;
  return (fonts ??= { regular: readFileSync(`${dir}/ttf/DejaVuSans.ttf`), bold: readFileSync(`${dir}/ttf/DejaVuSans-Bold.ttf`) });
}

const dateVi = (d: Date) => d.toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });
const hoursVi = (h: number) => h.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** "Giấy chứng nhận": the attendee, each credited session, the total. Text is NFC so each letter is one glyph. */
export async function ledgerPdf(fullName: string, credits: { title: string; hours: number; earnedAt: Date }[], now: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const { regular, bold } = dejaVu();
  const font = await doc.embedFont(regular, { subset: true });
  const heavy = await doc.embedFont(bold, { subset: true });
  doc.setTitle('Giấy chứng nhận giờ đào tạo liên tục');
  doc.setProducer('Ketnoi');
  const nfc = (s: string) => s.normalize('NFC');
  let page = doc.addPage([595, 842]);
  let y = 780;
  const text = (s: string, size = 11, f = font, x = 50) => {
    if (y < 60) {
      page = doc.addPage([595, 842]);
      y = 780;
    }
    page.drawText(nfc(s), { x, y, size, font: f, color: rgb(0.1, 0.1, 0.15) });
    y -= size + 8;
  };
  const fit = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, heavy, 150);
  text('Độc lập – Tự do – Hạnh phúc', 11, font, 205);
  y -= 20;
  text('GIẤY CHỨNG NHẬN GIỜ ĐÀO TẠO Y KHOA LIÊN TỤC (CME)', 15, heavy, 75);
  y -= 10;
  text(`Chứng nhận ông/bà: ${fullName}`, 12);
  text(`đã tham dự các buổi đào tạo trực tuyến trên Kết nối Y tế (Ketnoi) dưới đây:`, 11);
  y -= 6;
  text('Ngày        Số giờ   Buổi đào tạo', 10, heavy);
  let total = 0;
  for (const c of credits) {
    total += c.hours;
    text(`${dateVi(c.earnedAt)}   ${hoursVi(c.hours).padStart(5)}    ${fit(c.title, 60)}`, 10);
  }
  if (!credits.length) text('(Chưa có buổi nào được ghi nhận.)', 10);
  y -= 10;
  text(`Tổng số giờ: ${hoursVi(total)} giờ`, 12, heavy);
  text(`Cấp ngày ${dateVi(now)} — đối chiếu tại hồ sơ đào tạo của người tham dự trên Ketnoi.`, 9);
  return doc.save({ useObjectStreams: false });
}
