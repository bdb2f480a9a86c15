import type { TFunction } from 'i18next';
import { i18n } from '../../app/i18n';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { PhiFinding } from '@ketnoi/deid';

/** The detector is ~100 KB: loaded on first use only (never in the first-paint bundle). */
let deidModule: Promise<typeof import('@ketnoi/deid')> | null = null;
export function loadDeid(): Promise<typeof import('@ketnoi/deid')> {
  deidModule ??= import('@ketnoi/deid').catch((error: unknown) => {
    deidModule = null; // a failed chunk load (offline, a new deployment) is retried on the next change
    throw error;
  });
  return deidModule;
}

export type { PhiFinding };

/** Kinds with their own label; any other kind (new ones from the server) shows its code. */
export const KNOWN_KINDS = [
  'NAME',
  'CCCD',
  'CMND',
  'HEALTH_INSURANCE',
  'PHONE',
  'EMAIL',
  'URL',
  'IP',
  'LICENSE',
  'RECORD_NUMBER',
  'ADDRESS',
  'DATE',
  'AGE_OVER_89',
  'PASSPORT',
  'VEHICLE_PLATE',
  'BURNED_IN_ANNOTATION',
] as const;
type KnownKind = (typeof KNOWN_KINDS)[number];

export function isKnownKind(kind: string): kind is KnownKind {
  return (KNOWN_KINDS as readonly string[]).includes(kind);
}

/** The kind's name in the current language (the texts are in the first chunk: every composer shows them). */
export function kindLabel(kind: string): string {
  return isKnownKind(kind) ? i18n.t(`privacy.kinds.${kind}`) : kind;
}

/** Highlight colour family per kind (Mantine palette names). */
export function kindColor(kind: string): string {
  switch (kind) {
    case 'NAME':
      return 'red';
    case 'PHONE':
    case 'EMAIL':
    case 'URL':
    case 'IP':
      return 'grape';
    case 'ADDRESS':
      return 'orange';
    case 'DATE':
    case 'AGE_OVER_89':
      return 'blue';
    default:
      return 'pink';
  }
}

/** Top-level case fields the editor has (also the fields the API names in errors). */
export const CASE_TEXT_FIELDS = ['title', 'presentingComplaint', 'history', 'examination', 'workingDiagnosis', 'treatment', 'question'] as const;
export type CaseTextField = (typeof CASE_TEXT_FIELDS)[number];
export const CASE_FORM_FIELDS = [...CASE_TEXT_FIELDS, 'ageYears', 'sex', 'provinceCode', 'vitals', 'labResults', 'icd10Codes', 'attachmentIds'] as const;

const LAB_COLUMNS = ['name', 'value', 'unit', 'reference'] as const;

/** "Bệnh sử", "Dấu hiệu sinh tồn · HA", "Xét nghiệm · dòng 2 · kết quả", "Tệp đính kèm · ct.dcm". */
export function fieldLabel(t: TFunction<'cases'>, field: string, attachments: readonly { id: string; fileName: string }[] = []): string {
  const [head, ...rest] = field.split('.');
  if ((CASE_TEXT_FIELDS as readonly string[]).includes(head ?? '') && rest.length === 0) return t(`cases.fields.${head as CaseTextField}`);
  if (head === 'vitals' && rest.length) return `${t('cases.fields.vitals')} · ${rest.join('.')}`;
  if (head === 'labResults' && rest.length) {
    const row = Number(rest[0]);
    const column = rest[1] ?? '';
    const columnLabel = (LAB_COLUMNS as readonly string[]).includes(column) ? t(`cases.labs.${column as (typeof LAB_COLUMNS)[number]}`) : column;
    return `${t('cases.fields.labResults')} · ${t('cases.labs.row', { n: Number.isFinite(row) ? row + 1 : rest[0] })}${columnLabel ? ` · ${columnLabel}` : ''}`;
  }
  if (head === 'attachments' && rest.length) {
    const id = rest.join('.');
    const file = attachments.find((a) => a.id === id);
    return `${t('cases.fields.attachments')} · ${file?.fileName ?? t('cases.attachments.unknownFile')}`;
  }
  return field;
}

/** The text a finding sits in (for the review panel's context snippet), or null. */
export function fieldValue(
  c: {
    vitals?: unknown;
    labResults?: unknown;
  } & Partial<Record<CaseTextField, string | null>>,
  field: string,
): string | null {
  const [head, ...rest] = field.split('.');
  if ((CASE_TEXT_FIELDS as readonly string[]).includes(head ?? '') && rest.length === 0) return c[head as CaseTextField] ?? null;
  if (head === 'vitals' && c.vitals && typeof c.vitals === 'object') {
    const value = (c.vitals as Record<string, unknown>)[rest.join('.')];
    return typeof value === 'string' ? value : null;
  }
  if (head === 'labResults' && Array.isArray(c.labResults)) {
    const row = c.labResults[Number(rest[0])] as Record<string, unknown> | undefined;
    const value = row?.[rest[1] ?? ''];
    return typeof value === 'string' ? value : null;
  }
  return null;
}

/** Splits text into plain and highlighted parts (findings sorted, non-overlapping). */
export function splitByFindings<F extends { start: number; end: number }>(text: string, findings: readonly F[]) {
  const parts: { text: string; finding: F | null }[] = [];
  let pos = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < pos || f.end > text.length || f.end <= f.start) continue;
    if (f.start > pos) parts.push({ text: text.slice(pos, f.start), finding: null });
    parts.push({ text: text.slice(f.start, f.end), finding: f });
    pos = f.end;
  }
  if (pos < text.length) parts.push({ text: text.slice(pos), finding: null });
  return parts;
}

/** The server refused because findings are still open (share, consultation request, teaching post). */
export function isPhiUnresolved(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'PHI_UNRESOLVED');
}

/** How many findings the PHI_UNRESOLVED error says are open. */
export function openFindingsOf(error: unknown): number | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const found = error.errors.find((e) => e.extensions?.code === 'PHI_UNRESOLVED');
  const count = found?.extensions?.openFindings;
  return typeof count === 'number' ? count : null;
}

/**
 * BAD_USER_INPUT errors by the first segment of `extensions.field` (so `labResults.3.value`
 * lands on the lab table), with the detector's kinds when the API refused personal data.
 */
export function caseFieldErrors(
  error: unknown,
  known: readonly string[],
  t?: TFunction<'cases'>,
): { fieldErrors: Record<string, string>; kinds: Record<string, string[]>; other: boolean } {
  const result = { fieldErrors: {} as Record<string, string>, kinds: {} as Record<string, string[]>, other: false };
  if (!CombinedGraphQLErrors.is(error)) return { ...result, other: !!error };
  for (const e of error.errors) {
    const field = typeof e.extensions?.field === 'string' ? e.extensions.field : null;
    const head = field?.split('.')[0] ?? null;
    if (e.extensions?.code === 'BAD_USER_INPUT' && head && known.includes(head)) {
      const raw = e.extensions?.kinds;
      const kinds = Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string') : [];
      if (kinds.length) result.kinds[head] = kinds;
      // Personal data refused: name the kinds in words (the API names codes, never the text).
      result.fieldErrors[head] ??= kinds.length && t ? t('cases.phi.refused', { kinds: kinds.map((k) => kindLabel(k)).join(', ') }) : e.message;
    } else {
      result.other = true;
    }
  }
  return result;
}

/** "quá hạn 2 giờ" / "còn 3 giờ": the distance from now to the due time, in the largest sensible unit. */
export function dueDistance(dueAt: string, now: number): { overdue: boolean; unit: 'minutes' | 'hours' | 'days'; count: number } {
  const diff = new Date(dueAt).getTime() - now;
  const minutes = Math.max(1, Math.round(Math.abs(diff) / 60_000));
  const overdue = diff < 0;
  if (minutes < 60) return { overdue, unit: 'minutes', count: minutes };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { overdue, unit: 'hours', count: hours };
  return { overdue, unit: 'days', count: Math.round(hours / 24) };
}
