// Round 8: names in English prose after an English title or relation word — "Dr Amir Rahman's
// secretary", "Ms. Ana Lima", "my friend Tomasz Wiśniewski", "his father, Sok Chhay", "the boy,
// Sok Vannak," — one to three capitalised words, whatever their origin (Polish, Khmer, Lao,
// Arabic …: no list can hold them all; the cue decides). The rules' propagation then finds the
// given and family names where they recur alone.
import type { Ctx } from './context';
import { fold, isVietSyllable } from './text';

const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{Lu}?[\p{Ll}\p{M}]+)?`;
/** Capitalised words that are never a name after these cues. */
const STOP = new Set(
  'I The A An He She It We They His Her My Our Your Their This That There Here And But Or So Then Hospital Clinic Centre Center Ward Department Team Group Vietnam Hanoi Saigon Hospital ER ICU GP NHS Doctor Nurse Mr Mrs Ms Dr Emergency On Call Duty Office Appointment Please Thanks Thank Yes No Note Notes Team Room Unit Service Services Report Letter Who When Today Tomorrow'.split(
    ' ',
  ),
);
const CUES: RegExp[] = [
  // titles: "Dr Amir Rahman", "Mrs. Ng", "Prof Ivana Horvat"
  new RegExp(String.raw`(?<![\p{L}])(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Sr)\.?[ \t]+(?=\p{Lu})`, 'gu'),
  // a relation after a possessive: "my son Eli", "his father, Sok Chhay", "her flatmate Minh-Anh"
  new RegExp(
    String.raw`(?<![\p{L}])(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our)[ \t]+(?:friend|son|daughter|husband|wife|father|mother|dad|mum|mom|brother|sister|partner|flatmate|roommate|colleague|neighbou?r|grandson|granddaughter|grandmother|grandfather|baby|child|boyfriend|girlfriend|fianc[ée]e?|uncle|aunt|cousin)[ \t]*,?[ \t]+(?=\p{Lu})`,
    'gu',
  ),
  // an apposition after a person noun: "The boy, Sok Vannak, …", "a Polish student, Ewa Nowak,"
  // Vietnamese: a person noun and a foreign nationality before the name ("cô gái Lào,
  // Souksavanh Phommachanh", "du học sinh Campuchia Sok Dara", "ông người Úc Liam Carter")
  new RegExp(
    // (speed: the lookahead for the first letters lets V8 skip ahead, see INITIALS in detect-names.ts)
    String.raw`(?=[cbndsBlôa])(?<![\p{L}])(?:cô gái|chàng trai|cậu bé|bé gái|bé trai|người đàn ông|người phụ nữ|du khách|du học sinh|sinh viên|bệnh nhân|BN|công nhân|lao động|chuyên gia|(?:ông|bà|anh|chị|cháu|bé)(?:[ \t]+người)?)[ \t]+(?:quốc tịch[ \t]+)?(?:Lào|Campuchia|Thái Lan|Myanmar|Indonesia|Malaysia|Philippines|Ấn Độ|Pakistan|Bangladesh|Nepal|Mông Cổ|Úc|Mỹ|Canada|Anh|Pháp|Đức|Nga|Ba Lan|Ý|Tây Ban Nha|Hà Lan|Thụy Điển|Na Uy|Nigeria|Ai Cập)[ \t]*,?[ \t]+(?=\p{Lu})`,
    'gu',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])(?:[Bb]oy|girl|man|woman|patient|child|baby|victim|student|worker|tourist|technician|teacher|driver|engineer|mother|father|son|daughter),[ \t]+(?=\p{Lu})`,
    'gu',
  ),
];
const NAME_AT = new RegExp(String.raw`^${WORD}(?:[ \t]${WORD}){0,2}`, 'u');

export function detectEnglishNames(ctx: Ctx): void {
  const { p, out } = ctx;
  const norm = p.norm;
  // English prose only: the cue words above are English, and so must be the sentence
  // cheap gates (speed): English cues only in text with an English title or possessive,
  // the Vietnamese cue only with a nationality word
  const english = /(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Sr)\.? |\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|[Tt]he|was|is|and) /.test(norm);
  const nationality =
    /Lào|Campuchia|Thái Lan|Myanmar|Indonesia|Malaysia|Philippines|Ấn Độ|Pakistan|Bangladesh|Nepal|Mông Cổ|Úc|Mỹ|Canada|Anh|Pháp|Đức|Nga|Ba Lan|Ý|Tây Ban Nha|Hà Lan|Thụy Điển|Na Uy|Nigeria|Ai Cập/.test(
      norm,
    );
  for (const [i, cue] of CUES.entries()) {
    if (i === 2 ? !nationality : !english) continue;
    cue.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = cue.exec(norm))) {
      const start = m.index + m[0].length;
      const n = NAME_AT.exec(norm.slice(start, start + 60));
      if (!n) continue;
      let words = n[0].split(/[ \t]/);
      const cut = words.findIndex((w) => STOP.has(w.replace(/['’]s$/, '')));
      if (cut >= 0) words = words.slice(0, cut);
      if (!words.length) continue;
      let text = words.join(' ');
      text = text.replace(/['’]s$/, '');
      // an apposition must be closed (", " "." or a bracket) — "The boy, Sok Vannak, arrived"
      if (i === 3 && !/^[ \t]*[,.;()]/.test(norm.slice(start + text.length, start + text.length + 2))) continue;
      // after a Vietnamese cue the name must look foreign (not "cô gái Lào, Hôm qua …")
      if (i === 2 && words.every((w) => isVietSyllable(fold(w).toLowerCase()))) continue;
      out.push({ kind: 'NAME', start, end: start + text.length });
    }
  }
}
