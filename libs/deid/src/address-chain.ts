// Round 12: an address is a chain of parts, and the rules often find only its middle (the
// ward, the hamlet). This pass completes a found address with the parts written around it:
// - right before it, in the same part: a street word and a house number ("so 7 ngo 12 …",
//   "47 Đường 2 Tháng 4"), a lower-case unit and its name ("xóm đồng bông xã ninh hải");
// - in the comma-separated parts before it (at most three): a house number and street ("27 Trần
//   Cao Vân"), a flat, room, tower or block ("Apt 2207", "P.1204", "tòa HH2A", "Flat 18-03"), a
//   named building or area after one of those or before a ward ("Sky Lake", "Ciputra urban
//   area"), a unit and its name in any case ("ap giong lon", "khu nhà ở công nhân");
// - in the parts after it (at most two): a district or city ("District 7", "Tay Ho District",
//   "Thu Duc City", "TP Thanh Hóa", "Haeundae-gu") or a bare place name of one to three
//   capitalised syllables that ends the chain ("Mỹ Đình 1", "An Phu").
// A part never crosses a line or a sentence end, never overlaps another kind of finding, and
// never takes a name the other rules found unless a house number comes first (a street named
// after a person), and never takes a province, a country or a facility.
import type { Ctx } from './context';
import { CLOSING_PARTICLES } from './data/vocab';
import { VILLAGE_UNITS } from './detect-lower-places';
import { DISTRICT_NAMES_FOLDED, PLACE_NAMES_FOLDED } from './place-names';
import { GIVEN_NAME_SET, SURNAME_SET } from './name-sets';
import { fold, inSet, isVietSyllable, tokenAtOffset } from './text';
import type { Candidate } from './types';

/** Unit words that open an address part (folded: lower case, no diacritics). */
const UNIT =
  '(?:ap|xom|thon|ban|buon|lang|plei|bon|soc|phum|khom|to dan pho|to|khu pho|khu nha o|khu vuc|kv|tieu khu|khu|kiet|hem|ngo|ngach|duong|pho|kdt|khu do thi|toa|block|lo|day|can ho|chung cu)';
const HOUSE = '(?:(?:so|sn|nha so|so nha)[ \\t]*)?\\d{1,5}[a-z]?(?:[/-]\\d{1,5}[a-z]?){0,3}';

/** Same part, right before the address (folded, anchored at the end). */
const HOUSE_THEN_STREET = new RegExp(`(?:^|[^a-z\\d/])(${HOUSE}[ \\t]+(?:(?:duong|pho|hem|ngo|kiet)[ \\t]+)?|(?:duong|pho|hem|ngo|kiet)[ \\t]+)$`);
// (round 18: never over a verb of place or a function word, "ben lang dang o xom trai")
const UNIT_RUN = new RegExp(`(?:^|[^a-z])(${UNIT}[ \\t]+(?:(?!(?:o|tai|dang|la|va|co|thi|cua|de|di|ve|den)[ \\t])[a-z\\d]+[ \\t]+){1,3})$`);

/** Whole parts before the address. `part` is the original text, `folded` its folded form. */
const HOUSE_PART =
  /^(?:(?:số|so|sn|nhà số|số nhà)[ \t]*)?\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?){0,3}[ \t]+(?:\p{Lu}[\p{L}\d]*|\d{1,2})(?:[ \t]+(?:\p{Lu}[\p{L}\d]*|\d{1,2}|tháng|Tháng)){0,5}$/u;
const FLAT_PART =
  /^(?:Apt\.?|Apartment|apartment|Flat|Room|Unit|Suite|Tower|tower|Block|Căn hộ|căn hộ|Căn|căn|Phòng|phòng|P\.|Tòa|tòa|Toà|toà|Tháp|tháp|Lô|lô)[ \t]*[A-Z\d][A-Z\d.-]{0,9}$|^\d{1,2}[.-]\d{2}$/u;
const UNIT_PART = new RegExp(`^${UNIT}[ \\t]+[a-z\\d][a-z\\d'-]*(?:[ \\t]+[a-z\\d][a-z\\d'-]*){0,3}$`);
/** A verb or label of residence in the part, right before a unit part that ends it (folded). */
const RESIDENCE = new RegExp(`(?:^|[ \\t])(?:tru|ngu|o|song o|nha o|tam tru|thuong tru|que|dia chi|dc|ve|tai|den)[ \\t:]+(?=${UNIT_PART.source.slice(1)})`);
const NAMED_PLACE =
  /^(?:The[ \t]+)?\p{Lu}[\p{L}\d'’]*(?:[ \t]+(?:\p{Lu}[\p{L}\d'’]*|\d{1,2}|urban area|industrial park|residential area|hamlet|village))?(?:[ \t]+\p{Lu}[\p{L}\d'’]*){0,2}$/u;
const AREA_SUFFIX =
  /(?:urban area|Urban Area|hamlet|Hamlet|village|Village|Industrial Park|Industrial Zone|Residential Area|Smart City|City|Tower [A-Z\d]{1,3}|Plaza|Residences?|Apartments?)$/u;

/** Parts after the address. */
const AFTER_PART =
  /^(?:District[ \t]+\d{1,2}|(?:\p{Lu}[\p{L}]*[ \t]+){0,3}\p{Lu}[\p{L}]*[ \t]+(?:District|City|Town|Province|Ward|Commune|district|city|town|province|ward|commune)|(?:TP\.?|Tp\.?|TX\.?|Q\.|Quận|quận|Huyện|huyện|Thị xã|thị xã|Thành phố|thành phố)[ \t]*\p{Lu}[\p{L}]*(?:[ \t]+\p{Lu}[\p{L}]*){0,3}|\p{Lu}[\p{L}]*(?:-\p{Ll}+)?-gu)(?=$|[ \t]*[,.;)\n])/u;
/** Round 17: the same typed in lower case without diacritics ("tx vinh chau", "huyen cu m'gar", "p.9", "tp vinh"; round 20: "q1", "p6"), folded. */
const LOWER_AFTER_PART =
  /^(?:(?:tp|tx|tt|thi xa|thi tran|thanh pho|q|quan|h|huyen|p|phuong|xa)(?:\.[ \t]?|[ \t]+)(?:\d{1,2}|[a-z]+(?:['’][a-z]+)?(?:[ \t]+[a-z]+(?:['’][a-z]+)?){0,3})|[qp]\d{1,2})(?=$|[ \t]*[,.;)\n])/;
const BARE_PLACE = /^\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){0,2}(?:[ \t]+\d{1,2})?(?=$|[ \t]*[,.;)\n])/u;

const BARE_WORDS = /^[\p{L}\d]+(?:[ \t]+[\p{L}\d]+){0,3}(?=$|[ \t]*[,.;)\n])/u;
/** A provincial city named like its province ("TP Thái Nguyên", "Ha Giang city"), not a centrally-run one. */
const PROVINCIAL_CITY =
  /^(?:(?:TP\.?|Tp\.?|Thành phố|thành phố)[ \t]*(?!Hà Nội|Hồ Chí Minh|HCM|Hải Phòng|Đà Nẵng|Cần Thơ|Huế)\p{Lu}|(?!Ha Noi|Hanoi|Ho Chi Minh|Hai Phong|Da Nang|Can Tho|Hue)\p{Lu}[\p{L}]*(?:[ \t]+\p{Lu}[\p{L}]*)?[ \t]+city)/u;

/** Round 17: a street named after a person (a family name first) or with its street word, right after a lane, folded. */
const LANE_STREET = /^[ \t]+(?:(?:duong|pho)[ \t]+)?[a-z]+(?:[ \t]+[a-z]+){1,3}(?=$|[ \t]*[,.;)"\n])/;
/** A particle that closes a chat message, not a street's last word. */
const TAIL_WORD = new RegExp(`[ \\t]+(?:${CLOSING_PARTICLES.join('|')})$`);

/**
 * Round 18: a lower-case unit and its name ends where the gazetteer's name ends, when it knows one
 * ("xa phu minh an tang" is "xa phu minh" and the burial); an unknown name is kept whole.
 */
function knownPrefix(m: RegExpExecArray | null): [string] | null {
  if (!m) return null;
  const words = m[0].split(/[ \t]+/);
  for (let unit = 1; unit <= 2 && unit < words.length; unit++) {
    for (let n = words.length - unit; n >= 1; n--) if (PLACE_NAMES_FOLDED.has(words.slice(unit, unit + n).join(' '))) return [firstWords(m[0], unit + n)];
  }
  return [m[0]];
}

/** The first n words of s (separated by spaces or tabs), as written. */
function firstWords(s: string, n: number): string {
  const re = /[^ \t]+/g;
  let end = 0;
  for (let k = 0; k < n; k++) {
    const w = re.exec(s);
    if (!w) break;
    end = w.index + w[0].length;
  }
  return s.slice(0, end);
}

/** Round 18: a district typed in lower case at the start of a part that goes on ("…, hai chau ma giay cu tru ghi …"). */
function lowerDistrictFirst(rest: string): [string] | null {
  const run = /^[a-z]+(?:[ \t]+[a-z]+){1,2}/.exec(rest)?.[0] ?? '';
  const words = run.split(/[ \t]+/);
  for (let n = words.length; n >= 2; n--) if (DISTRICT_NAMES_FOLDED.has(words.slice(0, n).join(' '))) return [firstWords(run, n)];
  return null;
}

/** An address that opens on a village unit (folded). */
const VILLAGE_START = new RegExp(`^(?:${[...VILLAGE_UNITS].join('|')})[ \\t]`);

/** Folded words that make a part a sentence, not an address part. */
const NOT_A_PART = /(?:^|[ \t])(?:va|voi|cua|la|thi|nhung|duoc|bi|da|dang|se|khi|de|cho|benh vien|bv|trung tam|tram|khoa|phong kham)(?:[ \t]|$)/;

/** Start of the part that ends at `end` (after the previous , ( : ; newline or ". "). */
function partStart(text: string, end: number): number {
  let i = end - 1;
  while (i >= 0 && !/[\n,(:;]/.test(text[i]) && !(text[i] === '.' && /\s/.test(text[i + 1] ?? ''))) i--;
  i++;
  while (i < end && /[ \t]/.test(text[i])) i++;
  return i;
}

/** A province, a country, a facility or a protected phrase lies in [start, end). */
function protectedIn(ctx: Ctx, start: number, end: number): boolean {
  const { tokens, noName } = ctx;
  // (parts start at a word: the token at `start` is the first one inside)
  for (let i = tokenAtOffset(tokens, start); i < tokens.length && tokens[i].start < end; i++) if (noName[i]) return true;
  return false;
}

function other(out: readonly Candidate[], start: number, end: number): Candidate | undefined {
  return out.find((c) => c.kind !== 'ADDRESS' && c.start < end && c.end > start);
}

export function completeAddressChains(ctx: Ctx): void {
  const { p, out } = ctx;
  const text = p.norm;
  const f = p.fold;
  for (const a of out) {
    if (a.kind !== 'ADDRESS') continue;
    // 1. same part, right before it
    const near = f.slice(Math.max(0, a.start - 40), a.start);
    const inPart = HOUSE_THEN_STREET.exec(near) ?? UNIT_RUN.exec(near);
    if (inPart && !/[\n,]/.test(inPart[1]) && !other(out, a.start - inPart[1].length, a.start)) a.start -= inPart[1].length;
    // round 17: a lane's street typed in lower case after it ("hem 27 duong bui van hoa", "hem 31 truong cong dinh")
    const street = LANE_STREET.exec(f.slice(a.end, a.end + 40));
    if (street && /(?:^|[ \t])(?:hem|ngo|kiet|ngach)[ \t]*\d{1,4}[a-z]?(?:\/\d{1,4})*$/.test(f.slice(a.start, a.end))) {
      let end = a.end + street[0].length;
      const tail = TAIL_WORD.exec(f.slice(a.end, end));
      if (tail) end -= tail[0].length;
      const words = f
        .slice(a.end, end)
        .trim()
        .split(/[ \t]+/);
      const named = words.filter((w) => w !== 'duong' && w !== 'pho');
      const personNamed = named.length >= 2 && inSet(SURNAME_SET, named[0]) && named.slice(1).every((w) => inSet(GIVEN_NAME_SET, w) || inSet(SURNAME_SET, w));
      // round 18: or any street of Vietnamese syllables that ends the part ("ngo 24 xuan dieu,", "hem 405 ba hat.")
      // (round 21: a family name opening it is no function word: "kiet 41 dang huy tru" is Đặng Huy Trứ)
      const afterFamily = inSet(SURNAME_SET, named[0]) && named.slice(1).some((w) => inSet(GIVEN_NAME_SET, w)) ? named.slice(1) : named;
      const plainStreet = named.length >= 2 && named.every((w) => isVietSyllable(w)) && !NOT_A_PART.test(afterFamily.join(' '));
      const o = other(out, a.end, end);
      // (a street is in the rules' no-name mask: no protectedIn() here, the name syllables decide)
      if (end > a.end && (personNamed || plainStreet) && (!o || o.kind === 'NAME')) {
        for (const c of out) if (c.kind === 'NAME' && c.start >= a.end && c.end <= end) c.kind = 'ADDRESS';
        a.end = end;
      }
    }
    // 2. whole parts before it
    let start = a.start;
    let house = false;
    for (let k = 0; k < 3; k++) {
      const comma = /,[ \t]*$/.exec(text.slice(Math.max(0, start - 4), start));
      if (!comma) break;
      const end = start - comma[0].length;
      let from = partStart(text, end);
      // round 13: "trú phum Sray Skôth, xã …", "nha o ap giong lon, xa …": the verb of residence stays out
      const lead = RESIDENCE.exec(f.slice(from, end));
      if (lead) from += lead.index + lead[0].length;
      const part = text.slice(from, end);
      const folded = f.slice(from, end);
      if (!part || part.length > 48) break;
      let shape = '';
      if (HOUSE_PART.test(part)) shape = 'house';
      else if (FLAT_PART.test(part)) shape = 'flat';
      else if (UNIT_PART.test(folded)) shape = 'unit';
      else if (NAMED_PLACE.test(part) && (AREA_SUFFIX.test(part) || k === 0)) shape = 'place';
      // round 17: "a man from Dung K'si Village, Lat Commune …": an English place after its preposition
      if (!shape) {
        const en = /(?:^|[ \t])(?:from|in|at|near)[ \t]+(?=\p{Lu})/gu;
        let last: RegExpExecArray | null = null;
        for (let m = en.exec(part); m; m = en.exec(part)) last = m;
        const rest = last ? part.slice(last.index + last[0].length) : '';
        if (rest && NAMED_PLACE.test(rest) && AREA_SUFFIX.test(rest)) {
          from += part.length - rest.length;
          shape = 'place';
        }
      }
      if (!shape || (shape !== 'house' && NOT_A_PART.test(f.slice(from, end)))) break;
      // round 18: a village is no part of another village ("buon ngu qua, buon ea sup")
      if (shape === 'unit' && VILLAGE_START.test(f.slice(start, start + 8))) break;
      // a named place needs a flat/tower part before it or an area word in it
      if (shape === 'place' && !AREA_SUFFIX.test(part)) {
        const beforeEnd = /,[ \t]*$/.exec(text.slice(Math.max(0, from - 4), from));
        if (!beforeEnd || !FLAT_PART.test(text.slice(partStart(text, from - beforeEnd[0].length), from - beforeEnd[0].length))) break;
      }
      if (shape === 'place' && protectedIn(ctx, from, end)) break;
      const o = other(out, from, end);
      // a person's name inside a street part is the street's; a "… Village" read as a name is the village
      const areaPart = shape === 'place' && AREA_SUFFIX.test(text.slice(from, end));
      if (o && !(o.kind === 'NAME' && (shape === 'house' || areaPart))) break;
      if (shape === 'house' || areaPart) house = true;
      start = from;
    }
    if (start < a.start) {
      // a person's name inside a street part is the street's ("27 Trần Cao Vân"), inside a village part the village's
      if (house) for (const c of out) if (c.kind === 'NAME' && c.start >= start && c.end <= a.start) c.kind = 'ADDRESS';
      a.start = start;
    }
    // 3. parts after it
    for (let k = 0; k < 2; k++) {
      const m = /^,[ \t]*/.exec(text.slice(a.end, a.end + 3));
      if (!m) break;
      const from = a.end + m[0].length;
      const rest = text.slice(from, from + 48);
      const bare = BARE_WORDS.exec(rest);
      // (typed in lower case without accents: the part is its own folded form)
      const plainLower = /^\p{Ll}/u.test(rest) && rest === f.slice(from, from + 48);
      const after =
        AFTER_PART.exec(rest) ??
        BARE_PLACE.exec(rest) ??
        (bare && DISTRICT_NAMES_FOLDED.has(fold(bare[0])) ? bare : null) ??
        (plainLower ? (knownPrefix(LOWER_AFTER_PART.exec(rest)) ?? lowerDistrictFirst(rest)) : null);
      if (!after || other(out, from, from + after[0].length)) break;
      if (protectedIn(ctx, from, from + after[0].length) && !PROVINCIAL_CITY.test(after[0])) break;
      // (a district's own name may hold such a word: "đống đa", "chợ gạo")
      const partFolded = f.slice(from, from + after[0].length);
      if (NOT_A_PART.test(partFolded) && !DISTRICT_NAMES_FOLDED.has(partFolded)) break;
      a.end = from + after[0].length;
    }
  }
}
