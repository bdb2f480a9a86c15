import { Controller, Get, Header, Inject, NotFoundException, Req } from '@nestjs/common';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Access } from '../auth/access';
import { Mailer } from './mailer';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A request made on this machine: the operator's own browser, not someone else on the ward's network. */
export const fromLoopback = (address: string | undefined) => !!address && (/^127\./.test(address) || address === '::1' || /^::ffff:127\./.test(address));

/**
 * GET /dev/outbox: the local outbox for the operator. It holds password-reset links, so it
 * answers only outside production, without SMTP_URL, and only to requests from this machine
 * (the socket's address, never a forwarded header): `npm start` on a ward PC listens on the
 * network, and anyone there could otherwise take over an account. 404 otherwise.
 */
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
  page(@Req() req: Request): string {
    if (this.config.env === 'production' || !this.mailer.local || !fromLoopback(req.socket.remoteAddress)) throw new NotFoundException();
    const items = this.mailer.outbox();
    const rows = items
      .map(
        (m) =>
          `<article><h2>${escapeHtml(m.subject)}</h2><p><strong>To:</strong> ${escapeHtml(m.to)} · <time>${escapeHtml(m.sentAt)}</time></p><pre>${escapeHtml(m.text)}</pre></article><hr>`,
      )
      .join('\n');
    return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Hộp thư gửi đi (phát triển) — Outbox</title>
</head>
<body><h1>Hộp thư gửi đi — Outbox</h1><p>Chỉ mở trên chính máy này, khi không đặt SMTP_URL và không chạy production. / Only on this machine, without SMTP_URL, outside production.</p>
${rows || '<p>Chưa có thư nào. / No messages yet.</p>'}</body></html>`;
  }
}
