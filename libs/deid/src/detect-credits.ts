// Round 13: initials in a news credit — "Ảnh: H.N", "Tổng hợp: M.Q – H.Tr.", "Nhóm PV: H.L, Q.T,
// Đ.Ng.", "Bài và ảnh: Tr.Hiếu". After a credit cue a reporter signs with initials that would be
// too short or too ambiguous anywhere else (H.N is also Hà Nội; Ph.D is a degree), so here any
// dotted group of initials counts, with an abbreviated onset (Tr., Ng.) and with a given name
// glued to it.
import { type Ctx, noNameAt } from './context';

const CREDIT =
  /(?<![\p{L}])(?:ảnh|ảnh minh họa|bài|bài và ảnh|bài, ảnh|bài\/ảnh|tin|tin, ảnh|tin và ảnh|tổng hợp|nhóm pv|nhóm phóng viên|pv|phóng viên|video|clip|thực hiện|biên tập)[ \t]*:[ \t]*/giu;
const ONSET = '(?:Ngh|Ng|Nh|Ch|Tr|Th|Ph|Kh|Gi|Qu|Gh|[A-ZĐ])';
/** One signature: dotted initials ("H.N", "Đ.Ng.", "T."), or initials and a given name ("Tr.Hiếu", "N.T.Hà"). */
const GROUP = new RegExp(`^(?:${ONSET}\\.[ ]?){1,3}(?:\\p{Lu}[\\p{Ll}\\p{M}]+(?![\\p{L}\\d])|${ONSET}\\.?(?![\\p{L}\\d])|(?![\\p{L}\\d]))`, 'u');
const SEPARATOR = /^[ \t]*(?:,|–|—|-|&|và|and)[ \t]*/u;

/** Round 13c: a byline line, the author and the date ("Q.Đ – 05/03/2026", "Ngọc Hân – 08/04/2026"). */
const DATED_BYLINE = new RegExp(
  `(?:^|\\n)[ \\t]*((?:${ONSET}\\.){1,3}${ONSET}\\.?|\\p{Lu}[\\p{Ll}\\p{M}]+(?:[ \\t]\\p{Lu}[\\p{Ll}\\p{M}]+){1,3})[ \\t]+[–—-][ \\t]+\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}[ \\t]*(?=\\n|$)`,
  'gu',
);

export function detectCreditInitials(ctx: Ctx): void {
  const { p, out } = ctx;
  const norm = p.norm;
  let m: RegExpExecArray | null;
  DATED_BYLINE.lastIndex = 0;
  while ((m = DATED_BYLINE.exec(norm))) {
    const start = m.index + m[0].indexOf(m[1]);
    // a dateline ("Hà Nội – 05/03/2026") is a place
    if (noNameAt(ctx, start)) continue;
    out.push({ kind: 'NAME', start, end: start + m[1].length });
  }
  // (speed: only a text with an initial and its dot after a colon has a credit to read)
  if (!/:[ \t]*(?:Ngh|Ng|Nh|Ch|Tr|Th|Ph|Kh|Gi|Qu|Gh|[A-ZĐ])\./u.test(norm)) return;
  CREDIT.lastIndex = 0;
  while ((m = CREDIT.exec(norm))) {
    let pos = m.index + m[0].length;
    for (;;) {
      const g = GROUP.exec(norm.slice(pos, pos + 24));
      if (!g) break;
      // a group needs a dot: "Ảnh: Hà Nội" is a place, full names are the byline rule's
      const text = g[0].replace(/[ ]+$/, '');
      if (text.includes('.')) out.push({ kind: 'NAME', start: pos, end: pos + text.replace(/\.$/, '').length + (text.endsWith('.') ? 1 : 0) });
      pos += g[0].length;
      const s = SEPARATOR.exec(norm.slice(pos, pos + 8));
      if (!s) break;
      pos += s[0].length;
    }
    CREDIT.lastIndex = Math.max(CREDIT.lastIndex, pos);
  }
}
