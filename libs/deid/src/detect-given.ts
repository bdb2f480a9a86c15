// Round 10 (issue 15): a given name on its own, the commonest shape of a name in chats and
// short notes, and the one the blind rounds kept missing.
// (1) lower case after a kinship, regional or chat word: "chị lan ơi", "a hùng trực đêm",
//     "mệ lài", "bn hà giường 3" — only given names that are seldom an ordinary word in that
//     place (a list by class, not the names of any test set), never a kinship compound
//     ("anh em", "bà con", "chị dâu") and never a given name that starts an ordinary
//     two-word word ("mẹ thoa thuốc", "bé linh hoạt", "ông dũng cảm");
// (2) Title Case inside a lower-case sentence, next to a word that takes a person: "nhờ
//     Quân lấy máu", "báo Thoa", "Tuấn đã gọi" — not after a place, movement or
//     institution word ("khoa Nhi", "về Vinh", "ở Huế"), not inside a capitalised phrase,
//     not a given name that is an everyday word or a place (An, Bình, Nam, Đông, Huế, Vinh).
import { ROLE_PART } from './detect-senders';
import { TRAILING_ROLE } from './detect-chat';
import { GIVEN_NAME_SET, SURNAME_SET } from './name-sets';
import { type Ctx, accentedLine, tight } from './context';
import { FOREIGN_GIVEN } from './data/foreign-names';
import { fold, tokenAtOffset, inSetToken } from './text';

const givenSet = GIVEN_NAME_SET;
const surnameSet = SURNAME_SET;
/** Regional address words (Huế, Nghệ An, Nam Bộ, Hoa) that the rules do not take as cues. */
const REGIONAL = new Set('o ả eng mệ mạ ôn mụ chế hia dì'.split(' '));

/**
 * Given names that are seldom anything but a name after a kinship word (diacritics as
 * written; the unaccented column folds them). Left out on purpose: names that are ordinary
 * words after a pronoun ("chị thương em", "anh hùng", "em vui", "bà an tâm", "anh bình tĩnh").
 */
const SAFE_GIVEN = new Set(
  (
    'ánh bích cúc diễm diệp diệu doanh dũng duyên giang hằng hạnh hà hải hiếu hoa hoài hồng huệ hùng hương hường huyền khải khang khanh khánh khôi khuê kiều kiệt ' +
    'lài lâm lan liên liễu linh loan ly lý mận minh mỹ my nga ngân ngọc nguyệt nhàn nhi nhung oanh phượng phương quân quyên quỳnh sen sơn sương tâm thảo thắm ' +
    'thanh thu thúy thuý thùy thuỳ thủy thuỷ trâm trang trinh tuấn tùng tuyết tuyền uyên vân vy yến xuân đào điệp hiên hân lụa nhạn nết nhài sáu tư bống hến tèo'
  ).split(' '),
);
/**
 * Unaccented text: only names whose folded form is no frequent unaccented word ("nhan" is
 * nhận, "tham" thăm, "hen" hẹn, "tram" trạm, "lai" lại); the others count only when called
 * ("c lan oi", "a tuan oi").
 */
const SAFE_FOLDED = new Set(
  'bich cuc diem diep doanh duyen giang hoai huong huyen khanh khoi khue kieu kiet loan ngoc nguyet nhung oanh phuong quynh suong thuy trinh tuyet uyen vy xuan'.split(
    ' ',
  ),
);
const FOLDED_ANY = new Set([...SAFE_GIVEN].map((w) => fold(w)));

/** Kinship, regional and chat words before a lower-case given name (as written, lower case). */
const KIN = new Set('anh chị em cô chú bác dì cậu mợ thím mệ o ả eng mạ má ôn mụ chế hia bé cháu cu thằng ông bà cụ a c e chi em bn bs dd ktv'.split(' '));
/** Words that end a kinship compound before "ơi" ("bác sĩ ơi", "anh ấy ơi", "bà nội ơi"). */
const NOT_CALLED = new Set('sĩ ấy ta nó này kia đó út cả nhỏ lớn trai gái nội ngoại ruột họ hai ba tư năm sáu bảy tám chín mười giáo sinh dâu rể'.split(' '));
/** Kinship words that form a compound with the kin word before them ("bà con", "anh em"). */
const KIN_BEFORE = new Set('anh chị em cô chú bác dì cậu ông bà con cháu bé mẹ bố ba má vợ chồng'.split(' '));
/** A given name followed by this word is an ordinary two-word word ("hằng ngày", "linh tinh"). */
const COMPOUND_AFTER: Record<string, string[]> = {
  hằng: ['ngày', 'tuần', 'tháng', 'năm', 'số', 'đêm'],
  linh: ['đình', 'tinh', 'hoạt', 'kiện', 'động', 'cảm', 'hồn'],
  mai: ['mốt', 'sau', 'táng'],
  khang: ['trang'],
  quân: ['đội', 'y', 'sự', 'nhân'],
  tuấn: ['tú'],
  vân: ['vân'],
  thảo: ['luận', 'dược', 'mộc'],
  trinh: ['sát'],
  ngọc: ['trai'],
  huyền: ['thoại', 'bí'],
  sương: ['mù', 'muối'],
  khánh: ['thành'],
  mỹ: ['phẩm', 'thuật', 'mãn'],
  dũng: ['cảm', 'mãnh'],
  hiền: ['lành', 'hậu'],
  hoa: ['mắt', 'quả', 'hồng', 'văn', 'tay', 'kỳ', 'hậu'],
  hồng: ['cầu', 'ban', 'hào', 'hạc'],
  lan: ['ra', 'rộng', 'tràn', 'tỏa', 'toả', 'truyền', 'man', 'can'],
  thanh: ['toán', 'niên', 'thản', 'minh', 'quản', 'lý', 'đạm', 'long'],
  hải: ['sản', 'ngoại'],
  tâm: ['lý', 'trạng', 'sự', 'thần', 'tư', 'huyết'],
  minh: ['mẫn', 'bạch', 'họa', 'hoạ'],
  liên: ['tục', 'quan', 'hệ', 'lạc', 'tiếp', 'hoàn', 'cầu', 'minh', 'kết'],
  hương: ['vị', 'liệu'],
  hoài: ['nghi', 'niệm'],
  lâm: ['sàng', 'bệnh', 'nguy', 'vào'],
  thu: ['dọn', 'dung', 'nhập', 'thập', 'xếp', 'gom', 'hoạch', 'nhận', 'hồi', 'nhỏ', 'hẹp'],
  tư: ['vấn', 'thế', 'duy', 'nhân', 'liệu'],
  sáu: ['tháng', 'tuổi', 'giờ', 'ngày', 'lần', 'viên', 'mũi'],
  út: ['ít'],
  lý: ['do', 'lịch', 'thuyết', 'trí'],
  ly: ['hôn', 'thân', 'tâm', 'nước'],
  hà: ['hơi'],
  nhi: ['khoa', 'đồng'],
  sơn: ['móng'],
  trang: ['phục', 'bị', 'điểm', 'sức'],
  thủy: ['đậu', 'tinh', 'ngân', 'triều', 'phi', 'sản'],
  thùy: ['phổi', 'gan', 'trên', 'dưới', 'giữa', 'não', 'trán', 'thái', 'chẩm', 'đỉnh'],
  tùng: ['xẻo'],
  phương: ['pháp', 'án', 'tiện', 'hướng', 'thức', 'châm'],
  đào: ['tạo', 'thải'],
  xuân: ['hè'],
  hạnh: ['phúc', 'kiểm'],
  hân: ['hoan'],
  hùng: ['hổ', 'hậu', 'mạnh', 'vĩ'],
  mận: ['hậu'],
  quyên: ['góp', 'tiền'],
  loan: ['báo', 'tin'],
  khôi: ['phục', 'hài'],
  ngân: ['nga', 'hàng', 'sách', 'quỹ'],
  nhung: ['nhớ'],
};
/** A kinship word and a name syllable that make an ordinary word ("anh hùng" = hero, "anh minh" = wise). */
const KIN_WORD_PAIRS = new Set(['anh hùng', 'anh minh', 'anh linh', 'anh thư', 'chị hằng', 'cô đơn', 'em út']);
/** Regional/chat kin words that are also ordinary words: only before a boundary or a verb-ish word ("o" = oxy?). */
const WEAK_KIN = new Set(['o', 'a', 'c', 'e', 'ả', 'má', 'ôn', 'mụ', 'cu', 'bé', 'chi']);
/** What may follow a lone name: a boundary word, punctuation, end of text. */
const BOUNDARY_AFTER = /^[ \t]*(?:$|\n|[,.;:!?)/–-]|(?:ơi|oi|ới|à|ạ|nhé|nhe|nha|ha|hả|đâu|đó|kìa|với|và|nè|ne|đi)(?![\p{L}\p{M}]))/u;

function pushName(ctx: Ctx, start: number, end: number): void {
  ctx.out.push({ kind: 'NAME', start, end });
}

/** (1) A lower-case given name after a kinship, regional or chat word. */
function lowerAfterKin(ctx: Ctx, i: number): void {
  const { tokens, p, noName } = ctx;
  const kin = tokens[i];
  if (!KIN.has(kin.text) || i + 1 >= tokens.length || !tight(ctx, i, i + 1)) return;
  // "bà con", "anh em", "chị em": a kinship word right before makes a compound, not a cue
  if (i > 0 && tight(ctx, i - 1, i) && KIN_BEFORE.has(tokens[i - 1].k)) return;
  // "bác sĩ hương": after a kinship word that is part of "bác sĩ", "bs", "dd" the name is a staff name — fine
  const j = i + 1;
  const t = tokens[j];
  if (noName[j]) return;
  // "o Hoa", "eng Sơn", "mệ Lài": a capitalised given name after a regional word
  if (REGIONAL.has(kin.text) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && inSetToken(givenSet, t)) {
    pushName(ctx, t.start, t.end);
    return;
  }
  if (!/^\p{Ll}+$/u.test(t.text)) return;
  const accented = t.d || kin.d || accentedLine(ctx, kin.start, t.end);
  // unaccented: a name that folds onto a common word only when called ("c lan oi", "a tuan oi")
  const called = /^[ \t]*(?:ơi|oi)(?![\p{L}\p{M}])/u.test(p.norm.slice(t.end, t.end + 6));
  // called by name ("anh quang ơi"): any listed given name
  const safe = accented
    ? SAFE_GIVEN.has(t.k) || SAFE_GIVEN.has(t.text) || (called && inSetToken(givenSet, t) && !TITLE_COMMON.has(t.k) && !NOT_CALLED.has(t.k))
    : SAFE_FOLDED.has(t.f) || (called && FOLDED_ANY.has(t.f));
  if (!safe || KIN_WORD_PAIRS.has(`${kin.text} ${t.k}`)) return;
  const next = j + 1 < tokens.length && tight(ctx, j, j + 1) ? tokens[j + 1] : null;
  if (next && COMPOUND_AFTER[t.k]?.includes(next.k)) return;
  if (next && !accented && COMPOUND_AFTER[t.f]?.some((w) => fold(w) === next.f)) return;
  const after = p.norm.slice(t.end, t.end + 8);
  // a weak cue ("o", "a", "bé" …) needs the name to end its phrase or be called ("o hoa ơi", "a hùng,")
  if (WEAK_KIN.has(kin.text) && !BOUNDARY_AFTER.test(after) && !(next && PERSON_AFTER.has(next.text))) {
    // … or a second given name that does ("c thu hà ơi")
    if (!(next && /^\p{Ll}+$/u.test(next.text) && SAFE_GIVEN.has(next.k) && BOUNDARY_AFTER.test(p.norm.slice(next.end, next.end + 8)))) return;
  }
  // a two-syllable given name ("chị thu hà", "em bảo ngọc") when both are names and it ends there
  let end = t.end;
  if (
    next &&
    /^\p{Ll}+$/u.test(next.text) &&
    (accented ? SAFE_GIVEN.has(next.k) : SAFE_FOLDED.has(next.f)) &&
    // after a strong cue ("bn thanh thúy giường 4") the second name need not end the phrase
    (BOUNDARY_AFTER.test(p.norm.slice(next.end, next.end + 8)) ||
      (!WEAK_KIN.has(kin.text) && accented && !(j + 2 < tokens.length && COMPOUND_AFTER[next.k]?.includes(tokens[j + 2].k))))
  )
    end = next.end;
  pushName(ctx, t.start, end);
}

/** Given names that are also everyday words, places, seasons or numbers in Title Case (lower case, as written). */
const TITLE_COMMON = new Set(
  'an bình nam bắc đông tây trung thành thanh hải sơn long hà hồng quang tân phú mỹ hòa hoà huế vinh kim tiến thái giang xuân thu hạ đại đức phúc lộc thọ ninh việt khoa nhi chi ba bảy sáu tư tứ năm tám chín mười công sinh tý tuất dậu mão thìn ngọ mùi thân hợi tâm hoa hội trực'.split(
    ' ',
  ),
);
/** Words before a person (lower case, as written): verbs of asking, telling, giving, meeting. */
const PERSON_BEFORE = new Set(
  'nhờ báo gọi hỏi gặp bảo dặn nhắn giao kêu mời chờ đợi giúp cảm cám với cùng và của cho nhắc phân công thay hộ giùm dùm theo chào ơn thăm'.split(' '),
);
/** Greetings before a name: the name may be an everyday word when the phrase ends ("Chào Việt nhé", "cảm ơn Hòa"). */
const GREETING = new Set(['chào', 'ơn']);
/** Words after a person: what people do in a ward or a chat. */
const PERSON_AFTER = new Set(
  'kể khai than khóc kêu ngất sốt ho nôn uống ngủ khám mổ đẻ chia là rằng đã đang sẽ vừa mới cũng còn chưa báo gọi nói hỏi trực nhận gửi lấy ký kí xem kiểm đưa trả làm xin nhờ bảo dặn nhắn đi về đến qua ơi ạ nhé nha bị được thì vẫn'.split(
    ' ',
  ),
);
/** Words after which a capitalised word is a place, an institution or a calendar word. */
const PLACE_BEFORE = new Set(
  'khoa phòng viện trạm tỉnh huyện xã phường thôn làng bản ấp xóm đường phố ngõ hẻm sông hồ núi chợ trường lớp chùa đền thứ tháng tết lễ người tiếng dân tộc về ra vào đi ở tại từ đến tới lên xuống quê miền vùng hãng bệnh thuốc nhóm đội tổ khu cầu bến xe tàu quận tp thành phố hội họ dòng đạo chúa phật thánh mùa'.split(
    ' ',
  ),
);

/** (2) A Title-Case given name alone inside a lower-case sentence. */
function titleInSentence(ctx: Ctx, i: number): void {
  const { tokens, p, noName } = ctx;
  const t = tokens[i];
  if (i === 0 || noName[i] || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return;
  const prev = tokens[i - 1];
  // cheap tests first: a lower-case word, a greeting or a comma before it
  if (!/^\p{Ll}/u.test(prev.text) && !GREETING.has(prev.text.toLowerCase()) && !/^\d/.test(prev.text)) return;
  if (!inSetToken(givenSet, t)) return;
  const next = i + 1 < tokens.length ? tokens[i + 1] : null;
  const after0 = p.norm.slice(t.end, t.end + 8);
  // "Chào Việt nhé", "cảm ơn Hòa.": a greeting, then the name ends the phrase
  const greeted = GREETING.has(prev.text.toLowerCase()) && tight(ctx, i - 1, i) && BOUNDARY_AFTER.test(after0);
  if (TITLE_COMMON.has(t.k) && !greeted) return;
  const byNext = !!next && tight(ctx, i, i + 1) && PERSON_AFTER.has(next.text);
  // after a comma only with a person word after it ("anh ơi, Tú đã gửi chưa", "tối 2/4, Tùng đưa …")
  const afterComma = byNext && /^,[ \t]$/.test(p.norm.slice(prev.end, t.start));
  if (!tight(ctx, i - 1, i) && !afterComma) return;
  if (!afterComma && !greeted && (!/^\p{Ll}+$/u.test(prev.text) || PLACE_BEFORE.has(prev.text))) return;
  // inside a capitalised phrase it is that phrase's word ("Quân khu", "Thảo Điền")
  if (next && tight(ctx, i, i + 1) && /^\p{Lu}/u.test(next.text)) return;
  if (next && tight(ctx, i, i + 1) && COMPOUND_AFTER[t.k]?.includes(next.k)) return;
  const after = p.norm.slice(t.end, t.end + 8);
  const byPrev = PERSON_BEFORE.has(prev.text);
  // a person word after it, or one before it and the phrase ends ("báo Thoa.", "nhờ Quân lấy máu");
  // not "của Cơ quan", "của Bảo hiểm xã hội" (a capitalised word that starts an institution)
  if (!byNext && !(byPrev && BOUNDARY_AFTER.test(after))) return;
  pushName(ctx, t.start, t.end);
}

/** Jobs and roles written before a person's name (lower case, as written; up to three words). */
const ROLE_BEFORE = new Set(
  [
    'bảo vệ',
    'lễ tân',
    'kế toán',
    'thủ quỹ',
    'thủ kho',
    'dược sĩ',
    'hộ lý',
    'hộ sinh',
    'y tá',
    'tài xế',
    'lái xe',
    'giáo viên',
    'cô giáo',
    'thầy giáo',
    'cán bộ',
    'nhân viên',
    'tình nguyện viên',
    'phiên dịch',
    'lao công',
    'tạp vụ',
    'trưởng thôn',
    'trưởng ấp',
    'trưởng bản',
    'trưởng xóm',
    'bí thư',
    'chủ tịch',
    'công an',
    'chiến sĩ',
    'đồng chí',
    'chủ nhà',
    'chủ trọ',
    'hàng xóm',
    'bạn',
    'bạn gái',
    'bạn trai',
    'người yêu',
    'linh mục',
    'mục sư',
    'ni cô',
    'sư cô',
    'shipper',
    'xe ôm',
    'cộng tác viên',
    'kỹ thuật viên',
    'điều dưỡng',
    'nữ hộ sinh',
    'thực tập sinh',
    'sinh viên',
    'học sinh',
    'bệnh nhi',
  ].map((r) => r.split(' ')),
);
const ROLE_LAST = new Set([...ROLE_BEFORE].map((r) => r[r.length - 1]));

/** (3) A job or role, then a capitalised given name or full name: "bảo vệ Minh", "lễ tân Hoa". */
function afterRole(ctx: Ctx, i: number): void {
  const { tokens, noName } = ctx;
  const t = tokens[i];
  if (!ROLE_LAST.has(tokens[i - 1].text)) return;
  let role = false;
  for (const r of ROLE_BEFORE) {
    const k = i - r.length;
    if (k < 0 || r[r.length - 1] !== tokens[i - 1].text) continue;
    let ok = true;
    for (let w = 0; w < r.length && ok; w++) if (tokens[k + w].text.toLowerCase() !== r[w] || (w > 0 && !tight(ctx, k + w - 1, k + w))) ok = false;
    if (ok) role = true;
  }
  if (!role || !tight(ctx, i - 1, i)) return;
  let j = i;
  while (
    j < tokens.length &&
    j < i + 4 &&
    /^\p{Lu}\p{Ll}*$/u.test(tokens[j].text) &&
    !noName[j] &&
    (j === i || tight(ctx, j - 1, j)) &&
    (inSetToken(givenSet, tokens[j]) || inSetToken(surnameSet, tokens[j]))
  )
    j++;
  if (j === i) return;
  // one word: a given name that is no everyday word ("công an Huyện", "bạn Nam" = a boy's name but also "south")
  if (j === i + 1 && (!inSetToken(givenSet, t) || TITLE_COMMON.has(t.k))) return;
  pushName(ctx, t.start, tokens[j - 1].end);
}

/** Verbs after a given name that opens a sentence ("Tuấn đã gọi", "Hằng báo là …"). */
const OPENER_VERB = new Set('đã đang sẽ vừa mới báo gọi nói hỏi nhắn xin nhờ dặn trực kể khai than khóc'.split(' '));
/** Given names that are also a season, a weather or a feeling word at a sentence start ("Xuân đã về"). */
const OPENER_COMMON = new Set('xuân thu sương tuyết hoa tâm đào ngọc hồng vân mai hương thảo'.split(' '));

/** (4) A given name opening a line or a sentence, right before a person verb. */
function sentenceOpener(ctx: Ctx, i: number): void {
  const { tokens, p, noName } = ctx;
  const t = tokens[i];
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || noName[i] || !SAFE_GIVEN.has(t.k) || TITLE_COMMON.has(t.k) || OPENER_COMMON.has(t.k)) return;
  const before = p.norm.slice(i > 0 ? tokens[i - 1].end : 0, t.start);
  if (i > 0 && !/[.!?\n][ \t"“-]*$/.test(before)) return;
  if (i + 1 >= tokens.length || !tight(ctx, i, i + 1) || !OPENER_VERB.has(tokens[i + 1].text)) return;
  pushName(ctx, t.start, t.end);
}

/** English words that mark a line as English prose (lower case). */
const EN_FUNCTION = new Set(
  'the and of to is was were with she he they his her their who which that for from at by on in have has had will would said told'.split(' '),
);
/** English verbs after a person ("Daniel came", "Thảo said"). */
const EN_PERSON_VERB = new Set(
  'came went arrived said told called asked was is has had will would stayed left fell died helped brought took gave wrote replied texted visited thanked'.split(
    ' ',
  ),
);
const foreignGiven = new Set(FOREIGN_GIVEN);

const englishCache = new WeakMap<Ctx, Map<number, boolean>>();
/** True when the line around an offset reads as English prose (three English function words; cached per line). */
function englishLine(ctx: Ctx, offset: number): boolean {
  const { lower } = ctx.p;
  let cache = englishCache.get(ctx);
  if (!cache) {
    cache = new Map();
    englishCache.set(ctx, cache);
  }
  const a = lower.lastIndexOf('\n', offset - 1) + 1;
  // no English function word anywhere: no English line (most notes)
  if (!cache.has(-1)) cache.set(-1, /(?:^|[^a-z])(?:the|and|was|were|with|his|her)(?![a-z])/.test(lower));
  if (!cache.get(-1)) return false;
  let hit = cache.get(a);
  if (hit === undefined) {
    let b = lower.indexOf('\n', offset);
    if (b < 0) b = lower.length;
    let n = 0;
    hit = false;
    for (const w of lower.slice(a, b).split(/[^a-z]+/))
      if (EN_FUNCTION.has(w) && ++n >= 3) {
        hit = true;
        break;
      }
    cache.set(a, hit);
  }
  return hit;
}

/**
 * (6) English prose: a Vietnamese given name written with its diacritics ("the nurses,
 * especially Hằng and Quyên", "Thank you Jake, Thảo"), or a listed foreign given name before an
 * English verb ("… Daniel came to the ER"). In English text a capitalised word with Vietnamese
 * marks is a name or a place; places are masked by the rules (provinces, facilities) and the
 * gazetteer check here.
 */
function inEnglish(ctx: Ctx, i: number): void {
  const { tokens, noName } = ctx;
  const t = tokens[i];
  if (noName[i] || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return;
  const prevCap = i > 0 && tight(ctx, i - 1, i) && /^\p{Lu}/u.test(tokens[i - 1].text);
  const nextCap = i + 1 < tokens.length && tight(ctx, i, i + 1) && /^\p{Lu}/u.test(tokens[i + 1].text);
  if (prevCap || nextCap) return; // part of a longer capitalised phrase: the rules' job
  if (!englishLine(ctx, t.start)) return;
  const viet = t.d && !TITLE_COMMON.has(t.k) && inSetToken(givenSet, t);
  const foreign = !t.d && foreignGiven.has(t.k) && i + 1 < tokens.length && tight(ctx, i, i + 1) && EN_PERSON_VERB.has(tokens[i + 1].text);
  if (!viet && !foreign) return;
  pushName(ctx, t.start, t.end);
}

export function detectGivenNames(ctx: Ctx): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (KIN.has(t.text)) lowerAfterKin(ctx, i);
    else if (/^\p{Lu}\p{Ll}/u.test(t.text)) {
      titleInSentence(ctx, i);
      if (i > 0) afterRole(ctx, i);
      sentenceOpener(ctx, i);
      inEnglish(ctx, i);
    }
  }
}

/** "mai" after a person word is "tomorrow" when a verb or a time follows ("em mai đi khám", "anh mai qua"). */
const TOMORROW_AFTER = new Set('đi về qua lên xuống trực nghỉ làm khám mổ mới sẽ ra vào đến tới sáng chiều tối rồi lại gọi'.split(' '));

/** Round 14: nationalities in English ("Radosław Kaczmarek (Polish)"); not "Thai" or "Lao", given names typed without accents. */
const NATIONALITIES = new Set(
  'American Australian British Cambodian Canadian Chinese Danish Dutch English Filipino French German Indian Indonesian Israeli Italian Japanese Korean Laotian Malaysian Norwegian Polish Russian Singaporean Spanish Swedish Swiss Taiwanese Vietnamese'.split(
    ' ',
  ),
);

/** Round 14: verbs that follow a doctor's title and are also given names ("bs bảo", "bác sĩ dặn"). */
const STAFF_VERBS = new Set(['bảo', 'dặn', 'hẹn', 'kêu', 'khuyên', 'trực', 'truc']);

/** Round 14: abbreviations read as names ("nạn nhân TNGT": tai nạn giao thông). */
const ABBREVIATIONS = new Set(['TNGT', 'TNLĐ', 'TNSH', 'TNTT', 'TNGĐ']);

/**
 * Round 14: first words of a sentence that, with the word after them, are no name ("*": any word).
 * Keyed with their diacritics: folded, "tam" would take Tâm and "luc" Lực, given names.
 */
const SENTENCE_OPENERS: Record<string, readonly string[] | '*'> = {
  hướng: ['dẫn'],
  lễ: ['tiễn', 'tang', 'viếng', 'hội', 'truy', 'khánh', 'ký', 'kỷ'],
  lúc: '*',
  giao: ['ca', 'ban'],
  tạm: '*',
  sáng: ['mai', 'nay', 'sớm', 'qua'],
  cảm: ['ơn'],
  mừng: '*',
  nguy: ['cơ'],
  quan: ['hệ', 'sát', 'trọng', 'tâm'],
  toan: ['chuyển', 'hô', 'máu'],
  chuẩn: '*',
  chi: ['phí'],
  cơ: ['quan'],
  chủ: ['tịch', 'nhiệm'],
  trong: '*',
};
/** Round 14: kinship words alone as a sender label or a sentence's subject ("Mẹ: …", "Bà nội: …"). */
const KIN_ALONE = new Set(['Mẹ', 'Bố', 'Má', 'Bà', 'Ông', 'Bà nội', 'Bà ngoại', 'Ông nội', 'Ông ngoại', 'Vợ', 'Chồng', 'Cháu']);
/** Round 14: English words and places a layer may read as names in a header or a signature. */
const NOT_NAMES_EN = new Set([
  'Contact',
  'Claims',
  'Pharmacovigilance',
  'Vietnam',
  'Korea',
  'Japan',
  'China',
  'Taiwan',
  'Thailand',
  'Cambodia',
  'Laos',
  'Singapore',
  'Bình luận',
]);

/** Round 14: words of a headline in capitals that no name has (folded; name syllables left out). */
const HEADLINE_WORDS = new Set(
  'benh nhan cuu chet vong nan xe doc ghep vien sot dich tim phoi nao tre gap mau nhom ngung kip khan cap'
    .split(' ')
    .filter((w) => !GIVEN_NAME_SET.folded.has(w) && !SURNAME_SET.folded.has(w)),
);

/** Form labels typed without diacritics that a layer may read as a name ("dia chi:", "ho ten:"). */
const FORM_LABELS = new Set(
  'dia chi|ho ten|ho va ten|ghi chu|chan doan|ket luan|ly do|ngay sinh|nghe nghiep|que quan|gioi tinh|dan toc|ton giao|dien thoai|tien su|benh su|xu tri|dieu tri|nguoi nha|lien he'.split(
    '|',
  ),
);

/**
 * False alarms of every layer (rules, labeller, propagation): a lower-case span that is an
 * ordinary word after a kinship word — "anh hùng" (hero), "bé linh hoạt", "em mai đi khám"
 * (tomorrow).
 */
/**
 * Round 19: everyday compounds of clinical chat typed without accents whose syllables are also
 * name syllables (folded pairs; never two common given names, "thanh toan" may be Thành Toàn).
 * Round 21: more of them ("chu nhat", "hung phan", "van mach", "thiet bi" …; not "danh cho": "bs danh cho lasix"), and in lower case
 * with accents too ("điều dưỡng tiêu biểu", "hội nghị thường niên", "dẫn lưu tư thế").
 */
const BARE_COMPOUNDS = new Set(
  `tu van|xu tri|dieu tri|chan doan|theo doi|thong bao|xet nghiem|hoang mang|vang da|tam ung|kiem tra|sieu am|dieu duong|ho so|benh an|
  phau thuat|cap cuu|hoi chan|ket qua|ket luan|tai kham|nhap vien|xuat vien|ra vien|chuyen vien|huyet ap|duong huyet|tieu duong|truyen dich|
  khang sinh|ha sot|giam dau|nhiem trung|viem phoi|hau phau|phong kham|nha thuoc|hoa mat|chong mat|kho tho|lo lang|bao hiem|hong cau|
  bach cau|sinh thiet|noi soi|loc mau|chay than|tiem phong|tiem chung|hen kham|cham soc|trieu chung|dau hieu|phac do|lieu trinh|don thuoc|
  toa thuoc|phoi hop|ho tro|quan tam|dong y|tinh hinh|dieu phoi|truc ban|giao ban|hoang dan|thuong tich|chan thuong|nguyen nhan|
  chu nhat|hung phan|thiet bi|tram xa|van mach|thuong quy|thuong nien|tieu bieu|dan luu`
    .split('|')
    .map((w) => w.trim()),
);

/** Round 21: the span opens a sender label's line and is its first part, a role or a desk, before " - " and the sender's name. */
function roleBeforeLabelName(norm: string, start: number, end: number): boolean {
  const lineStart = norm.lastIndexOf('\n', start - 1) + 1;
  if (!/^[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*)?$/.test(norm.slice(lineStart, start))) return false;
  const rest = /^([ \t]+\d{1,3})?[ \t]+[-–][ \t]+[^\n:()-]{1,30}:/.exec(norm.slice(end, end + 40));
  return !!rest && (!!rest[1] || ROLE_PART.test(fold(norm.slice(start, end)).toLowerCase()));
}

/** Round 21: roles whose first syllable is also a given name, folded. */
const ROLE_COMPOUNDS = new Set(['truong khoa', 'truong phong', 'truong tram', 'pho khoa', 'pho phong']);

/** The lower-case span from token i to offset `end` holds or touches a BARE_COMPOUNDS pair (folded). */
function inBareCompound(ctx: Ctx, i: number, end: number): boolean {
  const { tokens } = ctx;
  let e = i;
  while (e + 1 < tokens.length && tokens[e + 1].end <= end) e++;
  const plain = (k: number) => k >= 0 && k < tokens.length && /^\p{Ll}+$/u.test(tokens[k].text);
  for (let k = i; k <= e; k++) if (!plain(k)) return false;
  const pair = (a: number, b: number) => plain(a) && plain(b) && tight(ctx, a, b) && BARE_COMPOUNDS.has(`${tokens[a].f} ${tokens[b].f}`);
  for (let k = i - 1; k <= e; k++) if (pair(k, k + 1)) return true;
  return false;
}

export function dropOrdinaryWords(ctx: Ctx): void {
  const { tokens, p } = ctx;
  if (!tokens.length) return;
  ctx.out = ctx.out.filter((c) => {
    if (c.kind !== 'NAME') return true;
    const text = p.norm.slice(c.start, c.end);
    // round 14: a code, not a name — letters glued to a number ("NN1", "G.2"), a job in lower case ("(thu ngân):")
    if (/^\.?\d/.test(p.norm.slice(c.end, c.end + 2))) return false;
    if (/^\p{Ll}/u.test(text) && TRAILING_ROLE.test(text.toLowerCase())) return false;
    if (ABBREVIATIONS.has(text) || NATIONALITIES.has(text) || KIN_ALONE.has(text) || NOT_NAMES_EN.has(text)) return false;
    // "Kính gửi Quý Công ty": the span ends inside "Công ty"
    if (/(?:^|[ \t])Công[ \t]+ty$/iu.test(text) || (/(?:^|[ \t])Công$/u.test(text) && /^[ \t]+ty(?![\p{L}])/u.test(p.norm.slice(c.end, c.end + 4))))
      return false;
    // a headline in capitals with a word no name has ("CẤP CỨU THÀNH CÔNG BỆNH NHI …")
    if (/^[\p{Lu}\p{M}]+(?:[ \t]+[\p{Lu}\p{M}]+){3,}$/u.test(text) && text.split(/[ \t]+/).some((w) => HEADLINE_WORDS.has(fold(w).toLowerCase()))) return false;
    // a letter's place and date line ("Cao Lộc, ngày 12 tháng 9 năm 2025")
    if (
      /^,[ \t]*ngày[ \t]+\d{1,2}[ \t]+tháng/u.test(p.norm.slice(c.end, c.end + 24)) &&
      /(?:^|\n)[ \t]*$/.test(p.norm.slice(Math.max(0, c.start - 4), c.start))
    )
      return false;
    // a sentence or a message opened by a compound ("Hướng dẫn …", "Lễ tiễn đưa …", "Bạn: Giao ca …")
    const opener = Object.hasOwn(SENTENCE_OPENERS, text.toLowerCase()) ? SENTENCE_OPENERS[text.toLowerCase()] : undefined;
    if (opener && /(?:^|[.!?:\n])[ \t]*$/.test(p.norm.slice(Math.max(0, c.start - 3), c.start))) {
      const nextWord = /^[ \t]+([\p{L}]+)/u.exec(p.norm.slice(c.end, c.end + 12))?.[1].toLowerCase();
      if (nextWord && (opener === '*' || opener.includes(nextWord))) return false;
    }
    // "Bạch Mai Hospital", "Hùng Vương Hospital": a hospital named in English
    if (/^[ \t]+(?:Hospital|Clinic|Medical Cent(?:er|re)|General Hospital|Polyclinic|Children'?s Hospital|Maternity)\b/.test(p.norm.slice(c.end, c.end + 24)))
      return false;
    // round 12: … or with the word inside the span ("Hoi An Pacific Hospital")
    if (/[ \t](?:Hospital|Clinic|Polyclinic|Medical Cent(?:er|re))$/.test(p.norm.slice(c.start, c.end))) return false;
    if (FORM_LABELS.has(fold(p.norm.slice(c.start, c.end)).toLowerCase()) && /^[ \t]*:/.test(p.norm.slice(c.end, c.end + 3))) return false;
    // round 12: "dd giao:", "bs nhận:" — a hand-over's giver and receiver fields after a role
    if (
      /^(?:giao|nhan)(?: ca)?$/.test(fold(p.norm.slice(c.start, c.end)).toLowerCase()) &&
      /(?:^|[^a-z])(?:dd|bs|ys|ktv|nguoi|ho sinh|dieu duong|bac si)[ \t]+$/.test(p.fold.slice(Math.max(0, c.start - 12), c.start)) &&
      /^[ \t]*:/.test(p.norm.slice(c.end, c.end + 3))
    )
      return false;
    // round 21: a desk or a role as the first part of a "role - name" sender label ("quay 1 - thao:", "doi truong - long cao:")
    if (roleBeforeLabelName(p.norm, c.start, c.end)) return false;
    // round 21: an SMS log's "từ / đến" before the number ("tu: 0905 338 114: …")
    if (/^(?:tu|từ|den|đến|from|to)$/iu.test(text) && /^[ \t]*:[ \t]*\+?\d[\d .()-]{6,}\d[ \t]*:/.test(p.norm.slice(c.end, c.end + 26))) return false;
    if (!/^\p{Ll}/u.test(p.norm[c.start] ?? '')) return true;
    // the token where the span starts
    const i = tokenAtOffset(tokens, c.start);
    if (tokens[i]?.start !== c.start) return true;
    const t = tokens[i];
    const next = i + 1 < tokens.length && tight(ctx, i, i + 1) ? tokens[i + 1] : null;
    const prev = i > 0 && tight(ctx, i - 1, i) ? tokens[i - 1] : null;
    if (next && COMPOUND_AFTER[t.k]?.includes(next.k)) return false;
    if (prev && KIN_WORD_PAIRS.has(`${prev.text} ${t.k}`)) return false;
    // "bác sĩ ơi", "anh ấy ơi", "bà nội": the second word of a kinship compound
    if (prev && KIN.has(prev.text) && NOT_CALLED.has(t.k) && c.end === t.end) return false;
    if (t.k === 'mai' && prev && KIN.has(prev.text) && next && TOMORROW_AFTER.has(next.k)) return false;
    // round 14: a verb after a doctor's title, typed with its diacritics ("bs bảo mổ", "bác sĩ dặn")
    if (prev && (prev.f === 'bs' || prev.f === 'si') && STAFF_VERBS.has(t.text) && c.end === t.end) return false;
    // round 19: a span typed without accents that holds, opens or closes an everyday compound ("bs tu van", "xu tri:", "be vang da")
    if (inBareCompound(ctx, i, c.end)) return false;
    // round 21: one word that opens a role ("dd truong khoa nhan …"; "bs truong khoa thanh:" keeps its name)
    return !(c.end === t.end && next && /^\p{Ll}+$/u.test(t.text) && ROLE_COMPOUNDS.has(`${t.f} ${next.f}`));
  });
}
