// Tables typed with "|" (line lists, registers, contact-tracing and vaccination sheets):
// the column header says what a cell holds. A cell under "Họ tên …" starts with a name
// whatever its shape ("Kim Min-jun", "Báo Văn Kiều"), one under "Địa chỉ", "Thôn",
// "Ấp" … is an address even without a unit word ("Văn Lâm 2", "12 Bùi Văn Hòa"), one
// under "Mã BN", "Mã số" … is a record number.
import { GIVEN_NAME_SET } from './name-sets';
import type { Ctx } from './context';
import { SURNAMES } from './data/names';
import { CUE_STOPWORDS, SEX_WORDS } from './data/vocab';
import { inSet, keySet, tokenAtOffset } from './text';
import type { PhiKind } from './types';

const stop = keySet(CUE_STOPWORDS);
const surnames = keySet(SURNAMES.flatMap((s) => s.split(' ')));
const given = GIVEN_NAME_SET;
const sexWords = new Set(SEX_WORDS);

/** Column headers, folded (lower case, no diacritics). */
const NAME_HEADER =
  /^(?:ho,? (?:va )?ten|ho ten|ten)(?: (?:tre|me|bo|cha|nguoi benh|benh nhan|benh nhi|nguoi nha|nguoi tiep xuc|hoc sinh|nan nhan|viet tat|khai sinh|day du))?$/;
const ADDRESS_HEADER =
  /^(?:dia chi|thon|ap|ban|buon|xom|lang|soc|khom|to dan pho|khu pho|to|xa|phuong|xa\/phuong|noi o|noi cu tru|cho o|que quan|que|dia ban|noi song|thon\/(?:buon|ap|ban|xom|lang)|(?:thon|ap|ban|buon|xom),? (?:xa|phuong)|dia chi (?:thuong tru|tam tru|lien he|cu tru))$/;
// (a bare "Mã" or "Mã số" column may hold disease or drug codes: not these; "Mã LM", "Mã TN" … are a
// unit's own patient codes, round 12)
const RECORD_HEADER =
  /^(?:ma bn|ma benh nhan|ma nb|ma nguoi benh|ma ho so|ma y te|ma dieu tri|ma the|ma ca|ma ca benh|ma xn|ma xet nghiem|ma mau|so ho so|so ba|so benh an|so luu tru|so vao vien|so xn|so xet nghiem|tui mau|ma tui(?: mau)?|so tui(?: mau)?|so phieu|sid|pid|mrn|ma (?!icd|atc|dv|vt|tinh|xa|huyen|khoa|phong|benh$|thuoc|hang|nganh|so$)[a-z]{2,4})$/;

interface Cell {
  start: number;
  end: number;
  text: string;
}

function cellsOf(lineStart: number, line: string, sep: string): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (let k = 0; k <= line.length; k++) {
    if (k === line.length || line[k] === sep) {
      const raw = line.slice(from, k);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      cells.push({ start: lineStart + from + lead, end: lineStart + from + lead + text.length, text });
      from = k + 1;
    }
  }
  return cells;
}

/** The name at the start of a cell: capitalised words of any shape ("Kim Min-jun (Hàn Quốc)" → "Kim Min-jun"). */
const LEADING_NAME = /^\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Ll}+)?(?:[ \t]+\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Ll}+)?){0,5}/u;

export function detectTables(ctx: Ctx): void {
  const { p } = ctx;
  const norm = p.norm;
  // round 15: also exports separated by ";", tabs or commas (CSV from a hospital information system)
  if (!/[|;\t,]/.test(norm)) return;
  const push = (kind: PhiKind, start: number, end: number) => {
    if (end > start) ctx.out.push({ kind, start, end });
  };
  let columns: Map<number, PhiKind> | null = null;
  let columnSep = '|';
  let columnCount = 0;
  let lineStart = 0;
  while (lineStart <= norm.length) {
    let lineEnd = norm.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = norm.length;
    const line = norm.slice(lineStart, lineEnd);
    // (speed: with no header yet, only a line without digits can be one)
    const sep = !columns && /\d/.test(line) ? null : separatorOf(line, columns ? columnSep : null);
    const count = sep ? countOf(line, sep) : 0;
    // a comma-separated row belongs to the table only with as many commas as its header
    if (!sep || (sep === ',' && columns && count !== columnCount)) columns = null;
    else {
      const cells = cellsOf(lineStart, line, sep);
      const folded = cells.map((c) =>
        p.fold
          .slice(c.start, c.end)
          .replace(/[.:]+$/, '')
          .replace(/_/g, ' ')
          .trim(),
      );
      const header = new Map<number, PhiKind>();
      folded.forEach((h, k) => {
        if (NAME_HEADER.test(h)) header.set(k, 'NAME');
        else if (ADDRESS_HEADER.test(h)) header.set(k, 'ADDRESS');
        else if (RECORD_HEADER.test(h)) header.set(k, 'RECORD_NUMBER');
        else if (/^(?:tuoi|age)$/.test(h)) header.set(k, 'AGE_OVER_89');
      });
      // (a comma-separated header needs two known columns: commas are everywhere in prose)
      if (header.size >= (sep === ',' ? 2 : 1) && !cells.some((c) => /\d/.test(c.text))) {
        columns = header;
        columnSep = sep;
        columnCount = count;
      } else if (columns) {
        for (const [k, kind] of columns) {
          const c = cells[k];
          if (!c || !c.text || /^[-–—.]+$/.test(c.text)) continue;
          if (kind === 'NAME') nameCell(ctx, c, push);
          else if (kind === 'ADDRESS') addressCell(ctx, c, push);
          // round 12: an "Tuổi" column holds ages; 90 and over are identifiers
          else if (kind === 'AGE_OVER_89') {
            if (/^\d{2,3}$/.test(c.text) && Number(c.text) >= 90 && Number(c.text) <= 130) push('AGE_OVER_89', c.start, c.end);
          } else if (/^[A-Za-z0-9][\w\-/.]*$/.test(c.text) && c.text.replace(/\D/g, '').length >= (/^\d+$/.test(c.text) ? 2 : 3))
            push('RECORD_NUMBER', c.start, c.end);
        }
      }
    }
    lineStart = lineEnd + 1;
  }
}

/** The cell separator of a table row: "|", ";" or a tab twice or more, or the header's comma. */
function separatorOf(line: string, current: string | null): string | null {
  for (const sep of ['|', ';', '\t']) if (countOf(line, sep) >= 2) return sep;
  if ((current === ',' || current === null) && countOf(line, ',') >= 2) return ',';
  return null;
}

function countOf(line: string, sep: string): number {
  let n = 0;
  for (let at = line.indexOf(sep); at >= 0; at = line.indexOf(sep, at + 1)) n++;
  return n;
}

function nameCell(ctx: Ctx, c: Cell, push: (kind: PhiKind, start: number, end: number) => void): void {
  // initials ("T.V.Đ") are found by the name detector
  if (/^\p{Lu}\./u.test(c.text)) return;
  const m = LEADING_NAME.exec(c.text);
  if (!m) return;
  const words = m[0].split(/[ \t]+/);
  if (inSet(stop, words[0]) || sexWords.has(words[0])) return;
  // a name-like word must be in it (a "Tên" column may list drugs: "Augmentin")
  if (!words.some((w) => /-/.test(w) || inSet(surnames, w) || inSet(given, w))) return;
  const k = tokenAtOffset(ctx.tokens, c.start);
  if (k < ctx.tokens.length && ctx.noName[k]) return;
  push('NAME', c.start, c.start + m[0].length);
}

function addressCell(ctx: Ctx, c: Cell, push: (kind: PhiKind, start: number, end: number) => void): void {
  const { tokens, provinceLen, p } = ctx;
  let end = c.start + c.text.search(/[(]|$/);
  // a province at the end of the cell stays: "xã Hòa Ninh, Lâm Đồng"
  for (let k = tokenAtOffset(ctx.tokens, c.start); k < tokens.length && tokens[k].start < end; k++) {
    if (!provinceLen[k]) continue;
    const before = p.norm.slice(c.start, tokens[k].start).replace(/[\s,\-–]+$/, '');
    end = c.start + before.length;
    break;
  }
  const text = p.norm.slice(c.start, end).trim();
  if (!/[\p{L}\d]/u.test(text)) return;
  // one bare word ("Seoul") is too little to call an address
  if (!/\d/.test(text) && text.split(/[ \t]+/).length < 2) return;
  push('ADDRESS', c.start, c.start + text.length);
}
