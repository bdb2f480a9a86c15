// Personal names: surname gazetteer + given-name syllables, cue words (bệnh nhân, BN,
// ông, bà, họ tên …), upper-case and unaccented names, and initials (N.V.A., BN NTH).
import { ANSWER_WORDS, GIVEN_NAME_SET } from './name-sets';
import { type Ctx, PhraseMatcher, accentedLine } from './context';
import { BAPTISMAL_NAMES, ETHNIC_GROUPS, KHMER_SURNAMES, MIDDLE_NAMES, MINORITY_SURNAMES, SURNAMES, WEAK_SURNAMES } from './data/names';
import { CUE_STOPWORDS, MEDICAL_ABBREVIATIONS, NAME_CUES_STRONG, NAME_CUES_WEAK, SEX_WORDS } from './data/vocab';
import { type Token, fold, hasDiacritics, inSet, isCapitalised, isUpper, isVietSyllable, key, keySet, tokenStartingAt, inSetToken } from './text';

const surnames = keySet(SURNAMES.filter((s) => !s.includes(' ')));
const compoundSurnames = new PhraseMatcher(
  SURNAMES.filter((s) => s.includes(' ')),
  'key',
);
const weakSurnames = keySet(WEAK_SURNAMES);
const minoritySurnames = keySet(MINORITY_SURNAMES);
const ethnicGroups = keySet(ETHNIC_GROUPS);
/** Khmer family names as written (Title Case and upper case), for a cheap lookup. */
const khmerSurnames = new Set(KHMER_SURNAMES.flatMap((w) => [w, w.toUpperCase()]));
/** Baptismal names as written (Title Case), for a cheap lookup on every token. */
const baptismal = new Set(BAPTISMAL_NAMES.map((w) => w.normalize('NFC')));
/** Middle names by their folded form ("van", "thi", "lao" …): any capitalised syllable may follow. */
const middleNames = new Set(MIDDLE_NAMES.map((w) => fold(w)));
/** … and as written, in Title Case or upper case. */
const middleWritten = new Set(MIDDLE_NAMES.flatMap((w) => [w, w.toUpperCase()]));
/** Surnames as written with their diacritics: an unaccented "Mai", "Cao", "Kim" in accented text is that name. */
const accentlessSurnames = new Set(SURNAMES.filter((s) => !/[^\x20-\x7e]/.test(s)).map((s) => s.toLowerCase()));
const given = GIVEN_NAME_SET;
const stop = keySet(CUE_STOPWORDS);
const sexWords = new Set(SEX_WORDS);
const medAbbr = new Set(MEDICAL_ABBREVIATIONS);
// compared exactly when written with diacritics: "ĐD Trương Hữu Cương" is no "đd trưởng",
// "Từ Thị Hòa" no "tử thi"; unaccented text is compared folded
const strongCues = new PhraseMatcher(NAME_CUES_STRONG, 'key');
const weakCues = new PhraseMatcher(NAME_CUES_WEAK, 'key');
/**
 * Weak cue words written with diacritics whose unaccented spelling is no cue of its own
 * ("vo" = vợ, "chau" = cháu, "co" = cô): typed so in a line that has its marks, "Vo",
 * "Chau" are that very word — a family name ("Chau Sóc Kha", "Vo Van Tai").
 */
const foldOnlyCues = (() => {
  const plain = new Set(NAME_CUES_WEAK.filter((c) => !hasDiacritics(c)).map((c) => c.split(' ')[0]));
  return new Set(
    NAME_CUES_WEAK.map((c) => c.split(' ')[0])
      .filter((w) => hasDiacritics(w) && !plain.has(fold(w)))
      .map((w) => fold(w)),
  );
})();
/** Cues written as abbreviations may be followed by a dot: "BS. Lan", "ThS.BS. An". */
const ABBREVIATION_CUE = /^(?:bn|bs|ths|ts|pgs|gs|ds|dd|ktv|ys|nb|nhs|bsck\w*|ckii?|bsnt|mr|mrs|ms|dr|cn|ks|ptv)$/;
const INITIALS_EXCLUDED = new Set([
  'TP',
  'VN',
  'TW',
  'TT',
  'UB',
  'PS',
  'BS',
  'TS',
  'GS',
  'CT',
  'SA',
  'XQ',
  'BV',
  'KT',
  'TB',
  'QĐ',
  'CV',
  'NĐ',
  'HN',
  'OK',
  'AM',
  'PM',
  'DR',
  'MR',
  'MS',
  'NB',
  'ND',
  'VD',
  'US',
  'UK',
  'EU',
  'AD',
  'BC',
  'TX',
  'TH',
  'KP',
  'PGS',
  'THS',
  'TNHH',
  'CP',
  'IV',
  'II',
  'III',
  'CN',
  'KS',
  'KTV',
  'HS',
  'SN',
  'GV',
  'SV',
  'NV',
  'RV',
  'QL',
  'TL',
  'CA',
  'UBND',
  'SĐT',
  'ĐT',
  'DT',
  'ĐD',
  'DD',
]);

/**
 * Surnames whose unaccented spelling is also a frequent word typed without diacritics
 * (dau = đau "pain", tang = tăng, ho = ho "cough", ta = tá/tả …): unaccented, they
 * start a name only with a middle name Van/Thi after them (or after a cue word).
 */
const AMBIGUOUS_UNACCENTED = new Set(
  'dau ta to ha ho mai la lai vi chu cao tang tu do ma kim ong ninh thai hau lo cam bach giang dong nong son thach trang quan tien tieu vuong dam than khuc luc mac phi tong lang vang bang cu ban la mau doi doan tat chau dieu ca mach va thieu lieu kieu xa han'.split(
    ' ',
  ),
);

type Shape = 'cap' | 'upper';

function shapeOf(t: Token): Shape | null {
  if (isUpper(t.text)) return 'upper';
  if (isCapitalised(t.text) || /^H['’]\p{Lu}\p{Ll}/u.test(t.text)) return 'cap';
  return null;
}

/** Kinship and pronoun cue words (folded) that may stand before a bare initial ("chị H", not "nhà B"). */
const PERSON_WORDS = new Set('anh chi em ong ba co chu chau be bac cu ban me bo vo chong con di cau thim mo'.split(' '));

/** Onsets written as a two-letter initial: "Tr.", "Kh.", "Ng." */
const DIGRAPH_INITIAL = /^(?:Ng|Nh|Ch|Tr|Th|Ph|Kh|Gi|Qu|Gh)$/;

/** A one-letter (or two-letter onset) upper-case token directly followed by a dot: an initial ("V.", "Kh."). */
function isInitial(ctx: Ctx, t: Token): boolean {
  return t.text.length <= 2 && ctx.p.norm.charCodeAt(t.end) === 46 && (t.text.length === 1 ? /\p{Lu}/u.test(t.text) : DIGRAPH_INITIAL.test(t.text));
}

/**
 * A name split by a line break (a form pasted from a PDF): "Nguyễn\nThị Thùy Dương",
 * "Phạm Văn\nKhải" — the line ends on a family or middle name, which cannot end a name —
 * or "Nguyễn Thị Ngọc\nÁnh – Phòng KHTH": one given name alone at the start of the next line.
 */
function lineBreakInName(ctx: Ctx, prev: Token, next: Token, count: number): boolean {
  const gap = ctx.p.norm.slice(prev.end, next.start);
  if (!/^[ \t]*\n[ \t]*$/.test(gap) || !isCapitalised(next.text)) return false;
  if (middleNames.has(prev.f) || (count <= 1 && inSetToken(surnames, prev))) return inSetToken(given, next) || middleNames.has(next.f);
  if (count < 2 || !inSetToken(given, next) || stop.exact.has(next.k) || sexWords.has(next.text)) return false;
  return /^[ \t]*(?:[–\-,;.)]|\t| {2,}|$|\n)/.test(ctx.p.norm.slice(next.end, next.end + 4)) && !/^[ \t]*:/.test(ctx.p.norm.slice(next.end, next.end + 3));
}

interface Collected {
  /** exclusive token index */
  endTok: number;
  /** NFC end offset */
  end: number;
  count: number;
  givenHits: number;
  initials: number;
}

/**
 * Collects name-like tokens starting at token i: capitalised (or all upper-case)
 * Vietnamese syllables and initials, separated by spaces only, at most `max`.
 */
function collect(ctx: Ctx, i: number, max: number, shape: Shape | null, forceMinority = false, khmer = false): Collected {
  const { tokens, p } = ctx;
  let j = i;
  let end = -1;
  let givenHits = 0;
  let initials = 0;
  let prevInitial = false;
  // Ê Đê / Jrai names start with Y (men) or H' (women) and have non-Kinh syllables:
  // "Y Thuel Niê", "H'Luyến Êban", "Y Kin Byă"
  const minority = forceMinority || (i < tokens.length && /^(?:Y|H['’]\p{Lu}[\p{L}\p{M}]*)$/u.test(tokens[i].text));
  while (j < tokens.length && j - i < max) {
    const t = tokens[j];
    if (j > i) {
      const gap = p.norm.slice(end, t.start);
      if (!(/^[ \t]$/.test(gap) || (prevInitial && gap === '') || (gap.includes('\n') && lineBreakInName(ctx, tokens[j - 1], t, j - i)))) break;
    }
    if (isInitial(ctx, t)) {
      initials++;
      end = t.end + 1;
      prevInitial = true;
      j++;
      continue;
    }
    // "Lê Thị H. Chiếu đèn …", "con B. Chiếu …": after "X. " only a given name goes on
    if (prevInitial && j > i && !inSetToken(given, t)) break;
    prevInitial = false;
    // placeholder given names: "Nguyễn Văn B", "Trần Thị C"
    if (j > i && t.text.length === 1 && /\p{Lu}/u.test(t.text) && !/^[\d\p{L}]/u.test(p.norm[t.end] ?? '')) {
      initials++;
      end = t.end;
      j++;
      continue;
    }
    const s = shapeOf(t);
    if (!s || (shape && s !== shape && t.text.length > 1)) break;
    // an upper-case heading does not run into a protected phrase: "… VÀ DIỄN BIẾN LÂM SÀNG"
    if (j > i && ctx.noName[j] && (shape ?? s) === 'upper') break;
    // round 15: nor runs over "VÀ" (and): "… ĐỊNH DANH VÀ KHÁNG SINH ĐỒ" is no name
    if ((shape ?? s) === 'upper' && t.f === 'va') break;
    // non-Kinh syllables: anywhere in an Ê Đê/Jrai name, as an H'… part ("Rơ Châm H'Yin"),
    // or right after the middle name Thị/Văn ("Sơn Thị Phol", "Hoàng Thị Slao")
    // (also after a Dao/H'Mông middle name: "Tẩn Láo San"), or after a Khmer family name and
    // a first given syllable ("Thạch Sa Rươne")
    const afterMiddle = j > i && middleNames.has(tokens[j - 1].f) && /^\p{Lu}[\p{L}\p{M}]{1,8}$/u.test(t.text);
    const khmerSyllable = khmer && j > i && /^\p{Lu}[\p{Ll}\p{M}]{1,8}$/u.test(t.text);
    if (
      !isVietSyllable(t.f) &&
      !(minority && /^\p{Lu}[\p{L}\p{M}'’]{1,9}$/u.test(t.text)) &&
      !/^H['’]\p{Lu}[\p{L}\p{M}]{1,8}$/u.test(t.text) &&
      !afterMiddle &&
      !khmerSyllable
    )
      break;
    if (s === 'upper' && !/[^\x20-\x7e]/.test(t.text) && medAbbr.has(t.text) && !inSetToken(given, t)) break;
    if (/^\d/.test(p.norm[t.end] ?? '')) break;
    shape = shape ?? (t.text.length > 1 ? s : null);
    if (inSetToken(given, t)) givenHits++;
    end = t.end;
    j++;
  }
  return { endTok: j, end, count: j - i, givenHits, initials };
}

/** Initials with an abbreviated onset ("Ng.T.H.", "Tr.V.Kh"): three parts needed ("Ph.D" is not a name). */
const ONSET = '(?:Ngh|Ng|Nh|Ch|Tr|Th|Ph|Kh|Gi|Qu|Gh|[A-ZĐ])';
const INITIALS_ONSET = new RegExp(`(?<![\\p{L}\\d.°])(?:${ONSET}\\.[ ]?){2,3}${ONSET}\\.?(?![\\p{L}\\d])`, 'gu');

/** Chat shorthand for anh / chị / em, lower case only ("a Tuấn", "e là Trang"). */
const chatCues = new PhraseMatcher(['a', 'c', 'e', 'a là', 'c là', 'e là', 'e tên', 'a tên', 'c tên'], 'fold');

/** Unaccented chat words that fold onto given-name syllables (để, đi, là, ở, và, đã …). */
const LOWER_NAME_STOP = new Set(
  'de di la o va ma da co khi thi nen roi vao ra sau nay den tu ve con cho len xuong nhe a oi dc ko k luon hom mai toi sang chieu trua dem bi'.split(' '),
);

/**
 * A full name typed in lower case: surname + middle name văn/thị (or a strong cue
 * before it and two given syllables) — "nguyen van hung", "bn lê thị hoa".
 */
function lowerName(ctx: Ctx, i: number, afterCue: boolean, cued = afterCue): { endTok: number; end: number } | null {
  const { tokens, p } = ctx;
  const t = tokens[i];
  if (!/^\p{Ll}+$/u.test(t.text) || !inSetToken(surnames, t) || inSetToken(weakSurnames, t)) return null;
  let j = i + 1;
  let end = t.end;
  while (j < tokens.length && j - i < 4) {
    const tj = tokens[j];
    if (!/^[ \t]$/.test(p.norm.slice(end, tj.start)) || !/^\p{Ll}+$/u.test(tj.text) || !inSetToken(given, tj)) break;
    // unaccented function words that fold onto given names: "pham van duc de hoi chan"
    if (j - i >= 2 && !tj.d && LOWER_NAME_STOP.has(tj.f)) break;
    if (/^\d/.test(p.norm[tj.end] ?? '')) break;
    end = tj.end;
    j++;
  }
  const count = j - i;
  const m = tokens[i + 1];
  const middle = count >= 3 && (m.d ? /^(?:văn|thị)$/.test(m.k) : /^(?:van|thi)$/.test(m.f));
  // an unaccented surname that is also a common word ("mai thi lam …" = "mai thì làm …"),
  // unless a cue word comes before it and a middle name after it ("con trai do van hieu")
  if (!t.d && AMBIGUOUS_UNACCENTED.has(t.f) && !(cued && middle)) return null;
  if (!middle && !(afterCue && count >= 3)) return null;
  return { endTok: j, end };
}

/** Staff roles before a colon (folded): a lone lower-case given name may follow ("dd: quynh"). */
const STAFF_CUE = /^(?:bs|bac si|dd|dieu duong|ktv|ys|nhs|bsnt|cn|y ta|ho ly|truong khoa|ky nhan|ky ten|nguoi [a-z ]+)(?: (?:truc|dieu tri|kham|chinh|phu))?$/;
/** Unaccented clinical words that fold onto given names ("tinh" = tỉnh, "binh" = bình thường). */
const LOWER_CLINICAL = new Set('tinh on binh nang tot kem an hoa thuan tam vui tien khang dong nam nu chuyen xuat giam tang thu'.split(' '));
/** Form labels whose value is a name whatever its shape (folded cue text). */
const LABEL_CUE =
  /^(?:ho,? (?:va )?ten|ten|ho ten|(?:ho (?:va )?)?ten (?:bn|benh nhan|nguoi benh|nguoi nha|benh nhi|tre|me|bo|cha)|nguoi nha(?: bn| benh nhan| nguoi benh)?|nguoi lien he|nguoi bao tin|nguoi giam ho|nguoi dai dien|name|patient)$/;

/**
 * The value of a form label ("Họ tên: Mohamad Sa Ly", "NGUOI NHA: CIL MUP (CHONG)", "Họ
 * tên: Kim Min-jun"): capitalised words of any shape, up to the end of the field.
 */
function labelValue(ctx: Ctx, cueStart: number, j: number): { endTok: number; end: number } | null {
  const { tokens, p, noName } = ctx;
  if (!LABEL_CUE.test(p.fold.slice(tokens[cueStart].start, tokens[j - 1].end))) return null;
  let k = j;
  let end = -1;
  let words = 0;
  while (k < tokens.length && words < 6) {
    const t = tokens[k];
    if (k > j) {
      const gap = p.norm.slice(tokens[k - 1].end, t.start);
      // "Min-jun": a hyphen joins a lower-case part
      if (gap === '-' && /^\p{Ll}+$/u.test(t.text)) {
        end = t.end;
        k++;
        continue;
      }
      if (!/^[ \t]$/.test(gap)) break;
    }
    if (!/^\p{Lu}[\p{L}\p{M}'’]*$/u.test(t.text) || noName[k] || sexWords.has(t.text)) break;
    if (stop.exact.has(t.k) && !inSetToken(surnames, t) && !inSetToken(given, t)) break;
    if (isUpper(t.text) && medAbbr.has(t.text) && !inSetToken(given, t)) break;
    end = t.end;
    words++;
    k++;
  }
  if (!words || (words === 1 && p.norm.slice(tokens[j].start, end).length < 3)) return null;
  if (words === 1 && inSetToken(ethnicGroups, tokens[j])) return null;
  // a name-like word must be in it: a family or given name, or a word of another shape
  // ("NGƯỜI NHÀ: VẮNG MẶT" is no name)
  const named = tokens.slice(j, k).some((x) => inSetToken(surnames, x) || inSetToken(given, x) || !isVietSyllable(x.f));
  return named ? { endTok: k, end } : null;
}

/** Role abbreviations after a display name in a chat or handover ("Thu Trang DD: …"). */
const SPEAKER_ROLE = /^(?:[ \t]+(?:DD|ĐD|ĐDT|BS|Bs|bs|BSNT|YS|KTV|NHS|HS|CNĐD))?(?:[ \t]+\([^\n()]{1,20}\))?(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*:/u;

/**
 * A display name opening a line of a chat or a list: two or three Title-Case syllables,
 * all given names or family names, an optional role and time, then a colon —
 * "Thu Trang DD: …", "Mai Anh: …", "Hồng Nhung 21:05: …".
 */
function speakerLabel(ctx: Ctx, i: number): { endTok: number; end: number } | null {
  const { tokens, p, noName } = ctx;
  const t = tokens[i];
  // only at the start of a line (after spaces, a dash or a bullet)
  let nl = -1;
  for (let k = t.start - 1; k >= (i > 0 ? tokens[i - 1].end : 0); k--) {
    if (p.norm.charCodeAt(k) === 10) {
      nl = k;
      break;
    }
  }
  if (i > 0 && nl < 0) return null;
  if (!isCapitalised(t.text) || !/^[ \t\-–•*>]*$/.test(p.norm.slice(nl + 1, t.start))) return null;
  let j = i;
  let end = -1;
  while (j < tokens.length && j - i < 3) {
    const tj = tokens[j];
    if (j > i && !/^[ \t]$/.test(p.norm.slice(end, tj.start))) break;
    if (!isCapitalised(tj.text) || noName[j] || tj.text.length < 2) break;
    if (!inSetToken(given, tj) && !inSetToken(surnames, tj)) break;
    // compared as written ("Thu" is a name, "Thứ" a weekday); after the first syllable a
    // given name that is also a cue word may follow ("Lan Anh", "Ngọc Em")
    if (stop.exact.has(tj.k) && !inSetToken(surnames, tj) && (j === i || !inSetToken(given, tj))) break;
    end = tj.end;
    j++;
  }
  if (j - i < 2) return null;
  // at least one given name that is not a family name
  if (!tokens.slice(i, j).some((x) => inSetToken(given, x) && !inSetToken(surnames, x))) return null;
  return SPEAKER_ROLE.test(p.norm.slice(end, end + 40)) ? { endTok: j, end } : null;
}

/**
 * Tây Nguyên names written with a prefix and an apostrophe, also with a space after
 * it: "H' Blin Mlô", "K' Lẹo", "K'Brel" (women's H', K'Ho K').
 */
function prefixedName(ctx: Ctx, i: number): { endTok: number; end: number } | null {
  const { tokens, p, noName } = ctx;
  const t = tokens[i];
  let j: number;
  const c0 = t.text.charCodeAt(0);
  if (c0 !== 72 && c0 !== 75) return null; // H, K
  if (
    (t.text === 'H' || t.text === 'K') &&
    /^['’] ?$/.test(p.norm.slice(t.end, tokens[i + 1]?.start ?? t.end)) &&
    i + 1 < tokens.length &&
    /^\p{Lu}/u.test(tokens[i + 1].text)
  ) {
    j = i + 1;
  } else if (/^K['’]\p{Lu}/u.test(t.text)) {
    j = i;
  } else return null;
  if (j > i && tokens[j].start - t.end > 2) return null;
  // the peoples themselves: "dân tộc K'Ho", "người H' Mông"
  if (/^(?:k['’] ?ho|h['’] ?mong)$/.test(p.fold.slice(t.start, tokens[j].end))) return null;
  let end = tokens[j].end;
  let k = j + 1;
  while (k < tokens.length && k - j <= 3) {
    const tk = tokens[k];
    if (!/^[ \t]$/.test(p.norm.slice(end, tk.start)) || noName[k] || !/^\p{Lu}[\p{Ll}\p{M}'’]+$/u.test(tk.text)) break;
    if (inSetToken(stop, tk) && !inSetToken(surnames, tk)) break;
    if (!inSetToken(surnames, tk) && !inSetToken(given, tk) && isVietSyllable(tk.f)) break;
    end = tk.end;
    k++;
  }
  return { endTok: k, end };
}

/** Ê Đê / Jrai teknonyms: "Ama Phu" (Phu's father), "Amí Phu" (Phu's mother). */
function teknonym(ctx: Ctx, i: number): { endTok: number; end: number } | null {
  const { tokens, p } = ctx;
  if (tokens[i].text.charCodeAt(0) !== 65 || !/^(?:Ama|Amí|Ami|AMA|AMÍ)$/.test(tokens[i].text) || i + 1 >= tokens.length) return null;
  const next = tokens[i + 1];
  if (!/^[ \t]$/.test(p.norm.slice(tokens[i].end, next.start)) || !/^\p{Lu}/u.test(next.text) || ctx.noName[i + 1]) return null;
  return { endTok: i + 2, end: next.end };
}

/**
 * A Catholic baptismal name before a civil name ("Maria Nguyễn Thị Lan", "Phêrô Trần Đức
 * Anh", "Giuse Hoàng"), or a Buddhist dharma name: Thích (Nữ) and two given syllables
 * ("Thích Thanh Tịnh", "Thích Nữ Diệu Hạnh"). Title Case only.
 */
function religiousName(ctx: Ctx, i: number): { endTok: number; end: number } | null {
  const { tokens, p, noName } = ctx;
  const t = tokens[i];
  const dharma = t.text === 'Thích';
  if ((!dharma && !baptismal.has(t.text)) || i + 1 >= tokens.length) return null;
  let j = i + 1;
  if (!/^[ \t]$/.test(p.norm.slice(t.end, tokens[j].start)) || !isCapitalised(tokens[j].text) || noName[j]) return null;
  if (dharma) {
    if (tokens[j].text === 'Nữ' && j + 1 < tokens.length && /^[ \t]$/.test(p.norm.slice(tokens[j].end, tokens[j + 1].start))) j++;
    const c = collect(ctx, j, 2, 'cap');
    return c.count === 2 && c.givenHits === 2 ? { endTok: c.endTok, end: c.end } : null;
  }
  const next = tokens[j];
  if (!inSetToken(surnames, next) && !inSetToken(given, next)) return null;
  const c = collect(ctx, j, 5, 'cap');
  return c.count >= 1 && c.givenHits >= 1 ? { endTok: c.endTok, end: c.end } : null;
}

/** "tên Hoa: Lei Gwai Fan", "tên thường gọi: Ama Hiên": the name after the colon, the qualifier is not one. */
const OTHER_NAME =
  /(?<![\p{L}])(?:tên|TÊN|Tên)[ \t]+(?:tiếng[ \t]+)?(?:Hoa|Khmer|Trung|Anh|Pháp|Hàn|Nhật|Chăm|Thái|dân tộc|khác|gọi khác|thường gọi|hay gọi|ở nhà|thân mật|khai sinh|cũ|thật|đầy đủ|gọi|tục|Việt|nước ngoài)[ \t]*:[ \t]*(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,4})/gu;

function push(ctx: Ctx, start: number, end: number): void {
  if (end > start) ctx.out.push({ kind: 'NAME', start, end });
}

/** The lone sex word after "BN": "BN Nam, 45 tuổi", "bệnh nhân Nữ 60t". */
function isSexMention(ctx: Ctx, c: Collected, first: Token): boolean {
  if (c.count !== 1 || !sexWords.has(first.text)) return false;
  const rest = ctx.p.fold.slice(c.end, c.end + 12);
  return /^\s*(?:$|[,;:()\-–.]|\d|tuoi|t\b|\n)/.test(rest);
}

/**
 * A cue word (bệnh nhân, BS, ông, chị …) and the name after it. Returns the token index
 * after what was consumed (the name, or the cue words when no name follows), or -1 when
 * no cue starts at token i. (Kept out of detectNames so that both stay small enough to
 * be optimised.)
 */
function cueName(ctx: Ctx, i: number): number {
  const { tokens, p, noName } = ctx;
  const n = tokens.length;
  const t = tokens[i];
  // 1. cue word(s) followed by a name
  let cueLen = strongCues.matchAt(tokens, i, p.norm);
  let strong = cueLen > 0;
  if (!cueLen && !noName[i]) {
    cueLen = weakCues.matchAt(tokens, i, p.norm);
    // upper case without diacritics a kinship word is ambiguous: "CO CUNG" is cổ cứng, "BA" is ba (3)
    if (cueLen && isUpper(t.text) && !t.d) cueLen = 0;
    // "Chau Sóc Kha", "Vo …" in a line written with diacritics: not cháu, vợ
    if (cueLen && !t.d && foldOnlyCues.has(t.f) && /^\p{Lu}/u.test(t.text) && accentedLine(ctx, t.start, t.end)) cueLen = 0;
  }
  // chat shorthand, lower case only: "a Tuấn", "c Nhung oi", "e là Trang"
  // (not an item letter after a number or a letter and a dot, "1. a", "b. a"; a sentence end is fine: "ok e Kelly. a Sơn chở")
  if (!cueLen && /^[ace]$/.test(t.text) && !/(?:^|[^\p{L}])(?:\d+|\p{L})\.?$|\d$/u.test(p.norm.slice(Math.max(0, t.start - 4), t.start).trim()))
    cueLen = chatCues.matchAt(tokens, i, p.norm);
  // "Ông Văn Tám": the cue word is the surname when a middle name follows
  // (unaccented too: "Vo Van Tai" is not "vợ Văn Tài")
  if (
    cueLen === 1 &&
    !strong &&
    isCapitalised(t.text) &&
    inSetToken(surnames, t) &&
    i + 1 < n &&
    (/^(?:Văn|Thị|VĂN|THỊ)$/.test(tokens[i + 1].text) || (!t.d && /^(?:Van|Thi)$/.test(tokens[i + 1].text)))
  ) {
    const c = collect(ctx, i + 1, 4, shapeOf(tokens[i + 1]));
    if (c.count >= 2 && c.givenHits >= 1 && /^[ \t]$/.test(p.norm.slice(t.end, tokens[i + 1].start))) {
      push(ctx, t.start, c.end);
      return c.endTok;
    }
  }
  if (cueLen) {
    // chain cues: "PGS.TS.BS Nguyễn …", "người nhà BN"
    let j = i + cueLen;
    for (let guard = 0; guard < 4 && j < n; guard++) {
      const gap = p.norm.slice(tokens[j - 1].end, tokens[j].start);
      if (!/^[ .:]{0,3}$/.test(gap)) break;
      const more = strongCues.matchAt(tokens, j, p.norm);
      if (!more) break;
      strong = true;
      j += more;
    }
    const last = tokens[j - 1];
    if (j < n) {
      const gap = p.norm.slice(last.end, tokens[j].start);
      const abbr = ABBREVIATION_CUE.test(last.f);
      // "con gái (Hà)": a name in brackets right after the cue
      const paren = /^[ \t]*\($/.test(gap);
      const gapOk = /^[ \t]*[:：]?[ \t]*$/.test(gap) || (abbr && /^\.?[ \t]*$/.test(gap)) || /^[ \t]*[-–][ \t]+$/.test(gap) || paren;
      const first = tokens[j];
      // lower-case full names after a strong cue: "bn nguyen van hung", "bn lê thị hoa";
      // after a kinship cue with a middle name: "con trai do van hieu"
      if (gapOk && gap.length > 0) {
        const low = lowerName(ctx, j, strong, true);
        if (low) {
          push(ctx, first.start, low.end);
          return low.endTok;
        }
      }
      // a form label and its value: "Họ tên: Mohamad Sa Ly", "NGUOI NHA: CIL MUP (CHONG)"
      // — whatever the shape of the words, up to the end of the field
      const label = strong && /[:：]/.test(gap) ? labelValue(ctx, i, j) : null;
      // a staff role and a lone given name typed in lower case: "bs truc: thuy / dd: quynh"
      if (
        strong &&
        /[:：]/.test(gap) &&
        !first.d &&
        /^\p{Ll}{3,}$/u.test(first.text) &&
        inSetToken(given, first) &&
        !LOWER_NAME_STOP.has(first.f) &&
        !LOWER_CLINICAL.has(first.f) &&
        STAFF_CUE.test(p.fold.slice(t.start, last.end)) &&
        STANDALONE_AFTER.test(p.norm.slice(first.end, first.end + 8))
      ) {
        push(ctx, first.start, first.end);
        return j + 1;
      }
      if (gapOk && gap.length > 0 && !noName[j]) {
        // bare upper-case initials after a strong cue: "BN NTH", "bệnh nhân L.T.H" (not the
        // first word of a longer label value: "NGUOI NHA: CIL MUP")
        if (
          strong &&
          !(label && label.endTok > j + 1) &&
          /^[\p{Lu}]{2,4}$/u.test(first.text) &&
          !medAbbr.has(first.text) &&
          !INITIALS_EXCLUDED.has(first.text) &&
          !isVietSyllable(first.f) &&
          !strongCues.matchAt(tokens, j, p.norm) &&
          !/^[ \t]*:/.test(p.norm.slice(first.end, first.end + 3))
        ) {
          push(ctx, first.start, first.end);
          return j + 1;
        }
        const c = collect(ctx, j, 5, null, false, khmerSurnames.has(first.text));
        if (label && label.end > (c.count > 0 ? c.end : first.start)) {
          push(ctx, first.start, label.end);
          return label.endTok;
        }
        // a lone initial without its dot before a bracket or a comma: "chị H (25 tuổi)"
        if (
          c.count === 0 &&
          c.initials === 0 &&
          (strong || PERSON_WORDS.has(t.f)) &&
          /^\p{Lu}$/u.test(first.text) &&
          /^[ \t]*(?:\(|,|;|\)|$|\n)/.test(p.norm.slice(first.end, first.end + 3)) &&
          !/mau|rh/.test(p.fold.slice(Math.max(0, t.start - 40), t.start))
        ) {
          ctx.out.push({ kind: 'NAME', start: first.start, end: first.end, initial: true });
          return j + 1;
        }
        // a known surname, given name, initial or minority prefix must be in it
        const known =
          c.givenHits > 0 ||
          c.initials > 0 ||
          inSetToken(surnames, first) ||
          /^(?:Y|H['’]\p{Lu}.*)$/u.test(first.text) ||
          compoundSurnames.matchAt(tokens, j, p.norm) > 0;
        // a kinship word alone is the start of a sentence, not a name: "… anh Trí KTV. Ông ngoại bé …"
        const firstIsStop =
          (c.count > 0 && inSetToken(stop, first) && !inSetToken(surnames, first) && !inSetToken(given, first)) ||
          (c.count === 1 && c.initials === 0 && gap.includes('.') && weakCues.matchAt(tokens, j, p.norm) > 0);
        // a lone A/B/O/AB after "mẹ"/"con" in a blood-group sentence is a blood group
        const bloodGroup =
          c.count === 1 && c.initials === 1 && /^(?:A|B|O)$/.test(first.text) && /mau|rh/.test(p.fold.slice(Math.max(0, t.start - 40), t.start));
        // an upper-case heading: after an upper-case cue an upper-case run is a name only if
        // it starts with a family name ("NẠN NHÂN VỤ TAI NẠN" is a heading)
        const heading = () => isUpper(t.text) && isUpper(first.text) && !/[:：]/.test(gap) && c.initials === 0 && !inSetToken(surnames, first);
        // a second cue of the same kind is not a name: "GIÁM ĐỊNH VIÊN      GIÁM ĐỊNH VIÊN"
        if (
          (c.count > 0 || c.initials > 0) &&
          known &&
          !firstIsStop &&
          !bloodGroup &&
          !heading() &&
          !strongCues.matchAt(tokens, j, p.norm) &&
          !isSexMention(ctx, c, first) &&
          (!paren || p.norm[c.end] === ')')
        ) {
          // after a cue an upper-case medical abbreviation alone is not a name
          const lone = c.count === 1 && isUpper(first.text) && medAbbr.has(first.text);
          if (!lone) {
            push(ctx, first.start, c.end);
            return c.endTok;
          }
        }
      }
    }
    return j;
  }
  return -1;
}

export function detectNames(ctx: Ctx): void {
  const { tokens, p, noName } = ctx;
  const n = tokens.length;
  // names from the table columns (detect-tables) count too: they recur and start lists
  const firstOut = 0;
  let om: RegExpExecArray | null;
  OTHER_NAME.lastIndex = 0;
  const mayHaveOtherName = p.fold.includes('ten');
  while (mayHaveOtherName && (om = OTHER_NAME.exec(p.norm))) {
    const start = om.index + om[0].length - om[1].length;
    push(ctx, start, start + om[1].length);
    // the qualifier ("Hoa", "Anh") is not a name of its own
    for (let k = 0; k < n && tokens[k].start < start; k++) if (tokens[k].start > om.index) noName[k] = 1;
  }
  let i = 0;
  while (i < n) {
    const t = tokens[i];
    // 0. display names opening a chat line, prefixed Tây Nguyên names, teknonyms
    const special = noName[i] ? null : (speakerLabel(ctx, i) ?? prefixedName(ctx, i) ?? teknonym(ctx, i));
    if (special) {
      push(ctx, t.start, special.end);
      i = special.endTok;
      continue;
    }
    // 0b. a baptismal name before the civil name ("Maria Nguyễn Thị Lan", "Giuse Hoàng"), a
    // Buddhist dharma name ("Thích Thanh Tịnh", "Thích Nữ Diệu Hạnh")
    const c0 = t.text.charCodeAt(0);
    const religious = noName[i] || !((c0 >= 65 && c0 <= 90) || c0 === 272) || !(t.text === 'Thích' || baptismal.has(t.text)) ? null : religiousName(ctx, i);
    if (religious) {
      push(ctx, t.start, religious.end);
      i = religious.endTok;
      continue;
    }
    // 1. cue word(s) followed by a name
    const afterCue = cueName(ctx, i);
    if (afterCue >= 0) {
      i = afterCue;
      continue;
    }
    // 2a. Ê Đê / Jrai women's names: H'Luyến Êban
    if (!noName[i] && /^H['’]\p{Lu}/u.test(t.text)) {
      const c = collect(ctx, i, 4, null);
      if (c.count >= 2) {
        push(ctx, t.start, c.end);
        i = c.endTok;
        continue;
      }
    }
    // 2b. Ê Đê/Jrai men's names without a cue: "Y Đạt Mlô" (Y + syllables + family name)
    if (!noName[i] && t.text === 'Y' && i + 1 < n && /^[ \t]$/.test(p.norm.slice(t.end, tokens[i + 1].start))) {
      const c = collect(ctx, i, 4, null);
      if (c.count >= 3 && inSetToken(surnames, tokens[c.endTok - 1])) {
        push(ctx, t.start, c.end);
        i = c.endTok;
        continue;
      }
    }
    // 2c. a given name called out in a chat: "Tuan oi, …", "Hùng ơi"
    if (
      i + 1 < n &&
      /^(?:oi|ơi)$/.test(tokens[i + 1].k) &&
      !noName[i] &&
      isCapitalised(t.text) &&
      inSetToken(given, t) &&
      !weakCues.matchAt(tokens, i, p.norm) &&
      !inSetToken(stop, t) &&
      /^[ \t]$/.test(p.norm.slice(t.end, tokens[i + 1].start))
    ) {
      push(ctx, t.start, t.end);
      i += 2;
      continue;
    }
    // 2d. lower-case full names with a middle name: "nguyen van hung", "lê thị hoa"
    if (i + 2 < n && (tokens[i + 1].f === 'van' || tokens[i + 1].f === 'thi') && /^\p{Ll}/u.test(t.text)) {
      const low = lowerName(ctx, i, false);
      if (low) {
        push(ctx, t.start, low.end);
        i = low.endTok;
        continue;
      }
    }
    // 2e. a family name not in the list, before the middle name Thị/Văn and a given name:
    // "Pinăng Thị Hoa", "Katơr Văn Minh" (Raglai, Chăm, Khmer … family names)
    if (
      i + 2 < n &&
      /^(?:Văn|Thị)$/.test(tokens[i + 1].text) &&
      !noName[i] &&
      !noName[i + 1] &&
      isCapitalised(t.text) &&
      t.text.length >= 2 &&
      !(t.d || !accentedLine(ctx, t.start, t.end) ? inSetToken(stop, t) : stop.exact.has(t.k)) &&
      !weakCues.matchAt(tokens, i, p.norm) &&
      !strongCues.matchAt(tokens, i, p.norm) &&
      /^[ \t]$/.test(p.norm.slice(t.end, tokens[i + 1].start))
    ) {
      const c = collect(ctx, i + 1, 4, 'cap');
      // "X Văn Y" needs a known given name Y; "X Thị Y" is a name on its own ("Ksơr Thị Blươn")
      if (c.count >= 2 && (c.givenHits >= 2 || tokens[i + 1].text === 'Thị')) {
        push(ctx, t.start, c.end);
        i = c.endTok;
        continue;
      }
    }
    // 2. surname + given names
    if (!noName[i] && (isCapitalised(t.text) || isUpper(t.text))) {
      const comp = compoundSurnames.matchAt(tokens, i, p.norm);
      // an upper-case word without marks in an upper-case line that has them is that very
      // word: "BÀN GIAO CA TRỰC" has CA, not the family name Cà
      const unmarked = comp === 0 && !t.d && isUpper(t.text) && !surnames.exact.has(t.k) && accentedLine(ctx, t.start, t.end);
      // round 15: "VÀ" in a heading is the word "and" ("… VỤ ÁN VÀ PHƯƠNG TIỆN LIÊN QUAN")
      const isSurname = comp > 0 || (inSetToken(surnames, t) && !unmarked && !(t.k === 'và' && isUpper(t.text)));
      if (isSurname) {
        const shape = shapeOf(t);
        const after = i + Math.max(comp, 1);
        // "Nguyễn\nThị Thùy Dương": a family name ending its line (a PDF form)
        const gapOk =
          after < n &&
          (/^[ \t]{1,2}$/.test(p.norm.slice(tokens[after - 1].end, tokens[after].start)) || (comp === 0 && lineBreakInName(ctx, t, tokens[after], 0)));
        if (gapOk) {
          // an accentless family name in a line written with diacritics is that name ("Mai Anh", "Chau Sóc Kha")
          const accentless = !t.d && accentlessSurnames.has(t.text.toLowerCase()) && accentedLine(ctx, t.start, t.end);
          const ambiguous = !t.d && AMBIGUOUS_UNACCENTED.has(t.f) && !accentless;
          const surnameText = p.norm.slice(t.start, tokens[after - 1].end);
          const distinct = !ambiguous && inSet(minoritySurnames, surnameText);
          const c = collect(ctx, after, 4, shape, distinct, comp === 0 && !distinct && khmerSurnames.has(t.text));
          const weak = comp === 0 && inSetToken(weakSurnames, t);
          let ok = weak ? c.count >= 2 && c.givenHits >= 1 && !noName.subarray(after, c.endTok).some((x) => x === 1) : c.givenHits >= 1 || c.initials >= 1;
          // a Tây Nguyên family name before an H'… given name: "Rơ Châm H'Yin", "Siu H'Bơ"
          if (!weak && /^H['’]\p{Lu}/u.test(tokens[after].text)) ok = true;
          // … or before any capitalised syllable: "Ksor Nay", "Rơ Mah Blung", "Điểu Kré"
          if (distinct && c.count > 0 && !noName[after] && !weakCues.matchAt(tokens, after, p.norm) && !strongCues.matchAt(tokens, after, p.norm)) ok = true;
          // an unaccented surname that is also a word typed without marks ("mai", "ho") needs
          // Van/Thi — unless the line is written with diacritics and the surname has none ("Mai Anh")
          if (ok && ambiguous && !tokens[after].d && !/^(?:van|thi)$/.test(tokens[after].f)) ok = false;
          if (ok && (c.count > 0 || c.initials > 0)) {
            push(ctx, t.start, c.end);
            i = c.endTok;
            continue;
          }
        }
      }
    }
    i++;
  }

  // 3. dotted initials anywhere: "N.V.A.", "H.T.P", "Đ.T.M"; glued to a given name "H.T.Nhung"
  // (speed: a regex that opens with a lookbehind is tried at every position; the lookahead for its
  // first characters, implied by the pattern, lets V8 skip ahead — also in detect-labelled, -dates, -english-names)
  const INITIALS = /(?=\p{Lu}\.)(?<![\p{L}\d.°])((?:\p{Lu}\.[ ]?){1,3}\p{Lu})(\.?)(?![\p{L}\d])/gu;
  let m: RegExpExecArray | null;
  INITIALS_ONSET.lastIndex = 0;
  while ((m = INITIALS_ONSET.exec(p.norm))) {
    if (/[a-z]/.test(m[0])) push(ctx, m.index, m.index + m[0].length);
  }
  while ((m = INITIALS.exec(p.norm))) {
    const letters = m[1].replace(/[. ]/g, '');
    if (letters.length < 2 || INITIALS_EXCLUDED.has(letters)) continue;
    // initials glued to a given name: "H.T.Nhung"
    const end = m.index + m[0].length;
    const dot = p.norm.charCodeAt(end - 1) === 46 ? end : p.norm.charCodeAt(end) === 46 ? end + 1 : -1;
    if (dot > 0) {
      const g = GLUED_GIVEN.exec(p.norm.slice(dot, dot + 12));
      if (g && inSet(given, g[0])) {
        push(ctx, m.index, dot + g[0].length);
        continue;
      }
    }
    // "T.P Hồ Chí Minh"-like abbreviations are excluded above; "Q.1"/"P.3" have digits

    push(ctx, m.index, m.index + m[0].length);
  }

  // 4. a sign-off: a line with only a given name under "Cảm ơn anh," / "Trân trọng,"
  const SIGN_OFF = /(?:cam on|tran trong|than ai|than men|kinh thu|thanks|thank you|regards)[^\n]{0,30}\n[ \t]*([^\n]{2,40}?)[ \t]*(?=\n|$)/g;
  while ((m = SIGN_OFF.exec(p.fold))) {
    let start = m.index + m[0].indexOf('\n') + 1;
    while (p.norm[start] === ' ' || p.norm[start] === '\t') start++;
    const line = p.norm.slice(start, start + m[1].length);
    if (!/^\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+){0,2}$/u.test(line)) continue;
    const words = line.split(/[ \t]+/);
    if (words.every((w) => inSet(given, w) || inSet(surnames, w)) && !words.every((w) => inSet(stop, w))) push(ctx, start, start + m[1].length);
  }

  otherShapes(ctx, firstOut);
  continueLists(ctx, firstOut);
  propagate(ctx, firstOut);
}

/** Bare upper-case initials before sex or birth year in brackets: "NVT (nam, SN 1961)", "TTKL, nữ, 36t". */
/** A given name right after dotted initials ("H.T.Nhung"). */
const GLUED_GIVEN = /^\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\d])/u;
// (at the start of a line or a list item only: "XHTH (nam, 45t)" in a sentence is a diagnosis)
const BARE_INITIALS =
  /[ \t]*(?:[-–•*+]|\d{1,3}[.)]|\|)?[ \t]*(\p{Lu}{2,4})(?=[ \t]*[(,][ \t]*(?:nam|nữ|Nam|Nữ|NAM|NỮ|SN|sn|sinh năm|\d{1,3}[ \t]*(?:tuổi|t)(?![\p{L}])))/uy;
/** A nickname or alias in brackets right after a name: "Phan Minh Khôi ("Bin")", "Hồ Văn Cu (Cu Lì)". */
const ALIAS_AFTER =
  /^[ \t]*\([ \t]*(?:(?:bé|cu|thằng|con|cái|tên ở nhà|tên thường gọi|tên gọi|biệt danh|tức|hay gọi là|thường gọi là|gọi là)[ \t]+)?(["“”'‘’]?)(\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,2})(["“”'‘’]?)[ \t]*\)/u;
/** A quoted name after "tức", "biệt danh", "tên ở nhà", "chữ" …: tức "Tâm Đen", hình xăm chữ "Hiền". */
const ALIAS_QUOTED =
  /(?<![\p{L}])(?:tức|biệt danh|hay gọi là|thường gọi là|còn gọi là|gọi là|tên ở nhà là|tên ở nhà|tên gọi|chữ|nickname|tên là|tên)[ \t]*:?[ \t]*["“]([\p{Lu}][\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3})["”]/gu;
/** Round 11: an alias in brackets after "tự / biệt danh / ở nhà kêu …", quoted or not, up to a comma or the bracket: "(tự Vĩ Mập, 22 tuổi)", "(tự "Khải Đen")". */
const ALIAS_CUED =
  /\([ \t]*(?:tự|biệt danh|ở nhà kêu|ở nhà gọi là|hay kêu|kêu là|thường gọi là|còn gọi là|hay gọi là)[ \t]+["“]?(\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3})["”]?[ \t]*[,;)]/gu;
/** A hospital-system login after its label: "NGƯỜI IN: hoangnt", "User: lanptt" (folded). */
const LOGIN =
  /(?<![a-z])(?:nguoi in|nguoi nhap|nguoi tao|nguoi cap nhat|nguoi sua|nguoi duyet|user(?:name)?|tai khoan|login|nguoi dung)[ \t]*:[ \t]*([a-z][a-z0-9._]{3,19})(?![a-z0-9])/;
/** Korean names: a family name and a hyphenated given name ("Kim Min-jun", "Park Ji-yeon"). */
const KOREAN =
  /(?<![\p{L}])(?:Kim|Lee|Park|Choi|Jung|Jeong|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|Yoo|Hong|Jeon|Ko|Moon|Yang|Son|Bae|Baek|Heo|Nam|Noh|Ha|Kwak|Jin|Cha|Byun|Woo|Ryu|Min|Yu)[ \t]+\p{Lu}[a-z]+-[a-z]+(?![\p{L}])/gu;

/** A login that is a given name and initials ("hoangnt", "nthoang", "lan.ptt"). */
const SYSTEM_ACCOUNTS = new Set(['admin', 'administrator', 'root', 'user', 'guest', 'test', 'system', 'support', 'khach', 'quantri', 'bacsi', 'dieuduong']);

function isLogin(s: string): boolean {
  const w = s.replace(/[\d._]+$/, '').replace(/[._]/g, '');
  if (SYSTEM_ACCOUNTS.has(w)) return false;
  for (let k = 2; k <= w.length - 1; k++) {
    const head = w.slice(0, k);
    const tail = w.slice(k);
    if (tail.length <= 4 && given.folded.has(head) && head.length >= 2) return true;
    if (k <= 4 && given.folded.has(tail) && tail.length >= 2) return true;
  }
  return false;
}

/** Names of other shapes: glued and bare initials, aliases, logins, Korean names. */
function otherShapes(ctx: Ctx, first: number): void {
  const { p } = ctx;
  const norm = p.norm;
  let m: RegExpExecArray | null;
  // tried at each line start only (sticky)
  for (let ls = 0, next = 0; ls < norm.length; ls = next) {
    const nl = norm.indexOf('\n', ls);
    next = nl < 0 ? norm.length : nl + 1;
    BARE_INITIALS.lastIndex = ls;
    m = BARE_INITIALS.exec(norm);
    if (!m) continue;
    const w = m[1];
    if (isVietSyllable(fold(w)) || medAbbr.has(w) || INITIALS_EXCLUDED.has(w)) continue;
    const start = m.index + m[0].length - w.length;
    push(ctx, start, start + w.length);
  }
  // aliases after the names found so far
  const names = ctx.out.slice(first).filter((c) => c.kind === 'NAME');
  for (const c of names) {
    let q = c.end;
    while (norm.charCodeAt(q) === 32 || norm.charCodeAt(q) === 9) q++;
    if (norm.charCodeAt(q) !== 40) continue;
    const a = ALIAS_AFTER.exec(norm.slice(c.end, c.end + 60));
    if (!a) continue;
    const quoted = a[1] !== '' && a[3] !== '';
    const words = a[2].split(/[ \t]+/);
    if (!quoted && !words.every((w) => inSet(given, w) && !stop.exact.has(key(w)) && !inSet(ethnicGroups, w) && !sexWords.has(w))) continue;
    const start = c.end + a[0].indexOf(a[2], a[0].indexOf('(') + 1);
    const k = tokenStartingAt(ctx.tokens, start);
    if (k >= 0 && ctx.noName[k]) continue;
    push(ctx, start, start + a[2].length);
  }
  if (norm.indexOf('"') >= 0 || norm.indexOf('“') >= 0) {
    ALIAS_QUOTED.lastIndex = 0;
    while ((m = ALIAS_QUOTED.exec(norm))) {
      const start = m.index + m[0].lastIndexOf(m[1]);
      const k = tokenStartingAt(ctx.tokens, start);
      if (k < 0 || ctx.noName[k]) continue;
      // a name's words: Vietnamese syllables, one of them a known name, none a common word
      const words = m[1].split(/[ \t]+/);
      if (!words.every((w) => isVietSyllable(fold(w)) && !stop.exact.has(key(w))) || !words.some((w) => inSet(given, w) || inSet(surnames, w))) continue;
      push(ctx, start, start + m[1].length);
    }
  }
  if (norm.indexOf('(') >= 0) {
    ALIAS_CUED.lastIndex = 0;
    while ((m = ALIAS_CUED.exec(norm))) {
      const start = m.index + m[0].lastIndexOf(m[1]);
      const k = tokenStartingAt(ctx.tokens, start);
      if (k < 0 || ctx.noName[k]) continue;
      // the first word a given name ("Vĩ Mập", "Út Lì"), every word a Vietnamese syllable
      const words = m[1].split(/[ \t]+/);
      // (round 13c: or the given name of the full name right before the bracket, "Trương Văn Hên (tự "Hên Đen", …)")
      const ownGiven = new RegExp(`(?:^|[^\\p{L}])${words[0]}[ \\t]*$`, 'u').test(norm.slice(Math.max(0, m.index - 16), m.index));
      if (
        !words.every((w) => isVietSyllable(fold(w))) ||
        !(inSet(given, words[0]) || ownGiven || /^(?:Út|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười|Tý|Tèo|Bé)$/u.test(words[0]))
      )
        continue;
      push(ctx, start, start + m[1].length);
    }
  }
  // logins: looked for before each colon only
  const f = p.fold;
  for (let colon = f.indexOf(':'); colon >= 0; colon = f.indexOf(':', colon + 1)) {
    const from = Math.max(0, colon - 16);
    const label = f.slice(from, colon);
    if (label.indexOf('nguoi') < 0 && label.indexOf('user') < 0 && label.indexOf('khoan') < 0 && label.indexOf('login') < 0) continue;
    m = LOGIN.exec(f.slice(from, colon + 24));
    if (!m || !isLogin(m[1]) || (m.index === 0 && /[a-z]/.test(f[from - 1] ?? ''))) continue;
    const start = from + m.index + m[0].length - m[1].length;
    push(ctx, start, start + m[1].length);
  }
  if (/[a-z]-[a-z]/.test(norm)) {
    KOREAN.lastIndex = 0;
    while ((m = KOREAN.exec(norm))) push(ctx, m.index, m.index + m[0].length);
  }
}

/** What may follow a name standing on its own: end of line, punctuation, "và", a vocative. */
const STANDALONE_AFTER = /^[ \t]*(?:$|\n|[,.;:/()\-–!?|]|(?:và|va|ơi|oi|à|ạ|nhé|nhe|nha)(?![\p{L}]))/u;

/**
 * Lists of names: after a name, ", " / " / " / " và " and another name — "Điểu Kré, Thị Bé
 * và K' Lẹo", "Ký nhận: Lan / Khôi", "con của Danh Hên và Thị Sa Vươn". The next item must
 * have a known shape (family name + given name, Thị/Văn + name, or one or two given names)
 * and stand on its own (punctuation or the end of the line after it).
 */
function continueLists(ctx: Ctx, first: number): void {
  const { tokens, p, noName } = ctx;
  const queue: { start: number; end: number }[] = ctx.out.slice(first).filter((c) => c.kind === 'NAME');
  const seen = new Set(queue.map((c) => c.start));
  while (queue.length) {
    const c = queue.shift() as { start: number; end: number };
    const sep = /^[ \t]*(?:,|\/|;|&|và|va)[ \t]+|^[ \t]*(?:,|\/|;)/u.exec(p.norm.slice(c.end, c.end + 8));
    if (!sep) continue;
    const j = tokenStartingAt(ctx.tokens, c.end + sep[0].length);
    if (j < 0 || noName[j] || seen.has(tokens[j].start)) continue;
    const t = tokens[j];
    const shape = shapeOf(t);
    if (!shape) continue;
    const col = collect(ctx, j, 4, shape);
    if (col.count === 0 || tokens.slice(j, col.endTok).some((_, k) => noName[j + k])) continue;
    const middle = /^(?:Thị|Văn|THỊ|VĂN)$/.test(t.text);
    if (!middle && inSetToken(stop, t) && !inSetToken(surnames, t)) continue;
    if (isSexMention(ctx, col, t) || (col.count === 1 && inSetToken(ethnicGroups, t))) continue;
    const surname = inSetToken(surnames, t) && !inSetToken(weakSurnames, t);
    const known = (surname && col.count >= 2 && col.givenHits >= 1) || (middle && col.count >= 2) || (col.count <= 2 && col.givenHits === col.count);
    if (!known || !STANDALONE_AFTER.test(p.norm.slice(col.end, col.end + 8))) continue;
    push(ctx, t.start, col.end);
    seen.add(t.start);
    queue.push({ start: t.start, end: col.end });
  }
}

/** Words before a capitalised word that make it a calendar, ethnic or place word ("thứ Tư", "người Thái"). */
const NOT_AFTER_WORD = new Set(
  'thứ tháng mùng mồng ngày quý lần số tộc người tiếng dân bệnh chứng phường xã quận huyện tỉnh thôn bản xóm ấp đường phố khoa viện nhóm típ type độ'.split(
    ' ',
  ),
);

/**
 * A given name seen in a full name elsewhere in the note is a name where it stands on
 * its own: "Đã báo BS Hằng … Ký nhận: Lan / Khôi" after "ĐD Phùng Thị Lan", a
 * signature "Mai" under a mail from "Nguyễn Hoàng Mai", "Nay ơi" after "Ksor Nay".
 */
function propagate(ctx: Ctx, first: number): void {
  const { tokens, p, noName } = ctx;
  const givenKeys = new Set<string>();
  /** full names by their first word */
  const fullNames = new Map<string, Set<string>>();
  const covered = new Uint8Array(p.norm.length + 1);
  for (const c of ctx.out.slice(first)) {
    if (c.kind !== 'NAME') continue;
    covered.fill(1, c.start, c.end);
    const words = p.norm.slice(c.start, c.end).split(/[ \t]+/);
    if (words.length < 2) continue;
    if (words.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’]+$/u.test(w))) {
      const set = fullNames.get(words[0]) ?? new Set<string>();
      set.add(words.join(' '));
      fullNames.set(words[0], set);
    }
    // a Khmer or compound given name is called by its last two words: "Sơn Thị Chanh Đa" → "Chanh Đa"
    if (words.length >= 4 || (words.length === 3 && !middleWritten.has(words[1]))) {
      const pair = words.slice(-2);
      if (pair.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’]+$/u.test(w)) && !middleWritten.has(pair[0])) {
        const set = fullNames.get(pair[0]) ?? new Set<string>();
        set.add(pair.join(' '));
        fullNames.set(pair[0], set);
      }
    }
    const last = words[words.length - 1];
    if (!/^\p{Lu}[\p{L}\p{M}]+$/u.test(last) || inSet(ethnicGroups, last)) continue;
    givenKeys.add(key(last));
  }
  if (!givenKeys.size && !fullNames.size) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (noName[i]) continue;
    // the same full name elsewhere: a chat display name "Lan Anh" after "Zalo: "
    const names = fullNames.get(t.text);
    if (names && !covered[t.start]) {
      for (const name of names) {
        const end = t.start + name.length;
        if (!p.norm.startsWith(name, t.start) || /[\p{L}\p{M}\d]/u.test(p.norm[end] ?? '')) continue;
        push(ctx, t.start, end);
        covered.fill(1, t.start, end);
        break;
      }
    }
    if (!givenKeys.has(t.k) || covered[t.start] || !isCapitalised(t.text)) continue;
    // "Nam/Nữ:" is the sex field even when the patient is called Nam; "Mạch: 80", "Sinh: …" are labels
    const vocative = /^[ \t]*(?:ơi|oi)(?![\p{L}])/u.test(p.norm.slice(t.end, t.end + 6));
    if (!vocative && (sexWords.has(t.text) || stop.exact.has(t.k) || t.k === 'mạch')) continue;
    const prev = i > 0 ? tokens[i - 1] : null;
    const prevGap = prev ? p.norm.slice(prev.end, t.start) : '\n';
    // not inside a longer capitalised phrase, nor after a calendar/place word
    if (prev && /^[ \t]+$/.test(prevGap) && (/^\p{Lu}/u.test(prev.text) || NOT_AFTER_WORD.has(prev.k))) continue;
    const next = tokens[i + 1];
    if (next && /^[ \t]+$/.test(p.norm.slice(t.end, next.start)) && /^\p{Lu}/u.test(next.text)) continue;
    if (!STANDALONE_AFTER.test(p.norm.slice(t.end, t.end + 8))) continue;
    // round 14: "Dạ, em báo cáo": a polite answer opening a sentence, though "Dạ" is also a given name
    if (ANSWER_WORDS.exact.has(t.k) && /(?:^|[.!?:\n])[ \t]*$/.test(prevGap)) continue;
    push(ctx, t.start, t.end);
  }
}
