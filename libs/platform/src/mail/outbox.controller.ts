import { Controller, Get, Header, Inject, NotFoundException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Mailer } from './mailer';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** GET /dev/outbox: the local outbox for the operator, outside production only (404 in production or with SMTP_URL). */
@Controller('dev')
export class OutboxController {
  constructor(
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('outbox')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  page(): string {
    if (this.config.env === 'production' || !this.mailer.local) throw new NotFoundException();
    const items = this.mailer.outbox();
    const rows = items
      .map(
        (m) =>
          `<article><h2>${escapeHtml(m.subject)}</h2><p><strong>To:</strong> ${escapeHtml(m.to)} · <time>${escapeHtml(m.sentAt)}</time></p><pre>${escapeHtml(m.text)}</pre></article>`,
      )
      .join('\n');
    return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Hộp thư gửi đi (phát triển) — Outbox</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem}article{border:1px solid #ccc;border-radius:8px;padding:.5rem 1rem;margin:1rem 0}pre{white-space:pre-wrap;word-break:break-all}</style></head>
<body><h1>Hộp thư gửi đi — Outbox</h1><p>Chỉ có khi không đặt SMTP_URL và không chạy production. / Only without SMTP_URL, outside production.</p>
${rows || '<p>Chưa có thư nào. / No messages yet.</p>'}</body></html>`;
  }
}
