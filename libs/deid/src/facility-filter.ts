// Drops a NAME or ADDRESS candidate that is exactly a hospital's short name after a
// movement or location word ("chuyển Bạch Mai", "lên Việt Đức", "khám ở Từ Dũ").
import type { Ctx } from './context';
import { HOSPITAL_SHORT_NAMES } from './data/facilities';
import { fold } from './text';

const SHORT = new Set(HOSPITAL_SHORT_NAMES.map((n) => fold(n).toLowerCase()));
const MOVE =
  /(?:^|[^a-z])(?:chuyen|len|ra|ve|vao|sang|xuong|o|tai|kham o|kham tai|dua|dua vao|hoi chan|mo o|mo tai|nam|dieu tri o|dieu tri tai|bv|benh vien)[ \t]+$/;

export function dropHospitalNames(ctx: Ctx): void {
  const { p } = ctx;
  ctx.out = ctx.out.filter((c) => {
    if (c.kind !== 'NAME' && c.kind !== 'ADDRESS') return true;
    if (!SHORT.has(p.fold.slice(c.start, c.end).toLowerCase())) return true;
    return !MOVE.test(p.fold.slice(Math.max(0, c.start - 16), c.start));
  });
}
