import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ICD10_CATEGORIES, isValidIcd10 } from './icd10';
import { contentFromInput, getText, redactContent, redactSpans, scanContent, setText, textsOf } from './content';
import { CaseFileInput, Sex } from './types';

/** The input as the validation pipe hands it to the resolver: transformed, then validated. */
const validated = (over: Record<string, unknown> = {}): CaseFileInput => {
  const input = plainToInstance(CaseFileInput, { title: 'Sốt kéo dài', sex: Sex.FEMALE, presentingComplaint: 'Sốt 10 ngày', question: 'Chẩn đoán?', ...over });
  const [error] = validateSync(input);
  if (error) throw new Error(`${error.property}: ${Object.values(error.constraints ?? {})[0]}`);
  return input;
};
const validateContent = (over: Record<string, unknown> = {}) => contentFromInput(validated(over));
const input = (over: Record<string, unknown> = {}) => over;

describe('ICD-10 reference', () => {
  it('holds about 2,000 three-character categories', () => {
    expect(ICD10_CATEGORIES.size).toBeGreaterThan(1_800);
    expect(ICD10_CATEGORIES.size).toBeLessThan(2_200);
  });

  it.each(['A00', 'A09.0', 'I21.0', 'J18.9', 'E11', 'U07.1', 'O80', 'Z99.2', 'C50.91', 'S72.0'])('accepts %s', (code) => expect(isValidIcd10(code)).toBe(true));
  it.each(['i21', 'I2', 'I21.', 'I21.123', 'XYZ', 'C28', 'B84', 'D08', 'U99', 'I21-0'])('refuses %s', (code) => expect(isValidIcd10(code)).toBe(false));
});

describe('case content', () => {
  it('normalises: trims, caps ages at 90, dedupes and upper-cases codes, drops empty tables', () => {
    const c = validateContent(input({ title: '  Sốt  ', ageYears: 104, icd10Codes: ['a01.0', 'A01.0'], vitals: {}, labResults: [] }));
    expect(c).toMatchObject({ title: 'Sốt', ageYears: 90, icd10Codes: ['A01.0'], vitals: null, labResults: null });
  });

  it('walks, reads and writes the strings inside the tables', () => {
    const c = validateContent(input({ vitals: { HA: '120/80', mach: 80 }, labResults: [{ name: 'Hb', value: '120', unit: 'g/L' }] }));
    expect(textsOf(c).map(([f]) => f)).toEqual([
      'title',
      'presentingComplaint',
      'question',
      'vitals.HA',
      'labResults.0.name',
      'labResults.0.value',
      'labResults.0.unit',
    ]);
    const next = setText(c, 'labResults.0.unit', 'mmol/L');
    expect(getText(next, 'labResults.0.unit')).toBe('mmol/L');
    expect(getText(c, 'labResults.0.unit')).toBe('g/L');
    expect(() => setText(c, 'labResults.9.unit', 'x')).toThrow();
  });

  it('scans every field and redacts findings with their placeholders', () => {
    const c = validateContent(input({ history: 'BN Nguyễn Văn An, SĐT 0912 345 678', vitals: { note: 'đo ngày 12/03/2026' } }));
    const findings = scanContent(c);
    expect(findings.map((f) => `${f.field}:${f.kind}`)).toEqual(['history:NAME', 'history:PHONE', 'vitals.note:DATE']);
    const red = redactContent(c, findings);
    expect(red.history).toBe('BN [TÊN], SĐT [SĐT]');
    expect(red.vitals).toEqual({ note: 'đo [NGÀY]' });
    expect(c.history).toBe('BN Nguyễn Văn An, SĐT 0912 345 678');
  });
});

describe('CaseFileInput validation', () => {
  it.each([
    [{ title: '   ' }, 'title: Vui lòng nhập nội dung.'],
    [{ title: 'x'.repeat(201) }, 'title: Tối đa 200 ký tự.'],
    [{ history: 'x'.repeat(20_001) }, 'history: Tối đa 20.000 ký tự.'],
    [{ ageYears: 121 }, 'ageYears: Tuổi phải từ 0 đến 120.'],
    [{ provinceCode: '99' }, 'provinceCode: Tỉnh/thành phố không hợp lệ.'],
    [{ icd10Codes: ['C28'] }, 'icd10Codes: Mã ICD-10 không hợp lệ (ví dụ: I21 hoặc I21.0).'],
    [{ vitals: { 'a.b': 1 } }, 'vitals: Tên chỉ số phải có 1–50 ký tự, không có dấu chấm.'],
    [{ labResults: [{ name: 'Hb', extra: 1 }] }, 'labResults: Chỉ dùng các cột name, value, unit, reference.'],
    [{ attachmentIds: Array.from({ length: 21 }, () => '00000000-0000-4000-8000-000000000000') }, 'attachmentIds: Tối đa 20 tệp đính kèm.'],
  ])('refuses %j', (over, problem) => expect(() => validated(over)).toThrow(problem));
});

describe('redactSpans', () => {
  it('replaces several spans of one field at once and never redacts a placeholder again', () => {
    const text = 'Mã bệnh án 24001234 của bệnh nhân Lê Văn Nam.';
    const once = redactSpans(text, [
      { kind: 'RECORD_NUMBER', start: 11, end: 19 },
      { kind: 'NAME', start: 34, end: 44 },
    ]);
    expect(once).toBe('Mã bệnh án [MÃ HỒ SƠ] của bệnh nhân [TÊN].');
    // a stale span over the placeholder's "SƠ]" (the old "[[TÊN] SƠ]") leaves the text as it is
    const at = once.indexOf('SƠ]');
    expect(redactSpans(once, [{ kind: 'NAME', start: at, end: at + 3 }])).toBe(once);
    expect(redactSpans('x BURNED y', [{ kind: 'BURNED_IN_ANNOTATION', start: 2, end: 8 }])).toBe('x […] y');
  });
});
