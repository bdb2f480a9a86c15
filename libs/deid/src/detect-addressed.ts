// Round 13: a person greeted or thanked by name ("Chào Toàn 👋", "Cảm ơn Linh nhiều", "Hi
// Nattaya"), and a speaker named after a quotation in English news ('…," Trực said.'). The
// greeting must be followed by a listed given name (or, in English, any capitalised word that is
// not a title); the attribution by "said / says / added / told …". Round 13c: the sender and the
// recipients of an e-mail by their header lines ("From: Linh Pham <linh.pham@…>"); the header's
// own label ("To:") is no name.
import { nameWords } from './detect-chat';
import { GIVEN_NAME_SET } from './name-sets';
import { type Ctx, noNameAt } from './context';
import { inSet } from './text';

const GIVEN = GIVEN_NAME_SET;
// (no "i" flag: it would let \p{Lu} match lower case)
const GREETING =
  /(?<![\p{L}])(?:[Cc]hào|[Cc]hao|[Cc]ảm ơn|[Cc]ám ơn|[Cc]am on|[Hh]i|[Hh]ello|[Dd]ear|[Tt]hanks|[Tt]hank you)[ \t]+(\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\d])/gu;
/** Titles and groups after a greeting (not a name): "Chào Bác sĩ", "Cảm ơn Bệnh viện", "Hi Team". */
const NOT_GREETED =
  /^(?:anh|chị|em|ông|bà|cô|chú|bác|cháu|bé|mẹ|bố|cả|các|mọi|bệnh|bác sĩ|bs|khoa|phòng|ban|đoàn|quý|team|all|everyone|doctor|dr|sir|madam|mr|mrs|ms|nurse|you)(?![\p{L}])/iu;
const ATTRIBUTION =
  /[”"][ \t]+(\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}]+){0,2})[ \t]+(?:said|says|added|adds|told|explained|recalled|wrote|noted|recounted)(?![\p{L}])/gu;
const PRONOUN = /^(?:He|She|They|It|We|I|You|The|This|That|Doctors|Police|Officials)$/;

export function detectAddressedNames(ctx: Ctx): void {
  const { p, out } = ctx;
  const norm = p.norm;
  let m: RegExpExecArray | null;
  GREETING.lastIndex = 0;
  while ((m = GREETING.exec(norm))) {
    const name = m[1];
    if (NOT_GREETED.test(name)) continue;
    const words = name.split(/[ \t]/);
    // Vietnamese: every word a listed given name ("Chào Toàn", "Cảm ơn Thu Hà"); English greetings take any name
    const english = /^(?:hi|hello|dear|thanks|thank you)/i.test(m[0]);
    if (!english && !words.every((w) => inSet(GIVEN, w))) continue;
    // an English greeting takes one word, not an organisation ("Dear Lumina Health", "Dear International Patient Office")
    if (english && (words.length > 1 || /^[ \t]+\p{Lu}/u.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 2)))) continue;
    const start = m.index + m[0].length - name.length;
    // a country, a province or a facility greeted ("chào Việt Nam")
    if (noNameAt(ctx, start)) continue;
    out.push({ kind: 'NAME', start, end: start + name.length });
  }
  ATTRIBUTION.lastIndex = 0;
  while ((m = ATTRIBUTION.exec(norm))) {
    if (PRONOUN.test(m[1].split(/[ \t]/)[0])) continue;
    const start = m.index + m[0].indexOf(m[1]);
    out.push({ kind: 'NAME', start, end: start + m[1].length });
  }
}

/** An e-mail header line with a display name before the address. */
const MAIL_HEADER =
  /(?:^|\n)[ \t>]*(?:From|To|Cc|Bcc|Reply-To|Từ|Đến|Gửi|Người gửi|Người nhận)[ \t]*:[ \t]*["“]?([^<>"“”\n,;:]{2,60}?)["”]?[ \t]*<[^<>\n@]+@[^<>\n]+>/gu;
/** A display name that is an organisation, not a person. */
const MAIL_ORGANISATION =
  /(?:^|[ \t])(?:hospital|clinic|insurance|assist(?:ance)?|team|department|office|desk|services?|group|claims|pharmacovigilance|vietnam|asia|pacific|bệnh viện|phòng|khoa|trung tâm|công ty|bảo hiểm|no-?reply)(?![\p{L}])/iu;
// round 14: the Vietnamese ones, photo and article credits, a signature's and a note's label
const HEADER_LABEL = /^(?:From|To|Cc|Bcc|Subject|Date|Sent|Re|Fw|Fwd|Từ|Đến|Gửi|Ảnh|Bài|Bài,? (?:và )?ảnh|Video|Clip|Nguồn|Ký|Ky|Lưu ý|Luu y)$/iu;

export function detectMailHeaders(ctx: Ctx): void {
  const { norm } = ctx.p;
  if (!norm.includes('@')) return;
  let m: RegExpExecArray | null;
  MAIL_HEADER.lastIndex = 0;
  while ((m = MAIL_HEADER.exec(norm))) {
    const name = m[1].trim();
    if (!/^\p{Lu}/u.test(name) || name.split(/[ \t]+/).length > 5 || MAIL_ORGANISATION.test(name)) continue;
    const start = m.index + m[0].indexOf(m[1]) + (m[1].length - m[1].trimStart().length);
    ctx.out.push({ kind: 'NAME', start, end: start + name.length });
  }
}

/** A header's label at a line start before its colon ("To: Kim Soo-jin") is no name. */
export function dropMailHeaderLabels(ctx: Ctx): void {
  const { norm } = ctx.p;
  ctx.out = ctx.out.filter(
    (c) =>
      c.kind !== 'NAME' ||
      !HEADER_LABEL.test(norm.slice(c.start, c.end)) ||
      !/(?:^|\n)[ \t>]*$/.test(norm.slice(Math.max(0, c.start - 8), c.start)) ||
      !/^[ \t]*:/.test(norm.slice(c.end, c.end + 3)),
  );
}

/** "I am Anh, nurse", "my name is Hoa", "this is Dr Minh": a speaker introducing themself in English. */
const SELF_INTRO =
  /(?<![\p{L}])(?:I am|I'm|I’m|[Mm]y name is|[Tt]his is)[ \t]+(?:(?:Dr|Mr|Ms|Mrs|Nurse)\.?[ \t]+)?(\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+){0,2})(?![\p{L}])/gu;

/** Round 14: the Vietnamese name a speaker gives in an English message. */
export function detectSelfIntroductions(ctx: Ctx): void {
  const { p, out } = ctx;
  let m: RegExpExecArray | null;
  SELF_INTRO.lastIndex = 0;
  while ((m = SELF_INTRO.exec(p.norm))) {
    if (!nameWords(m[1].split(/[ \t]+/))) continue;
    const start = m.index + m[0].length - m[1].length;
    if (noNameAt(ctx, start)) continue;
    out.push({ kind: 'NAME', start, end: start + m[1].length });
  }
}
