// Round 12: full names typed all in lower case, common in chats and hand-overs ("đinh ngọc bảo
// hân", "ngô gia bảo", "thach thi sa rol", "ba son thi ne"), which the capitalisation-led rules and
// the labeller leave. A name is a family name, then one to three syllables; in lower case that
// shape is also everyday speech ("quan tâm", "tôn trọng", "thân nhân", "la thi …" for "là thì"), so
// one of these must hold:
// - a middle name of the Kinh pattern follows the family name ("thị", "văn"; without diacritics
//   "thi", "van" only after a family name that is no everyday word) and a name comes after it;
// - with diacritics, one of the commonest family names, then two or three name syllables ending in
//   a given name ("ngô gia bảo");
// - without diacritics, a Khmer family name after a kinship word or a bed field ("ong son ngoc
//   khiem", "giuong 3: chau sam nang").
// (a kinship word or a title right before lets an everyday-word family name through: "ba la thi phal").
import { COMMON_FAMILY_FOLDED, COMMON_FAMILY_NAMES, EVERYDAY_START, EVERYDAY_START_FOLDED, SURNAME_SET } from './name-sets';
import { accentedLine, type Ctx, tight } from './context';
import { GIVEN_NAMES, KHMER_SURNAMES, MIDDLE_NAMES } from './data/names';
import { FOREIGN_GIVEN } from './data/foreign-names';
import { HMONG_DAO_FAMILY, MINORITY_GIVEN } from './data/minority-names';
import { LETTER_CUES } from './model/features';
import { fold, inSet, isVietSyllable, keySet, type Token, inSetToken, startsLower, tokenStartingAt } from './text';

const SUR = SURNAME_SET;
const GIV = keySet([...GIVEN_NAMES, ...MINORITY_GIVEN]);
const MID = keySet(MIDDLE_NAMES);
/** Family names that, written without diacritics, are mostly everyday words. */
const AMBIGUOUS_FOLDED = new Set(
  'la ma ho do dang con lam vo tu ha to cao mai thai tong duong truong dinh ong lai lo vi hinh cai dau quang phuong trang chung yen thanh sau vien'.split(' '),
);
/** Compounds that end with a family name ("vi phạm", "xâm phạm"): the name that seems to follow is no name. */
const COMPOUND_BEFORE = new Set([
  'vi phạm',
  'xâm phạm',
  'tái phạm',
  'tội phạm',
  'sai phạm',
  'can phạm',
  'vi pham',
  'xam pham',
  'tai pham',
  'toi pham',
  'cau nguyen',
  'tu nguyen',
  'tinh nguyen',
  'de nguyen',
]);
/** Words that never stand in a name (with diacritics). */
const FUNCTION_WORDS = new Set('như từ là và có cho được với của mà thì nên lại vẫn cũng đã sẽ rồi này đó khi'.split(' '));
/** Kinship words and titles before a name (folded). */
const CUE = new Set('ba ong chi anh em be chau co chu bac di cau mo thim bn bs dd ys ktv me bo con vo chong cu mu o mi ami ama'.split(' '));
const MIDDLE_FOLDED = new Set(['thi', 'van']);
/** A field whose value is a person: the hand-over's giver and receiver, a name or patient field, a signature. */
const FIELD_BEFORE = /(?:^|[^a-z])(?:giao|nhan|ten|ho ten|bn|benh nhan|nguoi benh|ky|giuong \d{1,3}|g\d{1,3})[ \t]*:[ \t]*$/;
/** Khmer family names, folded. */
const KHMER = new Set(KHMER_SURNAMES.map((w) => fold(w)));
const NUMBER_WORD = /^(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|linh|le|tram|nghin)$/;
/** After a middle name any short syllable may be a given name (Khmer "thach thi sa rol"), but not these words (folded). */
const AFTER_MIDDLE_STOP = new Set(
  'da dang se co khong k ko bi duoc dc la thi va voi o tai kham nhap vao ra ve noi chuyen sdt so tuoi t g giuong nam nu con cua nay do roi bao hoi xin di den can de nhe nha thoi luon ngay sang chieu toi nua lai moi vua cung luc qua dung sai goi nuoi cham tham dua don biet thay nghe an uong ngu khoc met dau sot ho tho gai trai ngoai ruot ten'.split(
    ' ',
  ),
);

/** Chat abbreviations of kinship words before a name: "a" (anh), "c" (chị), "e" (em). */
const CHAT_CUE = LETTER_CUES;

/** An age right after a name ("59t", ", 47 tuoi"), folded. */
const AGE_AFTER = /^[ \t]*,?[ \t]*\d{1,3}[ \t]*(?:t|tuoi)(?![a-z])/;

function lower(t: Token): boolean {
  return startsLower(t.text);
}

export function detectLowerNames(ctx: Ctx): void {
  const { tokens, noName, out } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!lower(t) || noName[i] || !inSetToken(SUR, t)) continue;
    if (i > 0 && COMPOUND_BEFORE.has(`${tokens[i - 1].text.toLowerCase()} ${t.text}`)) continue;
    // a Khmer family name typed without diacritics after a cue: any short syllables may follow ("ong son ngoc khiem", "anh danh sophal")
    const cue = (i > 0 && tight(ctx, i - 1, i) && CUE.has(tokens[i - 1].f)) || FIELD_BEFORE.test(ctx.p.fold.slice(Math.max(0, t.start - 16), t.start));
    const khmer = cue && !t.d && KHMER.has(t.f);
    // the run of lower-case name syllables after the family name (at most three)
    let j = i + 1;
    while (j < tokens.length && j <= i + 3 && lower(tokens[j]) && !noName[j] && tight(ctx, j - 1, j)) {
      const w = tokens[j];
      // an age read out after the name ends it ("đinh văn hoàng ba mươi tư tuổi", "lưu văn bổn bảy mươi")
      const next = tokens[j + 1];
      if (NUMBER_WORD.test(w.f) && next && tight(ctx, j, j + 1) && (NUMBER_WORD.test(next.f) || /^(?:tuoi|t)$/.test(next.f))) break;
      // after "thi" / "van" typed without diacritics: any short syllable (Khmer "thach thi sa rol"),
      // but never an everyday word ("pham van duc de hoi chan")
      const middleAt = j === i + 1 && MIDDLE_FOLDED.has(w.f);
      if (((j >= i + 2 && MIDDLE_FOLDED.has(tokens[i + 1].f)) || (khmer && !middleAt)) && !w.d && AFTER_MIDDLE_STOP.has(w.f)) break;
      if (khmer && CUE.has(w.f)) break; // "chau chi": cháu chị, not a Khmer name
      // round 15: without a middle name, an everyday word ends an unaccented name ("a pham ngoc phuong cu goi")
      if (j >= i + 3 && !w.d && !MIDDLE_FOLDED.has(tokens[i + 1].f) && AFTER_KIN_STOP.has(w.f)) break;
      // round 15: "mã" and the code after it end the name ("pham thi mui ma bn25.041227")
      if (j >= i + 2 && !w.d && w.f === 'ma' && next && /\d|^(?:bn|so|ho|benh)$/.test(next.f)) break;
      const afterMiddle = ((j >= i + 2 && !tokens[i + 1].d && MIDDLE_FOLDED.has(tokens[i + 1].f)) || (khmer && !w.d)) && /^\p{Ll}{1,6}$/u.test(w.text);
      // round 14: the Mông men's "A" / "Seo" after the family name ("ly a sinh"), when an age follows the name
      const hmong = j === i + 1 && !w.d && /^(?:a|seo)$/.test(w.f) && cue;
      if (!(inSetToken(GIV, w) || inSetToken(MID, w) || (j === i + 1 && !w.d && MIDDLE_FOLDED.has(w.f)) || afterMiddle || hmong)) break;
      j++;
    }
    const n = j - i;
    if (n < 2) continue;
    const run = tokens.slice(i, j);
    const accented = run.some((w) => w.d);
    // "thị" / "văn" with diacritics in accented text; "thi" / "van" only in text typed without them
    const mid = tokens[i + 1];
    const middle = n >= 3 && (accented ? /^(?:thị|văn)$/u.test(mid.text) : MIDDLE_FOLDED.has(mid.f));
    const ambiguous = !t.d && AMBIGUOUS_FOLDED.has(t.f);
    // with diacritics, a common family name and two or three more name syllables ("ngô gia bảo")
    const common =
      accented &&
      n >= 3 &&
      COMMON_FAMILY_NAMES.has(t.text) &&
      inSetToken(GIV, tokens[j - 1]) &&
      !EVERYDAY_START.has(`${t.text} ${tokens[i + 1].text}`) &&
      !run.some((w) => FUNCTION_WORDS.has(w.text));
    // "tu van" typed without diacritics is "tư vấn" (to advise), not Từ Văn …
    if (!accented && t.f === 'tu' && tokens[i + 1].f === 'van') continue;
    // round 14: after a kinship word or a title, three name syllables and an age ("g5 ong pham duc thinh 59t")
    const aged = cue && n >= 3 && AGE_AFTER.test(ctx.p.fold.slice(tokens[j - 1].end, tokens[j - 1].end + 12));
    // round 15: typed without diacritics, one of the commonest family names and two given-name
    // syllables, after a kinship word or before an age ("con ong ay a dang ngoc phuong", "nguyen gia huy 3t")
    const commonFolded =
      !accented &&
      n === 3 &&
      COMMON_FAMILY_FOLDED.has(t.f) &&
      // ("ông dang dieu tri" is "ông đang điều trị": an everyday-word family name needs the age)
      (!ambiguous || AGE_AFTER.test(ctx.p.fold.slice(tokens[j - 1].end, tokens[j - 1].end + 12))) &&
      !EVERYDAY_START_FOLDED.has(`${t.f} ${tokens[i + 1].f}`) &&
      (cue ||
        (i > 0 && tight(ctx, i - 1, i) && CHAT_CUE.has(tokens[i - 1].f)) ||
        AGE_AFTER.test(ctx.p.fold.slice(tokens[j - 1].end, tokens[j - 1].end + 12))) &&
      run.slice(1).every((w) => !AFTER_MIDDLE_STOP.has(w.f));
    const ok = (middle && (!ambiguous || cue)) || common || (khmer && !accented) || aged || commonFolded;
    if (!ok) continue;
    out.push({ kind: 'NAME', start: t.start, end: tokens[j - 1].end });
    i = j - 1;
  }
}

/** Staff abbreviations and titles before a colleague's given name (folded, lower case). */
const STAFF_CUE = new Set(['bs', 'dd', 'ktv', 'ys', 'ds', 'hl']);
/** Words that follow a staff title as a job or a verb, though some are name syllables without diacritics (folded). */
const AFTER_STAFF_STOP = new Set(
  'truc khoa noi ngoai kham cho dan bao giai hoi xem tu chi dieu gia phu chuyen thu an da se dang vua moi ke lam noi nhan giao goi cham tiem lay cap ca dem ngay sang chieu toi cu phong benh vien tai o va voi bi phai can nen thi'.split(
    ' ',
  ),
);

/** The same, written with diacritics: the name syllables among them ("bác sĩ trực", "bs khoa nội"). */
const AFTER_STAFF_STOP_MARKED = new Set('trực khoa tư ca gia thu an chi bảo can chính phụ hội'.split(' '));

/**
 * Round 13: a given name alone in lower case right after a staff title ("bs tuan bao ong …", "dd
 * nhàn tiêm", "bác sĩ kiên dặn …"): only its first syllable, since in lower case a name and the words
 * after it cannot be told apart. With diacritics the name lexicon decides ("bs trực" is no name);
 * without them the words that usually follow a title are excluded.
 */
/** After a given name: an age, a bed, months of age, a phone label or a phone ("be cun giuong 9", "c linh sdt", "a khanh 0912…"), or whose child it is ("bé gạo nhà e"). */
const PHONE = '0\\d{2,3}[ .]?\\d{2,3}[ .]?\\d{2}';
const WHOSE = 'nha[ \\t]+(?:e|em|c|chi|a|anh|minh|toi|tui)(?![a-z])';
const GIVEN_FACT_AFTER = new RegExp(
  `^[ \\t]*,?[ \\t]*(?:\\d{1,3}[ \\t]?(?:t|tuoi|thang)(?![a-z])|(?:giuong|g)[ \\t]?\\d|(?:sdt|dt|so dt|zalo)(?![a-z\\d])|${PHONE}|${WHOSE})`,
);
/** What a child does or has, after "bé" ("bé sốt nhà em"), folded. */
const CARE_WORDS = new Set('bu sot ho ngu quay khoc an om met dau non oi tieu di ve khoe ngoan hu lon nho yeu gay map beo bi dang da con'.split(' '));
const PHONE_AFTER = new RegExp(`^[ \\t]*,?[ \\t]*(?:sdt[ \\t]*)?${PHONE}`);
const WHOSE_AFTER = new RegExp(`^[ \\t]+${WHOSE}`);
/** Everyday words right after a kinship word ("bé gái", "đi cùng", "bà có", "mẹ là"), folded. */
const AFTER_KIN_STOP = new Set(
  'gai trai cung co la dang di o bi van da se con nay do ay kia nao cu moi vua lai nua thi ma nha nhe a ak ah oi r roi ha hen vay'.split(' '),
);
/** Kinship words and their chat abbreviations before a lower-case given name (folded). */
const KIN_CUE = new Set(['a', 'c', 'e', 'anh', 'chi', 'em', 'be', 'ba', 'ong', 'co', 'chu', 'bac', 'cau', 'me', 'bo', 'cu', 'chau']);
/** A bed right after a given name in a hand-over ("loc g12 sot", "hoa g3 ha on"). */
const BED_AFTER = /^[ \t]+(?:g|giuong)[ \t]?\d{1,2}(?![\d/.])/;

/**
 * Round 15: a lower-case given name after a kinship word, when a fact about the person follows it —
 * an age, a bed, a phone ("me be cun la c linh sdt 0 939 …", "be bap 9 thang", "a khanh 0912.3456.07").
 * After "bé" any syllable is a child's nickname.
 */
export function detectCuedLowerGiven(ctx: Ctx): void {
  const { tokens, noName, out } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (noName[i] || !/^\p{L}/u.test(t.text) || !tight(ctx, i - 1, i)) continue;
    const cue = tokens[i - 1];
    if (!KIN_CUE.has(cue.f) || !lower(cue)) continue;
    // with diacritics, only "whose child" vouches for it ("bé gạo nhà e")
    if ((t.d || cue.d) && (!WHOSE_AFTER.test(ctx.p.fold.slice(t.end, t.end + 12)) || CARE_WORDS.has(t.f))) continue;
    if (!(inSetToken(GIV, t) || (cue.f === 'be' && isVietSyllable(t.f))) || AFTER_STAFF_STOP.has(t.f) || AFTER_KIN_STOP.has(t.f)) continue;
    if (!GIVEN_FACT_AFTER.test(ctx.p.fold.slice(t.end, t.end + 16))) continue;
    out.push({ kind: 'NAME', start: t.start, end: t.end });
  }
  // a given name alone opening a hand-over item, its bed right after ("ban giao: loc g12 sot; hoa g3 …")
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (noName[i] || t.d || !lower(t) || !inSetToken(GIV, t) || AFTER_STAFF_STOP.has(t.f) || AFTER_KIN_STOP.has(t.f)) continue;
    if (!/(?:^|[\n;,:])[ \t]*$/.test(ctx.p.norm.slice(Math.max(0, t.start - 3), t.start)) || !BED_AFTER.test(ctx.p.fold.slice(t.end, t.end + 8))) continue;
    out.push({ kind: 'NAME', start: t.start, end: t.end });
  }
  // "tên" and a lower-case name ("cháu tên ti chạy xe ôm", "ten le thi my hanh", "bạn trai tên lộc")
  NAME_AFTER_TEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_AFTER_TEN.exec(ctx.p.fold))) {
    const first = tokenStartingAt(tokens, m.index + m[0].length);
    if (first < 0) continue;
    let j = first;
    // (typed without diacritics only: with them "tên bé", "họ tên mẹ", "tên khai sinh" are what they say)
    if (ctx.p.norm.slice(m.index, m.index + 3) !== 'ten' || /(?:ky|dung|doi|ghi)[ \t]+$/.test(ctx.p.fold.slice(Math.max(0, m.index - 5), m.index))) continue;
    // round 17: a family name that is also an everyday word opens a full name of given names ("ten do trung nghia")
    const fullAfter = (k: number) =>
      [k + 1, k + 2].every((x) => x < tokens.length && lower(tokens[x]) && !tokens[x].d && tight(ctx, x - 1, x) && inSetToken(GIV, tokens[x]));
    while (j < tokens.length && j - first < 4 && lower(tokens[j]) && !tokens[j].d && !noName[j] && (j === first || tight(ctx, j - 1, j))) {
      const w = tokens[j];
      const familyFirst = j === first && inSet(SUR, w.text) && !KIN_CUE.has(w.f) && fullAfter(j);
      if ((AFTER_KIN_STOP.has(w.f) || AFTER_STAFF_STOP.has(w.f) || NOT_AFTER_TEN.has(w.f)) && !familyFirst) break;
      // a family name or a given name first, a short nickname ("ti", "bom") or a foreign given name ("gabriel"); then given and middle names only
      const ok =
        j === first
          ? inSetToken(GIV, w) || inSet(SUR, w.text) || (isVietSyllable(w.f) && w.f.length <= 3) || FOREIGN_GIVEN_SET.has(w.f)
          : inSetToken(GIV, w) || inSetToken(MID, w);
      if (!ok) break;
      j++;
      // a nickname or a given name stands alone; only a family name opens a longer name
      if (j === first + 1 && !inSet(SUR, w.text)) break;
    }
    if (j === first) continue;
    out.push({ kind: 'NAME', start: tokens[first].start, end: tokens[j - 1].end });
  }
}

const FOREIGN_GIVEN_SET = new Set(FOREIGN_GIVEN.map((w) => w.toLowerCase()));
const NAME_AFTER_TEN = /(?<![a-z])(?:ten la|ten goi|ten)[ \t]+(?=[a-z])/g;
/** Mông family names (folded: the lexicon's, and Hầu, Tráng) and the men's and women's middle names that follow them. */
const MONG_FAMILY = new Set([...HMONG_DAO_FAMILY.map((w) => fold(w)), 'hau', 'trang']);
const MONG_MIDDLE = new Set(['a', 'mi', 'seo', 'thi']);

/**
 * Round 15: a Mông name typed in lower case without diacritics ("giang a po", "thao mi chu",
 * "vang mi say"): a Mông family name, a middle name, and a short syllable that is no everyday word.
 */
export function detectLowerMongNames(ctx: Ctx): void {
  const { tokens, noName, out } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [f, mid, g] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (f.d || mid.d || g.d || !lower(f) || !lower(mid) || !lower(g) || noName[i] || noName[i + 2]) continue;
    if (!MONG_FAMILY.has(f.f) || !MONG_MIDDLE.has(mid.f) || !tight(ctx, i, i + 1) || !tight(ctx, i + 1, i + 2)) continue;
    if (g.f.length > 4 || !isVietSyllable(g.f) || AFTER_KIN_STOP.has(g.f) || AFTER_STAFF_STOP.has(g.f) || AFTER_MIDDLE_STOP.has(g.f)) continue;
    if (i > 0 && tokens[i - 1].f === 'thi' && tight(ctx, i - 1, i)) continue; // "thi thao" …
    out.push({ kind: 'NAME', start: f.start, end: g.end });
    i += 2;
  }
}
/** Words after "ten" that are no name: kinship, "gì", "khai sinh", "thường gọi", "đầy đủ" … (folded). */
const NOT_AFTER_TEN = new Set(
  'be me bo cha ba ong gi khai thuong day dat tam trong hay xong len khi gan cac bac ko k nan vo chong tre hai san thuoc benh bn nguoi ho'.split(' '),
);

export function detectStaffGivenNames(ctx: Ctx): void {
  const { tokens, noName, out } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (noName[i] || !inSetToken(GIV, t) || !lower(t) || !tight(ctx, i - 1, i)) continue;
    const prev = tokens[i - 1];
    const title =
      (STAFF_CUE.has(prev.f) && /^\p{Ll}/u.test(prev.text)) ||
      (i > 1 && tight(ctx, i - 2, i - 1) && /^(?:bac si|dieu duong|ho ly)$/.test(`${tokens[i - 2].f} ${prev.f}`) && /^\p{Ll}/u.test(tokens[i - 2].text));
    if (!title) continue;
    // in a line typed with diacritics an unmarked word is what it says ("bác sĩ phong" is Phong, not phòng)
    // (round 17: unless a phone follows it, "goi bs lam 0918 045 662")
    const stop = accentedLine(ctx, t.start, t.end) ? AFTER_STAFF_STOP_MARKED.has(t.text) : AFTER_STAFF_STOP.has(t.f);
    if (stop && !PHONE_AFTER.test(ctx.p.fold.slice(t.end, t.end + 16))) continue;
    // round 14: a two-syllable given name that ends there ("dd my dung,", "bs quoc anh (sdt …)")
    const n = tokens[i + 1];
    const two =
      n &&
      lower(n) &&
      !noName[i + 1] &&
      tight(ctx, i, i + 1) &&
      inSetToken(GIV, n) &&
      // (round 15: "anh" closes the commonest two-syllable given names, "bs tuan anh bao cao")
      (/^[ \t]*(?:[,/;(]|\n|$)/.test(ctx.p.norm.slice(n.end, n.end + 3)) || (n.f === 'anh' && !n.d && !t.d));
    out.push({ kind: 'NAME', start: t.start, end: two ? n.end : t.end });
  }
}
