// Round 20: chats typed with accents, and the clinical phrases that must stay unflagged, folded
// into the way fast typers write them, as more training text for the weak genre (chats typed
// fast without accents). A copy has every diacritic dropped ("đ" becomes "d") and, for a seeded
// half of the copies, every letter in lower case. Both keep each character in place (one NFC
// character becomes one character), so the gold spans stay where they are.
import type { EvalDoc } from '../eval/markup';
import { rng } from './rng';

const MARKS = /[\u0300-\u036f]/g;

/** One character in, one character out: "Đặng" → "Dang". */
export function foldChars(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === 'đ') out += 'd';
    else if (ch === 'Đ') out += 'D';
    else {
      const bare = ch.normalize('NFD').replace(MARKS, '');
      out += bare.length === ch.length ? bare : ch;
    }
  }
  return out;
}

const CHAT_TYPE = /chat|sms|zalo|messenger|group/;
const MARKED = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** Whether a text is typed with accents (at least one word in ten carries a mark). */
function accented(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.filter((w) => MARKED.test(w)).length >= words.length / 10;
}

/** Folded copies of the chats and phrases among `docs` that are typed with accents (seeded). */
export function foldedChatCopies(docs: readonly EvalDoc[], seed = 2020): EvalDoc[] {
  const r = rng(seed);
  return docs
    .filter((d) => (CHAT_TYPE.test(d.type) || d.type === 'phrase') && accented(d.text))
    .map((d) => {
      const lower = r() < 0.5;
      const text = lower ? foldChars(d.text).toLowerCase() : foldChars(d.text);
      if (text.length !== d.text.length) throw new Error(`folded copy of ${d.id} changed its length`);
      return { id: `folded-${d.id}`, type: d.type, text, gold: d.gold.map((g) => ({ ...g, text: text.slice(g.start, g.end) })) };
    });
}
