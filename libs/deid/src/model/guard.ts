// Plausibility of a PERSON span proposed by the labeller, from its shape alone (no
// lexicon of test words): the labeller learnt lower-case nicknames and chat labels from
// the training generator and then proposes ordinary lower-case words and capitalised
// sentence openers; a span is kept only when its context says "person":
// - lower-case span: one token after a kinship/title word (bé bống, mệ lài), or a chat
//   sender label opening a line (trâm: …), or before "ơi"; several tokens only after such a
//   word or when every token is a name syllable (lexicon);
// - a single capitalised token that opens a line or a sentence and is followed by a
//   lower-case word: only after a kinship/title word (not "Tăng men gan", "Lưu kim 20 phút");
// - an upper-case run needs a name syllable from the lexicons.
// - never: a medical abbreviation or a sex word (BN COPD, BN nữ), nor a non-Vietnamese
//   word after a disease or sign word (bệnh Wilson, hội chứng Turner, dấu hiệu Murphy).
import { MEDICAL_ABBREVIATIONS, SEX_WORDS } from '../data/vocab';
import { fold, isVietSyllable } from '../text';
import { KIN_WORDS, type TokenInfo } from './features';

const NEVER = new Set([...MEDICAL_ABBREVIATIONS, ...SEX_WORDS].map((w) => fold(w)));
/** Words before an eponym (folded). */
const EPONYM_BEFORE = new Set(
  'benh chung hieu phap diem do chuan kieu vong sarcoma u nang cong xa test nghiem thuat giap loai lieu thang phan tang dau liet'.split(' '),
);

const NAMEY = /sur|giv|mid|mfam|mgiv|mpre|fgiv|ffam|high|bapt/;

/** Kinship and regional address words (not titles, not "là") before a lower-case name. */
const KIN_LOWER = new Set('bé cháu con em anh chị mệ o eng ả mạ cu thằng dì cô chú bác ông bà cụ ôn mụ cậu mợ thím chế hia'.split(' '));

/** Words before "là/tên" that make the next lower-case word a name (folded): "e la …", "ten chau la …". */
const LA_BEFORE = new Set('e c a me bo chau con ten ban vo chong'.split(' '));

/** Words that make a phrase with a kinship word before them (bác sĩ, em bé, con trai, bà con, anh ấy). */
const KIN_COMPOUND = new Set(
  'sĩ ấy ta nó này kia đó út cả nhỏ lớn trai gái nội ngoại ruột họ hai ba tư năm sáu bảy tám chín mười đầu ý giáo sau trước sinh so rạ khỏe cảm già trẻ yếu con cháu bé'.split(
    ' ',
  ),
);

/** Words before a child's nickname. */
const CHILD = new Set(['bé', 'cu', 'thằng', 'cái']);

/** A foreign given or family name in Latin letters (not Vietnamese-shaped). */
const FOREIGN = (t: TokenInfo) => t.lex.includes('nonviet') && /fgiv|ffam/.test(t.lex) && !EN_WORDS.has(t.f);
/** Foreign names that are also everyday English words ("Mark all as read", "Will you …"). */
const EN_WORDS = new Set(
  'mark will grace rose may bill pat sue jack frank hope faith joy art ray dean don max guy bob rob nick page hunter summer april june august amber ruby jade crystal holly ivy lily daisy violet dawn sky river brook brooke chase grant miles reed wade drew lance cliff glen heath dale gene ward bell stone rich king price young black white brown green gray long little hill wood carter cook baker turner walker parker mason fisher porter hunt park lee'.split(
    ' ',
  ),
);

export function plausible(info: readonly TokenInfo[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (NEVER.has(info[k].f) && info[k].shape !== 'Xx') return false;
  if (j - i === 1 && NEVER.has(info[i].f) && i > 0 && (info[i - 1].w === 'bn' || info[i - 1].w === 'nhân')) return false;
  const nonViet = info.slice(i, j).every((t) => t.lex.includes('nonviet'));
  if (nonViet && [1, 2].some((d) => i - d >= 0 && EPONYM_BEFORE.has(info[i - d].f) && !info[i - d + 1].lineStart)) return false;
  // table cells are read by their column header (detect-tables.ts)
  if (info[i].before === 'p' || info[j - 1].after === 'p') return false;
  const prev = i > 0 ? info[i - 1] : null;
  // "người H' Mông", "dân tộc Ê Đê", "tiếng Jrai": a people or a language
  if (prev && (prev.w === 'người' || prev.w === 'tộc' || prev.w === 'tiếng')) return false;
  const tight = info[i].before === 'sp' || info[i].before === 'none';
  const kinBefore = !!prev && tight && KIN_WORDS.has(prev.w) && prev.w !== 'là' && prev.w !== 'tên';
  // "e là trinh", "tên cháu là bống", "me e la nguyen thi sau": a name after "là" that follows a kinship word or "tên"
  const la = !!prev && tight && (prev.f === 'la' || prev.f === 'ten') && i >= 2 && (KIN_LOWER.has(info[i - 2].w) || LA_BEFORE.has(info[i - 2].f));
  const kinLower = (!!prev && tight && KIN_LOWER.has(prev.w)) || la;
  const next = j < info.length ? info[j] : null;
  const oi = !!next && (next.f === 'oi' || next.f === 'ah') && info[j - 1].after === 'sp';
  const label = info[i].lineStart && /^:/.test(info[j - 1].after);
  // a lone capital letter is left to the rules' initials ("Lê Thị H.", "chị H (25 tuổi)");
  // "nhóm máu mẹ O con B" is a blood group
  if (j - i === 1 && info[i].shape === 'X1') return false;
  // a people or a language alone ("Jrai", "Khmer") is not a person
  if (j - i === 1 && info[i].lex.includes('eth')) return false;
  // "cu cậu hợp tác", "bà con ơi": two kinship words in a row are an idiom, not a cue
  if (prev && prev.f !== 'la' && prev.f !== 'ten' && i >= 2 && KIN_LOWER.has(prev.w) && KIN_LOWER.has(info[i - 2].w) && /^x/.test(info[i].shape)) return false;
  // round 9: an initial with its full stop ends the name when the next word is no name syllable
  // ("Lê Thị H. Chiều nay …": the sentence goes on; "Nguyễn T. Hà" stays one name)
  for (let k = i; k < j - 1; k++) if (info[k].shape === 'X1' && info[k].after === '.' && !NAMEY.test(info[k + 1].lex)) return false;
  const shapes = info.slice(i, j).map((t) => t.shape);
  const lower = shapes.every((s) => s === 'x' || s === 'x1');
  if (lower) {
    // a child's nickname after "bé/cu/thằng/cái" need not be a listed given name ("bé bống", "cu tẹt")
    const child = !!prev && tight && CHILD.has(prev.w) && info[i].shape === 'x' && isVietSyllable(info[i].f);
    if (j - i === 1) return (kinLower && (/giv|mgiv/.test(info[i].lex) || child) && !KIN_COMPOUND.has(info[i].w)) || label || oi;
    // round 9: "bác sĩ trực" — a kinship compound is no cue for the words after it either
    return (kinLower && !KIN_COMPOUND.has(info[i].w)) || label || (info[i].lex.includes('sur') && info.slice(i + 1, j).some((t) => t.lex.includes('mid')));
  }
  if (shapes.some((s) => s === 'x')) return kinBefore || info.slice(i, j).every((t) => NAMEY.test(t.lex) || t.shape !== 'x');
  // upper-case runs (headings, unaccented print-outs) are left to the rules unless a cue or a label is next to them
  if (shapes.every((s) => s === 'XX')) return kinBefore || label || info[i].before === ':';
  // a dash or a quote opens a list item or a clause too ("Độc lập - Tự do - Hạnh phúc")
  const opener = info[i].lineStart || info[i].before === '.' || info[i].before === '-' || info[i].before === 'q';
  if (j - i === 1 && opener && !kinBefore && !label) {
    // a capitalised word opening a line or a sentence: only a name syllable, not before a lower-case word
    if (!NAMEY.test(info[i].lex)) return false;
    // ("Emily called the ward" is a person: a foreign name that is not Vietnamese-shaped)
    if (next && (next.shape === 'x' || next.shape === 'x1') && (info[i].after === 'sp' || info[i].after === ',') && !FOREIGN(info[i])) return false;
  }
  return true;
}
