import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@ketnoi/platform';
import { type PhiFinding } from '@ketnoi/deid';
import { PostPhiCheck } from '@ketnoi/social';
import { redactContent, type CaseContent } from './content';

/** A refusal that names the kinds found and their spans (offsets into the field), never the text. */
export function phiInText(field: string, findings: (Pick<PhiFinding, 'kind' | 'start' | 'end'> & { field?: string })[]): DomainError {
  const kinds = [...new Set(findings.map((f) => f.kind))];
  return new DomainError('BAD_USER_INPUT', `Nội dung có thông tin định danh người bệnh (${kinds.join(', ')}). Vui lòng bỏ đi, hoặc ghi lý do cần giữ lại.`, {
    field,
    kinds,
    findings: findings.map((f) => ({ field: f.field ?? field, kind: f.kind, start: f.start, end: f.end })),
  });
}

/** What was kept in a text on purpose (kinds and counts, never the text) and why: for the audit entry. */
export interface PhiKept {
  kinds: Record<string, number>;
  reason: string;
}

const countKinds = (findings: PhiFinding[]) => findings.reduce<Record<string, number>>((acc, f) => ((acc[f.kind] = (acc[f.kind] ?? 0) + 1), acc), {});

/**
 * The scan of everyday case texts (discussion comments, consultation notes, answers and
 * outcomes, KEEP reasons) with the same allow-list as posts: the directory's facility names
 * and the verified members the text @mentions are never a patient's name.
 */
@Injectable()
export class CasePhi {
  constructor(private readonly check: PostPhiCheck) {}

  findings(m: EntityManager, text: string | null | undefined): Promise<PhiFinding[]> {
    return text ? this.check.scan(m, text) : Promise.resolve([]);
  }

  /** Refuses text with findings (BAD_USER_INPUT on `field` with kinds and spans). */
  async requireNone(m: EntityManager, field: string, text: string | null | undefined): Promise<void> {
    const findings = await this.findings(m, text);
    if (findings.length) throw phiInText(field, findings);
  }

  /**
   * Texts with findings pass only with a reason (`reasonField`), which itself must identify
   * no one. Returns what was kept (for the audit entry), or null when nothing was found.
   */
  async requireNoneOrReason(
    m: EntityManager,
    texts: Record<string, string | null | undefined>,
    reason: string | null | undefined,
    reasonField = 'phiReason',
  ): Promise<PhiKept | null> {
    const why = reason?.trim() || null;
    if (why) await this.requireNone(m, reasonField, why);
    const found: (PhiFinding & { field: string })[] = [];
    for (const [field, text] of Object.entries(texts)) found.push(...(await this.findings(m, text)).map((f) => ({ ...f, field })));
    // every field's findings at once (field: the first with any), so the author sees them all in one dialog
    if (found.length && !why) throw phiInText(found[0].field, found);
    return found.length && why ? { kinds: countKinds(found), reason: why } : null;
  }
}

/** Findings on attachments use the field `attachments.<attachmentId>` (start = end = 0). */
export const ATTACHMENT_FIELD_PREFIX = 'attachments.';
export const attachmentField = (attachmentId: string) => `${ATTACHMENT_FIELD_PREFIX}${attachmentId}`;
export const attachmentOf = (field: string): string | null => (field.startsWith(ATTACHMENT_FIELD_PREFIX) ? field.slice(ATTACHMENT_FIELD_PREFIX.length) : null);

/**
 * What a reader other than the author gets: `findings` (open ones; for old versions, all
 * that were not KEPT) redacted in the text, and attachments under such a finding (e.g. a
 * DICOM image that may carry burned-in text) left out.
 */
export function withheldFor(content: CaseContent, findings: { field: string; start: number; end: number; kind: string }[]): CaseContent {
  if (!findings.length) return content;
  const held = new Set(findings.map((f) => attachmentOf(f.field)).filter((id): id is string => !!id));
  const out = redactContent(
    content,
    findings.filter((f) => !attachmentOf(f.field)),
  );
  return held.size ? { ...out, attachmentIds: out.attachmentIds.filter((id) => !held.has(id)) } : out;
}
