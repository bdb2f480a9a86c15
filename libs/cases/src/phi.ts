import { DomainError } from '@ketnoi/platform';
import { scanText } from '@ketnoi/deid';
import { redactContent, type CaseContent } from './content';

/** A refusal that names the kinds found, never the text. */
export function phiInText(field: string, kinds: string[]): DomainError {
  return new DomainError('BAD_USER_INPUT', `Nội dung có thông tin định danh người bệnh (${[...new Set(kinds)].join(', ')}). Vui lòng bỏ đi trước khi gửi.`, {
    field,
    kinds: [...new Set(kinds)],
  });
}

/** Refuses text with findings (comments, consultation notes and answers, KEEP reasons). */
export function requireNoPhi(field: string, text: string | null | undefined): void {
  if (!text) return;
  const findings = scanText(text);
  if (findings.length) throw phiInText(field, findings.map((f) => f.kind));
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
  const out = redactContent(content, findings.filter((f) => !attachmentOf(f.field)));
  return held.size ? { ...out, attachmentIds: out.attachmentIds.filter((id) => !held.has(id)) } : out;
}
