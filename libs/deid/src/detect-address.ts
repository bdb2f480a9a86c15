// Addresses below province level: house numbers, ngõ/ngách/hẻm/kiệt, streets,
// villages (thôn/ấp/bản/xóm/tổ/khu phố …), wards/communes (phường/xã/thị trấn), old
// districts (quận/huyện/thị xã/thành phố thuộc tỉnh), the comma-separated parts that
// follow them, and whatever follows an address label ("Địa chỉ:", "trú tại" …).
// Province names are never flagged and end an address.
import { type Ctx, PhraseMatcher, accentedLine } from './context';
import { SURNAMES } from './data/names';
import { FACILITY_WORDS, NAME_CUES_STRONG, STREET_NAMES } from './data/vocab';
import { PLACE_NAMES_FOLDED, PLACE_NAMES_KEYED, PROVINCE_NAMES_FOLDED } from './place-names';
import { type Token, fold, hasDiacritics, isCapitalised, isUpper, isVietSyllable, tokenAtOffset } from './text';

type Level = 'house' | 'street' | 'village' | 'ward' | 'district' | 'city' | 'province' | 'weak';

const UNITS: Record<Level, readonly string[]> = {
  house: ['số nhà', 'nhà số', 'căn hộ', 'chung cư', 'tòa nhà', 'toà nhà', 'ktx', 'ký túc xá'],
  street: ['đường', 'phố', 'đại lộ', 'ngõ', 'ngách', 'hẻm', 'hẽm', 'kiệt', 'hxh', 'đường số', 'ngõ hẻm'],
  village: [
    'thôn',
    'ấp',
    'bản',
    'buôn',
    'làng',
    'xóm',
    'sóc',
    'khóm',
    'tổ dân phố',
    'tdp',
    'khu phố',
    // round 14: Quảng Nam's "khối phố", a Khmer "phum"
    'khối phố',
    'phum',
    'kp',
    'khu dân cư',
    'kdc',
    'khu tập thể',
    'ktt',
    'khu đô thị',
    'kđt',
    'khu vực',
    'plei',
    'bon',
    // residential quarters and rented rooms: "cư xá Lữ Gia", "dãy trọ số 3", "khu tái định cư Hòa Hiệp"
    'cư xá',
    'dãy trọ',
    'khu trọ',
    'xóm trọ',
    'nhà trọ',
    'khu tái định cư',
    'khu nhà ở',
    'khu chung cư',
    // industrial parks (round 8): "KCN Nam Sách", "khu công nghiệp Tràng Duệ"
    'khu công nghiệp',
    'kcn',
  ],
  ward: ['phường', 'xã', 'thị trấn', 'đặc khu'],
  district: ['quận', 'huyện', 'thị xã'],
  city: ['thành phố', 'tp'],
  province: ['tỉnh'],
  // "phòng 12, dãy trọ 58/3 …": a room number counts only next to a place
  weak: ['số', 'sn', 'tổ', 'đội', 'khối', 'khu', 'cụm', 'lô', 'tòa', 'toà', 'block', 'quốc lộ', 'ql', 'tỉnh lộ', 'tl', 'đt', 'km', 'dãy', 'phòng', 'căn'],
};
const unitMatcher = new PhraseMatcher(UNITS, 'key', false);
/** Single unit words by their unaccented form, for text typed without diacritics. */
const unaccentedUnits = new Map<string, Level>();
for (const level of Object.keys(UNITS) as Level[]) {
  for (const w of UNITS[level]) if (!w.includes(' ') && hasDiacritics(w)) unaccentedUnits.set(fold(w), level);
}
/** A unit word right after one of these is an ordinary word: "văn bản", "chăm sóc", "hàng xóm". */
const NOT_AFTER: Record<string, readonly string[]> = {
  bản: ['văn', 'cơ', 'nhật', 'phiên', 'tư', 'kịch', 'căn', 'bảng', 'kế', 'biên', 'nguyên', 'xuất', 'tái', 'hồ'],
  xóm: ['hàng', 'làng'],
  ấp: ['lồng'],
  sóc: ['chăm'],
  đường: ['con', 'tuyến', 'lòng', 'bột', 'lượng', 'chỉ', 'ăn', 'uống', 'tháo', 'hạ', 'theo', 'qua', 'bằng', 'nhiều', 'các', 'mọi'],
  ngõ: ['cửa'],
  làng: ['xóm', 'già', 'trưởng'],
  khu: ['phân'],
  số: ['chỉ', 'con', 'tần', 'hằng', 'hệ', 'đa', 'thiểu', 'tổng', 'sai', 'những', 'một'],
  tổ: ['ông', 'tiên'],
  đội: ['quân', 'bộ', 'phân', 'đơn'],
  khối: ['một'],
};
/** Address cue words after which an unaccented unit word is a unit even in an accented line (key form). */
const UNACCENTED_UNIT_CUES = new Set(['ở', 'tại', 'trú', 'quê', 'chỉ', 'đc', 'đ/c']);
/** Unaccented unit words after these are ordinary words too: "phat ban 8/2" (a rash), "hong ban". */
const NOT_AFTER_UNACCENTED: Record<string, readonly string[]> = {
  ban: ['phat', 'hong', 'noi', 'van', 'co', 'bien', 'nguyen', 'phien', 'kich', 'can', 'ke', 'dat', 'mua', 'trong', 'xuat', 'giao'],
  xom: ['hang', 'lang'],
  so: ['chi', 'con', 'tan', 'hang', 'he', 'da', 'tong', 'nhung', 'mot'],
  to: ['ong'],
};
/**
 * A unit word followed by one of these is an ordinary compound ("XÃ HỘI", "BẢN THÂN",
 * "Tổ Chức") unless the pair starts a ward/commune name of the gazetteer ("xã Hội Xuân").
 */
const NOT_BEFORE: Record<string, readonly string[]> = {
  xã: ['hội', 'giao'],
  // … and the documents of forensic and legal papers: "BẢN KẾT LUẬN", "bản án", "bản tóm tắt"
  bản: [
    'thân',
    'chất',
    'năng',
    'đồ',
    'tin',
    'sao',
    'lề',
    'kiểm',
    'cam',
    'báo',
    'tường',
    'chính',
    'gốc',
    'kết',
    'án',
    'tóm',
    'ghi',
    'khai',
    'hướng',
    'nhận',
    'xác',
    'dịch',
    'thảo',
    'vẽ',
    'chụp',
    'in',
    'tự',
    'mô',
    'kê',
    'cáo',
    'trích',
    'đăng',
    'hợp',
    'thỏa',
    'cam',
    'giải',
    'tường',
  ],
  tổ: ['chức', 'hợp', 'tiên', 'ong', 'quốc'],
  phố: ['biến', 'thông'],
  thôn: ['tính'],
  làng: ['nghề'],
  đường: ['huyết', 'máu', 'kính', 'truyền', 'tiêu', 'mật', 'thở'],
};
/** Units that are also ordinary words: only their lower- or title-case form counts (not "SÓC"). */
const NO_UPPER = new Set(['sóc', 'bon', 'plei', 'buôn', 'làng', 'khóm', 'kiệt', 'khối', 'đội', 'cụm', 'lô', 'dãy', 'khu', 'tổ', 'số', 'sn', 'phòng']);
/** Abbreviated units typed in capitals: P.3, P3, Q.1, Q1, X. Bát Tràng, H. Gia Lâm, TX. Sơn Tây, TT. Đông Anh */
const ABBREV = new Map<string, Level>([
  ['P', 'ward'],
  ['X', 'ward'],
  ['Q', 'district'],
  ['H', 'district'],
  ['TX', 'district'],
  ['TT', 'ward'],
  ['TP', 'city'],
  ['Tp', 'city'],
]);

const gazetteer = PLACE_NAMES_FOLDED;
const streets = new Set(STREET_NAMES.map((s) => fold(s)));
const facility = new PhraseMatcher(FACILITY_WORDS, 'key', false);
const cues = new PhraseMatcher(
  NAME_CUES_STRONG.filter((c) => !['tên', 'trẻ', 'đối tượng'].includes(c)),
  'fold',
);
/** Upper-case field labels and abbreviations that end an address. */
const STOP = new Set(['SĐT', 'SDT', 'ĐT', 'DT', 'Email', 'Tel', 'CCCD', 'CMND', 'BHYT', 'BHXH', 'BN', 'Fax', 'Web', 'Website', 'ĐC', 'Zalo', 'Tuổi']);
/** Two-word field labels that end an address ("… huyện Gia Lâm Dân tộc: Kinh"). */
const LABELS = new PhraseMatcher(
  [
    'điện thoại',
    'dân tộc',
    'nghề nghiệp',
    'giới tính',
    'ngày sinh',
    'năm sinh',
    'họ tên',
    'họ và',
    'số điện',
    'lý do',
    'chẩn đoán',
    'tiền sử',
    'vào viện',
    'nhập viện',
    'ra viện',
    'bệnh sử',
    'quốc tịch',
    'tôn giáo',
    'mã số',
    'số thẻ',
    'nơi làm',
    'người liên',
    'khi cần',
    'báo tin',
    'đối tượng',
    'ngày vào',
    'ngày ra',
    'liên hệ',
    'số cccd',
    'số cmnd',
    'mã bn',
    'mã bệnh',
    'mã y',
    'mã hồ',
    'mã thẻ',
    'mã số',
  ],
  'key',
);

const ADDRESS_CUES_STRONG = new PhraseMatcher(
  [
    'địa chỉ',
    'đ/c',
    'đc',
    'trú tại',
    'trú ở',
    'thường trú',
    'tạm trú',
    'cư trú',
    'nơi ở',
    'nơi cư trú',
    'sống tại',
    'ngụ tại',
    'ngụ ở',
    'hktt',
    'hộ khẩu',
    'hộ khẩu thường trú',
    'chỗ ở',
    'chỗ ở hiện nay',
    'address',
    'nhà ở',
    'quê quán',
    'nguyên quán',
    'nơi sinh',
    'địa chỉ liên hệ',
    'địa chỉ thường trú',
    'địa chỉ tạm trú',
    'nơi thường trú',
    'nơi tạm trú',
    'địa bàn',
    'nhà tại',
    'ở tại',
    'sống ở',
    'trú',
    'ngụ',
  ],
  'key',
);
const ADDRESS_CUES_WEAK = new PhraseMatcher(['ở', 'tại', 'quê', 'về', 'từ', 'đến từ', 'thuộc', 'khu vực', 'địa phận', 'gần'], 'key');

/** Lower-case words that may sit inside an address after a label: "phòng 203, nhà trọ số 9". */
const HOUSE_WORDS = new Set([
  'phòng',
  'nhà',
  'trọ',
  'tầng',
  'căn',
  'hộ',
  'lô',
  'tòa',
  'toà',
  'dãy',
  'kiốt',
  'ki',
  'ốt',
  'cổng',
  'sau',
  'trước',
  'đối',
  'diện',
  'gần',
  'cạnh',
  'chợ',
  'trong',
  'ngoài',
  'cuối',
  'đầu',
  'đoạn',
  'giao',
  'với',
  'ngã',
  'tư',
  'ba',
  'khu',
  'số',
]);

const MEDICAL_AFTER_STREET = new Set(
  [
    'tiểu',
    'mật',
    'hô',
    'tiêu',
    'niệu',
    'huyết',
    'máu',
    'truyền',
    'uống',
    'tiêm',
    'thở',
    'sinh',
    'dục',
    'ruột',
    'mổ',
    'rạch',
    'kính',
    'cong',
    'viền',
    'giữa',
    'thẳng',
    'nét',
    'vào',
    'ra',
    'dẫn',
    'hầm',
    'ống',
    'thở',
    'type',
    'típ',
    'typ',
    'glucose',
    'máu',
    'kẻ',
    'cắt',
    'khâu',
    'nối',
    'trắng',
    'đen',
    'phèn',
    'hóa',
    'hoá',
    'đơn',
    'đôi',
    'lây',
    'bay',
    'bộ',
    'thủy',
    'biển',
    'sắt',
    'dây',
  ].map((w) => w),
);

/** "Trung tâm Y tế khu vực Mèo Vạc", "BVĐK khu vực Sóc Trăng": "khu vực" there names a facility's catchment. */
const FACILITY_BEFORE_AREA =
  /(?:^|[^a-z])(?:trung tam y te|ttyt|benh vien|bvdk|bv|tram y te|tyt|phong kham|trung tam|cdc|trung tam kiem soat benh tat)(?:[ \t]+(?:da khoa|dk|y te|tinh|quan y))?[ \t]*$/;

function facilityArea(ctx: Ctx, i: number): boolean {
  const { tokens, p } = ctx;
  if (tokens[i].f !== 'khu' || tokens[i + 1]?.f !== 'vuc') return false;
  const start = tokens[i].start;
  return FACILITY_BEFORE_AREA.test(p.fold.slice(Math.max(0, start - 40), start));
}

/** Units whose number is often a building or block code: "tòa HH3B", "lô A2", "block C", "chung cư CT1". */
const CODED_UNITS = new Set(['tòa', 'toà', 'block', 'lô', 'dãy', 'chung', 'căn', 'ktx', 'ký']);
const BUILDING_CODE = /^[ \t]*(?:[A-Z]{1,4}\d{1,4}[A-Z]{0,2}\d{0,2}|\d{1,4}[A-Z]{1,2}|[A-Z]{1,2}|\d{1,2}[.-]\d{2}[A-Z]?)(?![\p{L}\d])/u;

interface Comp {
  start: number;
  end: number;
  /** exclusive token index */
  tokEnd: number;
  level: Level;
  strong: boolean;
}

const NUMBER_AT = /^[ \t]*[.:]?[ \t]*(?:(?:số|so)[ \t]*)?(\d{1,5}[A-Za-z]?(?:[ \t]?[/-][ \t]?\d{1,5}[A-Za-z]?){0,3}|[IVX]{1,4}(?![\p{L}\d]))/u;

/** Index of the first token starting at or after offset (binary search). */
/** The month after a street's day number: "3 tháng 2" (folded, after the "3"). */
const DATE_STREET = /^[ \t]+thang[ \t]+(0?[1-9]|1[0-2])(?!\d)/;
/** Days that streets are named after ("3 Tháng 2", "30 Tháng 4", "2 Tháng 9", "19 Tháng 5" …), day and month. */
const STREET_DATES = new Set([
  '3 2',
  '30 4',
  '2 9',
  '19 5',
  '1 5',
  '26 3',
  '19 8',
  '23 10',
  '8 3',
  '1 6',
  '27 7',
  '22 12',
  '10 3',
  '23 9',
  '3 4',
  '12 9',
  '20 7',
  '28 3',
  '24 3',
  '29 3',
]);

function tokenIndexAt(tokens: readonly Token[], from: number, offset: number): number {
  let j = from;
  while (j < tokens.length && tokens[j].start < offset) j++;
  return j;
}

/** A capitalised word of a place name; minority names keep inner capitals (H'MLay, M'Đrắk). */
function isNameToken(t: Token): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’]*$/u.test(t.text) && !STOP.has(t.text);
}

/** Capitalised name tokens from token j (same line, spaces or hyphens between). */
function nameRun(ctx: Ctx, j: number, max = 5): { endTok: number; end: number } {
  const { tokens, p } = ctx;
  let k = j;
  let end = -1;
  while (k < tokens.length && k - j < max) {
    const t = tokens[k];
    if (k > j && !/^[ \t]{1,2}$|^[ \t]?[-–'’][ \t]?$/.test(p.norm.slice(end, t.start))) break;
    const num = /^\d{1,3}$/.test(t.text) && k > j; // "Đồng Tâm 2", "Khu phố Mới 3"
    if (!isNameToken(t) && !num) break;
    // a unit word ends the name unless nothing place-like follows it ("xã Tứ Xã, huyện …")
    if (k > j && unitAt(ctx, k) && componentAt(ctx, k)) break;
    if (k > j && (cues.matchAt(tokens, k, p.norm) || LABELS.matchAt(tokens, k, p.norm))) break;
    end = t.end;
    k++;
  }
  return { endTok: k, end };
}

type UnitHit = { level: Level; len: number } | null;
const unitCache = new WeakMap<Ctx, (UnitHit | undefined)[]>();

function unitAt(ctx: Ctx, i: number): UnitHit {
  let cache = unitCache.get(ctx);
  if (!cache) {
    cache = new Array(ctx.tokens.length);
    unitCache.set(ctx, cache);
  }
  let hit = cache[i];
  if (hit === undefined) {
    hit = unitAtUncached(ctx, i);
    cache[i] = hit;
  }
  return hit;
}

function unitAtUncached(ctx: Ctx, i: number): UnitHit {
  const { tokens, p } = ctx;
  const t = tokens[i];
  const hit = unitMatcher.match(tokens, i, p.norm);
  if (hit) {
    const len = hit.length;
    const prev = i > 0 && /^[ \t]+$/.test(p.norm.slice(tokens[i - 1].end, t.start)) ? tokens[i - 1].k : '';
    if (len === 1 && Object.hasOwn(NOT_AFTER, t.k) && NOT_AFTER[t.k].includes(prev)) return null;
    if (len === 1 && NO_UPPER.has(t.k) && isUpper(t.text)) return null;
    // "Chau Sóc Kha", "Thạch Sóc": Sóc inside a Khmer name, after a family name
    if (
      t.k === 'sóc' &&
      i > 0 &&
      /^[ \t]$/.test(p.norm.slice(tokens[i - 1].end, t.start)) &&
      /^\p{Lu}/u.test(tokens[i - 1].text) &&
      surnameWords.has(tokens[i - 1].f)
    )
      return null;
    return { level: hit.label as Level, len };
  }
  // unaccented text: "xa Bat Trang", "phuong 12" — only when what follows is unaccented too
  const lvl0 = !hasDiacritics(t.text) ? unaccentedUnits.get(t.f) : undefined;
  // (speed: the token before is only needed for an unaccented unit or "p"/"q"; most tokens are neither)
  const prevTok = (lvl0 || t.text === 'p' || t.text === 'q') && i > 0 && /^[ \t]+$/.test(p.norm.slice(tokens[i - 1].end, t.start)) ? tokens[i - 1] : null;
  // in text written with diacritics an unaccented "ban"/"so" is that word, not "bản"/"số"
  // (round 10: not after an address cue — "nhà ở xom 2", "trú tại to 7 khoi 2" in a mixed chat)
  if (lvl0 && prevTok && ((prevTok.d && !UNACCENTED_UNIT_CUES.has(prevTok.k)) || NOT_AFTER_UNACCENTED[t.f]?.includes(prevTok.f))) return null;
  // … and so in a line written with diacritics, unless the place after it is unaccented
  // too ("Địa chỉ: thon Na Phai"): "phòng giao ban Khoa Lão khoa" has no village
  if (
    lvl0 &&
    !(prevTok && UNACCENTED_UNIT_CUES.has(prevTok.k)) &&
    accentedLine(ctx, t.start, t.end) &&
    /[^\x20-\x7e\s]/.test(p.norm.slice(t.end, t.end + 30).split(/[,;\n]/)[0])
  )
    return null;
  if (lvl0 && i + 1 < tokens.length) {
    const next = tokens[i + 1];
    if (
      !hasDiacritics(next.text) &&
      (/^\d/.test(next.text) || /^\p{Lu}/u.test(next.text) || lowerGazetteerAt(ctx, i + 1) > 0) &&
      /^[ \t]{1,2}$/.test(p.norm.slice(t.end, next.start))
    ) {
      return { level: lvl0, len: 1 };
    }
  }
  // round 16: "p.kim lien", "q.go vap", "p.9" — lower case with the dot, a known name or a number after it
  if ((t.text === 'p' || t.text === 'q') && p.norm[t.end] === '.' && i + 1 < tokens.length && /^\.[ \t]?$/.test(p.norm.slice(t.end, tokens[i + 1].start))) {
    const roomAndBed = /^\.?[ \t]?\d{1,3}[ \t]?g\.?[ \t]?\d/.test(p.norm.slice(t.end, t.end + 12));
    if (lowerGazetteerAt(ctx, i + 1) > 0 || (/^\d{1,2}$/.test(tokens[i + 1].text) && !roomAndBed))
      return { level: t.text === 'p' ? 'ward' : 'district', len: 1 };
  }
  // round 10: chat shorthand "p trung do", "q binh thanh", "p 12" after another part of an address
  if ((t.text === 'p' || t.text === 'q') && prevTok && i + 1 < tokens.length && /^[ \t]$/.test(p.norm.slice(t.end, tokens[i + 1].start))) {
    const before = unitAt(ctx, i - 1) || /^\d{1,4}$/.test(prevTok.text);
    if (before && (lowerGazetteerAt(ctx, i + 1) > 0 || /^\d{1,2}$/.test(tokens[i + 1].text))) return { level: t.text === 'p' ? 'ward' : 'district', len: 1 };
  }
  // round 17: "tx vinh chau", "tp buon ma thuot", "tt ea drang" typed in lower case before a known name
  if (
    (t.text === 'tx' || t.text === 'tp' || t.text === 'tt') &&
    i + 1 < tokens.length &&
    /^\.?[ \t]?$/.test(p.norm.slice(t.end, tokens[i + 1].start)) &&
    lowerGazetteerAt(ctx, i + 1) > 0
  )
    return { level: t.text === 'tp' ? 'city' : t.text === 'tx' ? 'district' : 'ward', len: 1 };
  const lvl = ABBREV.get(t.text);
  // "G2P1", "G1P0" (gravida/para) are not P.1 wards; "MMT-Q8-0213" is a code
  if (lvl && /[\p{L}\d]/u.test(p.norm[t.start - 1] ?? '')) return null;
  if (lvl && ((p.norm[t.start - 1] === '-' && /[\p{L}\d]/u.test(p.norm[t.start - 2] ?? '')) || /^\d{1,3}-\d/.test(p.norm.slice(t.end, t.end + 6)))) return null;
  if (lvl) {
    const after = p.norm.slice(t.end, t.end + 3);
    // P.3, P3, Q.1, Q1, P.Bến Nghé, H. Gia Lâm, TX.Sơn Tây; never a bare initial before a name
    // "đồng tử P 3mm", "hạch cổ P 2cm", "sức cơ tay P 1/5": P is phải (right), not phường
    if (/^\.?\s?\d{1,3}(?:[.,]\d+)?\s?(?:mm|cm|ml|mg|kg|mbar|hpa|%|\/\s?\d|l\/|lan\b|x\b)/.test(p.fold.slice(t.end, t.end + 14))) return null;
    // a ward or district number has at most two digits: "P.302 B1" is a room (round 16: so is "P.3 G.12",
    // a room and its bed; "Q44.2" is a diagnosis code)
    if (/^\.?\s?\d{1,2}(?!\d|[.,]\d|[ \t]?G\.?[ \t]?\d)/.test(p.norm.slice(t.end, t.end + 9)) && (t.text === 'P' || t.text === 'Q'))
      return { level: lvl, len: 1 };
    if (/^\.\s?\p{Lu}/u.test(after) && t.text !== 'F') return { level: lvl, len: 1 };
    if (t.text === 'TP' || t.text === 'Tp' || t.text === 'TX' || t.text === 'TT') {
      if (/^\s\p{Lu}/u.test(after)) return { level: lvl, len: 1 };
    }
  }
  return null;
}

/** Parses an address component starting with a unit word at token i. */
function componentAt(ctx: Ctx, i: number): Comp | null {
  const { tokens, p, provinceLen } = ctx;
  const u = unitAt(ctx, i);
  if (!u) return null;
  const t = tokens[i];
  if (provinceLen[i]) return null; // "Sóc Trăng", "Bến Tre" start with unit-like words
  if (facilityArea(ctx, i)) return null;
  // "khu vực Tây Nguyên", "khu vực Đông Nam Á": a region, not the Cần Thơ hamlet unit
  if (t.f === 'khu' && u.len === 2 && provinceLen[i + 2]) return null;
  // "hàng xóm" (neighbour), "bản thân", "làng nghề" are not places
  if (i > 0 && t.k === 'xóm' && tokens[i - 1].k === 'hàng') return null;
  // round 19: a lecture hall named after a person ("giảng đường Tôn Thất Tùng")
  if (i > 0 && t.k === 'đường' && tokens[i - 1].k === 'giảng') return null;
  const j = i + u.len;
  const unitEnd = tokens[j - 1].end;
  const rest = p.norm.slice(unitEnd, unitEnd + 40);
  // a building or block code: "tòa HH3B", "lô A2", "chung cư CT1 Linh Đàm"
  const code = CODED_UNITS.has(t.k) ? BUILDING_CODE.exec(rest) : null;
  if (code && /[\dA-Z]/.test(code[0])) {
    let end = unitEnd + code[0].length;
    let k = tokenIndexAt(tokens, j, end);
    let named = false;
    if (k < tokens.length && /^[ \t]{1,2}$/.test(p.norm.slice(end, tokens[k].start)) && !unitAt(ctx, k)) {
      const run = nameRun(ctx, k, 4);
      if (run.end > 0 && run.endTok > k && !provinceLen[k]) {
        named = !facility.matchAt(tokens, k, p.norm);
        end = run.end;
        k = run.endTok;
      }
    }
    // round 8: a tower or block code with the name of its estate is a home address on its
    // own ("tòa HH2A Linh Đàm", "block C Sky Garden"), with the flat number before it
    let start = t.start;
    const towerNamed = named && ['tòa', 'toà', 'block'].includes(t.k);
    if (towerNamed) {
      // (round 10: and the floor, "căn 1508 tầng 15 tòa …", "tầng 12 tòa S3 …")
      const flat = /(?:(?<![\p{L}\d])(?:(?:P\.?|phòng|căn(?: hộ)?)[ \t]*\d{1,2}[.-]?\d{2,3}[A-Z]?|tầng[ \t]*\d{1,2})[ \t,]+){1,2}$/iu.exec(
        p.norm.slice(Math.max(0, start - 36), start),
      );
      if (flat) start -= flat[0].length;
    }
    return { start, end, tokEnd: k, level: u.level, strong: u.level !== 'weak' || towerNamed };
  }
  // a number ("phường 12", "ngõ 34/5", "số 12A", "tổ 7", "khu phố 4", "P.3")
  const num = u.level === 'city' || u.level === 'province' ? null : NUMBER_AT.exec(rest);
  // (round 16: "p.kim lien", "q.go vap", "p.9" typed in lower case with the dot)
  const dotted = /^(?:p|q|tp|tx)$/.test(t.text) && p.norm[t.end] === '.';
  const abbreviated = (t.text.length <= 3 && /^\p{Lu}/u.test(t.text)) || dotted;
  if (num && /[.:]/.test(num[0].slice(0, num[0].indexOf(num[1]))) && !abbreviated && !/:/.test(num[0])) return null;
  if (num) {
    let end = unitEnd + num[0].length;
    const numText = num[1];
    // round 21: a street named after a date ("đường 3 tháng 2", "duong 30 thang 4", "phố 19 Tháng 5")
    const dated = u.level === 'street' && /^(?:duong|pho|dai lo)$/.test(t.f) ? DATE_STREET.exec(p.fold.slice(end, end + 14)) : null;
    if (
      dated &&
      STREET_DATES.has(`${Number(numText)} ${Number(dated[1])}`) &&
      !/^[ \t]*(?:lan|lần|vien|ngay|goi|ong|ml|mg)(?![\p{L}])/u.test(p.fold.slice(end + dated[0].length, end + dated[0].length + 8))
    ) {
      end += dated[0].length;
      return { start: t.start, end, tokEnd: tokenIndexAt(tokens, j, end), level: u.level, strong: true };
    }
    if (/^[ \t]*(?:tuoi|t\b|kg|%|ngay|thang|nam\b)/.test(p.fold.slice(end, end + 8))) return null;
    // "SN 1954" is "sinh năm", not a house number; "tổ 2 người" is not an address
    if ((t.f === 'sn' || t.f === 'so') && /^(?:19|20)\d{2}$/.test(numText)) return null;
    const after = p.fold.slice(end, end + 14);
    if (u.level === 'weak' || u.level === 'house') {
      if (/^\s*(?:nguoi|ca|lan|benh|ngay|thang|nam|tuoi|gio|phut|so|con|vien|ml|mg|kg|%|cm|mm|l\b|x\b|\/)/.test(after)) return null;
    }
    let k = tokenIndexAt(tokens, j, end);
    // house number followed by a street name: "số 5 Nguyễn Trãi"
    let strong = u.level !== 'weak';
    if ((u.level === 'weak' || u.level === 'house' || u.level === 'street') && k < tokens.length && /^[ \t]{1,2}$/.test(p.norm.slice(end, tokens[k].start))) {
      const lowStreet = lowerStreetAt(ctx, k);
      if (lowStreet) {
        end = tokens[k + lowStreet - 1].end;
        k += lowStreet;
        strong = true;
      } else if (!unitAt(ctx, k)) {
        const run = nameRun(ctx, k, 6);
        if (run.end > 0 && run.endTok > k) {
          const street = fold(p.norm.slice(tokens[k].start, run.end)).replace(/[\s\-–]+/g, ' ');
          if (streets.has(street)) strong = true;
          if (!provinceLen[k] || streets.has(street)) {
            end = run.end;
            k = run.endTok;
          }
        }
      }
    }
    return { start: t.start, end, tokEnd: k, level: u.level, strong };
  }
  // a name ("xã Bát Tràng", "đường Lê Lợi", "thôn Đông", "TP Thủ Đức")
  if (j >= tokens.length) return null;
  const gap = p.norm.slice(unitEnd, tokens[j].start);
  // a unit word ending its line continues on the next ("phường\nTương Mai": a PDF form)
  const broken =
    /^[ \t]*\n[ \t]*$/.test(gap) &&
    !(t.text.length <= 3 && /^\p{Lu}/u.test(t.text)) &&
    u.level !== 'weak' &&
    u.level !== 'province' &&
    u.level !== 'city' &&
    isCapitalised(tokens[j].text);
  if (!/^[ \t]{0,2}[.:]?[ \t]{0,2}$/.test(gap) && !broken) return null;
  // unaccented text in lower case: "xa nghia lam huyen nghia hung" (gazetteer names only)
  if (!t.d && /^\p{Ll}/u.test(tokens[j].text) && (/^[ \t]{1,2}$/.test(gap) || (dotted && /^\.[ \t]?$/.test(gap)))) {
    // round 8: "thanh pho thai nguyen" — a provincial city named after its province, typed
    // in lower case without diacritics, is part of the address (not the centrally-run cities)
    if (u.level === 'city') {
      for (let len = 3; len >= 2; len--) {
        const name = tokens
          .slice(j, j + len)
          .map((x) => x.f)
          .join(' ');
        if (
          j + len <= tokens.length &&
          tokens.slice(j, j + len).every((x) => !x.d && /^\p{Ll}+$/u.test(x.text)) &&
          provinceFolded.has(name) &&
          !MUNICIPAL.has(name)
        )
          return { start: t.start, end: tokens[j + len - 1].end, tokEnd: j + len, level: 'city', strong: false };
      }
    }
    // round 10: a one-word village name before the next unit ("thon dong xa yen phu")
    if (
      u.level === 'village' &&
      j + 1 < tokens.length &&
      /^\p{Ll}+$/u.test(tokens[j].text) &&
      /^[ \t]$/.test(p.norm.slice(tokens[j].end, tokens[j + 1].start))
    ) {
      const nextUnit = unitAt(ctx, j + 1);
      if (nextUnit && nextUnit.level !== 'village' && nextUnit.level !== 'weak' && componentAt(ctx, j + 1))
        return { start: t.start, end: tokens[j].end, tokEnd: j + 1, level: u.level, strong: false };
    }
    const len = lowerGazetteerAt(ctx, j);
    if (len) return { start: t.start, end: tokens[j + len - 1].end, tokEnd: j + len, level: u.level, strong: u.level !== 'weak' };
    return null;
  }
  // round 10: typed in lower case with diacritics ("ấp 4 xã tân thạnh", "phường bồ đề"): gazetteer names only
  if (t.d && /^\p{Ll}/u.test(t.text) && /^\p{Ll}/u.test(tokens[j].text) && /^[ \t]{1,2}$/.test(gap)) {
    const len = lowerAccentedGazetteerAt(ctx, j);
    if (len) return { start: t.start, end: tokens[j + len - 1].end, tokEnd: j + len, level: u.level, strong: u.level !== 'weak' };
    return null;
  }
  if (gap.includes('.') && !abbreviated) return null; // "phát ban. Chưa …"
  if (t.k === 'kcn' && gap !== ' ') return null; // "công nhân KCN. Điện thoại …"
  if (gap === '' && !abbreviated) return null;
  if (u.level === 'weak' && !['khu', 'tổ', 'khối', 'đội', 'cụm', 'lô', 'tòa', 'toà', 'dãy'].includes(t.k)) return null;
  if (u.len === 1 && Object.hasOwn(NOT_BEFORE, t.k) && NOT_BEFORE[t.k].includes(tokens[j].k) && !gazetteerAt(ctx, j)) return null;
  // "phường Trần Hưng Đạo, thành phố Nam Định": a provincial city that shares its
  // province's name is below province level (part of the address); "TP Hà Nội" is not
  if (provinceLen[j] && u.level === 'city' && !MUNICIPAL.has(fold(p.norm.slice(tokens[j].start, tokens[j + provinceLen[j] - 1].end)))) {
    // the city's name may run on after the province's ("TP Điện Biên Phủ")
    const run = nameRun(ctx, j, provinceLen[j] + 2);
    const endTok = Math.max(j + provinceLen[j], run.endTok);
    return { start: t.start, end: tokens[endTok - 1].end, tokEnd: endTok, level: 'city', strong: false };
  }
  if (provinceLen[j] && (u.level === 'city' || u.level === 'province')) {
    return { start: t.start, end: tokens[j + provinceLen[j] - 1].end, tokEnd: j + provinceLen[j], level: 'province', strong: false };
  }
  if (u.level === 'province') {
    const run = nameRun(ctx, j, 4);
    return run.end > 0 ? { start: t.start, end: run.end, tokEnd: run.endTok, level: 'province', strong: false } : null;
  }
  const run = nameRun(ctx, j, u.level === 'street' ? 6 : 5);
  if (run.end < 0 || run.endTok === j) return null;
  // "Đường Tiểu", "Đường Hô Hấp", "H. Pylori", "P. Falciparum" are not places
  if (u.level === 'street' && MEDICAL_AFTER_STREET.has(tokens[j].k)) return null;
  if (abbreviated && t.text.length === 1 && !isVietSyllable(tokens[j].f)) return null;
  // "TP KHTH" (trưởng phòng Kế hoạch tổng hợp): an abbreviation, not a city
  if (abbreviated && isUpper(tokens[j].text) && !hasDiacritics(tokens[j].text) && !isVietSyllable(tokens[j].f) && !gazetteerAt(ctx, j)) return null;
  // "đùi P. Cố định": after a one-letter abbreviation a one-word name must be a known place
  // or end the phrase ("P. Láng, Hà Nội")
  if (abbreviated && t.text.length === 1 && run.endTok - j < 2 && !gazetteerAt(ctx, j) && !/^[ \t]*(?:[,;)]|$|\n)/.test(p.norm.slice(run.end, run.end + 3)))
    return null;
  // "Lê Thị H. Chiều nay …": a one-letter abbreviation right after a capitalised word is an
  // initial unless a gazetteer place follows ("… Nguyễn Văn A, H. Gia Lâm" has a comma)
  if (
    abbreviated &&
    t.text.length === 1 &&
    i > 0 &&
    /^[ \t]$/.test(p.norm.slice(tokens[i - 1].end, t.start)) &&
    /^\p{Lu}/u.test(tokens[i - 1].text) &&
    !gazetteerAt(ctx, j)
  )
    return null;
  // "đường Huyết"/"Phố biến" style false starts are lower-case and never reach here
  return { start: t.start, end: run.end, tokEnd: run.endTok, level: u.level, strong: u.level !== 'weak' };
}

/** House number + capitalised street without a unit word: "12 Lê Lợi", "45/2A Nguyễn Trãi". */
function bareHouseNumber(ctx: Ctx, i: number): Comp | null {
  const { tokens, p } = ctx;
  let t = tokens[i];
  // "K82/14 Nguyễn Chí Thanh": K is kiệt (lane) in Đà Nẵng and Huế addresses
  const kiet = t.text === 'K' && i + 1 < tokens.length && tokens[i + 1].start === t.end && /^\d{1,4}$/.test(tokens[i + 1].text);
  const first = t;
  // "C6/22 ấp 3": a block letter before a slashed house number (Bình Chánh, Hóc Môn)
  const lettered = !kiet && /^[A-Z]$/.test(t.text) && i + 1 < tokens.length && tokens[i + 1].start === t.end && /^\d{1,4}$/.test(tokens[i + 1].text);
  if (kiet || lettered) t = tokens[++i];
  if (!/^\d{1,4}$/.test(t.text)) return null;
  const before = p.norm.slice(Math.max(0, first.start - 1), first.start);
  if (/[\p{L}\d/.,:-]/u.test(before)) return null;
  const m = /^\d{1,4}[A-Za-z]?(?:\/\d{1,4}[A-Za-z]?){0,3}(?=[ \t])/.exec(p.norm.slice(t.start, t.start + 20));
  if (!m || (lettered && !m[0].includes('/'))) return null;
  const k = tokenIndexAt(tokens, i, t.start + m[0].length);
  if (k >= tokens.length || !/^[ \t]{1,2}$/.test(p.norm.slice(t.start + m[0].length, tokens[k].start))) return null;
  if (unitAt(ctx, k)) {
    // "45/2 ấp Bình Lợi", "C6/22 ấp 3": a slashed or lettered house number before a place
    const next = componentAt(ctx, k);
    if ((lettered || kiet || /[/A-Za-z]/.test(m[0])) && next && next.level !== 'weak' && next.level !== 'province') {
      return { start: first.start, end: t.start + m[0].length, tokEnd: k, level: 'house', strong: false };
    }
    return null;
  }
  const run = nameRun(ctx, k, 6);
  if (run.end > 0 && ctx.provinceLen[k] && !streets.has(fold(p.norm.slice(tokens[k].start, run.end)).replace(/[\s\-–]+/g, ' '))) return null;
  if (run.end < 0 || run.endTok === k) return null;
  const street = fold(p.norm.slice(tokens[k].start, run.end)).replace(/[\s\-–]+/g, ' ');
  // a slashed house number ("45/12 Phạm Văn Thuận", "125/7 Nguyễn Trãi") is an address on its own
  // (a Title-Case street of two words or more: not "245/310 U/L", "150/90 MMHG")
  const streetWords = tokens.slice(k, run.endTok);
  const slashed =
    /^\d+\/\d+/.test(m[0]) &&
    m[0].replace(/\D/g, '').length >= 3 &&
    streetWords.length >= 2 &&
    streetWords.every((w) => isCapitalised(w.text) && isVietSyllable(w.f));
  return { start: first.start, end: run.end, tokEnd: run.endTok, level: 'house', strong: kiet || slashed || streets.has(street) };
}

/** Province names, folded, for lower-case unaccented text. */
const provinceFolded = PROVINCE_NAMES_FOLDED;

/** Family names by their folded form (for "Chau Sóc Kha"). */
const surnameWords = new Set(SURNAMES.filter((s) => !s.includes(' ')).map((s) => fold(s)));

/**
 * Length (3 or 2) of a run of lower-case syllables at `j`, one or two spaces apart, whose
 * written forms (`form` of each token) joined by spaces are in `names`; 0 when there is none.
 * `plain`: every syllable must be typed without diacritics.
 */
function lowerRunIn(ctx: Ctx, j: number, names: ReadonlySet<string>, form: 'f' | 'k', plain: boolean): number {
  const { tokens, p } = ctx;
  for (let len = Math.min(3, tokens.length - j); len >= 2; len--) {
    let ok = true;
    for (let k = j; k < j + len && ok; k++) {
      const t = tokens[k];
      ok = /^\p{Ll}+(?:['’]\p{Ll}+)?$/u.test(t.text) && !(plain && t.d) && (k === j || /^[ \t]{1,2}$/.test(p.norm.slice(tokens[k - 1].end, t.start)));
    }
    if (
      ok &&
      names.has(
        tokens
          .slice(j, j + len)
          .map((t) => t[form])
          .join(' '),
      )
    )
      return len;
  }
  return 0;
}

/** A ward/district name typed in lower case without diacritics ("nghia lam"). */
const lowerGazetteerAt = (ctx: Ctx, j: number) => lowerRunIn(ctx, j, gazetteer, 'f', true);

/** Gazetteer names by their lower-case written form (tone placement aside), for "xã tân thạnh". */
const gazetteerKeys = PLACE_NAMES_KEYED;

/** Round 10: a gazetteer name typed in lower case with diacritics ("tân thạnh", "bồ đề"). */
const lowerAccentedGazetteerAt = (ctx: Ctx, j: number) => lowerRunIn(ctx, j, gazetteerKeys, 'k', false);

/** First words of the known street names (folded): a quick test before the lookup. */
const streetFirst = new Set([...streets].map((s) => s.split(' ')[0]));

/** Round 10: a known street name typed in lower case ("hoang hoa tham", "lê lợi"), 2–4 syllables. */
function lowerStreetAt(ctx: Ctx, j: number): number {
  const { tokens, p } = ctx;
  if (j >= tokens.length || !streetFirst.has(tokens[j].f) || !/^\p{Ll}+$/u.test(tokens[j].text)) return 0;
  for (let len = Math.min(4, tokens.length - j); len >= 2; len--) {
    let ok = true;
    for (let k = j + 1; k < j + len && ok; k++)
      if (!/^\p{Ll}+$/u.test(tokens[k].text) || !/^[ \t]$/.test(p.norm.slice(tokens[k - 1].end, tokens[k].start))) ok = false;
    if (
      ok &&
      streets.has(
        tokens
          .slice(j, j + len)
          .map((t) => t.f)
          .join(' '),
      )
    )
      return len;
  }
  return 0;
}

/** Gazetteer lookup of the longest ward/district name at token j (folded). */
function gazetteerAt(ctx: Ctx, j: number): number {
  const { tokens, p } = ctx;
  if (!isNameToken(tokens[j])) return 0;
  for (let len = Math.min(5, tokens.length - j); len >= 2; len--) {
    let ok = true;
    for (let k = j + 1; k < j + len && ok; k++) {
      if (!/^[ \t]{1,2}$|^[ \t]?[-–][ \t]?$/.test(p.norm.slice(tokens[k - 1].end, tokens[k].start))) ok = false;
      else if (!isNameToken(tokens[k]) && !/^\d+$/.test(tokens[k].text)) ok = false;
    }
    if (!ok) continue;
    const name = tokens
      .slice(j, j + len)
      .map((t) => t.f)
      .join(' ');
    if (gazetteer.has(name)) return len;
  }
  return 0;
}

function push(ctx: Ctx, start: number, end: number): void {
  if (end > start) ctx.out.push({ kind: 'ADDRESS', start, end });
}

/** Centrally-run cities (province level), folded. */
const MUNICIPAL = new Set([
  'ha noi',
  'hanoi',
  'ho chi minh',
  'tp ho chi minh',
  'sai gon',
  'saigon',
  'hai phong',
  'da nang',
  'can tho',
  'hue',
  'thua thien - hue',
  'thua thien hue',
]);

const FINE_LEVELS: ReadonlySet<Level> = new Set(['house', 'street', 'village', 'ward', 'district', 'city']);

export function detectAddresses(ctx: Ctx): void {
  const { tokens, p, provinceLen, noName } = ctx;
  const n = tokens.length;
  const comps: Comp[] = [];
  for (let i = 0; i < n;) {
    const c = componentAt(ctx, i) ?? bareHouseNumber(ctx, i);
    if (c) {
      comps.push(c);
      i = Math.max(c.tokEnd, i + 1);
    } else i++;
  }

  // chains of components separated by commas/spaces/hyphens
  let k = 0;
  while (k < comps.length) {
    let start = comps[k].start;
    let end = comps[k].end;
    let strong = comps[k].strong;
    let fine = FINE_LEVELS.has(comps[k].level) && comps[k].strong;
    let province = comps[k].level === 'province';
    let parts: Comp[] = province ? [] : [comps[k]];
    let q = k + 1;
    while (q < comps.length && /^[ \t,\-–]{0,4}$/.test(p.norm.slice(end, comps[q].start))) {
      if (comps[q].level === 'province') {
        province = true;
        end = comps[q].end;
        q++;
        break;
      }
      parts.push(comps[q]);
      end = comps[q].end;
      strong ||= comps[q].strong;
      fine ||= FINE_LEVELS.has(comps[q].level) && comps[q].strong;
      q++;
    }
    if (parts.length && parts[0].level === 'province') parts = parts.slice(1);
    // round 8: a house number then a numbered group with its place name ("số 9 tổ 12 Hoàng
    // Liệt", "số 4 khối 3 Trung Đô"): two weak parts next to each other, the last one named
    if (
      !strong &&
      parts.length >= 2 &&
      /^(?:số|sn|so)$/.test(tokens[tokenAtOffset(tokens, parts[0].start)]?.k ?? '') &&
      parts.every((c, i) => i === 0 || /^[ \t]{1,2}$/.test(p.norm.slice(parts[i - 1].end, c.start))) &&
      /\d[ \t]+\p{Lu}[\p{L} \t]*$/u.test(p.norm.slice(parts[parts.length - 1].start, parts[parts.length - 1].end))
    )
      strong = true;
    if (strong && parts.length) {
      start = parts[0].start;
      let flagEnd = parts[parts.length - 1].end;
      // "xóm 4 Diễn Kỷ", "tổ 7 Quang Trung": a numbered hamlet or group, then its commune or
      // ward named without a unit word
      let after = parts[parts.length - 1].tokEnd;
      if (!province && after < n && /\d$/.test(p.norm.slice(start, flagEnd)) && /^[ \t]$/.test(p.norm.slice(flagEnd, tokens[after].start))) {
        const g = gazetteerAt(ctx, after);
        if (g && !provinceLen[after]) {
          flagEnd = tokens[after + g - 1].end;
          after += g;
        }
      }
      // extend over ", Gia Lâm" / " - Sóc Sơn" parts that follow, until a province
      if (!province) {
        let j = after;
        for (let guard = 0; guard < 3 && j < n; guard++) {
          const gap = p.norm.slice(flagEnd, tokens[j].start);
          if (!/^[ \t]*[,\-–][ \t]*$/.test(gap) || provinceLen[j] || facility.matchAt(tokens, j, p.norm)) break;
          if (unitAt(ctx, j)) break;
          const g = gazetteerAt(ctx, j);
          let len = g;
          if (!len && fine) {
            const run = nameRun(ctx, j, 3);
            const after = run.end > 0 ? p.norm.slice(run.end, run.end + 3) : '';
            const nextTok = run.endTok < n ? run.endTok : -1;
            const followedByProvince = /^[ \t]*[,\-–]/.test(after) && nextTok >= 0 && provinceLen[nextTok] > 0;
            if (run.end > 0 && followedByProvince) len = run.endTok - j;
          }
          if (!len) break;
          flagEnd = tokens[j + len - 1].end;
          j += len;
        }
      }
      push(ctx, start, flagEnd);
    }
    k = q;
  }

  // "(45 tuổi, Tuy Phong, Bình Thuận)": a ward or district name of the gazetteer right
  // before its province, after a bracket, a comma or a location word
  for (let k = 2; k < n; k++) {
    if (!provinceLen[k] || !/^[ \t]*,[ \t]*$/.test(p.norm.slice(tokens[k - 1].end, tokens[k].start))) continue;
    for (let len = 4; len >= 2; len--) {
      const j = k - len;
      if (j < 0 || noName[j] || gazetteerAt(ctx, j) !== len) continue;
      const before = p.norm.slice(j > 0 ? tokens[j - 1].end : 0, tokens[j].start);
      const cue = j > 0 && /^(?:ở|tại|quê|trú|ngụ|về|từ)$/.test(tokens[j - 1].k) && /^[ \t]+$/.test(before);
      if (!cue && j > 0 && !/[(,;\n][ \t]*$/.test(before)) continue;
      if (cues.matchAt(tokens, j, p.norm)) continue;
      push(ctx, tokens[j].start, tokens[k - 1].end);
      break;
    }
  }

  // address labels and location prepositions
  for (let i = 0; i < n; i++) {
    let len = ADDRESS_CUES_STRONG.matchAt(tokens, i, p.norm);
    let strongCue = len > 0;
    if (!len) len = ADDRESS_CUES_WEAK.matchAt(tokens, i, p.norm);
    if (!len) continue;
    if (!strongCue && facilityArea(ctx, i)) continue;
    const cueTok = tokens[i];
    // lower-case "trú"/"ở" etc. only as whole words; "Địa chỉ" only as a label
    if (!strongCue && isCapitalised(cueTok.text) && i > 0 && /[\p{L}]/u.test(p.norm[cueTok.start - 2] ?? '')) continue;
    let j = i + len;
    if (j >= n) break;
    let gap = p.norm.slice(tokens[j - 1].end, tokens[j].start);
    if (!/^[ \t]*[:：\-–]?[ \t]*$/.test(gap) || (gap.includes(':') === false && gap.length === 0)) continue;
    // "trú tại", "thường trú ở"
    if (strongCue && /^(?:tai|o)$/.test(tokens[j].f) && j + 1 < n) {
      j++;
      gap = p.norm.slice(tokens[j - 1].end, tokens[j].start);
      if (!/^[ \t]*[:]?[ \t]*$/.test(gap)) continue;
    }
    if (strongCue && fold(p.norm.slice(cueTok.start, tokens[i + len - 1].end)) === 'tru' && !/:/.test(gap)) strongCue = false;
    // "địa chỉ IP", "địa chỉ email", "địa chỉ web" are not places
    if (/^(?:ip|ipv4|ipv6|mac|email|e|mail|web|website|url|trang)$/.test(tokens[j].f)) continue;
    segment(ctx, j, strongCue);
  }
}

/** Comma-separated chunks after an address label; flags those that are not a province. */
function segment(ctx: Ctx, j: number, strongCue: boolean): void {
  const { tokens, p, provinceLen } = ctx;
  const n = tokens.length;
  let chunks = 0;
  while (j < n && chunks < 6) {
    const t = tokens[j];
    const numbered = j + 1 < n && /^\d/.test(tokens[j + 1].text);
    // (round 10: a one-word facility word that begins a gazetteer place is that place: "ở Hội An")
    const fac = numbered ? 0 : facility.matchAt(tokens, j, p.norm);
    if (provinceLen[j] || (fac && !(fac === 1 && gazetteerAt(ctx, j) >= 2)) || cues.matchAt(tokens, j, p.norm)) return;
    const u = unitAt(ctx, j);
    if (u && (u.level === 'province' || u.level === 'city')) {
      // "tỉnh Nam Định" / "TP Hà Nội" end the address; "TP Thủ Đức" is a component already
      const c = componentAt(ctx, j);
      if (!c || c.level === 'province') return;
    }
    // a chunk: unit words, numbers and capitalised tokens up to a comma/line end
    let k = j;
    let end = -1;
    let hasName = false;
    while (k < n) {
      const tk = tokens[k];
      if (k > j) {
        const gap = p.norm.slice(tokens[k - 1].end, tk.start);
        if (!/^[ \t]{1,2}$|^[ \t]?[-–/'’.][ \t]?$|^$/.test(gap) || /\.[ \t]/.test(gap)) break;
        if (provinceLen[k]) break;
      }
      const isUnit = unitAt(ctx, k);
      const isNum = /^\d{1,5}$/.test(tk.text) || /^[A-Za-z]$/.test(tk.text) || HOUSE_WORDS.has(tk.k);
      if (isUnit) {
        k += isUnit.len;
        end = tokens[k - 1].end;
        continue;
      }
      if (isNameToken(tk)) hasName = true;
      else if (!isNum) break;
      end = tk.end;
      k++;
    }
    if (end < 0 || k === j) return;
    const chunkText = p.norm.slice(t.start, end);
    const inGaz = gazetteerAt(ctx, j) === k - j;
    const startsWithUnit = !!unitAt(ctx, j);
    if (strongCue ? hasName || startsWithUnit || /\d/.test(chunkText) : inGaz) push(ctx, t.start, end);
    else if (!strongCue) return;
    chunks++;
    // continue only across a comma or a dash
    if (k >= n) return;
    const sep = p.norm.slice(end, tokens[k].start);
    if (!/^[ \t]*[,\-–;][ \t]*$/.test(sep)) return;
    j = k;
  }
}
