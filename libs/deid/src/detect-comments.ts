// Round 13: the comment section of a news item or a fan-page post. Under a "Bình luận" /
// "Comments" heading every line opens with the commenter's display name, whatever its words:
// "Hoa Sen Tím:", "Mẹ Sóc Bình Liêu:", "thuy nguyen:", "↳ Giàng A Páo:". A display name is
// chosen by a person and often says who they are (a child's nickname, a home town), so it is
// flagged whole; a reply signed by a hospital or another organisation is not.
import type { Ctx } from './context';
import { tokenAtOffset } from './text';

const HEADING = /^[ \t]*(?:💬[ \t]*)?(?:[—–-][ \t]*)?(?:bình luận|binh luan|comments?)(?:[ \t]*\(\d+\))?[ \t]*(?:[—–-][ \t]*)?:?[ \t]*$/imu;
// one comment: "Tên: …", "↳ Tên: …", "- Tên: …", "💬 Bình luận – Tên: …"
const LINE = /^[ \t]*(?:↳|↪|>|[-–•*]|💬[ \t]*(?:bình luận|binh luan)[ \t]*[—–-])?[ \t]*([^:\n]{2,40}?)[ \t]*:[ \t]/iu;
/** A reply by the page or an organisation, not a person. */
const ORGANISATION =
  /^(?:bệnh viện|benh vien|bv|trung tâm|trung tam|ttyt|trạm|tram|phòng khám|phong kham|khoa|sở|so y te|báo|bao|đài|dai|quỹ|quy|hội|hoi|câu lạc bộ|clb|nhóm|nhom|page|fanpage|admin|quản trị|quan tri|ban biên tập|tòa soạn)(?![\p{L}])/iu;
/** Staff titles before a commenter's name stay outside the span, as elsewhere. */
const TITLE = /^(?:(?:bs|bác sĩ|bac si|ths|ts|đd|dd|dr)\.?[ \t]+)+/iu;

export function detectCommentNames(ctx: Ctx): void {
  const { p, out, tokens, noName } = ctx;
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
    const i = tokenAtOffset(tokens, start);
    if (tokens[i]?.start === start && noName[i] === 1) continue;
    out.push({ kind: 'NAME', start, end: start + label.length });
  }
}
