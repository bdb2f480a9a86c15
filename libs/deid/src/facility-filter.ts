// Drops a NAME or ADDRESS candidate that is exactly a hospital's short name after a
// movement or location word ("chuyển Bạch Mai", "lên Việt Đức", "khám ở Từ Dũ"), and a NAME that
// ends in the "Y" of "Y tế" ("Sở Y tế").
import type { Ctx } from './context';
import { HOSPITAL_SHORT_NAMES } from './data/facilities';
import { fold } from './text';

const SHORT = new Set(HOSPITAL_SHORT_NAMES.map((n) => fold(n).toLowerCase()));
const MOVE =
  /(?:^|[^a-z])(?:chuyen|len|ra|ve|vao|sang|xuong|o|tai|kham o|kham tai|dua|dua vao|hoi chan|mo o|mo tai|nam|dieu tri o|dieu tri tai|bv|benh vien|truc|voi|cua|⇄|<->|->)[ \t]+$/;

export function dropHospitalNames(ctx: Ctx): void {
  const { p } = ctx;
  ctx.out = ctx.out.filter((c) => {
    if (c.kind !== 'NAME' && c.kind !== 'ADDRESS') return true;
    // round 13: "Sở Y" of "Sở Y tế", "Trạm Y" of "Trạm Y tế": a name does not end in the Y of "Y tế"
    if (c.kind === 'NAME' && /(?:^|[ \t])Y$/u.test(p.norm.slice(c.start, c.end)) && /^[ \t]+tế(?![\p{L}])/iu.test(p.norm.slice(c.end, c.end + 5))) return false;
    if (!SHORT.has(p.fold.slice(c.start, c.end).toLowerCase())) return true;
    return !MOVE.test(p.fold.slice(Math.max(0, c.start - 16), c.start));
  });
}
