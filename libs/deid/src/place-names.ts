// The gazetteer's ward, commune and district names as lookup sets, built once and shared by
// every detector that asks "is this a place?" (they were built two and three times over).
import { DISTRICT_NAMES, WARD_NAMES } from './data/gazetteer';
import { PROVINCE_NAMES } from './data/provinces';
import { fold, key } from './text';

const ALL = [...WARD_NAMES.split('|'), ...DISTRICT_NAMES.split('|')];

/** Ward, commune and district names, folded (lower case, no diacritics). */
export const PLACE_NAMES_FOLDED: ReadonlySet<string> = new Set(ALL.map((s) => fold(s)));
/** The same, as lookup keys (lower case with diacritics). */
export const PLACE_NAMES_KEYED: ReadonlySet<string> = new Set(ALL.map((s) => key(s)));
/** District names only, folded. */
export const DISTRICT_NAMES_FOLDED: ReadonlySet<string> = new Set(DISTRICT_NAMES.split('|').map((s) => fold(s)));
/** Province names, folded, dashes and runs of spaces as one space ("thua thien hue"), for lower-case unaccented text. */
export const PROVINCE_NAMES_FOLDED: ReadonlySet<string> = new Set(PROVINCE_NAMES.map((n) => fold(n).replace(/[\s\-–]+/g, ' ')));
