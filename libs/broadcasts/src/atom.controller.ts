import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Access } from '@ketnoi/platform';
import { BroadcastsService } from './broadcasts.service';

const xml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string);
// XML 1.0 forbids most C0 controls even escaped.
// eslint-disable-next-line no-control-regex
const clean = (s: string) => xml(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''));

/**
 * `GET /feeds/broadcasts.atom`: national broadcasts limited to no target, newest 50, as
 * Atom — what facilities link to. Links point at the public page `/chinh-sach/cong-khai/:id`.
 */
@Controller('feeds')
export class BroadcastsFeedController {
  constructor(private readonly broadcasts: BroadcastsService) {}

  @Get('broadcasts.atom')
  @Access.public()
  async atom(@Req() req: Request, @Res() res: Response): Promise<void> {
    const base = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    const page = await this.broadcasts.publicPage(50);
    const items = page.edges.map((e) => e.node);
    const updated = (items[0]?.publishedAt ?? new Date(0)).toISOString();
    const entries = items
      .map((b) => {
        const link = `${base}/chinh-sach/cong-khai/${b.id}`;
        const summary = b.documentNumber ? `${b.documentNumber} — ${b.issuer}` : b.issuer;
        return `  <entry>
    <id>urn:uuid:${b.id}</id>
    <title>${clean(b.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(link)}"/>
    <updated>${b.publishedAt.toISOString()}</updated>
    <published>${b.publishedAt.toISOString()}</published>
    <author><name>${clean(b.issuer)}</name></author>
    <summary>${clean(summary)}</summary>
    <content type="text">${clean(b.body)}</content>
  </entry>`;
      })
      .join('\n');
    const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <id>${xml(base)}/feeds/broadcasts.atom</id>
  <title>Ketnoi — Thông báo chính sách (Bộ Y tế)</title>
  <link rel="self" type="application/atom+xml" href="${xml(base)}/feeds/broadcasts.atom"/>
  <link rel="alternate" type="text/html" href="${xml(base)}/chinh-sach/cong-khai"/>
  <updated>${updated}</updated>
${entries}
</feed>
`;
    res.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.send(body);
  }
}
