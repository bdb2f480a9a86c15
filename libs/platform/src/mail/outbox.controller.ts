import { Controller, Get, Header, Inject, NotFoundException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Access } from '../auth/access';
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
  @Access.public()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  page(): string {
    if (this.config.env === 'production' || !this.mailer.local) throw new NotFoundException();
    const items = this.mailer.outbox();
    const rows = items
      .map(
        (m) =>
          `<article><h2>${escapeHtml(m.subject)}</h2><p><strong>To:</strong> ${escapeHtml(m.to)} · <time>${escapeHtml(m.sentAt)}</time></p><pre>${escapeHtml(m.text)}</pre></article><hr>`,
      )
      .join('\n');
    return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Hộp thư gửi đi (phát triển) — Outbox</title>
</head>
<body><h1>Hộp thư gửi đi — Outbox</h1><p>Chỉ có khi không đặt SMTP_URL và không chạy production. / Only without SMTP_URL, outside production.</p>
${rows || '<p>Chưa có thư nào. / No messages yet.</p>'}</body></html>`;
  }
}
