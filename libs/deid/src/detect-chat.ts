// Chat layout: the sender label that opens a line ("Hạnh:", "Tuấn (Khoa Nội):",
// "Minh Châu - Dược:", "Vy XN:", "mai:", "Điều phối (Hải):", "Chị Nga (phòng KHTH):"),
// then every other occurrence in the same text of a name found anywhere — a given name
// alone, in lower case after a kinship word or before "ơi" ("ê hùng ơi", "c lan oi").
import { ANSWER_WORDS, COMMON_FAMILY_FOLDED, GIVEN_NAME_SET, SURNAME_SET } from './name-sets';
import { type Ctx, noNameAt } from './context';
import { FOREIGN_GIVEN, HIGHLAND_FAMILY } from './data/foreign-names';
import { PLACE_NAMES_KEYED } from './place-names';
import { PROVINCE_NAMES } from './data/provinces';
import { fold, inSet, isVietSyllable, key } from './text';

const givenSet = GIVEN_NAME_SET;
const surnameSet = SURNAME_SET;
const highland = new Set(HIGHLAND_FAMILY.map((w) => fold(w)));
const foreign = new Set(FOREIGN_GIVEN);
/** Given names that are also common words (folded). */
const COMMON = new Set([
  'nam',
  'nu',
  'kinh',
  'hien',
  'bac',
  'thong',
  'tu',
  'truong',
  'thu',
  'dong',
  'truc',
  'kham',
  'tra',
  'ha',
  'mai',
  'hoa',
  'an',
  'binh',
  'long',
  'hai',
  'son',
  'thanh',
  'phuong',
  'nhi',
]);
/** The commonest family names (folded), with those that are also everyday words: in a Title-case label "Đỗ", "Hồ", "Lâm", "Mai" are names. */
const COMMON_FAMILY = new Set([...COMMON_FAMILY_FOLDED, 'do', 'ho', 'lam', 'mai']);
/** Section headings and form labels that are also name syllables. */
const HEADING =
  /^(?:xử trí|bệnh sử|tiền sử|khoa|trực|nội dung|lý do|chỉ định|kết quả|kết luận|chẩn đoán|ghi chú|dặn dò|hướng xử trí|tóm tắt|diễn biến|người lập|người giao|người nhận|phóng viên|người dẫn|nghề nghiệp|lịch trình|địa điểm|khởi phát|bàn luận|điều tra viên|đóng)$/iu;
/** Titles and kinship words that may open a sender label before the name. */
const TITLE = /^(?:bs|bác sĩ|đd|dd|hs|ys|ktv|ks|ths|ts|cn|chị|c|anh|a|em|e|cô|chú|bác|mẹ|me|bố|ba|ả|eng|o|mệ|trạm trưởng|tổ trưởng|sơ|thầy)$/u;
/**
 * Round 8: staff roles written before a sender's name, one or two words ("ĐPV Tuyết:", "PD Minh
 * Thư:", "CTV Hiếu:", "CB Thu Hà:", "MC Thùy Linh:", "Lái xe Dũng:", "Trưởng TYT Lâm Thị Ngọc
 * Ánh:", "Coordinator Khánh Vy:", "YTTB Nay H'Blơ:").
 */
const STAFF_ROLE =
  /^(?:đpv|dpv|pd|ctv|cb|cbyt|mc|yttb|ytt|nhs|ns|dược sĩ|ds|kts|ktv|lái xe|tài xế|(?:đại|trung|thượng|thiếu) (?:úy|uý|tá|tướng)|trưởng (?:tyt|trạm|khoa|phòng|nhóm|tua|ca)|phó (?:trạm|khoa|phòng)|điều dưỡng|hộ sinh|nữ hộ sinh|thư ký|lễ tân|phiên dịch|coordinator|nurse|interpreter|reporter|dr\.?|doctor)$/u;
/** A job written after the sender's name (two words, lower case). */
export const TRAILING_ROLE =
  /^(?:phiên dịch|phien dich|bảo vệ|bao ve|điều dưỡng|dieu duong|hộ lý|ho ly|kế toán|ke toan|thu ngân|thu ngan|lễ tân|le tan|tài xế|tai xe|lái xe|lai xe|thư ký|thu ky|dược sĩ|duoc si|bác sĩ|bac si|hộ sinh|ho sinh|điều phối|dieu phoi|trưởng khoa|trưởng phòng|kỹ thuật|ky thuat|tổng đài|case manager|interpreter|siêu âm|sieu am|cấp cứu|cap cuu|xét nghiệm|xet nghiem|hồi sức|hoi suc|gây mê|gay me|tiếp đón|tiep don|hành chính|hanh chinh|phòng mổ|phong mo|nội trú|noi tru|trực đêm|truc dem|ca đêm|ca dem|thực tập|thuc tap|(?:quầy|quay|phòng|phong|bàn|ban) \d{1,2})$/u;
/** Sender labels that are roles, not people. */
const ROLE =
  /^(?:bn|bệnh nhân|người bệnh|mẹ|bố|ba|má|con|con gái|con trai|vợ|chồng|group|nhóm|phòng|khoa|điều phối|xe|trạm|tổ|ban|bv|admin|bot|hệ thống|tin nhắn|ghi chú|lưu ý|kết luận|chẩn đoán|địa chỉ|ngày|giờ|sđt|đt|họ tên|tên|note|re|fw)\b/iu;
// an exported chat may put the time (and date) first (also read by detect-senders.ts): "[08:12] Ngọc Ánh:", "08:12 - Tùng:", "[6/12, 21:05] Lan:"
export const LABEL =
  /(?:^|\n)[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*|\d{1,2}[:h]\d{2}(?:[ \t]?[AaPp][Mm])?[ \t]*[-–]?[ \t]*)?([^\n:()[\]]{1,40}?)[ \t]*(?:\(([^()\n]{1,30})\))?[ \t]*(?:\d{1,2}[:h]\d{2})?[ \t]*:(?!\/\/)/g;

/** Every word a known name syllable (one of them a given name), none in capitals; at most four. */
export function nameWords(words: string[]): boolean {
  // four syllables only with a middle name ("Lâm Thị Ngọc Ánh")
  if (!words.length || words.length > 4 || (words.length === 4 && !/^(?:thị|văn|thi|van)$/iu.test(words[1]))) return false;
  // every word a known name syllable, none in capitals (headings: "CHAN DOAN:", "XU TRI:")
  return (
    words.every(
      (w) =>
        /^[\p{L}'’]+$/u.test(w) &&
        !/^\p{Lu}{2,}$/u.test(w) &&
        (inSet(givenSet, w) || inSet(surnameSet, w) || highland.has(fold(w)) || foreign.has(w.toLowerCase())),
    ) && words.some((w) => inSet(givenSet, w) || foreign.has(w.toLowerCase()))
  );
}

/** Round 14: "Anh Tuấn Hoàng" — a display name in given-family order whose given name starts with Anh. */
function givenFamilyWithAnh(words: string[]): boolean {
  return words.length === 3 && words[0] === 'Anh' && inSet(givenSet, words[1]) && inSet(surnameSet, words[2]) && !inSet(surnameSet, words[1]);
}

/** Two capitalised words, a given name (listed or not) and one of the commonest family names. */
function givenFamilyName(words: string[]): boolean {
  return (
    words.length === 2 &&
    /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(words[0]) &&
    /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(words[1]) &&
    isVietSyllable(fold(words[0]).toLowerCase()) &&
    COMMON_FAMILY.has(fold(words[1]).toLowerCase()) &&
    !COMMON_FAMILY.has(fold(words[0]).toLowerCase()) &&
    !TITLE.test(words[0].toLowerCase()) &&
    !/^(?:bố|bo|mẹ|me|ba|má|ma|bà|ông|ong|cô|co|chú|chu|dì|di|cậu|cau|bác|bac|con|vợ|chồng|nhóm|phòng|nhà|bv|ttyt|tyt)$/iu.test(words[0])
  );
}

/** The person part of a sender label, as [offset, length] inside the label, or null. */
function personIn(label: string): [number, number] | null {
  // "Minh Châu - Dược", "Loan - KHTH", "Vy XN", "Hoàng Ngoại CT", "Tùng YS": the role after the name
  const main = label.split(/[ \t]+[-–][ \t]+/)[0];
  // round 13: an emoji or a flag after the name ("Thảo Vy 🌸:", "Út Ngọc 🇹🇼:") is decoration
  let words = main.split(/[ \t]+/).filter(Boolean);
  while (words.length > 1 && !/[\p{L}\d]/u.test(words[words.length - 1])) words = words.slice(0, -1);
  // round 15: a reply arrow before the name ("↳ Thảo Nguyễn:") is decoration too (a bullet is not:
  // "• Cần Thơ:" opens an item of a digest)
  while (words.length > 1 && /^[↳↪]+$/u.test(words[0])) words = words.slice(1);
  let skip = 0;
  for (;;) {
    const two = words.length > 2 ? `${words[0]} ${words[1]}`.toLowerCase() : '';
    if (two && STAFF_ROLE.test(two)) {
      skip += label.indexOf(words[2], skip) - skip;
      words = words.slice(2);
    } else if (words.length > 1 && (TITLE.test(words[0].toLowerCase()) || STAFF_ROLE.test(words[0].toLowerCase())) && !givenFamilyWithAnh(words)) {
      skip += label.indexOf(words[1], skip) - skip;
      words = words.slice(1);
    } else break;
  }
  // round 15: a display name in given-family order with one of the commonest family names ("Ngát
  // Nguyễn", "Khoa Nguyen", "Thư Phan") — the given name need not be listed, nor be no role word
  if (givenFamilyName(words)) {
    const start = label.indexOf(words[0], skip);
    return [start, label.indexOf(words[1], start) + words[1].length - start];
  }
  if (ROLE.test(words.join(' '))) return null;
  // round 10: "(bố bé)", "(mẹ cháu)": a relation to someone else, not a name
  if (skip > 0 && words.length === 1 && /^(?:bé|cháu|bn|em|con|nó|anh|chị)$/iu.test(words[0])) return null;
  // drop trailing role words: upper-case abbreviations and ward words ("Vy XN", "Hoàng Ngoại CT")
  // round 10: in a label typed all in lower case ("thu nhi:", "yến nhi:") "nhi" is the given name
  const allLower = words.every((w) => /^\p{Ll}|^\d/u.test(w));
  // round 12: a role or ward typed in lower case after the name ("lan dd:", "khanh noi 2:", "tuan cc:")
  if (allLower)
    // round 14: a community worker and her village after the name ("hung ctv:", "loan thon 4:")
    while (
      words.length > 1 &&
      /^(?:dd|đd|bs|ys|ktv|hl|ds|ctv|yttb|noi|nội|ngoai|ngoại|san|sản|duoc|dược|khoa|cc|hscc|icu|thon|thôn|xom|xóm|ap|ấp|ban|bản|\d{1,2})$/u.test(
        words[words.length - 1],
      )
    )
      words = words.slice(0, -1);
  // round 13: the sender's job after the name, in any case ("Hân phiên dịch:", "Quý bảo vệ:")
  while (words.length > 2 && TRAILING_ROLE.test(`${words[words.length - 2]} ${words[words.length - 1]}`.toLowerCase())) words = words.slice(0, -2);
  while (
    words.length > 1 &&
    (/^[\p{Lu}Đ]{2,4}$/u.test(words[words.length - 1]) ||
      // round 15: a staff title in Title case after the name ("Thuận Bs:")
      /^(?:Bs|Đd|Dd|Ys|Ktv|Ds|Hs)$/u.test(words[words.length - 1]) ||
      (/^(?:ngoại|nội|nhi|sản|dược|khoa)$/iu.test(words[words.length - 1]) && !(allLower && words.length === 2 && words[1] === 'nhi')))
  )
    words = words.slice(0, -1);
  // round 13c: a parent or a relative named by the child ("Bố Tít:", "Mẹ Bắp:"), a birth-order
  // name with its nickname ("Út Nhỏ:", "Hai Lúa:"): the word after it is a nickname, listed or not
  const nickname =
    words.length <= 2 &&
    words.every((w) => /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(w) && isVietSyllable(fold(w).toLowerCase()) && !ROLE.test(w) && !TITLE.test(w.toLowerCase())) &&
    ((skip > 0 && words.length === 1 && /^(?:bố|bo|mẹ|me|ba|má|ma|bà|ông|ong|cô|co|chú|chu|dì|di|cậu|cau|bác|bac)$/iu.test(label.slice(0, skip).trim())) ||
      (words.length === 2 && /^(?:Út|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười)$/u.test(words[0])));
  if (!nickname && !nameWords(words)) return null;
  const start = label.indexOf(words[0], skip);
  const end = label.indexOf(words[words.length - 1], start) + words[words.length - 1].length;
  return [start, end - start];
}

/** One or two capitalised words of Latin letters, as a sender label outside the name lexicons. */
const FOREIGN_LABEL = /^[A-Z][a-z]{2,14}(?:[ \t][A-Z][a-z]{2,14})?$/;
/** English labels that are roles, systems or fields, not people. */
const NOT_A_SENDER = new Set(
  'admin bot system note notes doctor nurse reception pharmacy lab team support staff interpreter coordinator manager hotline operator assistant patient family subject from to date sent time diagnosis plan assessment history summary update reply answer question result results comment comments remark remarks address phone email status'.split(
    ' ',
  ),
);

export function detectChat(ctx: Ctx): void {
  const { p, out } = ctx;
  const norm = p.norm;
  let m: RegExpExecArray | null;
  LABEL.lastIndex = 0;
  const found: { start: number; end: number }[] = [];
  const foreignLabels = new Map<string, number[]>();
  const otherLabels = new Map<string, { at: number; stamped: boolean }[]>();
  let senderLines = 0;
  // round 17: a heading word that is also a given name, alone as a label with a message typed after it ("Khoa: cho nhập")
  const headingNames: { start: number; end: number }[] = [];
  while ((m = LABEL.exec(norm))) {
    const labelStart = m.index + m[0].indexOf(m[1]);
    const bare = m[1].trim();
    if (
      !m[2] &&
      /^\p{Lu}\p{Ll}+$/u.test(bare) &&
      HEADING.test(bare) &&
      inSet(givenSet, bare) &&
      /^[ \t]*\p{Ll}/u.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 12))
    ) {
      const at = labelStart + m[1].indexOf(bare);
      headingNames.push({ start: at, end: at + bare.length });
    }
    const person = HEADING.test(bare) ? null : personIn(m[1]);
    // round 15: a protected phrase is no sender ("Vi sinh TW:"); a department is none either, but
    // "Khoa Trần" (a given name, then a common family name) is a person
    if (person && person[0] === 0 && noNameAt(ctx, labelStart) && !givenFamilyName(m[1].trim().split(/[ \t]+/))) {
      LABEL.lastIndex = m.index + m[0].length;
      continue;
    }
    if (person) {
      senderLines++;
      found.push({ start: labelStart + person[0], end: labelStart + person[0] + person[1] });
    } else if (FOREIGN_LABEL.test(m[1].trim())) {
      const label = m[1].trim();
      const at = labelStart + m[1].indexOf(label);
      foreignLabels.set(label, [...(foreignLabels.get(label) ?? []), at]);
    } else if (!HEADING.test(m[1].trim())) {
      const label = m[1].trim();
      const stamped = STAMPED.test(m[0]);
      otherLabels.set(label, [...(otherLabels.get(label) ?? []), { at: labelStart + m[1].indexOf(label), stamped }]);
    }
    // "Điều phối (Hải)", "Xe 02 (Đức)", "Tanaka-san (phiên dịch Ngọc Ánh)": a person in the bracket
    if (m[2]) {
      const inner = personIn(m[2].replace(/^(?:phiên dịch|pd|người nhà)[ \t]+/iu, (x) => ' '.repeat(x.length)));
      const bracketStart = m.index + m[0].lastIndexOf(`(${m[2]})`) + 1;
      if (inner) {
        senderLines++;
        found.push({ start: bracketStart + inner[0], end: bracketStart + inner[0] + inner[1] });
      }
    }
    LABEL.lastIndex = m.index + m[0].length;
  }
  // round 13: a foreign name outside the lexicons that opens two lines or more of a conversation
  // ("Nattaya (AXA Assist):", "Malee Rattanakul:") — a sender, not a field
  for (const [label, starts] of foreignLabels) {
    if (starts.length < 2 || senderLines + starts.length < 3) continue;
    const words = label.split(/[ \t]+/);
    if (words.some((w) => isVietSyllable(fold(w).toLowerCase()) || NOT_A_SENDER.has(w.toLowerCase()))) continue;
    for (const start of starts) found.push({ start, end: start + label.length });
    senderLines += starts.length;
  }
  // round 15: a label that opens two lines or more of a conversation, or a line stamped with its
  // time, keeps the name it starts with whatever desk or role follows ("Tùng trực tổng:",
  // "Cường GĐ An Khang:", "mai anh bl:")
  for (const [label, uses] of otherLabels) {
    const prefix = namePrefix(label);
    // once, unstamped: only with a staff abbreviation right after the name ("tung dd ca ngay:")
    if (uses.length < 2 && !uses[0].stamped && !(prefix && ROLE_AFTER.test(label.slice(prefix)))) continue;
    // a protected phrase is no name ("Vi sinh TW Huế:")
    if (!prefix || noNameAt(ctx, uses[0].at)) continue;
    senderLines += uses.length;
    for (const { at } of uses) found.push({ start: at, end: at + prefix });
  }
  // a conversation has several sender lines; one "Name:" line alone is more often a field
  if (senderLines >= 2) for (const f of [...found, ...headingNames]) out.push({ kind: 'NAME', ...f });
}

/** A staff abbreviation or a desk right after a sender's name ("dd ca ngay", "tyt Sóc Hà", "xe 26"). */
const ROLE_AFTER = /^[ \t]+(?:dd|đd|bs|ys|ktv|ks|hl|ds|ctv|yttb|tyt|cc|hscc|xe|gđ|gd|bl|tt)(?![\p{L}\d])/iu;
/** A line that opens with a time ("[23:55] ", "07:10 - "). */
const STAMPED = /^\n?[ \t]*(?:\[[^\]\n]{0,25}\d{1,2}[:h]\d{2}[^\]\n]{0,10}\]|\d{1,2}[:h]\d{2})/;

/**
 * The length of the name a sender label starts with, when more words follow it: one to three
 * name syllables in one case (all capitalised or all lower case), none a role, a title or a
 * common word opening the label; 0 when there is none.
 */
function namePrefix(label: string): number {
  const words = label.split(/[ \t]+/);
  // a sender label is short and holds no number or field ("Tới 84912447803 | Nội dung" is a log line)
  if (words.length > 5 || /\d{3}|[|]/.test(label)) return 0;
  // ("khoa bs:" is Khoa the doctor: a department does not sign with a staff title)
  const staffAfter = words.length === 2 && ROLE_AFTER.test(` ${words[1]}`);
  if (words.length < 2 || (ROLE.test(label) && !staffAfter) || TITLE.test(words[0].toLowerCase()) || STAFF_ROLE.test(words[0].toLowerCase())) return 0;
  const lower = /^\p{Ll}/u.test(words[0]);
  if (!lower && COMMON.has(fold(words[0]))) return 0;
  let n = 0;
  while (n < 3 && n < words.length - 1) {
    const w = words[n];
    const caseOk = lower ? /^[\p{Ll}'’]+$/u.test(w) : /^\p{Lu}[\p{Ll}\p{M}'’]+$/u.test(w);
    if (!caseOk || !(inSet(givenSet, w) || inSet(surnameSet, w))) break;
    n++;
  }
  if (!n || !nameWords(words.slice(0, n))) return 0;
  return label.indexOf(words[n - 1]) + words[n - 1].length;
}

/** A kinship word or title opening a sentence or a line, right before a name. */
const SENTENCE_TITLE = /(?:^|[.!?:\n][ \t]*)(?:Anh|Chị|Em|Ông|Bà|Cô|Chú|Bác|Cháu|Bé|Cụ|Mẹ|Bố|Ba|Má|BS|Bác sĩ|Điều dưỡng|Mệ|O|Eng|Ả)[ \t]$/u;
const WORD_EDGE = /[\p{L}\d]/u;
const FOREIGN_EDGE = /[\p{L}\d'’-]/u;

/** An edge character (one code point) right before or after hay[i, i + len). */
function edgeAround(hay: string, i: number, len: number, edge: RegExp): boolean {
  const before = i > 0 ? String.fromCodePoint(hay.codePointAt(i - 1) ?? 0) : '';
  // (a low surrogate before: the code point is the pair)
  const cpBefore = i > 1 && /[\udc00-\udfff]/.test(hay[i - 1]) && /[\ud800-\udbff]/.test(hay[i - 2]) ? hay.slice(i - 2, i) : before;
  const after = i + len < hay.length ? String.fromCodePoint(hay.codePointAt(i + len) ?? 0) : '';
  return !!((cpBefore && edge.test(cpBefore)) || (after && edge.test(after)));
}

const asciiEdgeTables = new Map<RegExp, Uint8Array>();
/** edge.test() of each ASCII character (1: an edge). */
function asciiEdges(edge: RegExp): Uint8Array {
  let table = asciiEdgeTables.get(edge);
  if (!table) {
    table = new Uint8Array(128);
    for (let c = 0; c < 128; c++) table[c] = edge.test(String.fromCharCode(c)) ? 1 : 0;
    asciiEdgeTables.set(edge, table);
  }
  return table;
}

/**
 * Speed: the starts of `w` in `hay` with no `edge` character (one code point) right before or
 * after it, left to right without overlap — what a global /(?<!edge)w(?!edge)/u regex finds,
 * found with indexOf instead of a regex built for every name.
 */
function wholeWord(hay: string, w: string, edge: RegExp): number[] {
  const found: number[] = [];
  if (!w) return found;
  const ascii = asciiEdges(edge);
  for (let pos = 0; ;) {
    const i = hay.indexOf(w, pos);
    if (i < 0) return found;
    // ASCII on both sides (the folded text mostly is): the table answers
    const cb = i > 0 ? hay.charCodeAt(i - 1) : 0;
    const ca = i + w.length < hay.length ? hay.charCodeAt(i + w.length) : 0;
    const blocked = cb < 0x80 && ca < 0x80 ? (i > 0 && ascii[cb] === 1) || (i + w.length < hay.length && ascii[ca] === 1) : edgeAround(hay, i, w.length, edge);
    if (blocked) {
      pos = i + 1;
      continue;
    }
    found.push(i);
    pos = i + w.length;
  }
}

/** Every other occurrence of the names found: the full name, and its given name alone. */
export function propagateNames(ctx: Ctx): void {
  const { p, out } = ctx;
  const norm = p.norm;
  const words = new Set<string>();
  /** the forms each name was written in, lower case, with their diacritics */
  const forms = new Map<string, Set<string>>();
  const addWord = (original: string) => {
    const w = fold(original).toLowerCase();
    words.add(w);
    forms.set(w, (forms.get(w) ?? new Set()).add(original.toLowerCase()));
  };
  const lowerSeen = new Set<string>();
  const upperSeen = new Set<string>();
  const foreignSeen = new Set<string>();
  /** given names taken from a full name although not in the list: never at a sentence start ("Dạ, …") */
  const loose = new Set<string>();
  for (const c of out) {
    if (c.kind !== 'NAME') continue;
    const parts = norm
      .slice(c.start, c.end)
      .split(/[ \t\n]+/)
      .filter((w) => /^[\p{L}'’-]{2,}$/u.test(w));
    if (!parts.length) continue;
    const last = parts[parts.length - 1];
    // a foreign name in Latin letters ("Graham Whitfield", "Rachel O'Brien"): its family name
    // and its given name recur alone in the text, capitalised ("Whitfield said …")
    // round 8: a single foreign given name found by a cue ("my son Eli") recurs alone as well
    if (parts.length === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(last) && !isVietSyllable(fold(last).toLowerCase())) foreignSeen.add(fold(last).toLowerCase());
    if (
      parts.length >= 2 &&
      parts.length <= 3 &&
      parts.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) &&
      parts.some((w) => !isVietSyllable(fold(w).toLowerCase().replace(/['’-]/g, '')))
    ) {
      for (const w of [parts[0], last])
        if (w.length >= 3 && !isVietSyllable(fold(w).toLowerCase().replace(/['’-]/g, ''))) foreignSeen.add(fold(w).toLowerCase());
    }
    // round 8: a full name of three syllables or more with a known family name gives its last
    // syllable as a given name even outside the list ("Hồ Thị Gái … mệ Gái", "Lầu Thị Chía")
    // round 15: also a full name typed in lower case with its middle name ("pham thi mui … ba mui")
    const lowerFull = parts.length >= 3 && /^\p{Ll}+$/u.test(last) && /^(?:thị|văn|thi|van)$/u.test(parts[1]);
    const fullName =
      parts.length >= 3 &&
      parts.length <= 4 &&
      inSet(surnameSet, parts[0]) &&
      (/^\p{Lu}\p{Ll}/u.test(last) || lowerFull) &&
      isVietSyllable(fold(last).toLowerCase());
    if (fullName && lowerFull) lowerSeen.add(fold(last).toLowerCase());
    // a two-syllable given name recurs whole ("thach thi sa phol" … "sa phol")
    if (lowerFull && parts.length === 4 && inSet(surnameSet, parts[0])) {
      const given = parts.slice(2).join(' ');
      addWord(given);
      lowerSeen.add(fold(given).toLowerCase());
    }
    if (fullName && !inSet(givenSet, last)) {
      addWord(last);
      loose.add(fold(last).toLowerCase());
      continue;
    }
    if (!inSet(givenSet, last) && !highland.has(fold(parts[0]))) continue;
    if (/^\p{Ll}/u.test(last)) lowerSeen.add(fold(last).toLowerCase());
    if (/^\p{Lu}{2,}$/u.test(last)) upperSeen.add(fold(last).toLowerCase());
    // the given name (last syllable), or a two-syllable given name ("Minh Châu", "Thu Trang")
    if (inSet(givenSet, last) || parts.length <= 2) addWord(parts.length === 2 && !inSet(surnameSet, parts[0]) ? parts.join(' ') : last);
  }
  for (const w of foreignSeen) {
    for (const start of wholeWord(p.fold, w, FOREIGN_EDGE)) {
      if (/^\p{Lu}\p{Ll}/u.test(norm.slice(start, start + 2)) && !noNameAt(ctx, start)) out.push({ kind: 'NAME', start, end: start + w.length });
    }
  }
  for (const w of words) {
    for (const start of wholeWord(p.fold, w, WORD_EDGE)) {
      const end = start + w.length;
      const text = norm.slice(start, end);
      const before = norm.slice(Math.max(0, start - 12), start);
      const after = norm.slice(end, end + 6);
      // inside a capitalised phrase ("Bạch Mai", "Nhi Đồng") it is that phrase's word
      // (round 13: but a capitalised occurrence after a title opening a sentence is the name: "… BS Yên. Ông Lự hôm nay")
      if ((/\p{Lu}[\p{L}]*[ \t]$/u.test(before) && !(SENTENCE_TITLE.test(before) && /^\p{Lu}/u.test(text))) || /^[ \t]\p{Lu}/u.test(after)) continue;
      const capital = /^\p{Lu}/u.test(text);
      const lowerCue =
        /(?:^|[^\p{L}])(?:c|a|e|chị|anh|em|bác|cô|chú|o|ả|eng|mệ|bn|bé|cháu)[ \t]+$/iu.test(before) ||
        // round 12: a name already seen in lower case, after a title or a kinship word typed without diacritics
        (lowerSeen.has(w) && /(?:^|[^\p{L}])(?:ba|ong|bà|ông|bs|dd|đd|chi|co|chu|bac|ktv|ys)[ \t]+$/u.test(before)) ||
        /^[ \t]*(?:ơi|oi)/u.test(after) ||
        // round 15: in a roster joined by dashes ("ca chiều son – ty – hoang")
        (lowerSeen.has(w) && inRoster(norm, start, end, words)) ||
        (lowerSeen.has(w) && /(?:^|\n)[ \t]*$/.test(before) && /^[ \t]*:/.test(after));
      if (!capital && !lowerCue) continue;
      if (/^\p{Lu}{2,}$/u.test(text) && !upperSeen.has(w)) continue;
      if (noNameAt(ctx, start)) continue;
      // round 14: nor "Dạ", "Vâng", "Thưa" (answers that are also given names) at a sentence start
      if ((loose.has(w) || ANSWER_WORDS.folded.has(w)) && /(?:^|[\n.!?:…])[ \t\-–•*"“]*$/u.test(before)) continue;
      if (/(?:dân tộc|người|tiếng)[ \t:]+$/iu.test(before)) continue; // "Dân tộc: Thái", "người Tày"
      // given names that are also everyday words at the start of a phrase ("Kính gửi", "Hiện tại", "Nam/Nữ")
      if (
        capital &&
        COMMON.has(w) &&
        !/^[ \t]*(?:ơi|oi|:|\()/u.test(after) &&
        !/(?:^|[^\p{L}])(?:chị|anh|em|bác|cô|chú|bà|ông|bé|cháu|BN|eng|ả|O|mệ)[ \t]+$/u.test(before)
      )
        continue;
      // a lower-case word with diacritics the name was never written with is that word ("mai anh" … "ảnh")
      if (!capital && text !== fold(text) && !forms.get(w)?.has(text.toLowerCase())) continue;
      out.push({ kind: 'NAME', start, end });
    }
  }
}

/** A list of one- or two-word capitalised items joined by commas and a final "và" / "and". */
const NAME_LIST =
  /(?:\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}]+)?)(?:(?:,[ \t]*|[ \t]+(?:và|and)[ \t]+)(?:\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}]+)?)){2,}/gu;

/**
 * Round 15: the rest of a list of names ("đã đủ 4 người: Vy, Vinh, Đức Anh, Khoa", "Nam, Tú, Hiếu,
 * Lực, Hà, Quang và Thanh Bình"): when two items or more are names found already and at most as many
 * are not, every item is a name — but a protected phrase or a place of two words.
 */
export function completeNameLists(ctx: Ctx): void {
  const { p, out } = ctx;
  if (!p.norm.includes(',')) return;
  const names = out.filter((c) => c.kind === 'NAME');
  if (names.length < 2) return;
  let m: RegExpExecArray | null;
  NAME_LIST.lastIndex = 0;
  while ((m = NAME_LIST.exec(p.norm))) {
    const items: [number, number][] = [];
    const item = /\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}]+)?/gu;
    let it: RegExpExecArray | null;
    while ((it = item.exec(m[0]))) items.push([m.index + it.index, m.index + it.index + it[0].length]);
    const isName = ([a, b]: [number, number]) => names.some((c) => c.start <= a && c.end >= b);
    const known = items.filter(isName).length;
    // (round 17: a third of the list is enough, "Nam, Tú, Hiếu, Lực, Hà, Quang và Thanh Bình")
    if (known < 2 || items.length > 3 * known) continue;
    for (const [a, b] of items) {
      const words = p.norm.slice(a, b).split(/[ \t]+/);
      const place = noNameAt(ctx, a) || (words.length > 1 && PLACE_NAMES_KEYED.has(key(p.norm.slice(a, b))));
      if (!isName([a, b]) && !place && words.every((w) => isVietSyllable(fold(w).toLowerCase()))) out.push({ kind: 'NAME', start: a, end: b });
    }
  }
}

/** Round 15: a lower-case name next to another name across a dash ("son – ty – hoang"). */
function inRoster(norm: string, start: number, end: number, names: ReadonlySet<string>): boolean {
  const before = /(?:^|[^\p{L}])(\p{Ll}+)[ \t]+[–—-][ \t]+$/u.exec(norm.slice(Math.max(0, start - 16), start));
  const after = /^[ \t]+[–—-][ \t]+(\p{Ll}+)(?![\p{L}])/u.exec(norm.slice(end, end + 16));
  return [before, after].some((m) => m !== null && names.has(fold(m[1]).toLowerCase()));
}

/** Round 13c: a name found in a sender label keeps no job or desk after it ("Ánh Siêu Âm:" → Ánh). */
export function trimLabelRoles(ctx: Ctx): void {
  const { norm } = ctx.p;
  for (const c of ctx.out) {
    if (c.kind !== 'NAME') continue;
    const words = norm.slice(c.start, c.end).split(/[ \t]+/);
    const after = norm.slice(c.end, c.end + 36);
    // "Thu Quầy 2:": the span stops before the desk's number
    const desk =
      words.length >= 2 &&
      /^(?:quầy|quay|phòng|phong|bàn|ban)$/iu.test(words[words.length - 1]) &&
      /^[ \t]*\d{1,2}[ \t]*(?:\([^()\n]{0,30}\))?[ \t]*:/.test(after);
    const role = words.length >= 3 && TRAILING_ROLE.test(words.slice(-2).join(' ').toLowerCase()) && /^[ \t]*(?:\([^()\n]{0,30}\))?[ \t]*:/.test(after);
    // round 17: a span that ends inside the job ("Nguyệt Siêu" of "Nguyệt Siêu Âm:")
    const rest = /^[ \t]+(\p{L}+)[ \t]*(?:\([^()\n]{0,30}\))?[ \t]*:/u.exec(after);
    const split = words.length >= 2 && !!rest && TRAILING_ROLE.test(`${words[words.length - 1]} ${rest[1]}`.toLowerCase());
    if (!desk && !role && !split) continue;
    const kept = words.slice(0, desk || split ? -1 : -2).join(' ');
    if (norm.startsWith(kept, c.start)) c.end = c.start + kept.length;
  }
}

/** A line that is only two or three capitalised words, and the start of the next line. */
const OWN_LINE = /(?:^|\n)[ \t]*(\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+){1,2})[ \t]*\n[ \t]*(?=(\S[^\n]{0,40}))/gu;
/** A news lead opens with a time of day and a date ("Sáng 4/6,", "Rạng sáng 28/10,"). */
const LEAD = /^(?:Sáng|Chiều|Tối|Trưa|Đêm|Khuya|Rạng sáng|Sáng sớm|Chiều tối|Ngày|Hôm|Khoảng|Vào|Trưa)[ \t][^\n]{0,12}?\d{1,2}[/-]\d{1,2}/u;

/**
 * Round 14: a name on a line of its own — a messenger's sender above the message, in
 * given-family order ("Hương Nguyễn", "Minh Tâm Trần": the last word a family name, the first a
 * given name), or a news byline above a lead that opens with a time and a date ("Kim Ngân" /
 * "Sáng 4/6, …"). No place of the gazetteer.
 */
export function detectOwnLineSenders(ctx: Ctx): void {
  const { p, out } = ctx;
  let m: RegExpExecArray | null;
  OWN_LINE.lastIndex = 0;
  while ((m = OWN_LINE.exec(p.norm))) {
    const words = m[1].split(/[ \t]+/);
    const last = words[words.length - 1];
    const byline = LEAD.test(m[2]);
    if (!(byline || (inSet(surnameSet, last) && inSet(givenSet, words[0]))) || !nameWords(words)) continue;
    if (PLACE_NAMES_KEYED.has(key(m[1])) || PLACE_NAMES_KEYED.has(key(words.slice(-2).join(' ')))) continue;
    const start = m.index + m[0].indexOf(m[1]);
    if (noNameAt(ctx, start)) continue;
    out.push({ kind: 'NAME', start, end: start + m[1].length });
  }
}

const PROVINCES_KEYED = new Set(PROVINCE_NAMES.map((n) => key(n)));

/** Round 15: a news byline with its date ("Ngọc Bích | 30/08/2024", "HOÀI THƯƠNG – 03/02/2025"). */
const DATED_BYLINE =
  /(?:^|\n)[ \t]*(\p{Lu}[\p{L}\p{M}]+(?:[ \t]+\p{Lu}[\p{L}\p{M}]+){1,3})[ \t]*[|–—-][ \t]*(?:\d{1,2}[:h]\d{2}[ \t]*)?\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}/gu;

export function detectDatedBylines(ctx: Ctx): void {
  const { p, out } = ctx;
  let m: RegExpExecArray | null;
  DATED_BYLINE.lastIndex = 0;
  while ((m = DATED_BYLINE.exec(p.norm))) {
    const words = m[1].split(/[ \t]+/);
    const titled = words.map((w) => w[0] + w.slice(1).toLowerCase());
    // (a province is a dateline: "Hà Nội | 30/08/2024"; a ward named like a person is not: "Ngọc Bích")
    if (!nameWords(titled) || PROVINCES_KEYED.has(key(titled.join(' ')))) continue;
    const start = m.index + m[0].indexOf(m[1]);
    if (noNameAt(ctx, start)) continue;
    out.push({ kind: 'NAME', start, end: start + m[1].length });
  }
}

/** A signature's label and the name after it, alone on the rest of the line ("Ký: Thanh", "ky: Thanh"). */
const SIGNATURE =
  /(?:^|\n)[ \t]*(?:người ký|nguoi ky|ký tên|ky ten|ký|ky)[ \t]*:[ \t]*(\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+){0,3})[ \t]*(?=\n|$)/giu;

/** Round 14: the name signed under a note or a hand-over. */
export function detectSignatures(ctx: Ctx): void {
  const { p, out } = ctx;
  let m: RegExpExecArray | null;
  SIGNATURE.lastIndex = 0;
  while ((m = SIGNATURE.exec(p.norm))) {
    if (!nameWords(m[1].split(/[ \t]+/))) continue;
    const start = m.index + m[0].lastIndexOf(m[1]);
    out.push({ kind: 'NAME', start, end: start + m[1].length });
  }
}

/** A roster's cue, then the rest of its line: "Lịch trực tuần này - …", "bảng trực thứ 7: …", "ky: …". */
// (speed: matched on the folded text, lower case without diacritics, offsets as in the text)
const ROSTER = /(?<![a-z])(?:lich truc|bang truc|phan cong|danh sach|ds|kip|e-kip|ekip|ky|truc)(?![a-z])[^\n:–-]{0,40}[:–-][ \t]*([^\n]{3,160})/g;
/** One item of a roster: the name, then a ward in brackets, a time or an emoji. */
const ROSTER_ITEM = /^[ \t]*([\p{L}]+(?:[ \t][\p{L}]+)?)[ \t]*(?:\([^()\n]{0,24}\))?[ \t]*(?:\d{1,2}h\d{0,2})?[ \t]*[^\p{L}\d]*$/u;

/**
 * Round 14: the given names of a roster or a list of signatories ("Lịch trực tuần này -
 * Hoàng/Trang/Dũng/Nhi", "bảng trực thứ 7: Hân, Tiên, Long", "ky: tuan / dung / linh 6h45"): two
 * items or more, most of them, given names of the lexicon.
 */
export function detectRosters(ctx: Ctx): void {
  const { p, out } = ctx;
  let m: RegExpExecArray | null;
  ROSTER.lastIndex = 0;
  while ((m = ROSTER.exec(p.fold))) {
    const listStart = m.index + m[0].length - m[1].length;
    const parts = p.norm.slice(listStart, listStart + m[1].length).split(/([/,;]|[ \t]+(?:và|va)[ \t]+)/u);
    const items: { start: number; end: number }[] = [];
    let total = 0;
    for (let k = 0, at = listStart; k < parts.length; at += parts[k].length, k++) {
      if (k % 2 === 1) continue;
      total++;
      const item = ROSTER_ITEM.exec(parts[k]);
      if (!item) continue;
      const words = item[1].split(/[ \t]/);
      const cased = words.every((w) => /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(w)) || words.every((w) => /^[\p{Ll}\p{M}]+$/u.test(w));
      if (!cased || !words.every((w) => inSet(givenSet, w))) continue;
      const start = at + parts[k].indexOf(item[1]);
      items.push({ start, end: start + item[1].length });
    }
    if (items.length >= 2 && items.length * 3 >= total * 2) for (const it of items) out.push({ kind: 'NAME', ...it });
    ROSTER.lastIndex = m.index + m[0].length;
  }
}
