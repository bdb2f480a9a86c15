import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { scanText, type PhiFinding, type PhiKind } from '@ketnoi/deid';
import { AuditLog, DomainError, badInput } from '@ketnoi/platform';
import { DirectoryService } from '@ketnoi/directory';
import { verifiedUsers } from '@ketnoi/identity';
import { mentionSpans } from './text';
import { Visibility } from './types';

/** Identifiers that point at one person on their own: a wide audience needs a stated reason. */
export const HARD_KINDS: ReadonlySet<PhiKind> = new Set<PhiKind>(['CCCD', 'CMND', 'HEALTH_INSURANCE', 'PHONE', 'RECORD_NUMBER']);

/** Audiences beyond the author's own followers. */
export const isWide = (visibility: Visibility) => visibility === Visibility.GROUP || visibility === Visibility.ALL_VERIFIED;

export interface PhiOutcome {
  findings: PhiFinding[];
  reason: string | null;
  wide: boolean;
}

const countKinds = (findings: PhiFinding[]) => findings.reduce<Record<string, number>>((acc, f) => ((acc[f.kind] = (acc[f.kind] ?? 0) + 1), acc), {});

/**
 * The server's own scan of a post or comment (PRODUCT §9, contract §9): the browser's
 * highlighting is a hint, this is the rule. Verified members' @mentions and the
 * directory's facility names are never a patient's name.
 */
@Injectable()
export class PostPhiCheck {
  constructor(
    private readonly directory: DirectoryService,
    private readonly audit: AuditLog,
  ) {}

  /** Findings in `body` as the author wrote it (offsets into it), mentions of verified members left out. */
  async scan(m: EntityManager, body: string): Promise<PhiFinding[]> {
    if (!body.trim()) return [];
    const spans = mentionSpans(body);
    const users = spans.length ? await verifiedUsers(m, [...new Set(spans.map((s) => s.userId))]) : [];
    const verified = new Set(users.map((u) => u.id.toLowerCase()));
    let masked = body;
    for (const s of spans) {
      // a verified member's mention is left out whole; any other keeps its label scanned (it is
      // shown as "@label"), but its id is never shown, and digit runs in a random id read as a phone or an ID
      const from = verified.has(s.userId) ? s.start : s.end - s.userId.length - 2; // "(" + id + ")"
      masked = masked.slice(0, from) + ' '.repeat(s.end - from) + masked.slice(s.end);
    }
    const findings = scanText(masked, { allow: { people: users.map((u) => u.fullName), facilities: await this.directory.facilityNames() } });
    return findings.map((f) => ({ ...f, text: body.slice(f.start, f.end) }));
  }

  /**
   * PHI_UNRESOLVED (extensions.findings: kind and span of each hard identifier, never the
   * text) when a hard identifier goes to a group or all members without a reason. A reason
   * must not itself identify anyone.
   */
  async check(m: EntityManager, body: string, visibility: Visibility, phiReason: string | null | undefined): Promise<PhiOutcome> {
    const reason = phiReason?.trim() || null;
    if (reason && scanText(reason).some((f) => HARD_KINDS.has(f.kind) || f.kind === 'NAME')) {
      throw badInput('phiReason', 'Lý do không được chứa thông tin định danh người bệnh.');
    }
    const wide = isWide(visibility);
    const findings = await this.scan(m, body);
    const hard = findings.filter((f) => HARD_KINDS.has(f.kind));
    if (wide && hard.length && !reason) {
      throw new DomainError(
        'PHI_UNRESOLVED',
        `Nội dung có ${hard.length} thông tin định danh người bệnh (số CCCD, BHYT, điện thoại hoặc mã hồ sơ) và sẽ đến nhiều người. Hãy bỏ đi, hoặc ghi lý do cần giữ lại.`,
        { field: 'body', findings: hard.map((f) => ({ kind: f.kind, start: f.start, end: f.end })) },
      );
    }
    return { findings, reason, wide };
  }

  /** In the write's transaction: what was sent to a wide audience despite findings, and why (kinds and counts, never the text). */
  async record(m: EntityManager, actorId: string, targetType: 'post' | 'comment', targetId: string, outcome: PhiOutcome): Promise<void> {
    if (!outcome.findings.length || (!outcome.wide && !outcome.reason)) return;
    await this.audit.record(
      {
        actorId,
        action: `${targetType}.sent_with_phi`,
        targetType,
        targetId,
        details: {
          kinds: countKinds(outcome.findings),
          hard: outcome.findings.some((f) => HARD_KINDS.has(f.kind)),
          reason: outcome.reason,
          wideAudience: outcome.wide,
        },
      },
      m,
    );
  }
}
