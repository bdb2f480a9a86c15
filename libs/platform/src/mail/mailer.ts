import { Inject, Injectable } from '@nestjs/common';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { newId } from '../database/ids';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/logger';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** What may be logged about the message (never a token or the body): e.g. 'password-reset'. */
  kind: string;
}

export interface OutboxEntry {
  id: string;
  to: string;
  subject: string;
  text: string;
  kind: string;
  sentAt: string;
}

const OUTBOX_SHOWN = 50;

/**
 * Sends e-mail through SMTP_URL (nodemailer). Without it — the embedded default — each
 * message is written to DATA_DIR/outbox for the operator (GET /dev/outbox outside
 * production) and a log line says so; logs never carry the body (it may hold a token).
 */
@Injectable()
export class Mailer {
  private readonly transport: Transporter | null;
  private readonly outboxDir: string;
  private readonly logger: Logger;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.transport = config.mail.smtpUrl ? nodemailer.createTransport(config.mail.smtpUrl) : null;
    this.outboxDir = join(config.dataDir, 'outbox');
    this.logger = logger.child({ component: 'mailer' });
  }

  /** Whether messages go to the local outbox instead of an SMTP server. */
  get local(): boolean {
    return !this.transport;
  }

  async send(message: MailMessage): Promise<void> {
    if (this.transport) {
      await this.transport.sendMail({ from: this.config.mail.from, to: message.to, subject: message.subject, text: message.text });
      this.logger.info({ kind: message.kind }, 'mail sent');
      return;
    }
    const entry: OutboxEntry = {
      id: newId(),
      to: message.to,
      subject: message.subject,
      text: message.text,
      kind: message.kind,
      sentAt: new Date().toISOString(),
    };
    mkdirSync(this.outboxDir, { recursive: true, mode: 0o700 });
    writeFileSync(join(this.outboxDir, `${entry.sentAt.replace(/[:.]/g, '-')}-${entry.id}.json`), JSON.stringify(entry), { mode: 0o600 });
    this.logger.info({ kind: message.kind, outbox: this.outboxDir }, 'mail written to the local outbox (SMTP_URL is not set)');
  }

  /** The newest messages of the local outbox, newest first. */
  outbox(limit = OUTBOX_SHOWN): OutboxEntry[] {
    let files: string[];
    try {
      files = readdirSync(this.outboxDir).filter((f) => f.endsWith('.json'));
    } catch {
      return [];
    }
    return files
      .sort()
      .reverse()
      .slice(0, limit)
      .map((f) => JSON.parse(readFileSync(join(this.outboxDir, f), 'utf8')) as OutboxEntry);
  }
}
