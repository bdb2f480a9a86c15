import { badInput } from '@ketnoi/platform';
import { provinceByCode } from '@ketnoi/reference';
import { PLACEHOLDERS, scanText, type PhiFinding, type PhiKind } from '@ketnoi/deid';
import { isValidIcd10, normaliseIcd10 } from './icd10';
import { Sex, type CaseFileInput } from './types';

/** The content of one version: what CaseFileInput holds, validated and normalised. */
export interface CaseContent {
  title: string;
  ageYears: number | null;
  sex: string;
  provinceCode: string | null;
  presentingComplaint: string;
  history: string | null;
  examination: string | null;
  vitals: Record<string, string | number | null> | null;
  labResults: LabRow[] | null;
  workingDiagnosis: string | null;
  icd10Codes: string[];
  treatment: string | null;
  question: string;
  attachmentIds: string[];
}

export interface LabRow {
  name: string;
  value: string | number | null;
  unit?: string | null;
  reference?: string | null;
}

/** The free-text fields the scan covers, besides the strings inside vitals and labResults. */
export const TEXT_FIELDS = ['title', 'presentingComplaint', 'history', 'examination', 'workingDiagnosis', 'treatment', 'question'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export const AGE_MAX = 120;
/** Ages of 90 and over are stored as 90 (shown as "≥ 90"): HIPAA Safe Harbor, and the detector's AGE_OVER_89. */
export const AGE_CAP = 90;
export const MAX_ATTACHMENTS = 20;
export const MAX_ICD10 = 20;
const VITALS_MAX_KEYS = 30;
const LAB_MAX_ROWS = 200;
const CELL_MAX = 200;
const LAB_COLUMNS = new Set(['name', 'value', 'unit', 'reference']);

const LIMITS: Record<TextField, { min: number; max: number }> = {
  title: { min: 1, max: 200 },
  presentingComplaint: { min: 1, max: 5_000 },
  history: { min: 0, max: 20_000 },
  examination: { min: 0, max: 20_000 },
  workingDiagnosis: { min: 0, max: 2_000 },
  treatment: { min: 0, max: 20_000 },
  question: { min: 1, max: 5_000 },
};

function text(field: TextField, value: unknown): string | null {
  const { min, max } = LIMITS[field];
  if (value === null || value === undefined) {
    if (min > 0) throw badInput(field, 'Vui lòng nhập nội dung.');
    return null;
  }
  if (typeof value !== 'string') throw badInput(field, 'Giá trị không hợp lệ.');
  const trimmed = value.trim();
  if (trimmed.length < min) throw badInput(field, 'Vui lòng nhập nội dung.');
  if (trimmed.length > max) throw badInput(field, `Tối đa ${max.toLocaleString('vi-VN')} ký tự.`);
  return trimmed.length ? trimmed : null;
}

function cell(field: string, value: unknown, allowNumber = true): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && allowNumber) {
    if (!Number.isFinite(value)) throw badInput(field, 'Số không hợp lệ.');
    return value;
  }
  if (typeof value !== 'string') throw badInput(field, 'Mỗi ô phải là chữ hoặc số.');
  const v = value.trim();
  if (v.length > CELL_MAX) throw badInput(field, `Mỗi ô tối đa ${CELL_MAX} ký tự.`);
  return v;
}

function vitals(value: unknown): CaseContent['vitals'] {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || Array.isArray(value)) throw badInput('vitals', 'Dấu hiệu sinh tồn phải là một bảng tên → giá trị.');
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > VITALS_MAX_KEYS) throw badInput('vitals', `Tối đa ${VITALS_MAX_KEYS} chỉ số.`);
  const out: Record<string, string | number | null> = {};
  for (const [key, v] of entries) {
    const k = key.trim();
    if (!k || k.length > 50 || k.includes('.')) throw badInput('vitals', 'Tên chỉ số phải có 1–50 ký tự, không có dấu chấm.');
    out[k] = cell('vitals', v);
  }
  return entries.length ? out : null;
}

function labResults(value: unknown): CaseContent['labResults'] {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) throw badInput('labResults', 'Kết quả xét nghiệm phải là một danh sách { name, value, unit }.');
  if (value.length > LAB_MAX_ROWS) throw badInput('labResults', `Tối đa ${LAB_MAX_ROWS} dòng.`);
  const rows = value.map((row: unknown) => {
    if (!row || typeof row !== 'object' || Array.isArray(row)) throw badInput('labResults', 'Mỗi dòng phải có dạng { name, value, unit }.');
    const r = row as Record<string, unknown>;
    if (Object.keys(r).some((k) => !LAB_COLUMNS.has(k))) throw badInput('labResults', 'Chỉ dùng các cột name, value, unit, reference.');
    const name = cell('labResults', r.name, false);
    if (!name) throw badInput('labResults', 'Mỗi dòng cần tên xét nghiệm.');
    const out: LabRow = { name: name as string, value: cell('labResults', r.value) };
    if (r.unit !== undefined) out.unit = cell('labResults', r.unit, false) as string | null;
    if (r.reference !== undefined) out.reference = cell('labResults', r.reference, false) as string | null;
    return out;
  });
  return rows.length ? rows : null;
}

/** Validates and normalises an input (throws BAD_USER_INPUT naming the field). Attachments are checked by the caller. */
export function validateContent(input: CaseFileInput): CaseContent {
  const content: CaseContent = {
    title: text('title', input.title) as string,
    ageYears: null,
    sex: input.sex,
    provinceCode: null,
    presentingComplaint: text('presentingComplaint', input.presentingComplaint) as string,
    history: text('history', input.history),
    examination: text('examination', input.examination),
    vitals: vitals(input.vitals),
    labResults: labResults(input.labResults),
    workingDiagnosis: text('workingDiagnosis', input.workingDiagnosis),
    icd10Codes: [],
    treatment: text('treatment', input.treatment),
    question: text('question', input.question) as string,
    attachmentIds: input.attachmentIds ?? [],
  };
  if (!Object.values(Sex).includes(input.sex)) throw badInput('sex', 'Giới tính không hợp lệ.');
  if (input.ageYears !== null && input.ageYears !== undefined) {
    if (!Number.isInteger(input.ageYears) || input.ageYears < 0 || input.ageYears > AGE_MAX) throw badInput('ageYears', `Tuổi phải từ 0 đến ${AGE_MAX}.`);
    content.ageYears = Math.min(input.ageYears, AGE_CAP);
  }
  if (input.provinceCode !== null && input.provinceCode !== undefined) {
    if (!provinceByCode(input.provinceCode)) throw badInput('provinceCode', 'Tỉnh/thành phố không hợp lệ.');
    content.provinceCode = input.provinceCode;
  }
  const codes = (input.icd10Codes ?? []).map(normaliseIcd10);
  if (codes.length > MAX_ICD10) throw badInput('icd10Codes', `Tối đa ${MAX_ICD10} mã ICD-10.`);
  for (const code of codes) if (!isValidIcd10(code)) throw badInput('icd10Codes', 'Mã ICD-10 không hợp lệ (ví dụ: I21 hoặc I21.0).');
  content.icd10Codes = [...new Set(codes)];
  if (content.attachmentIds.length > MAX_ATTACHMENTS) throw badInput('attachmentIds', `Tối đa ${MAX_ATTACHMENTS} tệp đính kèm.`);
  return content;
}

/** Every scanned string of a content, by field path. */
export function textsOf(content: CaseContent): [string, string][] {
  const out: [string, string][] = [];
  for (const f of TEXT_FIELDS) {
    const v = content[f];
    if (v) out.push([f, v]);
  }
  for (const [k, v] of Object.entries(content.vitals ?? {})) if (typeof v === 'string' && v) out.push([`vitals.${k}`, v]);
  (content.labResults ?? []).forEach((row, i) => {
    for (const col of ['name', 'value', 'unit', 'reference'] as const) {
      const v = row[col];
      if (typeof v === 'string' && v) out.push([`labResults.${i}.${col}`, v]);
    }
  });
  return out;
}

/** The string at a field path, or undefined when there is none. */
export function getText(content: CaseContent, field: string): string | undefined {
  return textsOf(content).find(([f]) => f === field)?.[1];
}

/** A copy of `content` with the string at `field` replaced. */
export function setText(content: CaseContent, field: string, value: string): CaseContent {
  const copy: CaseContent = structuredClone(content);
  if ((TEXT_FIELDS as readonly string[]).includes(field)) {
    (copy as unknown as Record<string, string>)[field] = value;
    return copy;
  }
  const v = /^vitals\.(.+)$/.exec(field);
  if (v && copy.vitals) {
    copy.vitals[v[1]] = value;
    return copy;
  }
  const l = /^labResults\.(\d+)\.(name|value|unit|reference)$/.exec(field);
  if (l && copy.labResults?.[Number(l[1])]) {
    (copy.labResults[Number(l[1])] as unknown as Record<string, string>)[l[2]] = value;
    return copy;
  }
  throw new Error('unknown field path');
}

export interface FieldFinding extends PhiFinding {
  field: string;
}

/** Runs the detector over every scanned string. */
export function scanContent(content: CaseContent): FieldFinding[] {
  return textsOf(content).flatMap(([field, value]) => scanText(value).map((f) => ({ ...f, field })));
}

/** Replaces the spans of `findings` (of one field) with their placeholders. */
export function redactSpans(value: string, findings: { start: number; end: number; kind: string }[]): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const f of sorted) {
    if (f.start < pos || f.end > value.length || f.end <= f.start) continue;
    out += value.slice(pos, f.start) + (PLACEHOLDERS[f.kind as PhiKind] ?? '[…]');
    pos = f.end;
  }
  return out + value.slice(pos);
}

/** A copy of `content` with every given finding redacted (for readers other than the author). */
export function redactContent(content: CaseContent, findings: { field: string; start: number; end: number; kind: string }[]): CaseContent {
  if (!findings.length) return content;
  const byField = new Map<string, typeof findings>();
  for (const f of findings) byField.set(f.field, [...(byField.get(f.field) ?? []), f]);
  let out = content;
  for (const [field, list] of byField) {
    const value = getText(out, field);
    if (value !== undefined) out = setText(out, field, redactSpans(value, list));
  }
  return out;
}

export function contentOf(row: CaseContent): CaseContent {
  return {
    title: row.title,
    ageYears: row.ageYears,
    sex: row.sex,
    provinceCode: row.provinceCode,
    presentingComplaint: row.presentingComplaint,
    history: row.history,
    examination: row.examination,
    vitals: row.vitals,
    labResults: row.labResults,
    workingDiagnosis: row.workingDiagnosis,
    icd10Codes: row.icd10Codes,
    treatment: row.treatment,
    question: row.question,
    attachmentIds: row.attachmentIds,
  };
}
