// Names that the Vietnamese-syllable rules cannot see: Korean in Hangul, Chinese/Japanese
// in Han characters, foreign names in Latin letters (from a given-name/family-name
// lexicon), and Cơ Tu/Bahnar/Jrai family names ("Bh'riu Pố", "Alăng Đức", "Zơ Râm Thị
// Thủy", "Pơloong Blúi", "Ating Hồng") before capitalised syllables.
import type { Ctx } from './context';
import { FOREIGN_FAMILY, FOREIGN_GIVEN, HIGHLAND_FAMILY } from './data/foreign-names';
import { fold } from './text';

const given = new Set(FOREIGN_GIVEN);
const family = new Set(FOREIGN_FAMILY);
const highland = new Set(HIGHLAND_FAMILY.map((w) => fold(w)));
/** Capitalised or upper-case Latin words (hyphenated parts allowed). */
const LATIN_RUN =
  /(?<![\p{L}\d'])(?:[A-Z][a-z]+|[A-Z]{2,})(?:-(?:[A-Z][a-z]+|[A-Z]{2,}))?(?:[ \t]+(?:[A-Z][a-z]+|[A-Z]{2,})(?:-(?:[A-Z][a-z]+|[A-Z]{2,}|[a-z]+))?){0,3}(?![\p{L}\d])/gu;
/** Words that open or close a Latin run but are not names. */
const NOT_NAMES = new Set([
  'bn',
  'bs',
  'dr',
  'mr',
  'mrs',
  'ms',
  'miss',
  'hi',
  'dear',
  'the',
  'a',
  'an',
  'of',
  'and',
  'hospital',
  'clinic',
  'street',
  'ward',
  'district',
  'city',
  'tower',
  'block',
  'apt',
  'global',
  'travel',
  'fire',
  'marine',
  'group',
  'school',
  'university',
  'bed',
  'passport',
  'dob',
  'id',
  'no',
  'phone',
  'saint',
  'st',
  'arbor',
  'ann',
]);

const HIRAGANA_G = /[\u3040-\u309F]/g;
const HANGUL = /[\uAC00-\uD7A3]/;
/** Korean sentence endings and particles that no name ends with ("어때요", "환자는", "어디예요"). */
const KOREAN_ENDING = /(?:요|는|를|에|에서|에게|니다|예요|세요|까|죠|병원|상황)$/;
/** Japanese verb endings and particles in kana after Han ("回復しています", "現地入りしました"). */
const KANA_VERB = /(?:し|ます|ました|です|て|た|る|れ|い|は|が|を|に|で|と|の|も)[\u3040-\u309F]*$/;
const HONORIFIC_AFTER = /^[ \u3000]?(?:氏|さん|様|君|くん|ちゃん|先生|殿)/;
const LABEL_BEFORE = /[:：(（][ \u3000]?$/;
const HONORIFIC_IN = /(?:氏|さん|様|君|くん|ちゃん|先生|殿)/;

/** 1–4 capitalised words, then a bracket of Thai, Lao, Khmer, Hangul or Han script (1–3 words). */
const TRANSLITERATED =
  /(?<![\p{L}\d])((?:\p{Lu}[\p{L}\p{M}'’-]*)(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*){0,3})[ \t]*\((?:[^()\n]{0,12}:[ \t]*)?([\u0E00-\u0EFF\u1780-\u17FF\uAC00-\uD7A3\u4E00-\u9FFF\u3040-\u30FF]+(?:[ \u3000][\u0E00-\u0EFF\u1780-\u17FF\uAC00-\uD7A3\u4E00-\u9FFF\u3040-\u30FF]+){0,2})\)/gu;
const SCRIPT_BRACKET = /\((?:[^()\n]{0,12}:[ \t]*)?[\u0E00-\u0EFF\u1780-\u17FF\uAC00-\uD7A3\u4E00-\u9FFF\u3040-\u30FF]/u;
/** Titles before a name (outside the span). */
const TITLES = /^(?:Ông|Bà|Anh|Chị|Em|Cô|Chú|Bác|Cháu|Bé|Mr|Mrs|Ms|Miss|Dr|BN|BS|Người|Bệnh|Vợ|Chồng|Con|Mẹ|Bố)\.?$/u;

export function detectScripts(ctx: Ctx): void {
  const { p, out, tokens } = ctx;
  const norm = p.norm;
  let m: RegExpExecArray | null;
  // Hangul syllables: 2–4 (박미경), Han characters: 2–4, a space allowed between family and given name (田中 浩二)
  // round 10: a Japanese given name in kana after a family name in Han (田中ゆき, 佐藤 はるか)
  const CJK = /[\uAC00-\uD7A3]{2,4}|[\u4E00-\u9FFF]{1,3}(?:[ \u3000]?[\u3040-\u309F\u30A0-\u30FF]{2,5}|(?:[ \u3000]?[\u4E00-\u9FFF]{1,3})?)/g;
  // round 15: in Japanese prose (hiragana) a run of Han is a name only with an honorific or a
  // label before it ("渡辺茂氏", "由美さん", "患者：田中浩二"), never with a verb ending in kana
  // ("回復しています"); in Korean a word is whole (no piece of "종합병원") and ends in no particle
  const japanese = (norm.match(HIRAGANA_G) ?? []).length >= 10;
  while ((m = CJK.exec(norm))) {
    if (m[0].replace(/\s/g, '').length < 2) continue;
    const start = m.index;
    let end = start + m[0].length;
    if (/^[\uAC00-\uD7A3]/.test(m[0])) {
      if (HANGUL.test(norm[start - 1] ?? '') || HANGUL.test(norm[end] ?? '') || KOREAN_ENDING.test(m[0])) continue;
    } else if (japanese) {
      // the honorific the run took with it ("渡辺茂氏", "由美さんが") is left out and vouches for the name
      const honorific = HONORIFIC_IN.exec(m[0]);
      if (honorific && honorific.index >= 2) end = start + honorific.index;
      else if (KANA_VERB.test(m[0]) || !(HONORIFIC_AFTER.test(norm.slice(end, end + 3)) || LABEL_BEFORE.test(norm.slice(Math.max(0, start - 2), start))))
        continue;
    }
    out.push({ kind: 'NAME', start, end });
  }
  // round 13: a name in Thai, Lao or Khmer script in brackets, and the transliteration before
  // any such bracket (Hangul and Han too): "Somchai Rattanakul (สมชาย รัตนกุล)", "KIM MIN JI (김민지)"
  TRANSLITERATED.lastIndex = 0;
  // (speed: the pattern is tried only when a bracket of such script is there at all)
  if (SCRIPT_BRACKET.test(norm))
    while ((m = TRANSLITERATED.exec(norm))) {
      const inner = m.index + m[0].indexOf(m[2]);
      if (/[\u0E00-\u0EFF\u1780-\u17FF]/.test(m[2])) out.push({ kind: 'NAME', start: inner, end: inner + m[2].length });
      const words = m[1].split(/[ \t]+/);
      while (words.length && TITLES.test(words[0])) words.shift();
      if (words.length) out.push({ kind: 'NAME', start: m.index + m[1].length - words.join(' ').length, end: m.index + m[1].length });
    }
  // Latin names: a run of capitalised words with a known foreign given or family name in it
  while ((m = LATIN_RUN.exec(norm))) {
    const words = m[0].split(/[ \t]+/);
    let from = 0;
    let to = words.length;
    while (from < to && NOT_NAMES.has(words[from].toLowerCase())) from++;
    while (to > from && NOT_NAMES.has(words[to - 1].toLowerCase())) to--;
    const name = words.slice(from, to);
    if (!name.length) continue;
    const low = name.map((w) => w.toLowerCase().split('-')[0]);
    const known = low.filter((w) => given.has(w) || family.has(w)).length;
    // one known word is enough for one or two words; longer runs need two
    if (!known || (name.length > 2 && known < 2)) continue;
    // one word alone: a Title-case given name before a colon or a bracket ("Jenny:", "Emily (")
    if (
      name.length === 1 &&
      !(given.has(low[0]) && /^[A-Z][a-z]{3,}$/.test(name[0]) && /^\s*[:(]/.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 3)))
    )
      continue;
    if (/(?:bệnh|hội chứng|dấu hiệu|phân độ|nghiệm pháp|thang điểm|u|sarcoma)[ \t]+$/iu.test(norm.slice(Math.max(0, m.index - 14), m.index))) continue;
    const s0 = m.index + m[0].indexOf(name[0]);
    const e0 = m.index + m[0].lastIndexOf(name[name.length - 1]) + name[name.length - 1].length;
    out.push({ kind: 'NAME', start: s0, end: e0 });
  }
  // highland family names before 1–3 capitalised syllables
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!highland.has(t.f) || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue; // (the set first: cheaper than the regex)
    let j = i + 1;
    while (j < tokens.length && j <= i + 3 && /^\p{Lu}/u.test(tokens[j].text) && /^[ \t'’]{0,2}$/.test(norm.slice(tokens[j - 1].end, tokens[j].start))) j++;
    if (j > i + 1) out.push({ kind: 'NAME', start: t.start, end: tokens[j - 1].end });
  }
}
