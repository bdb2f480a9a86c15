import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import { DataSource } from 'typeorm';
import type { Viewer } from '@ketnoi/platform';
import { OBJECT_STORAGE, type ObjectStorage } from '@ketnoi/platform/storage/object-storage';
import { UploadsService } from '@ketnoi/platform/storage/uploads';
import { BroadcastPriority, BroadcastsService } from '@ketnoi/broadcasts';

/** DejaVu Sans carries every Vietnamese diacritic; the standard PDF fonts do not. */
function dejavu(): Buffer {
  return readFileSync(join(require.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf', 'DejaVuSans.ttf'));
}

/** A one-page official-looking PDF (A4) with the given heading and paragraphs. */
export async function demoPdf(heading: string, number: string, issuer: string, paragraphs: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(heading);
  doc.setProducer('Ketnoi demo');
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  const font = await doc.embedFont(dejavu(), { subset: true });
  const page = doc.addPage([595, 842]);
  let y = 790;
  const line = (text: string, size: number, x = 56) => {
    page.drawText(text, { x, y, size, font, color: rgb(0.1, 0.1, 0.1) });
    y -= size + 8;
  };
  line(issuer.toUpperCase(), 11);
  line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc', 9);
  line(`Số: ${number}`, 10);
  y -= 16;
  line(heading, 15);
  y -= 8;
  for (const p of paragraphs) {
    // Wrap by width.
    const words = p.split(' ');
    let current = '';
    for (const w of words) {
      const next = current ? `${current} ${w}` : w;
      if (font.widthOfTextAtSize(next, 11) > 480) {
        line(current, 11);
        current = w;
      } else current = next;
    }
    if (current) line(current, 11);
    y -= 6;
  }
  y -= 20;
  line('(Văn bản minh hoạ cho bản trình diễn Ketnoi — không có giá trị pháp lý.)', 9);
  return Buffer.from(await doc.save());
}

interface DemoBroadcast {
  by: 'bo.yte' | 'so.yte.hanoi';
  title: string;
  documentNumber: string;
  issuer: string;
  body: string;
  priority: BroadcastPriority;
  requireAck: boolean;
  target: { provinceCodes?: string[]; professions?: string[]; facilityLevels?: string[] };
  /** Demo handles (verified generated accounts, deterministic) who acknowledge or only read it. */
  acknowledgedBy: string[];
  readBy: string[];
}

const BROADCASTS: DemoBroadcast[] = [
  {
    by: 'bo.yte',
    title: 'Hướng dẫn phòng, chống sốt xuất huyết Dengue mùa mưa 2026',
    documentNumber: '1520/QĐ-BYT',
    issuer: 'Bộ Y tế',
    body: 'Bộ Y tế ban hành hướng dẫn chẩn đoán, điều trị và phòng chống sốt xuất huyết Dengue mùa mưa 2026. Các cơ sở khám bệnh, chữa bệnh tổ chức phổ biến tới toàn bộ nhân viên y tế và báo cáo ca bệnh theo quy định.',
    priority: BroadcastPriority.HIGH,
    requireAck: true,
    target: {},
    acknowledgedBy: ['bs.lan', 'hoa.pham.5'],
    readBy: ['son.ho.15'],
  },
  {
    by: 'bo.yte',
    title: 'Quy định mới về cập nhật kiến thức y khoa liên tục cho điều dưỡng',
    documentNumber: '15/2026/TT-BYT',
    issuer: 'Bộ Y tế',
    body: 'Thông tư quy định số giờ cập nhật kiến thức y khoa liên tục tối thiểu đối với điều dưỡng, hình thức ghi nhận và thời hạn báo cáo. Điều dưỡng vui lòng đọc và xác nhận đã nắm được quy định.',
    priority: BroadcastPriority.NORMAL,
    requireAck: true,
    target: { professions: ['NURSE'] },
    acknowledgedBy: ['hoa.pham.5', 'dung.nguyen.39'],
    readBy: [],
  },
  {
    by: 'bo.yte',
    title: 'Lịch tiêm chủng mở rộng quý III/2026',
    documentNumber: '2210/BYT-DP',
    issuer: 'Bộ Y tế',
    body: 'Công văn về lịch triển khai tiêm chủng mở rộng quý III/2026 tại trạm y tế xã, phường. Trạm y tế chủ động rà soát đối tượng và dự trù vắc xin.',
    priority: BroadcastPriority.NORMAL,
    requireAck: false,
    target: { facilityLevels: ['INITIAL'] },
    acknowledgedBy: [],
    readBy: ['tam.dang.31'],
  },
  {
    by: 'so.yte.hanoi',
    title: 'Tăng cường trực cấp cứu dịp nghỉ lễ 2/9 trên địa bàn Hà Nội',
    documentNumber: '3105/SYT-NVY',
    issuer: 'Sở Y tế Hà Nội',
    body: 'Sở Y tế Hà Nội đề nghị các bệnh viện, trung tâm y tế và trạm y tế trên địa bàn bố trí đủ nhân lực trực cấp cứu 24/24 giờ dịp nghỉ lễ, báo cáo tình hình trực về Sở trước 16 giờ hằng ngày.',
    priority: BroadcastPriority.URGENT,
    requireAck: true,
    target: {},
    acknowledgedBy: ['bs.lan'],
    readBy: [],
  },
];

/**
 * Demo policy broadcasts (only into an empty database, from SeedService): made through the
 * real upload and publish paths, so PDFs are stored verbatim with their SHA-256 and reads /
 * acknowledgements are ordinary rows.
 */
@Injectable()
export class DemoBroadcastsSeeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uploads: UploadsService,
    private readonly broadcasts: BroadcastsService,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
  ) {}

  async seed(): Promise<number> {
    const rows: { id: string; handle: string; roles: string[]; facility_id: string | null; province_code: string | null }[] = await this.dataSource.query(
      `SELECT u.id, split_part(u.email, '@', 1) AS handle, u.roles, u.facility_id, coalesce(u.scope_province_code, f.province_code) AS province_code
         FROM users u LEFT JOIN facilities f ON f.id = u.facility_id
        WHERE u.verification_status = 'VERIFIED' AND split_part(u.email, '@', 1) = ANY($1)`,
      [['bo.yte', 'so.yte.hanoi', ...new Set(BROADCASTS.flatMap((b) => [...b.acknowledgedBy, ...b.readBy]))]],
    );
    const viewers = new Map(
      rows.map((r): [string, Viewer] => [
        r.handle,
        { id: r.id, sessionId: 'demo-seed', roles: r.roles, verificationStatus: 'VERIFIED', facilityId: r.facility_id, provinceCode: r.province_code },
      ]),
    );
    let made = 0;
    for (const [i, b] of BROADCASTS.entries()) {
      const publisher = viewers.get(b.by);
      if (!publisher) continue;
      const bytes = await demoPdf(b.title, b.documentNumber, b.issuer, [b.body]);
      const fileName = `${b.documentNumber.replace(/[^\p{L}\p{N}-]+/gu, '-')}.pdf`;
      const ticket = await this.uploads.requestUpload(publisher, {
        purpose: 'BROADCAST_DOCUMENT',
        fileName,
        contentType: 'application/pdf',
        size: bytes.length,
      });
      await this.storage.write(ticket.uploadId, bytes, 'application/pdf');
      const att = await this.uploads.completeUpload(publisher, ticket.uploadId);
      const id = await this.broadcasts.publish(publisher, {
        clientId: `demo-broadcast-${i}`,
        title: b.title,
        body: b.body,
        documentNumber: b.documentNumber,
        issuer: b.issuer,
        priority: b.priority,
        requireAck: b.requireAck,
        attachmentIds: [att.id],
        target: b.target as never,
      });
      for (const h of b.acknowledgedBy) {
        const v = viewers.get(h);
        if (v) await this.broadcasts.acknowledge(v, id);
      }
      for (const h of b.readBy) {
        const v = viewers.get(h);
        if (v) await this.broadcasts.markRead(v, id);
      }
      made++;
    }
    return made;
  }
}
