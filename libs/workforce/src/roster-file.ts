import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { PROFESSIONS, Profession, SPECIALTIES, foldVietnamese } from '@ketnoi/reference';

/**
 * Roster files (contract §8): CSV (UTF-8 with or without BOM, or Windows-1258) or XLSX,
 * first row = headers (a title row above it, merged or not, is skipped). Pure functions: the
 * import service, the unit specs and the template share them.
 */

export type RosterColumn =
  'full_name' | 'profession' | 'specialty_code' | 'sex' | 'birth_year' | 'license_number' | 'license_valid_until' | 'position' | 'cme_hours';

export interface RosterColumnInfo {
  key: RosterColumn;
  /** The Vietnamese header the template uses. */
  vi: string;
  required: boolean;
  /** Folded header spellings accepted beside the key itself. */
  aliases: string[];
  /** What the template's comment row says about the values. */
  hint: string;
}

export const ROSTER_COLUMNS: readonly RosterColumnInfo[] = [
  { key: 'full_name', vi: 'Họ tên', required: true, aliases: ['ho ten', 'ho va ten', 'full name', 'name'], hint: 'Bắt buộc' },
  {
    key: 'profession',
    vi: 'Nghề nghiệp',
    required: true,
    aliases: ['nghe nghiep', 'nghe', 'chuc danh nghe nghiep', 'profession'],
    hint: 'Bắt buộc: Bác sĩ, Y sĩ, Điều dưỡng, Hộ sinh, …',
  },
  { key: 'specialty_code', vi: 'Chuyên khoa', required: false, aliases: ['chuyen khoa', 'specialty', 'ma chuyen khoa'], hint: 'Tên hoặc mã chuyên khoa' },
  { key: 'sex', vi: 'Giới tính', required: true, aliases: ['gioi tinh', 'gioi', 'sex', 'gender'], hint: 'Bắt buộc: Nam, Nữ, Khác' },
  { key: 'birth_year', vi: 'Năm sinh', required: false, aliases: ['nam sinh', 'birth year', 'year of birth'], hint: 'Ví dụ 1985' },
  {
    key: 'license_number',
    vi: 'Số GPHN',
    required: false,
    aliases: ['so gphn', 'gphn', 'so giay phep hanh nghe', 'giay phep hanh nghe', 'so cchn', 'license number', 'licence number'],
    hint: 'Số giấy phép hành nghề',
  },
  {
    key: 'license_valid_until',
    vi: 'GPHN hết hạn',
    required: false,
    aliases: ['gphn het han', 'ngay het han gphn', 'han gphn', 'license valid until', 'licence valid until'],
    hint: 'YYYY-MM-DD hoặc dd/mm/yyyy',
  },
  { key: 'position', vi: 'Chức vụ', required: false, aliases: ['chuc vu', 'vi tri', 'position'], hint: 'Ví dụ Trưởng khoa' },
  {
    key: 'cme_hours',
    vi: 'Giờ CME',
    required: false,
    aliases: ['gio cme', 'so gio cme', 'so tiet cme', 'cme', 'cme hours'],
    hint: 'Số giờ đào tạo liên tục trong kỳ giấy phép',
  },
];

export const COLUMN_BY_KEY: ReadonlyMap<RosterColumn, RosterColumnInfo> = new Map(ROSTER_COLUMNS.map((c) => [c.key, c]));

/** More rows than any facility has; files beyond it are refused whole. */
export const MAX_ROSTER_ROWS = 100_000;
/** Errors kept per import (a file that is wrong everywhere would otherwise store megabytes). */
export const MAX_REPORTED_ERRORS = 10_000;

export type Sex = 'FEMALE' | 'MALE' | 'OTHER' | 'UNKNOWN';

export interface RosterRecord {
  /** Row number as the user sees it (spreadsheet row / CSV line). */
  row: number;
  fullName: string;
  searchText: string;
  profession: Profession;
  specialtyCode: string | null;
  sex: Sex;
  birthYear: number | null;
  licenseNumber: string | null;
  /** YYYY-MM-DD */
  licenseValidUntil: string | null;
  position: string | null;
  cmeHours: number | null;
}

export interface RowError {
  row: number;
  column: string;
  message: string;
}

type Cell = string | number | Date | null;
interface RawRow {
  row: number;
  cells: Partial<Record<RosterColumn, Cell>>;
}
export interface RawTable {
  headerRow: number;
  rows: RawRow[];
  /** Problems with the file as a whole (row 0 or the header row). */
  errors: RowError[];
}

const normaliseHeader = (h: string) =>
  foldVietnamese(h)
    .replace(/\(.*?\)|\*|:/g, ' ')
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const HEADER_LOOKUP: ReadonlyMap<string, RosterColumn> = new Map(
  ROSTER_COLUMNS.flatMap((c) => [normaliseHeader(c.key), normaliseHeader(c.vi), ...c.aliases].map((a) => [a, c.key] as const)),
);

export function columnForHeader(header: string): RosterColumn | null {
  return HEADER_LOOKUP.get(normaliseHeader(header)) ?? null;
}

/** Decodes CSV bytes: BOM → UTF-8; valid UTF-8 → UTF-8; otherwise Windows-1258. Always NFC. */
export function decodeCsv(buf: Buffer): string {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8').normalize('NFC');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).normalize('NFC');
  } catch {
    // Windows-1258 writes Vietnamese with combining tone marks: NFC composes them.
    return iconv.decode(buf, 'windows1258').normalize('NFC');
  }
}

function detectDelimiter(text: string): string {
  const firstLines = text.split(/\r?\n/, 12).join('\n');
  const counts = [',', ';', '\t'].map((d) => [d, firstLines.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0][0];
}

/** Maps header cells to columns; duplicates (a merged header repeated) keep the first. */
function mapHeader(cells: { col: number; text: string }[]): Map<number, RosterColumn> {
  const map = new Map<number, RosterColumn>();
  const seen = new Set<RosterColumn>();
  for (const { col, text } of cells) {
    const key = columnForHeader(text);
    if (key && !seen.has(key)) {
      map.set(col, key);
      seen.add(key);
    }
  }
  return map;
}

const HEADER_SCAN_ROWS = 10;

/** Finds the header among the first rows: the first row naming at least three columns. */
function buildTable(grid: { row: number; cells: { col: number; value: Cell; headerText: string | null }[] }[]): RawTable {
  const errors: RowError[] = [];
  let headerIndex = -1;
  let header = new Map<number, RosterColumn>();
  for (let i = 0; i < Math.min(grid.length, HEADER_SCAN_ROWS); i++) {
    const m = mapHeader(grid[i].cells.flatMap((c) => (c.headerText ? [{ col: c.col, text: c.headerText }] : [])));
    if (m.size >= 3) {
      headerIndex = i;
      header = m;
      break;
    }
  }
  if (headerIndex < 0) {
    return {
      headerRow: 0,
      rows: [],
      errors: [{ row: 1, column: 'header', message: 'Không tìm thấy dòng tiêu đề (Họ tên, Nghề nghiệp, Giới tính, …). Hãy dùng tệp mẫu.' }],
    };
  }
  // A two-row header (merged group titles above, column names below): take the second too.
  let dataStart = headerIndex + 1;
  if (grid[dataStart]) {
    const second = mapHeader(grid[dataStart].cells.flatMap((c) => (c.headerText ? [{ col: c.col, text: c.headerText }] : [])));
    if (second.size >= 3) {
      for (const [col, key] of second) if (![...header.values()].includes(key)) header.set(col, key);
      dataStart++;
    }
  }
  const headerRow = grid[headerIndex].row;
  const present = new Set(header.values());
  for (const c of ROSTER_COLUMNS) {
    if (c.required && !present.has(c.key)) errors.push({ row: headerRow, column: c.key, message: `Thiếu cột bắt buộc “${c.vi}”.` });
  }
  const rows: RawRow[] = [];
  for (const r of grid.slice(dataStart)) {
    const cells: Partial<Record<RosterColumn, Cell>> = {};
    let any = false;
    for (const c of r.cells) {
      const key = header.get(c.col);
      if (!key) continue;
      const v = typeof c.value === 'string' ? c.value.trim() : c.value;
      if (v !== null && v !== '') any = true;
      cells[key] = v === '' ? null : v;
    }
    if (any) rows.push({ row: r.row, cells });
  }
  if (!errors.length && !rows.length) errors.push({ row: headerRow + 1, column: 'file', message: 'Tệp không có dòng dữ liệu nào.' });
  if (rows.length > MAX_ROSTER_ROWS) {
    return { headerRow, rows: [], errors: [{ row: 0, column: 'file', message: `Tệp có quá nhiều dòng (tối đa ${MAX_ROSTER_ROWS.toLocaleString('vi-VN')}).` }] };
  }
  return { headerRow, rows, errors };
}

export function readCsv(buf: Buffer): RawTable {
  const text = decodeCsv(buf);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as typeof records;
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 0;
    return {
      headerRow: 0,
      rows: [],
      errors: [{ row: line, column: 'file', message: 'Không đọc được tệp CSV (dấu ngoặc kép không khớp?). Hãy lưu lại dưới dạng CSV UTF-8.' }],
    };
  }
  const grid = records.map(({ record, info }) => ({
    row: info.lines,
    cells: record.map((value, col) => ({ col, value: value as Cell, headerText: value })),
  }));
  return buildTable(grid);
}

function xlsxCellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return xlsxCellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return null;
  }
  return null;
}

export async function readXlsx(buf: Buffer): Promise<RawTable> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    return { headerRow: 0, rows: [], errors: [{ row: 0, column: 'file', message: 'Không đọc được tệp Excel (.xlsx). Tệp có thể bị hỏng.' }] };
  }
  const ws = wb.worksheets.find((w) => w.actualRowCount > 0);
  if (!ws) return { headerRow: 0, rows: [], errors: [{ row: 0, column: 'file', message: 'Tệp Excel không có trang tính nào có dữ liệu.' }] };
  if (ws.rowCount > MAX_ROSTER_ROWS + HEADER_SCAN_ROWS + 1) {
    return {
      headerRow: 0,
      rows: [],
      errors: [{ row: 0, column: 'file', message: `Tệp có quá nhiều dòng (tối đa ${MAX_ROSTER_ROWS.toLocaleString('vi-VN')}).` }],
    };
  }
  const grid: Parameters<typeof buildTable>[0] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Parameters<typeof buildTable>[0][number]['cells'] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A cell merged into another in the same row repeats the master's text: not a column of its own.
      const slaveInRow = cell.isMerged && cell.master !== cell && cell.master.row === cell.row;
      const value = xlsxCellValue(cell.isMerged ? cell.master.value : cell.value);
      const text = value === null ? null : value instanceof Date ? null : String(value);
      cells.push({ col, value: slaveInRow ? null : value, headerText: slaveInRow ? null : text });
    });
    grid.push({ row: rowNumber, cells });
  });
  return buildTable(grid);
}

export async function readRosterFile(buf: Buffer, contentType: string): Promise<RawTable> {
  return contentType === 'text/csv' ? readCsv(buf) : readXlsx(buf);
}

// ---------- values ----------

const PROFESSION_LOOKUP: ReadonlyMap<string, Profession> = new Map([
  ...PROFESSIONS.flatMap(
    (p) =>
      [
        [foldVietnamese(p.code), p.code],
        [foldVietnamese(p.nameVi), p.code],
        [foldVietnamese(p.nameEn), p.code],
      ] as const,
  ),
  ['bs', Profession.PHYSICIAN],
  ['bac sy', Profession.PHYSICIAN],
  ['y sy', Profession.ASSISTANT_PHYSICIAN],
  ['dd', Profession.NURSE],
  ['dieu duong vien', Profession.NURSE],
  ['nu ho sinh', Profession.MIDWIFE],
  ['ky thuat vien', Profession.MEDICAL_TECHNICIAN],
  ['ktv', Profession.MEDICAL_TECHNICIAN],
  ['y hoc co truyen', Profession.TRADITIONAL_MEDICINE],
  ['ds', Profession.PHARMACIST],
  ['duoc sy', Profession.PHARMACIST],
] as [string, Profession][]);

const SEX_LOOKUP: ReadonlyMap<string, Sex> = new Map([
  ['male', 'MALE'],
  ['nam', 'MALE'],
  ['m', 'MALE'],
  ['female', 'FEMALE'],
  ['nu', 'FEMALE'],
  ['f', 'FEMALE'],
  ['other', 'OTHER'],
  ['khac', 'OTHER'],
  ['unknown', 'UNKNOWN'],
  ['khong ro', 'UNKNOWN'],
] as [string, Sex][]);

const SPECIALTY_LOOKUP: ReadonlyMap<string, string> = new Map(
  SPECIALTIES.flatMap(
    (s) =>
      [
        [foldVietnamese(s.code), s.code],
        [foldVietnamese(s.name), s.code],
        [foldVietnamese(s.nameEn), s.code],
      ] as const,
  ),
);

const foldValue = (s: string) => foldVietnamese(s).replace(/_/g, ' ');
const asText = (v: Cell): string | null => (v === null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim() || null);

export function toIsoDate(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** YYYY-MM-DD, dd/mm/yyyy (or d-m-yyyy, d.m.yyyy), an Excel date or an Excel serial number. */
export function parseDate(v: Cell): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : toIsoDate(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 30000 || v > 80000) return null;
    const d = new Date(Date.UTC(1899, 11, 30) + v * 86400000);
    return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  const s = String(v).trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return toIsoDate(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return toIsoDate(+m[3], +m[2], +m[1]);
  return null;
}

const LICENSE = /^[A-Z0-9][A-Z0-9/._-]{2,39}$/;

/**
 * Checks every row; returns the valid records and every problem (row, column, Vietnamese
 * message). Duplicates inside the file (same licence number, or same name and birth year
 * without a licence number) are errors on the later row.
 */
export function validateRoster(table: RawTable, now = new Date()): { records: RosterRecord[]; errors: RowError[] } {
  // A file-level problem (no header, a required column missing) is the one thing to fix first.
  if (table.errors.length) return { records: [], errors: [...table.errors] };
  const errors: RowError[] = [];
  const records: RosterRecord[] = [];
  const thisYear = now.getUTCFullYear();
  const byLicense = new Map<string, number>();
  const byNameYear = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const before = errors.length;
    const err = (column: RosterColumn, message: string) => errors.length < MAX_REPORTED_ERRORS && errors.push({ row, column, message });

    const name = (asText(cells.full_name ?? null) ?? '').normalize('NFC').replace(/\s+/g, ' ');
    if (!name) err('full_name', 'Thiếu họ tên.');
    else if (name.length < 2 || name.length > 100) err('full_name', 'Họ tên phải có từ 2 đến 100 ký tự.');
    else if (/\d/.test(name) || !/\p{L}/u.test(name)) err('full_name', 'Họ tên chỉ gồm chữ cái (không có chữ số).');

    const professionText = asText(cells.profession ?? null);
    const profession = professionText ? PROFESSION_LOOKUP.get(foldValue(professionText)) : undefined;
    if (!professionText) err('profession', 'Thiếu nghề nghiệp.');
    else if (!profession)
      err('profession', `Nghề nghiệp “${professionText.slice(0, 40)}” không hợp lệ. Dùng: Bác sĩ, Y sĩ, Điều dưỡng, Hộ sinh, Kỹ thuật y, Dược sĩ, …`);

    const specialtyText = asText(cells.specialty_code ?? null);
    const specialtyCode = specialtyText ? (SPECIALTY_LOOKUP.get(foldValue(specialtyText)) ?? null) : null;
    if (specialtyText && !specialtyCode) err('specialty_code', `Chuyên khoa “${specialtyText.slice(0, 40)}” không có trong danh mục.`);

    const sexText = asText(cells.sex ?? null);
    const sex = sexText ? SEX_LOOKUP.get(foldValue(sexText)) : undefined;
    if (!sexText) err('sex', 'Thiếu giới tính.');
    else if (!sex) err('sex', 'Giới tính phải là Nam, Nữ hoặc Khác.');

    const yearText = asText(cells.birth_year ?? null);
    let birthYear: number | null = null;
    if (yearText) {
      const y = Number(yearText.replace(/\.0+$/, ''));
      if (!Number.isInteger(y)) err('birth_year', 'Năm sinh phải là số có 4 chữ số, ví dụ 1985.');
      else if (y < 1930 || y > thisYear - 18) err('birth_year', `Năm sinh phải từ 1930 đến ${thisYear - 18}.`);
      else birthYear = y;
    }

    const licenseText = asText(cells.license_number ?? null);
    const licenseNumber = licenseText ? licenseText.toUpperCase().replace(/\s+/g, '') : null;
    if (licenseNumber && !LICENSE.test(licenseNumber)) err('license_number', 'Số GPHN chỉ gồm chữ, số và / . _ - (3–40 ký tự).');

    let licenseValidUntil: string | null = null;
    const validCell = cells.license_valid_until ?? null;
    if (validCell !== null && validCell !== '') {
      licenseValidUntil = parseDate(validCell);
      if (!licenseValidUntil) err('license_valid_until', 'Ngày hết hạn GPHN không hợp lệ (YYYY-MM-DD hoặc dd/mm/yyyy).');
    }

    const position = asText(cells.position ?? null);
    if (position && position.length > 100) err('position', 'Chức vụ tối đa 100 ký tự.');

    const cmeText = asText(cells.cme_hours ?? null);
    let cmeHours: number | null = null;
    if (cmeText) {
      const h = Number(cmeText.replace(',', '.'));
      if (!Number.isFinite(h) || h < 0 || h > 1000) err('cme_hours', 'Giờ CME phải là số từ 0 đến 1000.');
      else cmeHours = Math.round(h * 10) / 10;
    }

    const searchText = foldVietnamese(name);
    if (licenseNumber && LICENSE.test(licenseNumber)) {
      const first = byLicense.get(licenseNumber);
      if (first !== undefined) err('license_number', `Số GPHN trùng với dòng ${first}.`);
      else byLicense.set(licenseNumber, row);
    } else if (name && !licenseNumber) {
      const key = `${searchText}|${birthYear ?? ''}`;
      const first = byNameYear.get(key);
      if (first !== undefined) err('full_name', `Trùng họ tên và năm sinh với dòng ${first} (không có số GPHN để phân biệt).`);
      else byNameYear.set(key, row);
    }

    if (errors.length === before && profession && sex) {
      records.push({ row, fullName: name, searchText, profession, specialtyCode, sex, birthYear, licenseNumber, licenseValidUntil, position, cmeHours });
    }
  }
  return { records, errors };
}

/** The template: documented headers (Vietnamese), then one example row. UTF-8 with BOM so Excel opens it right. */
export function rosterTemplateCsv(): string {
  const header = ROSTER_COLUMNS.map((c) => c.vi).join(',');
  const example = ['Nguyễn Thị Lan', 'Điều dưỡng', 'Nhi khoa', 'Nữ', '1988', '012345/HNO-CCHN', '31/12/2028', 'Điều dưỡng trưởng khoa', '48'].join(',');
  return `\uFEFF${header}\r\n${example}\r\n`;
}
