import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { Access, LOGGER, safeError } from '@ketnoi/platform';
import { professionByCode, specialtyByCode, provinceByCode } from '@ketnoi/reference';
import { WorkforceIndicators, SEX_LABELS } from './indicators.service';
import { rosterTemplateCsv } from './roster-file';
import { exportBatch } from './workforce.queries';

/** Rows fetched per statement while exporting: memory stays at one batch whatever the size. */
export const EXPORT_BATCH = 2000;

const HEADERS = [
  'Họ tên',
  'Nghề nghiệp',
  'Chuyên khoa',
  'Giới tính',
  'Năm sinh',
  'Số GPHN',
  'GPHN hết hạn',
  'Chức vụ',
  'Giờ CME',
  'Cơ sở',
  'Tỉnh/thành phố',
  'Nguồn',
];

/** One CSV field; a leading = + - @ is neutralised so spreadsheets never run it as a formula. */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The signed export link (exportWorkforce) and the roster template, under /exports (an API
 * path: the web app's SPA fallback leaves it alone). The link's HMAC is the
 * authorisation (like presigned storage URLs), so the routes are public; the scope inside it
 * was checked when the link was issued and the link lives 5 minutes.
 */
@Controller('exports')
export class WorkforceExportController {
  private readonly logger: Logger;

  constructor(
    private readonly dataSource: DataSource,
    private readonly indicators: WorkforceIndicators,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'workforce.export' });
  }

  @Get('roster-template.csv')
  @Access.public()
  template(@Res() res: Response): void {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="mau-danh-sach-nhan-su.csv"`);
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.send(rosterTemplateCsv());
  }

  @Get('workforce.csv')
  @Access.public()
  async export(@Query('t') token: unknown, @Res() res: Response): Promise<void> {
    const scope = typeof token === 'string' && token.length < 2000 ? this.indicators.verifyExport(token) : null;
    if (!scope) {
      res.status(403).type('text/plain; charset=utf-8').send('Liên kết tải xuống không hợp lệ hoặc đã hết hạn. Hãy bấm “Xuất CSV” lại.');
      return;
    }
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="nhan-luc-y-te.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    const write = (chunk: string) => (res.write(chunk) ? Promise.resolve() : new Promise<void>((resolve) => res.once('drain', () => resolve())));
    let rows = 0;
    try {
      await write(`\uFEFF${HEADERS.join(',')}\r\n`);
      let after: readonly [string, string] | null = null;
      for (;;) {
        if (res.destroyed) return;
        const batch = await exportBatch(this.dataSource.manager, scope, after, EXPORT_BATCH);
        if (!batch.length) break;
        let out = '';
        for (const r of batch) {
          out +=
            [
              r.full_name,
              professionByCode(r.profession)?.nameVi ?? r.profession,
              r.specialty_code ? (specialtyByCode(r.specialty_code)?.name ?? r.specialty_code) : '',
              SEX_LABELS[r.sex] ?? r.sex,
              r.birth_year,
              r.license_number,
              r.license_valid_until,
              r.position,
              r.cme_hours,
              r.facility_name,
              provinceByCode(r.province_code)?.name ?? r.province_code,
              r.user_id ? 'Thành viên' : 'Danh sách nhập',
            ]
              .map(csvField)
              .join(',') + '\r\n';
        }
        rows += batch.length;
        await write(out);
        const last = batch[batch.length - 1];
        after = [last.search_text, last.id];
        if (batch.length < EXPORT_BATCH) break;
      }
      res.end();
      this.logger.info({ rows }, 'workforce export streamed');
    } catch (e) {
      this.logger.warn({ rows, ...safeError(e) }, 'workforce export failed');
      res.destroy();
    }
  }
}
