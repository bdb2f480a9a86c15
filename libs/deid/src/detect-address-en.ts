// Addresses written in English word order, as expats, insurers and tourists write them:
// "60 Phan Xich Long, Ward 1, Phu Nhuan District", "Apt 905, Block C, The Vista, An Phu,
// District 2", "Villa 14, Thao Dien Pearl, Thao Dien Ward, Thu Duc City", "56 Xuan Dieu,
// Quang An, Tay Ho". A grammar of comma-separated parts, not a list of addresses:
//   street  house number + Vietnamese-shaped capitalised syllables (+ Street/Road …)
//   unit    Apt/Block/Villa/Tower/Floor/Lot/Room + code; Ward/District + number
//   named   Vietnamese-shaped name + Ward/District/Commune/Town/City/Hamlet/Village/Street …
//   place   a ward or district name of the gazetteer
//   plain   any capitalised phrase (a building's name) — only between other parts
// A chain is flagged when its parts add up to a place (score ≥ 3 with at least one
// street, named or place part), or a single named part at ward, commune, hamlet or
// district level; a province or a province-level city ends it ("…, Ho Chi Minh City").
// "Ward 3, Bed 12" and "Room 5, Building A" are hospital rooms, not addresses.
// Round 21: a line typed in lower case ("12 nguyen van huong st, thao dien ward") is read with
// every word capitalised, strictly: a ward, commune, district, town or city must be a gazetteer
// name, a hamlet, village or street two Vietnamese syllables without an English word, and a chain
// needs such a named part or a gazetteer place ("back to the ward", "2 vien, room 5" stay prose).
import type { Ctx } from './context';
import { PLACE_NAMES_FOLDED, PROVINCE_NAMES_FOLDED } from './place-names';
import { fold, isVietSyllable } from './text';

const gazetteer = PLACE_NAMES_FOLDED;
const provinces = new Set<string>([...PROVINCE_NAMES_FOLDED, 'ho chi minh', 'hcm', 'hcmc', 'ha noi', 'hanoi', 'saigon', 'sai gon']);

const CAP = String.raw`\p{Lu}[\p{Ll}\p{M}'’]*`;
const STREET_WORD = String.raw`(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Alley|Highway|Hwy\.?)`;
const UNIT_WORD = String.raw`(?:Apt\.?|Apartment|Unit|Room|Flat|Villa|Block|Blk\.?|Tower|Building|Bldg\.?|Floor|Fl\.?|Lot|House|No\.?|Alley|Lane|Hem|Kiet|Zone|Quarter|Group|Hamlet)`;
const AREA_NUM = String.raw`(?:Ward|District|Dist\.?)`;
// (round 13: the unit word in lower case too, "Pải Lủng commune, Mèo Vạc district"; industrial parks)
const NAMED_UNIT = String.raw`(?:[Ww]ard|[Dd]istrict|[Cc]ommune|[Tt]own|Township|[Cc]ity|[Hh]amlet|[Vv]illage|Quarter|Street|Road|Avenue|Boulevard|New Urban Area|Urban Area|Residential Area|Industrial Park|Industrial Zone)`;

/** A word of a street's name: not the street word itself ("Nguyen Van Huong St"). */
const STREET_NAME_WORD = String.raw`(?!${STREET_WORD}(?![\p{L}]))${CAP}|\d{1,3}`;
const RE_STREET = new RegExp(
  String.raw`(\d{1,5}[A-Z]?(?:\/\d{1,4}[A-Z]?){0,3})\s+((?:${STREET_NAME_WORD})(?:\s+(?:${STREET_NAME_WORD})){0,5})(?:\s+${STREET_WORD})?`,
  'u',
);
const RE_UNIT = new RegExp(String.raw`${UNIT_WORD}\s+(?:No\.?\s*)?[A-Z0-9][A-Za-z0-9.\-]{0,7}`, 'u');
const RE_AREA = new RegExp(String.raw`${AREA_NUM}\s+\d{1,2}(?!\d)`, 'u');
const RE_NAMED = new RegExp(String.raw`((?:${CAP}\s+){1,4})(${NAMED_UNIT})(?![\p{L}])`, 'u');
const RE_PLAIN = new RegExp(String.raw`(?:The\s+)?${CAP}(?:\s+(?:${CAP}|\d{1,3})){0,3}`, 'u');

type Kind = 'street' | 'unit' | 'area' | 'named' | 'place' | 'plain' | 'province';
interface Part {
  kind: Kind;
  start: number;
  end: number;
  level?: string;
  /** a street written with its street word ("… Street", "… St") */
  worded?: boolean;
}

/** Every capitalised word Vietnamese-shaped (street and place names), digits allowed. */
function vietWords(s: string): boolean {
  const ws = s.trim().split(/\s+/);
  return ws.some((w) => /\p{L}/u.test(w)) && ws.every((w) => /^\d{1,3}$/.test(w) || isVietSyllable(fold(w).replace(/['’]/g, '')));
}

const folded = (s: string) => fold(s).trim().replace(/\s+/g, ' ');

/** English words that never name a place here, read in a lower-case line (not "an", "my", "to", "on": An Phú, Mỹ Tho, tổ, ôn). */
const ENGLISH_WORDS = new Set('the in at of our his her their is was are for from with and or near by this that'.split(' '));

/** A named part read from a lower-case line: a gazetteer name, or a hamlet, village or street of two Vietnamese syllables or more. */
function namedInLowerCase(name: string, level: string): boolean {
  const words = name.split(' ');
  if (words.some((w) => ENGLISH_WORDS.has(w))) return false;
  if (/^(?:Ward|District|Commune|Town|Township|City)$/.test(level)) return gazetteer.has(name);
  return words.length >= 2;
}

/** Where a capitalised name starts after the last English word in it ("Up In Phu Do " → 6), or 0. */
function afterEnglishWords(name: string): number {
  let at = 0;
  for (const w of name.matchAll(/\S+/g)) if (ENGLISH_WORDS.has(w[0].toLowerCase())) at = w.index + w[0].length;
  return at ? at + (/^\s*/.exec(name.slice(at))?.[0].length ?? 0) : 0;
}

/** The kind of a whole comma-separated part, or null (`strict`: the part comes from a lower-case line). */
function classify(s: string, strict = false): Omit<Part, 'start' | 'end'> | null {
  const whole = (re: RegExp) => {
    const m = re.exec(s);
    return m && m.index === 0 && m[0].length === s.length ? m : null;
  };
  let m = whole(RE_STREET);
  if (m && vietWords(m[2])) return { kind: 'street', worded: m[0].length > m[1].length + 1 + m[2].length };
  if (whole(RE_AREA)) return { kind: 'area' };
  if (whole(RE_UNIT)) return { kind: 'unit' };
  m = whole(RE_NAMED);
  if (m) {
    const name = folded(m[1]);
    const level = m[2].charAt(0).toUpperCase() + m[2].slice(1);
    if (level === 'City' && provinces.has(name)) return { kind: 'province' };
    if (vietWords(m[1]) && (!strict || namedInLowerCase(name, level))) return { kind: 'named', level };
    return null;
  }
  const f = folded(s);
  if (provinces.has(f) || f === 'vietnam' || f === 'viet nam') return { kind: 'province' };
  // (a lower-case line has no plain capitalised phrase: every word is capitalised there)
  if (whole(RE_PLAIN)) return gazetteer.has(f) && vietWords(s) && f.includes(' ') ? { kind: 'place' } : strict ? null : { kind: 'plain' };
  return null;
}

const SCORE: Record<Kind, number> = { street: 2, named: 2, place: 1, area: 1, unit: 1, plain: 0, province: 0 };
const FINE = /^(?:Ward|District|Commune|Hamlet|Village|Town|Township|Quarter|Industrial Park|Industrial Zone)$/;

export function detectEnglishAddresses(ctx: Ctx): void {
  const norm = ctx.p.norm;
  // cheap gate, per line: an English unit word, or a house number before two unaccented
  // capitalised words ("56 Xuan Dieu"); lines written in Vietnamese rarely pass it
  const gate =
    /\b(?:Ward|District|Dist|Street|St|Road|Rd|Apt|Apartment|Villa|Block|Tower|City|Commune|Hamlet|Alley|Lane|Industrial|commune|district|ward|hamlet|village)\b|\d\s+[A-Z][a-z]+\s+[A-Z][a-z]+\b/;
  if (!gate.test(norm)) return;
  const lineRe = /[^\n]+/g;
  let line: RegExpExecArray | null;
  while ((line = lineRe.exec(norm))) {
    if (!gate.test(line[0])) continue;
    addressesInLine(ctx, line[0], line.index, false);
    if (!LOWER_GATE.test(line[0])) continue;
    const capitalised = capitaliseWords(line[0]);
    if (capitalised.length === line[0].length) addressesInLine(ctx, capitalised, line.index, true);
  }
}

/** A lower-case English unit word after a lower-case word, or a numbered ward or district. */
const LOWER_GATE = /[a-z] (?:ward|district|commune|hamlet|village|street|st|road)\b|\b(?:ward|district) \d/;

/** Every word's first letter in upper case ("tan dinh ward" → "Tan Dinh Ward"). */
const capitaliseWords = (s: string) => s.replace(/(?<![\p{L}\p{M}\d'’])\p{Ll}/gu, (c) => c.toUpperCase());

/**
 * The addresses of one line (`text` starts at `base` in the normalised text). `strict`: the line
 * was typed in lower case and is read capitalised; see the header.
 */
function addressesInLine(ctx: Ctx, text: string, base: number, strict: boolean): void {
  const norm = ctx.p.norm;
  // comma-separated parts, trimmed; the first and last may carry prose before/after
  const pieces: { s: string; start: number }[] = [];
  const pr = /[^,;]+/g;
  let pm: RegExpExecArray | null;
  while ((pm = pr.exec(text))) {
    const lead = pm[0].length - pm[0].trimStart().length;
    const s = pm[0].trim().replace(/[.!?:)\]]+$/, '');
    if (s) pieces.push({ s, start: base + pm.index + lead });
  }
  let i = 0;
  while (i < pieces.length) {
    // the first part: the longest suffix of the piece that is a part ("She lives at Apt 905")
    let first: Part | null = null;
    const words = [...pieces[i].s.matchAll(/\S+/g)];
    for (let w = Math.max(0, words.length - 8); w < words.length && !first; w++) {
      const off = words[w].index;
      const c = classify(pieces[i].s.slice(off), strict);
      if (c && c.kind !== 'plain' && c.kind !== 'province') first = { ...c, start: pieces[i].start + off, end: pieces[i].start + pieces[i].s.length };
    }
    if (!first) {
      // a ward or district named inside a sentence: "lives in Thao Dien Ward with …"
      const m = RE_NAMED.exec(pieces[i].s);
      // (in a lower-case line the name starts after the last English word: "grew up in Phu Do Village")
      const lead = m && strict ? afterEnglishWords(m[1]) : 0;
      if (m && FINE.test(m[2]) && vietWords(m[1].slice(lead)) && (!strict || namedInLowerCase(folded(m[1].slice(lead)), m[2]))) {
        const start = pieces[i].start + m.index;
        ctx.out.push({ kind: 'ADDRESS', start: start + lead, end: start + m[0].length });
      }
      // … or a numbered district ("visiting her son in District 4 when …")
      const d = /(?<![\p{L}])District \d{1,2}(?!\d)/u.exec(pieces[i].s);
      if (d) ctx.out.push({ kind: 'ADDRESS', start: pieces[i].start + d.index, end: pieces[i].start + d.index + d[0].length });
      i++;
      continue;
    }
    const parts: Part[] = [first];
    let j = i + 1;
    for (; j < pieces.length; j++) {
      const gap = norm.slice(parts[parts.length - 1].end, pieces[j].start);
      if (!/^\s*,\s*$/.test(gap)) break;
      let c = classify(pieces[j].s, strict);
      let end = pieces[j].start + pieces[j].s.length;
      if (!c) {
        // the last part may have prose after it: "District 2 since 2019"
        const words2 = [...pieces[j].s.matchAll(/\S+/g)];
        for (let w = words2.length - 1; w > 0 && !c; w--) {
          const cut = words2[w].index;
          // (a sentence may end inside the piece: "Mèo Vạc district. A local guide …")
          const head = pieces[j].s
            .slice(0, cut)
            .trimEnd()
            .replace(/[.!?:;]+$/, '');
          const cc = classify(head, strict);
          if (cc && cc.kind !== 'plain') {
            c = cc;
            end = pieces[j].start + head.length;
          }
        }
        if (c && c.kind !== 'province') parts.push({ ...c, start: pieces[j].start, end });
        j++;
        break;
      }
      if (c.kind === 'province') break;
      parts.push({ ...c, start: pieces[j].start, end });
    }
    while (parts.length && parts[parts.length - 1].kind === 'plain') parts.pop();
    const score = parts.reduce((a, p) => a + SCORE[p.kind], 0);
    const anchored = parts.some((p) => (p.kind === 'street' && (!strict || p.worded)) || p.kind === 'named' || p.kind === 'place');
    // (round 13: "District 10" alone is a place — a ward number alone may be a hospital ward)
    const single =
      parts.length === 1 &&
      ((parts[0].kind === 'named' && FINE.test(parts[0].level ?? '')) ||
        (parts[0].kind === 'area' && /^District/.test(text.slice(parts[0].start - base, parts[0].end - base))));
    if ((score >= 3 && anchored) || single) ctx.out.push({ kind: 'ADDRESS', start: parts[0].start, end: parts[parts.length - 1].end });
    i = Math.max(j, i + 1);
  }
}
