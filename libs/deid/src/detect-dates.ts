// Exact dates (and month + year), and ages of 90 and over.
//
// Decisions (see README): a year alone is kept ("sinh năm 1954"); month + year is
// flagged ("tháng 3/2024", HIPAA Safe Harbor removes every date element but the year);
// a day/month without year is flagged unless the context says it is a fraction, a
// ratio, a score or a vital sign ("HA 120/80", "1/2 viên", "sức cơ 4/5", "24/7").
import type { Ctx } from './context';
import type { Candidate } from './types';
import { isVietSyllable } from './text';

function validDM(d: number, m: number): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12 && !(m === 2 && d > 29) && !([4, 6, 9, 11].includes(m) && d > 30);
}

function validYear(y: string): boolean {
  if (y.length === 2) return true;
  const n = Number(y);
  return n >= 1900 && n <= 2099;
}

/** Words right before a date that make a bare d/m a date. Tested on folded text. */
const DATE_CUE =
  /(?:^|[^a-z])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|hen giao|giao hang|ngay|hom|sang|trua|chieu|toi|dem|khuya|luc|tu|den|vao|hen|mai|ngay mai|kham lai|tai kham|nhap vien|ra vien|vao vien|chuyen vien|nv|rv|mung|mong|sinh|ns|dob|thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat|cn|t[2-7]|truoc|sau|khoi phat|xuat hien|phat hien|xet nghiem|lay mau|tiem|mui|dieu tri|ket thuc|bat dau|tu ngay|den ngay|qua|nay|dot|date|on|since|until|from|to|kham|mo|phau thuat|sinh ngay|tu vong|chet|cach ly|ve|di|tro ve|nhan|gui|bao cao|ghi nhan|cap nhat|ngay sinh|hoi|cuoi|giua|update|updated|edit|edited|as of|ngay \d{1,2} (?:va|,)|\d{1,2}h\d{0,2}|\d{1,2}:\d{2}|\d{1,2}[/-]\d{1,2} (?:va|hoac|and|or)|mai la|nay la)\s*$|[,(;–-]\s*$/;

/** Words right before a number pair that make it a ratio, score or vital sign. */
const RATIO_BEFORE =
  /(?:^|[^a-z])(?:ha|huyet ap|bp|ta|tam thu|tam truong|mach|nhip|nhip tho|ti le|ty le|tl|thi luc|mat trai|mat phai|mp|mt|hla|ngay thu|dieu tri thu|tuan thu|suc co|co luc|(?:suc co|co luc|luc co)(?:[ \t]+[a-z]+){1,3}|glasgow|gcs|apgar|vas|nrs|diem|thang diem|phan do|cap do|do|nyha|para|lieu|x|gap|chiem|tren|duoi|so|sl|n|tong|kq|ket qua|score|ratio|gravida|fio2|pao2|peep|ie|i\/e|tan so|ti so|ty so|pha loang|hieu gia|nong do|lan thu|muc|dau|grade|stage|giai doan|tuyen|don vi|khau phan|ham luong|nghiem phap|test|rate|pain|dong hoc|thai|tuoi thai|mui|mui thu|manning|barthel|mmse|moca|guss|braden|morse|bishop|alvarado|silverman|downes|hamilton|phq(?:-?9)?|gad(?:-?7)?|nihss|ranson|apache(?: ii)?|sofa|curb(?:-?65)?|caprini|padua|norton|waterlow|thang(?: dieu tri| thu)?|chu ky|chu ki|dot|cycle|lieu trinh|buoi|hoa tri|xa tri|(?:loc mau|chay than|truyen hoa chat|truyen mau) lan|xa tri tuan|(?:dot|chu ky|lieu trinh)[ \t]+(?:cung co|tan cong|duy tri|hoa tri|xa tri|dieu tri))[ \t]*[:=]?[ \t]*$/;

/** Round 21: a month range's end or a month followed by "every year" (folded). */
const EVERY_YEAR_AFTER = /^(?:[ \t]*(?:den|toi|-|–)[ \t]*thang[ \t]+(?:1[0-2]|0?[1-9]))?[ \t,]*(?:hang nam|moi nam|every year|each year)(?![a-z])/;
/** Round 21: a ratio named a few words before the pair ("tỷ lệ nam/nữ trong đợt dịch là 2/1"), folded. */
const RATIO_FAR_BEFORE = /(?:^|[^a-z])(?:ti le|ty le|nam\/nu|nu\/nam|male\/female)(?:[ \t]+[a-z/]+){0,6}[ \t]*[:=]?[ \t]*$/;

/** After a number pair: a share of samples, or an anatomical third ("2/2 mẫu", "1/3 dưới phổi phải"). */
const FRACTION_AFTER = /^[ \t]*(?:mau\b|mau benh pham|duoi\b|tren\b|giua\b)/;

/** A day word right before a number pair: it is a date whatever is counted after it. */
const DAY_WORD_BEFORE =
  /(?:^|[^a-z])(?:ngay|hom|sang|trua|chieu|toi|dem|khuya|mung|mong|(?:hom|sang|trua|chieu|toi|dem) nay|t[2-7]|cn|thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat|\d{1,2}h\d{0,2})[ \t]*$/;
/** Round 20: things counted after a number pair, read with their diacritics ("3/12 chau chua tiem", "5/5 hop", "2/7 cuoc"; "họp" is a meeting, "cháu" a person). */
const COUNTED_AFTER = /^[ \t]*(?:hộp|hop|cuộc|cuoc|chau|trở lên|tro len)(?![\p{L}])/u;
/** Round 20: what a dose or a measure is counted in; after a day word a number pair before anything else is a date ("hôm nay 6/11 ngày 5 của bệnh"). */
const MEASURE_AFTER =
  /^[ \t]*(?:mmhg|%|lan|vien|v\b|ong|goi|chai|lo|tui|ml|mg|mcg|µg|g\b|kg|cm|mm|m\b|l\b|lieu|phut|gio\b|giay|nhip|l\/p|diem|don vi|dv\b|ui\b|iu\b|mmol|mol|meq|g\/l|\/|x\b|thia|giot|lit\b|dl\b|mui\b|chu ky|dot\b|buoi\b|tuan|tuoi|cua (?:chu ky|dot|benh|lieu trinh))/;
/**
 * Round 20: a lab value after its analyte, maybe with the time it was taken ("dm 6h sang 14.2", "k sang
 * 3.1", "hb tu 12.5", "lactat 3.2 giam tu 4.5"), or the next of a series ("14.2, 16h 9.8"): a measure.
 */
const LAB_BEFORE =
  /(?:(?:^|[\s,;(])(?:dm|duong mau|duong huyet|glucose|glu|k|na|hb|hct|lactat|crp|pct|wbc|plt|ure|creatinin|ast|alt|inr|hba1c)[ \t:]+(?:[\d.,]+[ \t]+)?(?:(?:giam |tang )?tu[ \t]+|con[ \t]+)?(?:\d{1,2}h\d{0,2}[ \t]+)?(?:(?:sang|trua|chieu|toi)[ \t]+)?|\d\.\d+,[ \t]*\d{1,2}h\d{0,2}[ \t]+)$/;

/** What follows a number pair that makes it a fraction/ratio rather than a date. */
const RATIO_AFTER =
  /^[ \t]*(?:mmhg|%|lan|vien|v\b|ong|goi|chai|lo|tui|ml|mg|mcg|µg|g\b|kg|cm|mm|m\b|l\b|so\b|ca\b|benh nhan|bn\b|truong hop|th\b|tre\b|nguoi|lieu|phut|gio\b|giay|nhip|l\/p|tuan|diem|the\b|don vi|dv\b|ui\b|iu\b|mmol|mol|meq|g\/l|\/|x\b|ngay\b|dem\b|thang\b(?!\s*\d)|nam\b(?!\s*\d)|tuoi|so ca|so benh|so nguoi|dan so|hoc sinh|xa\b|phuong\b|huyen\b|chi\b|thia|ong tiem|giot|lit\b|dl\b|mui\b|chu ky|dot\b|buoi\b|cua chu ky|cua dot)/;

/** A person after a number pair: "sáng 10/10 ông …", "8/8 chị đến" (folded ông/chị read as ống/chi). */
const PERSON_AFTER = /^[ \t]*(?:ông|bà|anh|chị|em|cháu|bé|cô|chú)(?![\p{L}])/u;
/** A drug name (Latin letters, not a Vietnamese syllable) right before a number pair. */
const STRENGTH_BEFORE = /(?:^|[^\p{L}])((?:[A-Za-z]{4,}\/)*[A-Z][A-Za-z]{3,})[ \t]+$/u;

/** A day of the month read out (folded): "mười", "hai mươi hai", "ba mươi mốt", "mùng ba". */
const DAY_WORDS =
  '(?:(?:hai|ba)\\s+muoi(?:\\s+(?:mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin))?|muoi(?:\\s+(?:mot|hai|ba|bon|lam|nam|sau|bay|tam|chin))?|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin)';

const ENG_MONTH_CAP =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const ENG_MONTH = ENG_MONTH_CAP.toLowerCase();
/** A lunar year's stem and branch typed without accents ("quy dau", "at ty"), joined by `gap` (a regex source). */
const lunarYearFolded = (gap: string) => `(?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy)${gap}(?:ty|suu|dan|mao|meo|thin|ti|ngo|mui|than|dau|tuat|hoi)`;
/** Round 20: months typed in lower case that are no other word (not "may", "mar", "jun"). */
const EN_MONTH_LOWER = ENG_MONTH.replace('mar(?:ch)?', 'march').replace('may|', '').replace('june?', 'june');

/** A month named alone (folded; see detectDates), a lunar year after it allowed. */
const MONTH_ALONE = new RegExp(
  `(?<![a-z\\d])thang\\s+(0?[1-9]|1[0-2]|gieng|chap)(?![\\d/.,-]\\d|\\d|[a-z]|\\s*(?:\\/|nam\\b(?!\\s+(?:ngoai|nay|truoc|roi|kia|ay|do|sau|${lunarYearFolded('\\s+')})\\b)|lan\\b|dot\\b|vien\\b|mui\\b|kg\\b|tuoi\\b|ngay\\b|tuan\\b|thang\\b|gio\\b|ca\\b|nguoi\\b|benh\\b|%))`,
  'g',
);

export function detectDates(ctx: Ctx): void {
  const { p, out } = ctx;
  const f = p.fold;
  // "ngày 12/3", "hôm 22/9", "mùng 2/9": the day word goes with the date
  const add = (start: number, end: number) => {
    const cue = /(?:^|[^a-z])((?:ngay|hom|mung|mong)[ \t]+)$/.exec(f.slice(Math.max(0, start - 8), start));
    out.push({ kind: 'DATE', start: cue ? start - cue[1].length : start, end });
    // the days listed before it share its month: "ngày 5 và 6/7", "các ngày 3, 4 và 5/6"
    // — one span from the day word on (a lone digit is too short a span of its own)
    const list = /(?:^|[^a-z])((?:ngay|hom|mung|mong)[ \t]+(?:\d{1,2}[ \t]*(?:,|va|&)[ \t]*){1,6})$/.exec(f.slice(Math.max(0, start - 40), start));
    if (list && /^\d{1,2}[/.-]\d{1,2}/.test(f.slice(start, end))) out.push({ kind: 'DATE', start: start - list[1].length, end });
    // round 13: without a day word, one earlier day of the same week ("trực 16, 17/1", "15 và 16/3")
    else {
      const pair = /(?<![\d/.,-])(\d{1,2})[ \t]*(?:,|va|&)[ \t]*$/.exec(f.slice(Math.max(0, start - 8), start));
      const day = /^(\d{1,2})[/.-]\d{1,2}/.exec(f.slice(start, end));
      if (pair && day && Number(pair[1]) >= 1 && Number(day[1]) - Number(pair[1]) >= 1 && Number(day[1]) - Number(pair[1]) <= 7)
        out.push({ kind: 'DATE', start: start - pair[0].length, end });
    }
  };
  const before = (i: number, n = 28) => f.slice(Math.max(0, i - n), i);
  /** A date was found right before this one and a dash joins them. */
  const rangeAfterDate = (i: number) => {
    const dash = /[ \t]*[-–][ \t]*$/.exec(f.slice(Math.max(0, i - 5), i));
    return !!dash && out.some((c) => c.kind === 'DATE' && c.end === i - dash[0].length);
  };
  let m: RegExpExecArray | null;

  // ISO 2024-03-12, 2024/3/12
  const ISO = /(?<![\d/.-])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d]|[/.-]\d)/g;
  while ((m = ISO.exec(f))) if (validDM(Number(m[4]), Number(m[3]))) add(m.index, m.index + m[0].length);

  // d/m/yyyy, d-m-yy, d.m.yyyy, d/m; day ranges "12-15/3"
  const DMY = /(?<![\d/.,\-:])(?:(\d{1,2})\s?[-–]\s?)?(\d{1,2})([/.-])(\d{1,2})(?:\3((?:19|20)\d{2}|\d{2}))?(?![\d]|[/.-]\d|[,.]\d|[a-z%])/g;
  while ((m = DMY.exec(f))) {
    const [all, rangeFrom, dd, sep, mm, yy] = m;
    const d = Number(dd);
    const mo = Number(mm);
    if (!validDM(d, mo) || (rangeFrom && !(Number(rangeFrom) >= 1 && Number(rangeFrom) < d))) {
      // "12-3" may still be a range start without a month; retry without the range part
      if (rangeFrom) DMY.lastIndex = m.index + rangeFrom.length;
      continue;
    }
    if (yy && !validYear(yy)) continue;
    const start = m.index;
    const end = start + all.length;
    if (yy) {
      // dotted decimals like 12.3.24 are rare; accept years only with a date-like shape
      if (sep === '.' && yy.length === 2 && !DATE_CUE.test(before(start))) continue;
      add(start, end);
      continue;
    }
    const prev = before(start);
    const next = f.slice(end, end + 16);
    const cue = DATE_CUE.test(prev);
    // "thứ 2-4-6", "T3-5-7": weekdays, not a date
    if (sep === '-' && rangeFrom && /(?:^|[^a-z])(?:thu|t)[ \t]?$/.test(prev)) continue;
    // round 12: a weekly schedule in a table cell ("2-4-6", "3-5-7"), a tumour marker ("CA 19-9"),
    // a facility named after a date ("Bệnh viện 19-8", "BV 30-4")
    if (sep === '-' && rangeFrom && mo - d === d - Number(rangeFrom) && mo <= 8) continue;
    if (sep === '-' && /(?:^|[^\p{L}])CA[ \t]*$/u.test(p.norm.slice(Math.max(0, start - 4), start))) continue;
    if (sep === '-' && /(?:^|[^a-z])(?:benh vien|bv)[ \t]*$/.test(prev)) continue;
    // a two-drug combination's strengths ("perindopril/amlodipin 5/5")
    if (/[A-Za-z]{4,}\/[A-Za-z]{4,}[ \t]+$/.test(p.norm.slice(Math.max(0, start - 40), start))) continue;
    if (
      (RATIO_BEFORE.test(prev) || RATIO_FAR_BEFORE.test(p.fold.slice(Math.max(0, start - 48), start))) &&
      !/(?:ngay|hom|sang|chieu|toi|dem|trua|tu ngay|den ngay|hen tra(?: kq| ket qua)?|(?:tra|co|lay|nhan)(?: kq| ket qua)|tim mach|tuan dau|tuan cuoi)\s*$/.test(
        prev,
      )
    )
      continue;
    // folded "so" is also "sợ" (afraid): "khởi phát 1/3 sợ gió" is a date
    const afraid = /^[ \t]*s[ơờớởỡợ]/.test(p.lower.slice(end, end + 4)) || PERSON_AFTER.test(p.lower.slice(end, end + 8));
    // a drug's strength: "Coveram 10/10", "Perindopril/Amlodipin 5/5" (a Latin word, not a Vietnamese one)
    const drug = STRENGTH_BEFORE.exec(p.norm.slice(Math.max(0, start - 40), start));
    // (an acronym in capitals is a test, not a drug: "NIPT 10/4: nguy cơ thấp")
    if (!cue && drug && /[a-z]|^.{6}/.test(drug[1]) && drug[1].split('/').some((w) => !isVietSyllable(w.toLowerCase()))) continue;
    // (round 13b: "viện"/"Viện" and "chỉ số" fold onto "viên" and "chỉ", which are units: "ngày 20/10 Viện Pasteur trả kết quả")
    const notUnit = /^[ \t]*(?:viện|chỉ số)/u.test(p.lower.slice(end, end + 10));
    if (
      (RATIO_AFTER.test(next) || COUNTED_AFTER.test(p.lower.slice(end, end + 12))) &&
      !afraid &&
      !notUnit &&
      !(DAY_WORD_BEFORE.test(prev) && !MEASURE_AFTER.test(next))
    )
      continue;
    if (FRACTION_AFTER.test(next) && !DAY_WORD_BEFORE.test(prev)) continue;
    // 12-3, 12.3: dates only with a cue — or, with a dash, when it cannot be a range ("mất 4-3")
    if (sep !== '/' && !cue && !rangeFrom && !(sep === '-' && d > mo && !/\d[ \t]*$/.test(prev))) continue;
    // a dated list item "- 3.7: …" (line start, then a colon) is a date without a day word
    const datedItem = /(?:^|\n)[ \t\-–•*+]*$/.test(prev) && /^[ \t]*:/.test(next);
    if (
      sep === '.' &&
      !datedItem &&
      !/(?:ngay|hom|sang|trua|chieu|toi|dem|khuya|luc|tu|den|vao|mung|mong|nv|rv|sinh|khoi phat|nhap vien|ra vien|vao vien|tu vong)\s*$/.test(prev) &&
      // round 15: an appointment, an update, a time of day ("hẹn tiêm 3.5", "CẬP NHẬT 3.7:", "6:12 3.5 xe")
      // (round 20: a booking or a delivery typed in a chat, "dat lich kham 21.10", "hen giao 16.10", "giao hang 3.11")
      !/(?:^|[^a-z])(?:hen(?: tiem| kham| mo| giao)?|tai kham|kham lai|(?:dat )?lich(?: kham)?|kham|giao hang|cap nhat|update|\d{1,2}:\d{2}|\d{1,2}h\d{0,2})\s*$/.test(
        prev,
      )
    )
      continue;
    // round 20: a lab value after its analyte ("dm 6h sang 14.2", "k sang 3.1", "hb tu 12.5")
    if (sep === '.' && !datedItem && LAB_BEFORE.test(prev)) continue;
    // a bracket or a dash alone is a weak cue: "(1/2–1 ống)" is half an ampoule
    const properFraction = d < mo && mo <= 5 && dd[0] !== '0' && mm[0] !== '0';
    // (round 13: the end of a range after a date, "dịp lễ 30/4 - 1/5")
    const wordCue =
      (cue && (!properFraction || !/[,(;–-][ \t]*$/.test(prev) || DATE_CUE.test(prev.replace(/[ \t]*[,(;–-][ \t]*$/, '')))) || rangeAfterDate(start);
    if (!wordCue) {
      // proper fractions 1/2, 2/3, 3/4, 1/5 — but "03/4" or a line that starts with it is a date
      const lineStart = /(?:^|\n)[ \t\-–•*]*$/.test(prev);
      if (d < mo && mo <= 5 && dd[0] !== '0' && mm[0] !== '0' && !lineStart) continue;
      if (d === 24 && mo === 7) continue; // "24/7" service hours
    }
    add(start, end);
  }

  // the first day of a range in words: "từ ngày 10 đến 15/7", "ngày 3 tới ngày 8/12"
  const WORD_RANGE =
    /(?<![a-z\d])(?:tu\s+(?:ngay\s+|hom\s+)?|(?:ngay|hom)\s+)(\d{1,2})\s+(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](?:19|20)\d{2})?(?![\d]|[/.-]\d)/g;
  while ((m = WORD_RANGE.exec(f))) {
    const [from, to, mo] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (validDM(from, mo) && validDM(to, mo) && from < to) add(m.index, m.index + m[0].length);
  }

  // spaced separators with a year: 12 / 3 / 2024, 12 - 03 - 2024
  const SPACED = /(?<![\d/.,:-])(\d{1,2})[ \t]*([/.-])[ \t]*(\d{1,2})[ \t]*\2[ \t]*((?:19|20)\d{2})(?!\d)/g;
  while ((m = SPACED.exec(f))) if (/\s/.test(m[0]) && validDM(Number(m[1]), Number(m[3]))) add(m.index, m.index + m[0].length);

  // ngày 12 tháng 3 (năm 2024), mùng 2 tháng 9, 12 tháng 03, 2024
  const TEXTUAL = /(?<![a-z\d])(?:(?:ngay|mung|mong)\s+)?(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*(?:nam|,|\/|-)\s*((?:19|20)\d{2}))?(?![\d])/g;
  while ((m = TEXTUAL.exec(f))) {
    if (!validDM(Number(m[1]), Number(m[2]))) continue;
    if (/^\s*tuoi/.test(f.slice(m.index + m[0].length))) continue;
    add(m.index, m.index + m[0].length);
    // round 13: the days listed before it share its month ("ngày 14 và 15 tháng 6")
    const list = /(?:^|[^a-z])((?:ngay|hom|mung|mong)[ \t]+(?:\d{1,2}[ \t]*(?:,|va|&)[ \t]*){1,6})$/.exec(f.slice(Math.max(0, m.index - 40), m.index));
    if (list && !/^(?:ngay|mung|mong)/.test(m[0])) out.push({ kind: 'DATE', start: m.index - list[1].length, end: m.index + m[0].length });
  }

  // month + year: tháng 3/2024, tháng 3 năm 2024, T3/2024, 03/2024, 3-2024
  const MONTH_YEAR = /(?<![\d/.\-a-z])(?:(?:thang|th\.?|t)\s?)?(0?[1-9]|1[0-2])\s?(?:[/\-.]|\s+nam\s+|,\s*)\s?((?:19|20)\d{2})(?![\d]|\/[a-z\d])/g;
  while ((m = MONTH_YEAR.exec(f))) {
    const hasWord = /^(?:thang|th|t)/.test(m[0]);
    // "3, 2024" or "3 năm 2024" need the word tháng
    if (!hasWord && !/^\d{1,2}\s?[/\-.]/.test(m[0])) continue;
    if (!hasWord && RATIO_BEFORE.test(before(m.index))) continue;
    if (!hasWord && /(?:^|[^a-z])(?:tuan|quy|ky|dot|khoa|nam hoc|so|qd|cv)[ \t]*$/.test(before(m.index))) continue; // tuần 12/2024, quý 1/2024
    add(m.index, m.index + m[0].length);
  }

  // a month named alone: "đầu tháng 5", "hẹn tái khám tháng 9", (round 14) "tháng Chạp" — not "tháng 1 lần" (a rate),
  // not a duration "3 tháng 5 ngày", not "tháng thứ 5"
  MONTH_ALONE.lastIndex = 0;
  while ((m = MONTH_ALONE.exec(f))) {
    if (/\d[ \t]*$/.test(before(m.index, 4)) || /(?:moi|hang)[ \t]*$/.test(before(m.index, 6))) continue;
    // round 21: a season's months every year ("từ tháng 5 đến tháng 10 hằng năm") are no one's date
    if (EVERY_YEAR_AFTER.test(f.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    out.push({ kind: 'DATE', start: m.index, end: m.index + m[0].length });
  }

  // Round 8: days named by the calendar word after them, lunar and solar ("mùng 4 Tết",
  // "mồng 2", "mùng 10 tháng Giêng", "24 tháng Chạp", "30 Tết", "bữa 20 tây"): mùng/mồng with
  // diacritics before a day 1–10 is a date on its own; without them it needs Tết or tháng after it
  const LUNAR =
    /(?<![\p{L}\d])(?:(?:(?:ngày|hôm|bữa)[ \t]+)?(?:mùng|mồng)[ \t]+(10|0?[1-9])(?![\d/.,:-]*\d|[ \t]*(?:tuổi|ngày|tháng[ \t]+\d|lần|viên|giờ|h\b|ml|mg|%))(?:[ \t]+(?:tết|tháng[ \t]+(?:giêng|chạp|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?:[ \t]+một)?)(?:[ \t]+(?:âm lịch|âm))?))?|(?:(?:ngày|hôm|bữa|mung|mong)[ \t]+)?(\d{1,2})[ \t]+(?:tết|tháng[ \t]+(?:giêng|chạp)|tây)(?![\p{L}])|(?:(?:mung|mong|ngay|hom)[ \t]+)?(\d{1,2})[ \t]+(?:tet|thang[ \t]+(?:gieng|chap))(?![a-z]))/gu;
  while ((m = LUNAR.exec(p.lower))) {
    const d = Number(m[1] ?? m[2] ?? m[3]);
    if (d < 1 || d > 31) continue;
    // "2 tây" is a day of the solar calendar only with a day word or at most 31 before it
    out.push({ kind: 'DATE', start: m.index, end: m.index + m[0].length });
  }

  // Round 20: typed without accents, the last days before Tết ("tu 28 tet", "30 tet") and a lunar day
  // with its year ("mung 2 tet nam 2023"; the year joins the span)
  const BARE_TET = /(?<![a-z\d])(?:(?:mung|mong)[ \t]+(?:10|0?[1-9])|2\d|30)[ \t]+tet(?:[ \t]+nam[ \t]+(?:19|20)\d{2})?(?![a-z\d])/g;
  while ((m = BARE_TET.exec(f))) out.push({ kind: 'DATE', start: m.index, end: m.index + m[0].length });
  // Round 20: "ngay N" typed without accents before a person or "nhé" ("ngay 10 e dua be di", "tiem ngay
  // 11 nha"); never after an illness or an operation it counts the days of ("sot ngay 3", "hau phau ngay 3")
  const DAY_THEN = /(?<![a-z])ngay[ \t]+(\d{1,2})(?=[ \t]+(?:nha|nhe|nghe|e|c|anh|chi|em|minh|be|chau|bs)(?![a-z]))/g;
  while ((m = DAY_THEN.exec(f))) {
    const d = Number(m[1]);
    if (d < 1 || d > 31 || p.lower.slice(m.index, m.index + 4) !== 'ngay') continue;
    if (/(?:sot|sxh|benh|phau|mo|tho may|dieu tri|nhap vien|thu)[ \t]*$/.test(before(m.index, 14))) continue;
    out.push({ kind: 'DATE', start: m.index, end: m.index + m[0].length });
  }
  // Round 10: a day of the month alone after a day word ("hôm 14 bé sốt", "vào ngày 24 thì nhập
  // viện", "đến ngày 9 mới về"; round 15: "tối 26 tụt HA") — not a day of illness or a count
  // ("ngày 3 của bệnh", "ngày thứ 5", "hôm 3 lần", "từ ngày 2 đến ngày 4 sau mổ"), nor a day with
  // its month (found above)
  const DAY_ALONE =
    /(?<![a-z])(?:hom|(?:vao|tu|den|toi|sang|chieu|trua|dem|hom|mat|tu vong)\s+ngay|toi|dem|khuya)[ \t]+(\d{1,2})(?![\d/:h-]|[.,]\d|[ \t]*(?:ngay|thang|nam|tuoi|gio|phut|lan|vien|ong|ml|mg|cua|thu|dau|tiep|sau|nua|lien|truoc|dieu tri|benh|%))/g;
  while ((m = DAY_ALONE.exec(f))) {
    const d = Number(m[1]);
    if (d < 1 || d > 31) continue;
    // after "tối / đêm" alone: not a dose schedule ("sáng 20 tối 14" units of insulin) nor a count ("tối 3 ca")
    if (
      /^(?:toi|dem|khuya)[ \t]/.test(m[0]) &&
      (/(?:sang|trua|chieu)[ \t]+\d{1,2}[ \t,]*$/.test(f.slice(Math.max(0, m.index - 14), m.index)) ||
        /^[ \t]*(?:bn|ca|nguoi|chai|tui|goi|lo|hop|cu|lit|kg|g|cm|mm|x|don vi|dv|ui|iu)(?![a-z])/.test(
          f.slice(m.index + m[0].length, m.index + m[0].length + 10),
        ))
    )
      continue;
    // "… đến ngày 5 sau mổ / của đợt": a day counted from an event a little further on
    if (
      /^[^.;\n]{0,30}?(?:sau (?:mo|sinh|phau thuat|dieu tri|nhap vien|vao vien)|cua (?:benh|dot|dieu tri))/.test(
        f.slice(m.index + m[0].length, m.index + m[0].length + 40),
      )
    )
      continue;
    const start = m.index + m[0].length - m[1].length;
    add(start, start + m[1].length);
  }

  // round 15: chat shorthand — a spoken day after "hôm" ("hôm mười hai"), Messenger's separator
  // ("14 THG 11"), a month as "t5" after a due date or a period word ("dự sinh t5", "hsd t5", "cuối
  // t5"), "mùng 2" typed without marks
  for (const re of [SPOKEN_DAY, MESSENGER_DATE, SHORT_MONTH, MUNG_UNMARKED]) {
    re.lastIndex = 0;
    while ((m = re.exec(f))) {
      const value = m[1] ?? m[2];
      const start = m.index + m[0].length - value.length;
      // ("mừng 2 bé khỏe" is gladness, not the second day of Tết)
      if (re === MUNG_UNMARKED && !/^m[uù]ng/.test(p.lower.slice(start, start + 4))) continue;
      add(start, start + value.length);
    }
  }
  // round 21: "t8" … "t12" alone typed in lower case is a month (no weekday has that number)
  MONTH_T_ALONE.lastIndex = 0;
  while ((m = MONTH_T_ALONE.exec(p.norm))) if (!NOT_A_MONTH_BEFORE.test(f.slice(Math.max(0, m.index - 12), m.index))) add(m.index, m.index + m[0].length);

  // Round 12: the full moon "rằm tháng 10", "rằm tháng Giêng" (the 15th of a lunar month)
  const FULL_MOON = /(?<![a-z])ram\s+thang\s+(?:1[0-2]|0?[1-9]|gieng|chap|mot|hai|ba|tu|nam|sau|bay|tam|chin|muoi(?:\s+(?:mot|hai))?)(?![a-z\d])/g;
  while ((m = FULL_MOON.exec(f))) add(m.index, m.index + m[0].length);

  // Round 12: a date read out in words ("hai mươi hai tháng tám", "mười tháng mười hai", "ngày
  // ba tháng tư"): a day of ten or more, or any day after a day word; not a duration ("hai tháng
  // tám ngày")
  const SPOKEN_DATE = new RegExp(
    `(?<![a-z])(?:(?:ngay|mung|mong|hom)\\s+)?(${DAY_WORDS})\\s+thang\\s+(?:muoi\\s+(?:mot|hai)|gieng|chap|mot|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi)(?![a-z])(?!\\s+(?:ngay|tuan|thang|nam\\s+(?:ngay|thang)|gio|tuoi|lan)(?![a-z]))`,
    'g',
  );
  while ((m = SPOKEN_DATE.exec(f))) {
    const dayWord = /^(?:ngay|mung|mong|hom)\s/.test(m[0]);
    if (!dayWord && !/muoi/.test(m[1])) continue;
    add(m.index, m.index + m[0].length);
  }

  // Round 13: a lunar day read out after "mùng" ("hôm mùng mười", "mùng ba Tết"): "mùng" before a
  // number is a day (alone it is a mosquito net)
  const LUNAR_DAY_WORDS =
    /(?<![a-z])(?:mung|mong)\s+(muoi(?:\s+(?:mot|hai|ba|bon|lam|nam|sau|bay|tam|chin))?|mot|hai|ba|bon|nam|sau|bay|tam|chin)(?:\s+tet)?(?![a-z])(?!\s+(?:ngay|tuan|thang|nam|gio|tuoi|lan|cai|chiec|nguoi|con)(?![a-z]))/g;
  while ((m = LUNAR_DAY_WORDS.exec(f))) add(m.index, m.index + m[0].length);

  // English: 12 Mar 2024, March 12, 2024
  const EN1 = new RegExp(`(?<![a-z\\d])(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+(?:${ENG_MONTH})\\.?[\\s,-]+((?:19|20)\\d{2})(?![\\d])`, 'g');
  while ((m = EN1.exec(f))) if (Number(m[1]) >= 1 && Number(m[1]) <= 31) add(m.index, m.index + m[0].length);
  const EN2 = new RegExp(`(?<![a-z])(?:${ENG_MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?![\\d])`, 'g');
  while ((m = EN2.exec(f))) if (Number(m[1]) >= 1 && Number(m[1]) <= 31) add(m.index, m.index + m[0].length);
  // "March 14", "on 3 May" without a year: the month written capitalised in the original
  // (speed: the lookahead for the first character lets V8 skip ahead, see INITIALS in detect-names.ts)
  const EN3 = new RegExp(
    `(?=[JFMASOND\\d])(?<![\\p{L}\\d])(?:(?:${ENG_MONTH_CAP})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:[ \\t]?[-–][ \\t]?\\d{1,2}(?:st|nd|rd|th)?)?|(?:\\d{1,2}(?:st|nd|rd|th)?[ \\t]?[-–][ \\t]?)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${ENG_MONTH_CAP})\\.?)(?![\\p{L}\\d])`,
    'gu',
  );
  while ((m = EN3.exec(p.norm))) if (Number(/\d+/.exec(m[0])?.[0]) >= 1 && Number(/\d+/.exec(m[0])?.[0]) <= 31) add(m.index, m.index + m[0].length);
  // round 20: typed in lower case in a chat ("oct 21 or 22 oct", "3 sept"; never "may", "jun": a verb, a name),
  // and a weekday with an ordinal ("tuesday 21st")
  const EN_LOWER = new RegExp(
    `(?<![a-z\\d])(?:(?:${EN_MONTH_LOWER})\\.?[ \\t]+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?[ \\t]+(?:${EN_MONTH_LOWER})\\.?|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[ \\t]+\\d{1,2}(?:st|nd|rd|th))(?![a-z\\d])`,
    'g',
  );
  while ((m = EN_LOWER.exec(p.lower))) {
    const day = /\d+/.exec(m[0]);
    // (a weekday is left out of the span, as everywhere)
    if (day && Number(day[0]) >= 1 && Number(day[0]) <= 31) add(/^[a-z]+day/.test(m[0]) ? m.index + day.index : m.index, m.index + m[0].length);
  }
  // round 14: "from 2 to 6 August 2025": the first day of an English range written with "to"
  const EN_TO = new RegExp(
    `(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:to|and|-|–)\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${ENG_MONTH_CAP})(?![\\p{L}])`,
    'gu',
  );
  while ((m = EN_TO.exec(p.norm))) if (Number(m[1]) >= 1 && Number(m[1]) <= 31) add(m.index, m.index + m[0].length);
  // round 12: a month alone after a preposition ("up from 7.4% in June", "since March")
  const EN_MONTH_ALONE =
    /(?<![\p{L}])(?:in|since|from|until|till|by|early|late|mid-?|end of|since early|since late)\s+(January|February|March|April|June|July|August|September|October|November|December)(?![\p{L}\d]|\s+\d)/gu;
  while ((m = EN_MONTH_ALONE.exec(p.norm))) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ kind: 'DATE', start, end: start + m[1].length });
  }
  // "on the 18th", "by the 3rd": a day of the month in English prose (an ordinal after
  // on/by/until/since/from the, not before a noun such as "day", "week", "dose")
  const EN4 =
    /(?<![a-z])(?:on|by|until|till|since|from|before|after)\s+the\s+(\d{1,2})(?:st|nd|rd|th)(?![a-z\d])(?!\s+(?:day|week|month|year|dose|cycle|floor|time|percentile|visit|session|minute|hour)s?\b)/g;
  while ((m = EN4.exec(f))) {
    const d = Number(m[1]);
    if (d < 1 || d > 31) continue;
    const start = m.index + m[0].indexOf('the');
    add(start, m.index + m[0].length);
  }
}

/** What joins the two ends of a date range ("từ 25/11 đến 4/12", "3/6 – 10/6", "May 2 to May 9"). */
const RANGE_JOIN = /^[ \t]*(?:đến|tới|den|toi|-|–|—|~|→|to|until|through|and|và)[ \t]*$/iu;

/** A first day typed before a date without a dash ("20 25/4"): the day, and the word before it. */
const BARE_RANGE_START = /(?:^|[^\p{L}\d/.,:])(?:(\p{L}+)[ \t]+)?(\d{1,2})[ \t]+$/u;
/** Words before a number that make it a bed, a room, a count or a code, not a day. */
const NOT_A_DAY_BEFORE = /^(?:giuong|g|phong|buong|so|lan|ma|xe|tang|bn|t|tuoi|khoa|ks|lo|hop|vien|ong|ca|nguoi)$/;

const SPOKEN_DAY =
  /(?<![a-z])hom[ \t]+((?:muoi|hai muoi|ba muoi)(?:[ \t]+(?:mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin))?)(?![a-z])(?![ \t]+(?:ngay|thang|nam|tuoi|gio|phut|lan|nguoi|ca|ong|vien)(?![a-z]))/g;
const MESSENGER_DATE = /(?<![a-z\d])((?:3[01]|[12]\d|0?[1-9])[ \t]+thg[ \t]+(?:1[0-2]|0?[1-9])(?:,[ \t]*(?:19|20)\d{2})?)(?![a-z\d])/g;
// (round 21: after "tháng", a birth, a deadline or a period, "thang t10", "sinh t5", "truoc t9", "het han t8"; t2–t7 are
// also weekdays, so after those words only t1 and t8–t12, and t8–t12 alone, never a floor, a room or a vertebra)
const SHORT_MONTH =
  /(?<![a-z])(?:(?:du sinh|hsd|han dung|cuoi|dau|giua|thang|sinh)[ \t]+(t(?:1[0-2]|[1-9]))|(?:trong|truoc|tu|het han|qua|ky|dot|luong|quy)[ \t]+(t(?:1[0-2]|[189])))(?![a-z\d]|[/.-]\d)/g;
const MONTH_T_ALONE = /(?<![\p{L}\d/.-])t(?:1[0-2]|[89])(?![\p{L}\d]|[/.,:-]\d)/gu;
const NOT_A_MONTH_BEFORE = /(?:^|[^a-z])(?:phong|tang|toa|lau|khu|day|giuong|ban|dot song|cot song|doan|dot|ct|mri|xq|chup|nhom|lop|xe|so)[ \t]*$/;
const MUNG_UNMARKED =
  /(?<![a-z])(mung[ \t]+(?:10|[1-9]))(?![\d/.,:-]*\d|[ \t]*(?:tuoi|ngay|thang[ \t]+\d|lan|vien|gio|h\b|ml|mg|%|nguoi|ca\b|con\b))(?![a-z\d])/g;

/** Round 13: two dates joined as a range are one span, as the range convention says. */
export function joinDateRanges(ctx: Ctx): void {
  // round 15: "nghỉ 20 25/5", "tiêm bù 20 25/3": a chat drops the dash of a range
  for (const c of ctx.out) {
    if (c.kind !== 'DATE') continue;
    const m = BARE_RANGE_START.exec(ctx.p.fold.slice(Math.max(0, c.start - 24), c.start));
    const day = /^(\d{1,2})\//.exec(ctx.p.norm.slice(c.start, c.end));
    if (!m || !day || (m[1] && NOT_A_DAY_BEFORE.test(m[1]))) continue;
    const first = Number(m[2]);
    if (first < 1 || first >= Number(day[1]) || Number(day[1]) - first > 14) continue;
    ctx.out.push({ kind: 'DATE', start: c.start - m[0].length + m[0].indexOf(m[2], m[1] ? m[1].length : 0), end: c.end });
  }
  const dates = ctx.out.filter((c) => c.kind === 'DATE').sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i];
    const b = dates[i + 1];
    if (b.start >= a.end && b.start - a.end <= 8 && RANGE_JOIN.test(ctx.p.norm.slice(a.end, b.start)))
      ctx.out.push({ kind: 'DATE', start: a.start, end: b.end });
  }
}

/** An old person, then "đã / năm nay / thọ …" right before a number (folded). */
/** Old relatives named before their age (folded). */
const OLD_RELATIVES = 'me|cu|ba|ong|mu|o|u|ba noi|ba ngoai|ong noi|ong ngoai';
const SPOKEN_AGE_BEFORE = new RegExp(
  `(?<![a-z])(?:${OLD_RELATIVES})(?:[ \\t]+[a-z\\d]+){0,3}?[ \\t]+(?:da|nam nay|nam ni|nay|tho|huong tho|duoc|ngoai|hon)[ \\t]+$` +
    // round 21: "năm nay bà 95", "tính tuổi mụ thì 96", "tròn 90"
    `|(?<![a-z])(?:nam nay|nam ni)[ \\t]+(?:${OLD_RELATIVES})[ \\t]+$|(?<![a-z])tuoi(?:[ \\t]+[a-z]+){0,3}[ \\t]+(?:thi|la)[ \\t]+$|(?<![a-z])tron[ \\t]+$`,
);
/** Round 21: "cụ" and a name before a number that ends a list item ("cụ nguyễn văn nhàng 95 (sn …)", "cụ lộc 90,"). */
const ELDER_NAMED_BEFORE = /(?<![a-z])cu(?:[ \t]+[a-z]+){1,4}[ \t]+$/;

/** ELDER_NAMED_BEFORE, its "cu" typed as "cụ" or without accents ("căn cứ Điều 97," is no elder). */
function elderNamedBefore(norm: string, f: string, start: number): boolean {
  const from = Math.max(0, start - 40);
  const m = ELDER_NAMED_BEFORE.exec(f.slice(from, start));
  if (!m) return false;
  const cu = norm.slice(from + m.index, from + m.index + 2).toLowerCase();
  return (cu === 'cu' || cu === 'cụ') && !/(?:^|[^a-z])can[ \t]+$/.test(f.slice(Math.max(0, from + m.index - 8), from + m.index));
}
const SPOKEN_AGE_NOT_AFTER = /^[ \t]*(?:kg|ml|mg|%|lan|ngay|thang|nam\b|cm|mmhg|l\/p|lit|nhip)/;
/** Round 18: an old relative named right before the number, by a kinship word and up to three more words (folded). */
const RELATIVE_BEFORE = new RegExp(`(?<![a-z])(?:${OLD_RELATIVES}|bac|ma|on|bo|tia|yeay)(?:[ \\t]+[a-z]+){0,3}[ \\t]+$`);
/** … and "rồi" after it, typed without accents (round 20: or what the old person does or suffers, "ba 92 thi …", "cu 95 ma van di bo", "ong noi 99 kho nghe"). */
const ALREADY_AFTER = /^[ \t]+(?:roi|r|ma|thi|kho|suy|gay|ho|cung|van|con|bi|dang|nhung|an|om|yeu|te|nga|o|song)(?![a-z\d])/;
/** Round 20: an English age after "she is", "grandpa is" ("my landlady, she is 93 and …"). */
const EN_AGE =
  /(?<![a-z])(?:she|he|grandpa|grandma|grandfather|grandmother|mother|father|landlady|landlord|aunt|uncle)(?:'s|[ \t]+is|[ \t]+was|[ \t]+turns|[ \t]+turned)[ \t]+(9\d|1[01]\d)(?![\d]|[.,]\d|[ \t]*(?:kg|%|cm|mmhg|bpm|degrees|years? ago|minutes|min|mg))/g;
/** A name or a person noun and ", " right before an English age in apposition ("Margaret Hollis, 97, was"). */
const APPOSITION_BEFORE = /(?:\p{Lu}\p{Ll}+|veteran|man|woman|patient|widow|widower|grandmother|grandfather|mother|father|resident|pensioner),[ \t]$/u;

/**
 * Round 18: a person's age right after their name in a list ("ba hoang thi ngoan 92, ong dam van
 * sang 90", "ong la chan hoa 93."): runs after the name rules.
 */
export function detectAgesAfterNames(ctx: Ctx): void {
  const { p, out } = ctx;
  const f = p.fold;
  const ages: Candidate[] = [];
  for (const c of out) {
    if (c.kind !== 'NAME') continue;
    const m = /^[ \t]+(9\d|1[01]\d)(?=[ \t]*(?:[,.;)\n]|$|roi(?![a-z])|r(?![a-z])|t(?![a-z\d])|tuoi))/.exec(f.slice(c.end, c.end + 16));
    if (!m) continue;
    const start = c.end + m[0].length - m[1].length;
    if (!out.some((o) => o.kind === 'AGE_OVER_89' && o.start <= start && o.end > start)) ages.push({ kind: 'AGE_OVER_89', start, end: start + m[1].length });
  }
  out.push(...ages);
}

/** A lunar year after a date ("mùng 1 Tết Ất Tỵ", "15 tháng 9 năm Ất Tỵ") belongs to it. */
const CAN_CHI =
  /^(?:[ \t]+năm)?[ \t]+(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)[ \t]+(?:tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)(?![\p{L}])/iu;

/** Round 21: the same typed without accents, "năm" first ("thang 9 nam quy dau", "25 thang 9 nam at ty"). */
const CAN_CHI_FOLDED = new RegExp(`^[ \\t]+nam[ \\t]+${lunarYearFolded('[ \\t]+')}(?![\\p{L}])`, 'u');

export function extendLunarYears(ctx: Ctx): void {
  for (const c of ctx.out) {
    if (c.kind !== 'DATE') continue;
    const y = CAN_CHI.exec(ctx.p.norm.slice(c.end, c.end + 24)) ?? CAN_CHI_FOLDED.exec(ctx.p.norm.slice(c.end, c.end + 24));
    if (y) c.end += y[0].length;
  }
}

export function detectAges(ctx: Ctx): void {
  const { p, out } = ctx;
  const f = p.fold;
  let m: RegExpExecArray | null;
  // 95 tuổi, 92t, 92 T, 101 tuổi, 93 years old, 90-95 tuổi
  const AGE = /(?<![\d.,/])(?:(\d{2,3})\s?[-–]\s?)?(\d{2,3})(?:\s?|-)(?:tuoi|t|yo|y\/o|years?(?:[\s-]old)?|yrs?)(?![a-z\d])/g;
  while ((m = AGE.exec(f))) {
    const n = Number(m[2]);
    const from = m[1] ? Number(m[1]) : n;
    if (n < 90 || n > 130 || from > n) continue;
    // round 20: a bracket of ages that people are counted in, not one person's ("tren 90 tuoi co 6 ca", "4 bn tren 90 tuoi")
    const bracket = /(?:^|[^a-z])(?:tren|duoi)[ \t]*$/.test(f.slice(Math.max(0, m.index - 8), m.index));
    const counted =
      /\d+[ \t]+(?:bn|ca|nguoi|cu|benh nhan)[ \t]+(?:tren|duoi)[ \t]*$/.test(f.slice(Math.max(0, m.index - 24), m.index)) ||
      /^[ \t]*(?:co|:)[ \t]*\d+/.test(f.slice(m.index + m[0].length, m.index + m[0].length + 12));
    if (bracket && counted) continue;
    const start = m[1] && from < 90 ? m.index + m[0].indexOf(m[2], m[1].length) : m.index;
    out.push({ kind: 'AGE_OVER_89', start, end: m.index + m[0].length });
  }
  // round 13: an age read out ("chín mươi hai tuổi", "một trăm lẻ một tuổi")
  const SPOKEN_AGE =
    /(?<![a-z])(chin muoi(?:[ \t]+(?:mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin))?|mot tram(?:[ \t]+(?:le|linh)[ \t]+(?:mot|hai|ba|bon|nam))?)[ \t]+tuoi(?![a-z])/g;
  while ((m = SPOKEN_AGE.exec(f))) out.push({ kind: 'AGE_OVER_89', start: m.index, end: m.index + m[1].length });
  // tuổi: 95, age 92
  const LABEL = /(?<![a-z])(?:tuoi|age)\s*[:=]?\s*(\d{2,3})(?![\d/.,]\d|\d)/g;
  while ((m = LABEL.exec(f))) {
    const n = Number(m[1]);
    if (n < 90 || n > 130) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push({ kind: 'AGE_OVER_89', start, end: start + m[1].length });
  }
  // round 12: an old person's age without "tuổi" ("mệ đã 96 mà …", "cụ năm ni 93 rồi", "hưởng thọ
  // 97") and an English apposition ("Australian veteran, 93, returns"); the number is looked for
  // first, its context after (a lookbehind at every position was a hot spot)
  const OLD = /(?<![\d.,/])(9\d|1[0-2]\d)(?!\d|[.,/]\d)/g;
  while ((m = OLD.exec(f))) {
    const start = m.index;
    const end = start + m[1].length;
    if (SPOKEN_AGE_BEFORE.test(f.slice(Math.max(0, start - 40), start)) && !SPOKEN_AGE_NOT_AFTER.test(f.slice(end, end + 8)))
      out.push({ kind: 'AGE_OVER_89', start, end });
    else if (APPOSITION_BEFORE.test(p.norm.slice(Math.max(0, start - 24), start)) && /^,[ \t]\p{Ll}/u.test(p.norm.slice(end, end + 3)))
      out.push({ kind: 'AGE_OVER_89', start, end });
    // round 18: "me 91 roi", "ba 95 roi, an uong khong duoc", "cu 98 r": an old relative's age and "rồi"
    else if (ALREADY_AFTER.test(f.slice(end, end + 6)) && RELATIVE_BEFORE.test(f.slice(Math.max(0, start - 32), start)))
      out.push({ kind: 'AGE_OVER_89', start, end });
    else if (/^[ \t]*(?:[,.;(\n]|$)/.test(f.slice(end, end + 3)) && elderNamedBefore(p.norm, f, start)) out.push({ kind: 'AGE_OVER_89', start, end });
  }
  while ((m = EN_AGE.exec(f))) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ kind: 'AGE_OVER_89', start, end: start + m[1].length });
  }
}
