// Round 13: the comment section of a news item or a fan-page post. Under a "Bình luận" /
// "Comments" heading every line opens with the commenter's display name, whatever its words:
// "Hoa Sen Tím:", "Mẹ Sóc Bình Liêu:", "thuy nguyen:", "↳ Giàng A Páo:". A display name is
// chosen by a person and often says who they are (a child's nickname, a home town), so it is
// flagged whole; a reply signed by a hospital or another organisation is not. Round 13b: the
// author of a post or a comment wherever its header line shows one ("Name · 2 giờ trước"), a
// member @tagged by display name, the author of a shared post.
import { type Ctx, noNameAt } from './context';

const HEADING = /^[ \t]*(?:💬[ \t]*)?(?:[—–-][ \t]*)?(?:bình luận|binh luan|comments?)(?:[ \t]*\(\d+\))?[ \t]*(?:[—–-][ \t]*)?:?[ \t]*$/imu;
// one comment: "Tên: …", "↳ Tên: …", "- Tên: …", "💬 Bình luận – Tên: …"
const LINE = /^[ \t]*(?:↳|↪|>|[-–•*]|💬[ \t]*(?:bình luận|binh luan)[ \t]*[—–-])?[ \t]*([^:\n]{2,40}?)[ \t]*:[ \t]/iu;
/** A reply by the page or an organisation, not a person. */
const ORGANISATION =
  /^(?:bệnh viện|benh vien|bv|trung tâm|trung tam|ttyt|trạm|tram|phòng khám|phong kham|khoa|sở|so y te|báo|bao|đài|dai|quỹ|quy|hội|hoi|câu lạc bộ|clb|nhóm|nhom|page|fanpage|admin|quản trị|quan tri|ban biên tập|tòa soạn)(?![\p{L}])/iu;
/** Staff titles before a commenter's name stay outside the span, as elsewhere. */
const TITLE = /^(?:(?:bs|bác sĩ|bac si|ths|ts|đd|dd|dr)\.?[ \t]+)+/iu;

/** A post's or a comment's header line: the author, then when ("Minh Trí Nguyễn · 2 giờ trước", "Ngọc Lan • 03/11/2025"). */
const AUTHOR_LINE =
  /(?:^|\n)[ \t]*(\p{Lu}[\p{L}\p{M}'’]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’]*){0,4})[ \t]+[·•][ \t]+(?:\d{1,2}[ \t]*(?:giây|phút|giờ|ngày|tuần|tháng|năm|p|h|d|w|m|y|mins?|hrs?|hours?|days?)[ \t]*(?:trước|ago)?|vừa xong|hôm qua|just now|yesterday|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2} tháng \d{1,2})[ \t]*(?=\n|$|[·•])/gu;
/** "@Minh Trí Nguyễn": a member tagged by display name in a comment or a post. */
const TAG = /(?<![\p{L}\d@.])@(\p{Lu}[\p{Ll}\p{M}'’]*(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’]*){0,3})(?![\p{L}\d])/gu;
/** A share line: "Tuan Anh Pham da chia se bai viet cua Hoa Nguyen" (folded). */
const SHARED_FROM = /(?:chia se|shared)[ \t]+(?:bai viet|mot bai viet|post|a post|bai dang)[ \t]+(?:cua|of|from)[ \t]+/g;

/** Round 13b: authors' header lines, @tags and the author of a shared post, anywhere in the text. */
export function detectPostAuthors(ctx: Ctx): void {
  const { p, out } = ctx;
  const norm = p.norm;
  let m: RegExpExecArray | null;
  const person = (start: number, text: string) => {
    if (ORGANISATION.test(text) || noNameAt(ctx, start)) return;
    out.push({ kind: 'NAME', start, end: start + text.length });
  };
  if (/[·•]/.test(norm)) {
    AUTHOR_LINE.lastIndex = 0;
    while ((m = AUTHOR_LINE.exec(norm))) person(m.index + m[0].indexOf(m[1]), m[1]);
  }
  if (norm.includes('@')) {
    TAG.lastIndex = 0;
    while ((m = TAG.exec(norm))) person(m.index + 1, m[1]);
  }
  SHARED_FROM.lastIndex = 0;
  while ((m = SHARED_FROM.exec(p.fold))) {
    const name = /^\p{Lu}[\p{L}\p{M}'’]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’]*){0,3}/u.exec(norm.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (name) person(m.index + m[0].length, name[0]);
  }
}

export function detectCommentNames(ctx: Ctx): void {
  const { p, out } = ctx;
  const norm = p.norm;
  const head = HEADING.exec(norm);
  if (!head) return;
  let pos = head.index + head[0].length;
  while (pos < norm.length) {
    const nl = norm.indexOf('\n', pos + 1);
    const end = nl < 0 ? norm.length : nl;
    const line = norm.slice(pos, end).replace(/^\n/, '');
    const lineStart = end - line.length;
    pos = end;
    if (!line.trim()) {
      // a blank line closes the section unless another comment follows it
      if (!LINE.test(norm.slice(end + 1, norm.indexOf('\n', end + 1) < 0 ? norm.length : norm.indexOf('\n', end + 1)))) break;
      continue;
    }
    const m = LINE.exec(line);
    if (!m) continue;
    let label = m[1];
    let start = lineStart + m.index + m[0].indexOf(label);
    const title = TITLE.exec(label)?.[0].length ?? 0;
    label = label.slice(title);
    start += title;
    const words = label.split(/[ \t]+/).filter(Boolean);
    if (!words.length || words.length > 6 || ORGANISATION.test(label) || /[\d@#/]/.test(label) || !/^[\p{L}]/u.test(label)) continue;
    // a province or a facility found by the context opening the label is a page ("Sở Y tế Sơn La")
    if (noNameAt(ctx, start)) continue;
    out.push({ kind: 'NAME', start, end: start + label.length });
  }
}
