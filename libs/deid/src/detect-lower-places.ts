// Round 18: places typed in lower case without accents in chats, where the address rules want a
// capital, a number or a gazetteer name after the unit word:
// - a hamlet or village and its name: "thon dong trang", "plei ia ring", "buon ko tam", "ban na
//   hin", "ap tai sum," (the chain completes the parts after it: "xom na ca, xa quang han");
// - a ward or district named without its unit word where someone lives: "nha o go vap", "que cao
//   lanh", never a province;
// - a street after "tren / o duong" or after a house number before its ward: "tren duong pham van
//   dong", "so 214 luong nhu hoc, phuong 11".
// - (round 19) a bare house number, its street and the ward or district after a comma, with or
//   without unit words: "42/7 le duc tho, p6, go vap", "18 hang bong, hoan kiem".
// Units that are also everyday words typed without accents (buồn, bạn, làng/lắng, áp, bốn) need a
// higher unit after the name, a highland or Thái name, or (áp) the end of the part.
import type { Ctx } from './context';
import { KIN_FOLDED, LETTER_CUES } from './model/features';
import { DISTRICT_NAMES_FOLDED, PLACE_NAMES_FOLDED, PROVINCE_NAMES_FOLDED } from './place-names';
import { type Token, isVietSyllable } from './text';

/** Provinces, centrally-run cities and their common names stay outside an address (folded). */
const PROVINCES_FOLDED = new Set([...PROVINCE_NAMES_FOLDED, 'sai gon', 'ha noi', 'hcm', 'tphcm']);

/** Village units typed without accents (folded). */
export const VILLAGE_UNITS: ReadonlySet<string> = new Set(['thon', 'plei', 'phum', 'xom', 'buon', 'ban', 'lang', 'ap', 'bon', 'soc', 'khom']);
const VILLAGE = VILLAGE_UNITS;
/** … of those, the ones that are no everyday word. */
const PLAIN_UNIT = new Set(['thon', 'plei', 'phum', 'xom']);
/** Words that say where someone lives before a place ("que cao lanh", "tru ..."), folded; "o" only after "nha / song / tru / ngu". */
const RESIDENCE = new Set(['que', 'tru', 'ngu']);
const RESIDENCE_BEFORE_O = new Set(['nha', 'song', 'tru', 'ngu', 'que', 'dang']);
/** Words that make a role of a village unit after them (trưởng thôn, phó ấp, già làng). */
const VILLAGE_ROLE = new Set(['truong', 'pho', 'gia']);
/** Higher units that may follow a village's name ("xom na ca, xa quang han"). */
const HIGHER = new Set(['xa', 'phuong', 'p', 'tt', 'thi', 'huyen', 'quan', 'q', 'tx', 'tp', 'h']);
/** "áp" typed without accents before these is a word ("ap luc", "ap xe", "ap dung"), not "ấp". */
const AP_EVERYDAY = new Set('luc xe dung sat suat dao chot giai ke thap cao trong vao lanh nong mach cho tu ma gan'.split(' '));
/** First syllables of Thái and Tày village names after "ban" ("ban na hin", "ban pa khen", "ban khuoi khon"). */
const THAI_START = new Set(['na', 'pa', 'huoi', 'khuoi', 'phieng', 'khau', 'lung', 'hin', 'pom', 'noong', 'nong', 'coc', 'cang', 'muong']);
/** First syllables of highland village names (Ê Đê, Jrai, Bahnar, Cơ Ho, Mnông …). */
const HIGHLAND_START = new Set(['ea', 'ko', 'kon', 'dak', 'krong', 'ia', 'cu', 'bu', 'ale', 'kla', 'klong', 'dlie', 'dray', 'jun', 'trap']);
/** Words that end a place's name: function words, particles and verbs of chat (folded). */
const STOP = new Set(
  (
    'nha nhe nhen a ah ak r roi oi nhi ha ko k khong co la va voi de o thi ma cua bi da dang se chua con ' +
    'hom nay mai luc sang chieu toi dem di ve den tu tai cho ben gan moi cung deu van vua sap ai gi dau ' +
    'sao bao nhieu may nguoi ong ba anh chi em chu bac chau be me bo vo ck vk tre dan ho kia do day hay ' +
    'ok oke dc duoc lam xong can phai muon tiem kham sinh om benh sot nghi chet mat tuoi thang ngay tuan ' +
    't sdt so xe e c m mk minh tui tao ra vao len xuong doc nhac goi hop an uong chay ung gop giup ngap ' +
    'thong tren duoi ngoai trong'
  ).split(' '),
);

const lowerPlain = (t: Token) => /^\p{Ll}+(?:['’]\p{Ll}+)?$/u.test(t.text) && !t.d;

/**
 * The syllables of a lower-case place name from token j: up to `max`, stopping at a stop word, a
 * higher unit or a gap (a village unit opens no name but may be inside one: "thon dak lang"; a
 * highland name may open on a word that is a stop word in Vietnamese: "buon ko tam").
 */
function nameRun(ctx: Ctx, j: number, max: number, highland = false): number {
  const { tokens, p } = ctx;
  let k = j;
  while (k < tokens.length && k - j < max) {
    const t = tokens[k];
    const opening = k === j;
    if (!lowerPlain(t) || HIGHER.has(t.f) || (STOP.has(t.f) && !(opening && highland)) || (opening && VILLAGE.has(t.f))) break;
    if (k > j && !/^[ \t]$/.test(p.norm.slice(tokens[k - 1].end, t.start))) break;
    k++;
  }
  return k - j;
}

const separated = (ctx: Ctx, a: Token, b: Token) => /^[ \t]$/.test(ctx.p.norm.slice(a.end, b.start));

/** A higher unit right after the name, or after a comma ("… na ca, xa quang han", "… ba so xa ngai xuyen"). */
function higherAfter(ctx: Ctx, k: number): boolean {
  const { tokens, p } = ctx;
  if (k >= tokens.length) return false;
  const gap = p.norm.slice(tokens[k - 1].end, tokens[k].start);
  return /^[ \t]*,?[ \t]*$/.test(gap) && HIGHER.has(tokens[k].f) && !tokens[k].d;
}

/** The name ends its part: a comma, a full stop, a line end or the text's end after it. */
function endsPart(ctx: Ctx, k: number): boolean {
  const { tokens, p } = ctx;
  const gap = k < tokens.length ? p.norm.slice(tokens[k - 1].end, tokens[k].start) : '';
  return k >= tokens.length || /^[ \t]*[,.;\n)]/.test(gap);
}

/** Words that end a street's name in a chat (folded). */
const STREET_STOP = new Set(
  'nha nhe nhen a ah r roi oi nhi ha ko k khong co la va voi de thi ma cua bi da dang se chua con hom nay mai luc sang chieu toi dem di ve den tu tai cho gan ben xe dc duoc ok lam'.split(
    ' ',
  ),
);
/** Words before "duong / pho" that make it a street ("tren duong", "o duong", "so 44 duong"). */
const STREET_BEFORE = new Set(['tren', 'o', 'tai', 'den', 'qua', 'gan', 'cuoi', 'dau', 'doan', 'mat', 'nga']);

/** A street's name from token j: 2–4 plain syllables up to the end of the part or a higher unit. */
function streetRun(ctx: Ctx, j: number): number {
  const { tokens } = ctx;
  let k = j;
  while (k < tokens.length && k - j < 4) {
    const t = tokens[k];
    if (!lowerPlain(t) || STREET_STOP.has(t.f) || HIGHER.has(t.f) || (k > j && !separated(ctx, tokens[k - 1], t))) break;
    k++;
  }
  const len = k - j;
  if (len < 2 || len > 4) return 0;
  return endsPart(ctx, k) || higherAfter(ctx, k) || (k < tokens.length && /^\p{Lu}/u.test(tokens[k].text)) ? len : 0;
}

/**
 * Round 19: the part that starts after a comma at token k — a unit and its number or name ("p6",
 * "phuong 11", "q.binh thanh"), or a ward or district named without its unit word ("ben nghe", "go
 * vap"), never a province — and the token after it; −1 when there is none.
 */
function partAfter(ctx: Ctx, k: number): number {
  const { tokens, p } = ctx;
  if (k >= tokens.length || !/^[ \t]*,[ \t]*$/.test(p.norm.slice(tokens[k - 1].end, tokens[k].start))) return -1;
  const t = tokens[k];
  if (HIGHER.has(t.f) && !t.d && k + 1 < tokens.length && /^[ \t.]{0,2}$/.test(p.norm.slice(t.end, tokens[k + 1].start))) {
    if (/^\d{1,2}$/.test(tokens[k + 1].text)) return k + 2;
    // (a gazetteer name first: "phuong ben nghe", whose "ben" would end a name run)
    const named = gazetteerAt(ctx, k + 1);
    if (named > 0) return named;
    const len = nameRun(ctx, k + 1, 3);
    return len ? k + 1 + len : -1;
  }
  return gazetteerAt(ctx, k);
}

/** A ward or district of the gazetteer typed in lower case from token k, ending its part; the token after it, or −1. */
function gazetteerAt(ctx: Ctx, k: number): number {
  const { tokens } = ctx;
  for (let len = 3; len >= 1; len--) {
    const run = tokens.slice(k, k + len);
    if (run.length < len || !run.every(lowerPlain) || run.some((r, n) => n > 0 && !separated(ctx, run[n - 1], r))) continue;
    const name = run.map((r) => r.f).join(' ');
    const ends = endsPart(ctx, k + len) || STOP.has(tokens[k + len].f);
    if ((DISTRICT_NAMES_FOLDED.has(name) || (len > 1 && PLACE_NAMES_FOLDED.has(name))) && !PROVINCES_FOLDED.has(name) && ends) return k + len;
  }
  return -1;
}

/** The token after the last of up to three parts from token k (k itself when there is none). */
function partsAfter(ctx: Ctx, k: number): number {
  let next = k;
  for (let n = 0; n < 3; n++) {
    const e = partAfter(ctx, next);
    if (e < 0) break;
    next = e;
  }
  return next;
}

/** Words before a number that make it a room, a bed, a floor, a dose or a count, not a house (folded). */
const NOT_HOUSE_BEFORE = new Set('phong p giuong g tang lau vien ong goi tuan ngay thang nam tuoi so stt ban ghe xe tau khoa ca toa'.split(' '));

/** Round 19: a bare house number, its street and a ward or district after a comma ("42/7 le duc tho, p6, go vap", "23 le thanh ton, ben nghe, q1"). */
function houseAt(ctx: Ctx, i: number): { start: number; end: number; next: number } | null {
  const { tokens, p } = ctx;
  const t = tokens[i];
  if (!/^\d{1,4}[a-z]?$/.test(t.text)) return null;
  // (round 20: a lane of Đà Nẵng and Huế typed "k" for kiệt, "k45/8 ham nghi, p.thac gian")
  const lane = i > 0 && tokens[i - 1].text === 'k' && tokens[i - 1].end === t.start ? 1 : 0;
  const first = i - lane;
  if (first > 0) {
    const gap = p.norm.slice(tokens[first - 1].end, tokens[first].start);
    // (round 21: also the first thing after a colon or a comma, "em trai: k45/8 ham nghi, p.thac gian")
    const spaced = /^[ \t]+$/.test(gap);
    if (!(spaced || /^[ \t]*[:,][ \t]*$/.test(gap)) || (spaced && (!lowerPlain(tokens[first - 1]) || NOT_HOUSE_BEFORE.has(tokens[first - 1].f)))) return null;
  }
  let k = i + 1;
  while (k + 1 < tokens.length && /^[/-]$/.test(p.norm.slice(tokens[k - 1].end, tokens[k].start)) && /^\d{1,4}[a-z]?$/.test(tokens[k].text)) k++;
  if (k >= tokens.length || !separated(ctx, tokens[k - 1], tokens[k])) return null;
  const len = streetRun(ctx, k);
  if (!len || partAfter(ctx, k + len) < 0) return null;
  const next = partsAfter(ctx, k + len);
  return { start: tokens[first].start, end: tokens[next - 1].end, next };
}

/** "so 214 luong nhu hoc, phuong 11", "tren duong nguyen tat thanh," "o duong thanh nien luc 5h": a street typed in lower case. */
function streetAt(ctx: Ctx, i: number): { start: number; end: number; next: number } | null {
  const { tokens, p } = ctx;
  const t = tokens[i];
  // a house number: "so 214", "sn 12", "so 45/12"
  if (
    (t.f === 'so' || t.f === 'sn') &&
    lowerPlain(t) &&
    i + 1 < tokens.length &&
    /^\d{1,4}[a-z]?$/.test(tokens[i + 1].text) &&
    separated(ctx, t, tokens[i + 1])
  ) {
    let k = i + 2;
    while (k + 1 < tokens.length && /^[/-]$/.test(p.norm.slice(tokens[k - 1].end, tokens[k].start)) && /^\d{1,4}[a-z]?$/.test(tokens[k].text)) k++;
    if (k < tokens.length && (tokens[k].f === 'duong' || tokens[k].f === 'pho') && separated(ctx, tokens[k - 1], tokens[k])) k++;
    if (k >= tokens.length || !separated(ctx, tokens[k - 1], tokens[k])) return null;
    const len = streetRun(ctx, k);
    // (after a bare number the street must lead on to its ward: "so 214 luong nhu hoc, phuong 11")
    // (round 19: or to a ward or district named without its unit word, "so 23 le thanh ton, ben nghe")
    if (!len || (tokens[k - 1].f !== 'duong' && tokens[k - 1].f !== 'pho' && !higherAfter(ctx, k + len) && partAfter(ctx, k + len) < 0)) return null;
    const next = partsAfter(ctx, k + len);
    return { start: t.start, end: tokens[next - 1].end, next };
  }
  if (
    (t.f === 'duong' || t.f === 'pho') &&
    lowerPlain(t) &&
    i > 0 &&
    i + 1 < tokens.length &&
    separated(ctx, tokens[i - 1], t) &&
    separated(ctx, t, tokens[i + 1])
  ) {
    if (!STREET_BEFORE.has(tokens[i - 1].f) || tokens[i - 1].d) return null;
    const len = streetRun(ctx, i + 1);
    return len ? { start: t.start, end: tokens[i + len].end, next: i + 1 + len } : null;
  }
  return null;
}

/** Round 19: an address found already holds the whole span (a part found alone, "42/7", does not). */
function covered(ctx: Ctx, start: number, end: number): boolean {
  return ctx.out.some((c) => c.kind === 'ADDRESS' && c.start <= start && end <= c.end);
}

function inAddress(ctx: Ctx, start: number, end: number): boolean {
  return ctx.out.some((c) => c.kind === 'ADDRESS' && c.start < end && start < c.end);
}

export function detectLowerPlaces(ctx: Ctx): void {
  const { tokens, noName, out } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const house = noName[i] ? null : houseAt(ctx, i);
    if (house) {
      // (a house number the address rules took alone, "42/7", grows into its street and ward)
      if (!covered(ctx, house.start, house.end)) out.push({ kind: 'ADDRESS', start: house.start, end: house.end });
      i = house.next - 1;
      continue;
    }
    if (!lowerPlain(t) || noName[i]) continue;
    const street = streetAt(ctx, i);
    if (street) {
      if (!covered(ctx, street.start, street.end)) out.push({ kind: 'ADDRESS', start: street.start, end: street.end });
      i = street.next - 1;
      continue;
    }
    const prev = i > 0 && separated(ctx, tokens[i - 1], t) ? tokens[i - 1] : null;
    const before = i > 1 && prev && separated(ctx, tokens[i - 2], prev) ? tokens[i - 2] : null;
    const cue = !!prev && !prev.d && (RESIDENCE.has(prev.f) || (prev.f === 'o' && !!before && RESIDENCE_BEFORE_O.has(before.f)));
    // a hamlet or village and its name
    // (not a role: "truong thon le van binh", "pho ap", "gia lang y bhim" name the person after them)
    if (VILLAGE.has(t.f) && separated(ctx, t, tokens[i + 1]) && !(prev && VILLAGE_ROLE.has(prev.f))) {
      const first = tokens[i + 1];
      const highland = !isVietSyllable(first.f.replace(/['’]/g, '')) || HIGHLAND_START.has(first.f);
      const len = nameRun(ctx, i + 1, highland ? 3 : 2, highland);
      if (!len) continue;
      const end = i + 1 + len;
      const plain = PLAIN_UNIT.has(t.f) && !(t.f === 'xom' && prev && (prev.f === 'hang' || prev.f === 'lang'));
      const ok =
        plain ||
        higherAfter(ctx, end) ||
        (highland && (t.f === 'buon' || t.f === 'lang' || t.f === 'bon')) ||
        (t.f === 'ban' && THAI_START.has(first.f) && len >= 2) ||
        (t.f === 'ap' && len >= 2 && !AP_EVERYDAY.has(first.f) && endsPart(ctx, end));
      if (ok && !inAddress(ctx, t.start, tokens[end - 1].end)) out.push({ kind: 'ADDRESS', start: t.start, end: tokens[end - 1].end });
      i = end - 1;
      continue;
    }
    // a ward or district without its unit word after a verb of place
    if (cue) {
      for (let len = 3; len >= 2; len--) {
        if (i + len > tokens.length) continue;
        const run = tokens.slice(i, i + len);
        if (!run.every(lowerPlain) || run.some((r, k) => k > 0 && !separated(ctx, run[k - 1], r))) continue;
        const name = run.map((r) => r.f).join(' ');
        if ((!DISTRICT_NAMES_FOLDED.has(name) && !PLACE_NAMES_FOLDED.has(name)) || PROVINCES_FOLDED.has(name)) continue;
        // … the whole name: not the start of a longer phrase ("o tan phu trung" is left to the chain)
        const after = i + len < tokens.length ? tokens[i + len] : null;
        if (after && separated(ctx, run[len - 1], after) && lowerPlain(after) && !STOP.has(after.f) && !HIGHER.has(after.f)) continue;
        const end = run[len - 1].end;
        if (!inAddress(ctx, t.start, end) && !run.some((_, k) => noName[i + k])) out.push({ kind: 'ADDRESS', start: t.start, end });
        i += len - 1;
        break;
      }
    }
  }
}

/**
 * Round 20: words before a person typed without accents (folded): kinship (without "dượng", which is
 * also "đường" before a street), the chat letters a / c / e, spouse, patient and "tên / là".
 */
const PERSON_CUE = new Set([...[...KIN_FOLDED].filter((w) => w !== 'duong'), ...LETTER_CUES, ...'bn nhan vo chong con ten la'.split(' ')]);

/**
 * Round 20: Ngô, Dương and Phó typed without accents are "ngõ", "đường" and "phố". When a person cue
 * comes right before ("bn ngo thi hoa", "ong duong van canh") and a name was found on the very same
 * words, they are a person, not a lane or a street: the address is dropped ("o duong van cao" stays).
 */
export function dropPersonStreets(ctx: Ctx): void {
  const { p } = ctx;
  const names = new Set(ctx.out.filter((c) => c.kind === 'NAME').map((c) => `${c.start}:${c.end}`));
  if (!names.size) return;
  ctx.out = ctx.out.filter((c) => {
    if (c.kind !== 'ADDRESS' || !names.has(`${c.start}:${c.end}`)) return true;
    const words = p.norm.slice(c.start, c.end);
    if (words !== p.fold.slice(c.start, c.end) || !/^(?:ngo|duong|pho)[ \t]/.test(words)) return true;
    const before = /([a-z]+)[ \t]+$/.exec(p.fold.slice(Math.max(0, c.start - 16), c.start));
    return !(before && PERSON_CUE.has(before[1]));
  });
}

/**
 * Round 21: a district of Ho Chi Minh City typed glued in lower case ("c hanh q7 500k", "qua q7 len
 * bv"), never a dosing interval ("q6h", "q4-6h", "q2 ngay") or a numbered question ("q1:"); and a ward's number
 * glued before its district ("p3 go vap"), the district a gazetteer name.
 */
const GLUED_DISTRICT =
  /(?<![\p{L}\d./-])(?:p(?:[1-9]|1\d|2[0-8])[ \t]([a-z]+(?:[ \t][a-z]+){0,2})|q(?:[1-9]|1[0-2]))(?![\p{L}\d]|[.,/:-]\d|[ \t]*:|[ \t]+(?:ngay|gio|tuan|h)(?![\p{L}]))/gu;

export function detectGluedDistricts(ctx: Ctx): void {
  const { p, out } = ctx;
  if (!/[pq]\d/.test(p.norm)) return;
  for (const m of p.norm.matchAll(GLUED_DISTRICT)) {
    const start = m.index;
    let end = start + m[0].length;
    if (m[1] !== undefined) {
      const words = m[1].split(/[ \t]/);
      let len = words.length;
      while (len > 0 && !DISTRICT_NAMES_FOLDED.has(words.slice(0, len).join(' '))) len--;
      if (!len) continue;
      end = start + m[0].length - m[1].length + words.slice(0, len).join(' ').length;
    }
    if (!covered(ctx, start, end)) out.push({ kind: 'ADDRESS', start, end });
  }
}
