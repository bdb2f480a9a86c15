import { provinceByCode } from '@ketnoi/reference';
import { redact, scanText, type PhiFinding } from '@ketnoi/deid';
import { isValidIcd10, normaliseIcd10 } from './icd10';
import type { CaseFileInput } from './types';

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
export type TextField = (typeof TEXT_FIELDS)[number];

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

/** A parsed input value, or why it is refused (a Vietnamese message for `extensions.field`). */
export type Parsed<T> = { value: T } | { problem: string };
const refuse = (problem: string): { problem: string } => ({ problem });

/** A free-text field: trimmed; empty optional ones become null. */
export const parseText =
  (field: TextField) =>
  (value: unknown): Parsed<string | null> => {
    const { min, max } = LIMITS[field];
    if (value === null || value === undefined) return min > 0 ? refuse('Vui lòng nhập nội dung.') : { value: null };
    if (typeof value !== 'string') return refuse('Giá trị không hợp lệ.');
    const trimmed = value.trim();
    if (trimmed.length < min) return refuse('Vui lòng nhập nội dung.');
    if (trimmed.length > max) return refuse(`Tối đa ${max.toLocaleString('vi-VN')} ký tự.`);
    return { value: trimmed.length ? trimmed : null };
  };

function cell(value: unknown, allowNumber = true): Parsed<string | number | null> {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'number' && allowNumber) return Number.isFinite(value) ? { value } : refuse('Số không hợp lệ.');
  if (typeof value !== 'string') return refuse('Mỗi ô phải là chữ hoặc số.');
  const v = value.trim();
  return v.length > CELL_MAX ? refuse(`Mỗi ô tối đa ${CELL_MAX} ký tự.`) : { value: v };
}

export function parseVitals(value: unknown): Parsed<CaseContent['vitals']> {
  if (value === null || value === undefined) return { value: null };
  if (typeof value !== 'object' || Array.isArray(value)) return refuse('Dấu hiệu sinh tồn phải là một bảng tên → giá trị.');
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > VITALS_MAX_KEYS) return refuse(`Tối đa ${VITALS_MAX_KEYS} chỉ số.`);
  const out: Record<string, string | number | null> = {};
  for (const [key, v] of entries) {
    const k = key.trim();
    if (!k || k.length > 50 || k.includes('.')) return refuse('Tên chỉ số phải có 1–50 ký tự, không có dấu chấm.');
    const c = cell(v);
    if ('problem' in c) return c;
    out[k] = c.value;
  }
  return { value: entries.length ? out : null };
}

function labRow(row: unknown): Parsed<LabRow> {
  if (!row || typeof row !== 'object' || Array.isArray(row)) return refuse('Mỗi dòng phải có dạng { name, value, unit }.');
  const r = row as Record<string, unknown>;
  if (Object.keys(r).some((k) => !LAB_COLUMNS.has(k))) return refuse('Chỉ dùng các cột name, value, unit, reference.');
  const name = cell(r.name, false);
  if ('problem' in name) return name;
  if (!name.value) return refuse('Mỗi dòng cần tên xét nghiệm.');
  const v = cell(r.value);
  if ('problem' in v) return v;
  const out: LabRow = { name: name.value as string, value: v.value };
  for (const col of ['unit', 'reference'] as const) {
    if (r[col] === undefined) continue;
    const c = cell(r[col], false);
    if ('problem' in c) return c;
    out[col] = c.value as string | null;
  }
  return { value: out };
}

export function parseLabResults(value: unknown): Parsed<CaseContent['labResults']> {
  if (value === null || value === undefined) return { value: null };
  if (!Array.isArray(value)) return refuse('Kết quả xét nghiệm phải là một danh sách { name, value, unit }.');
  if (value.length > LAB_MAX_ROWS) return refuse(`Tối đa ${LAB_MAX_ROWS} dòng.`);
  const rows: LabRow[] = [];
  for (const row of value) {
    const r = labRow(row);
    if ('problem' in r) return r;
    rows.push(r.value);
  }
  return { value: rows.length ? rows : null };
}

/** 0–120; 90 and over is stored as 90. */
export function parseAge(value: unknown): Parsed<number | null> {
  if (value === null || value === undefined) return { value: null };
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > AGE_MAX) return refuse(`Tuổi phải từ 0 đến ${AGE_MAX}.`);
  return { value: Math.min(value as number, AGE_CAP) };
}

export function parseProvince(value: unknown): Parsed<string | null> {
  if (value === null || value === undefined) return { value: null };
  return typeof value === 'string' && provinceByCode(value) ? { value } : refuse('Tỉnh/thành phố không hợp lệ.');
}

/** Upper-cased, checked against the categories, duplicates dropped. */
export function parseIcd10Codes(value: unknown): Parsed<string[]> {
  if (value === null || value === undefined) return { value: [] };
  if (!Array.isArray(value) || !value.every((c) => typeof c === 'string')) return refuse('Mã ICD-10 không hợp lệ (ví dụ: I21 hoặc I21.0).');
  const codes = value.map(normaliseIcd10);
  if (codes.length > MAX_ICD10) return refuse(`Tối đa ${MAX_ICD10} mã ICD-10.`);
  if (!codes.every(isValidIcd10)) return refuse('Mã ICD-10 không hợp lệ (ví dụ: I21 hoặc I21.0).');
  return { value: [...new Set(codes)] };
}

/** The content of a validated input (CaseFileInput's decorators have normalised every field). */
export function contentFromInput(input: CaseFileInput): CaseContent {
  return {
    title: input.title,
    ageYears: input.ageYears ?? null,
    sex: input.sex,
    provinceCode: input.provinceCode ?? null,
    presentingComplaint: input.presentingComplaint,
    history: input.history ?? null,
    examination: input.examination ?? null,
    vitals: (input.vitals as CaseContent['vitals']) ?? null,
    labResults: (input.labResults as CaseContent['labResults']) ?? null,
    workingDiagnosis: input.workingDiagnosis ?? null,
    icd10Codes: input.icd10Codes ?? [],
    treatment: input.treatment ?? null,
    question: input.question,
    attachmentIds: input.attachmentIds ?? [],
  };
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

/** Runs the detector over every scanned string; `facilities` (the directory's names) are never a patient's name. */
export function scanContent(content: CaseContent, facilities: readonly string[] = []): FieldFinding[] {
  const allow = { facilities };
  return textsOf(content).flatMap(([field, value]) => scanText(value, { allow }).map((f) => ({ ...f, field })));
}

/**
 * Replaces the spans of `findings` (of one field) with their placeholders: the one way case
 * text is redacted (the author's review and what other readers see). deid's `redact` never
 * touches a placeholder again, so redaction never nests ("[[TÊN] SƠ]").
 */
export function redactSpans(value: string, findings: { start: number; end: number; kind: string }[]): string {
  return redact(value, findings);
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
