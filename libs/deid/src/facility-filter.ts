// Drops a NAME or ADDRESS candidate that is exactly a hospital's short name after a
// movement or location word ("chuyển Bạch Mai", "lên Việt Đức", "khám ở Từ Dũ") or a unit of the
// hospital ("Trung tâm Đột quỵ Bạch Mai"), a NAME that ends in the "Y" of "Y tế" ("Sở Y tế"), and
// (round 14) streets named at a crossroads ("ngã tư Lê Lợi – Hùng Vương"), (round 19) buildings and
// halls named after people ("khu nhà Tuệ Tĩnh").
import type { Ctx } from './context';
import { HOSPITAL_SHORT_NAMES } from './data/facilities';
import { fold } from './text';

const SHORT = new Set(HOSPITAL_SHORT_NAMES.map((n) => fold(n).toLowerCase()));
const MOVE =
  /(?:^|[^a-z])(?:chuyen|len|ra|ve|vao|sang|xuong|o|tai|kham o|kham tai|dua|dua vao|hoi chan|mo o|mo tai|nam|dieu tri o|dieu tri tai|bv|benh vien|truc|voi|cua|⇄|<->|->)(?:[ \t]+(?:thang|gap|ngay|luon))?[ \t]+$/;

const CROSSROADS = /(?:^|[^a-z])(?:nga (?:tu|ba|nam|sau)|giao lo)(?:[ \t]+(?:duong|pho))?[ \t]+(?:[^\n]{0,24}[ \t][–-][ \t]*)?$/;
const UNIT_BEFORE = /(?:^|[^a-z])(?:trung tam|vien|khoa|benh vien|bv|(?:truong )?cao dang(?:[ \t]+y te)?)(?:[ \t]+[a-z]+){1,3}[ \t]+$/;
/**
 * Round 19: a capitalised name right after a building or hall word is the building's ("khu nhà Tuệ
 * Tĩnh", "giảng đường Tôn Thất Tùng", "hội trường Đặng Văn Ngữ"): a filter after the labeller, so
 * its features stay as they are.
 */
// (round 21: rooms and labs named so too, "phòng họp Phạm Ngọc Thạch", "phòng thí nghiệm Đặng Văn Ngữ", "thư viện …")
const BUILDING_BEFORE =
  /(?:^|[^a-z])(?:khu nha|toa nha|day nha|giang duong|hoi truong|phong hop|phong thi nghiem|phong truyen thong|thu vien|nha van hoa|nha thi dau)[ \t]+$/;

export function dropHospitalNames(ctx: Ctx): void {
  const { p } = ctx;
  ctx.out = ctx.out.filter((c) => {
    if (c.kind !== 'NAME' && c.kind !== 'ADDRESS') return true;
    // round 13: "Sở Y" of "Sở Y tế", "Trạm Y" of "Trạm Y tế": a name does not end in the Y of "Y tế"
    if (c.kind === 'NAME' && /(?:^|[ \t])Y$/u.test(p.norm.slice(c.start, c.end)) && /^[ \t]+tế(?![\p{L}])/iu.test(p.norm.slice(c.end, c.end + 5))) return false;
    // round 14: a street at a crossroads ("ngã tư Lê Lợi – Hùng Vương")
    if (c.kind === 'NAME' && CROSSROADS.test(p.fold.slice(Math.max(0, c.start - 40), c.start))) return false;
    if (c.kind === 'NAME' && /^\p{Lu}/u.test(p.norm[c.start]) && BUILDING_BEFORE.test(p.fold.slice(Math.max(0, c.start - 24), c.start).toLowerCase()))
      return false;
    if (!SHORT.has(p.fold.slice(c.start, c.end).toLowerCase())) return true;
    // round 14: a unit of the hospital before its short name ("Trung tâm Đột quỵ Bạch Mai")
    if (UNIT_BEFORE.test(p.fold.slice(Math.max(0, c.start - 40), c.start))) return false;
    return !MOVE.test(p.fold.slice(Math.max(0, c.start - 16), c.start));
  });
}
