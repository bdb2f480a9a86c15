/**
 * ICD-10 (WHO, as used by the Ministry of Health: Decision 4469/QĐ-BYT) three-character
 * categories, as ranges. A code is valid when it has the shape `A00`, `A00.0` or `A00.01`
 * (upper case; the Vietnamese extension uses a second sub-digit in a few chapters) and its
 * category is in one of these ranges. Sub-categories are not checked individually.
 *
 * Compact on purpose (≈ 2,000 categories in ≈ 200 ranges) and pure data, so the web app can
 * validate the same way. Chapter XXII (U) holds the WHO codes for emergency use (U07.1
 * COVID-19) and antimicrobial resistance.
 */
const RANGES = `
A00-A09 A15-A28 A30-A60 A63-A99
B00-B09 B15-B83 B85-B99
C00-C26 C30-C34 C37-C41 C43-C58 C60-C97
D00-D07 D09-D48 D50-D53 D55-D77 D80-D84 D86 D89
E00-E07 E10-E16 E20-E35 E40-E46 E50-E68 E70-E90
F00-F25 F28-F34 F38-F48 F50-F55 F59-F66 F68-F73 F78-F84 F88-F95 F98-F99
G00-G14 G20-G26 G30-G32 G35-G37 G40-G47 G50-G64 G70-G73 G80-G83 G90-G99
H00-H06 H10-H13 H15-H22 H25-H28 H30-H36 H40-H59 H60-H62 H65-H75 H80-H83 H90-H95
I00-I02 I05-I15 I20-I28 I30-I52 I60-I89 I95-I99
J00-J06 J09-J18 J20-J22 J30-J47 J60-J70 J80-J86 J90-J99
K00-K14 K20-K31 K35-K38 K40-K46 K50-K52 K55-K67 K70-K77 K80-K87 K90-K93
L00-L08 L10-L14 L20-L30 L40-L45 L50-L75 L80-L99
M00-M03 M05-M25 M30-M36 M40-M43 M45-M54 M60-M63 M65-M68 M70-M99
N00-N08 N10-N23 N25-N51 N60-N64 N70-N77 N80-N99
O00-O08 O10-O16 O20-O48 O60-O75 O80-O92 O94-O99
P00-P08 P10-P15 P20-P29 P35-P39 P50-P61 P70-P78 P80-P83 P90-P96
Q00-Q07 Q10-Q18 Q20-Q28 Q30-Q45 Q50-Q56 Q60-Q99
R00-R23 R25-R99
S00-S99
T00-T98
U00-U49 U82-U85
V01-V99 W00-W99 X00-X99 Y00-Y36 Y40-Y98
Z00-Z13 Z20-Z99
`;

function expand(ranges: string): Set<string> {
  const out = new Set<string>();
  for (const token of ranges.trim().split(/\s+/)) {
    const [from, to = from] = token.split('-');
    const letter = from[0];
    for (let n = Number(from.slice(1)); n <= Number(to.slice(1)); n++) out.add(`${letter}${String(n).padStart(2, '0')}`);
  }
  return out;
}

export const ICD10_CATEGORIES: ReadonlySet<string> = expand(RANGES);

export const ICD10_PATTERN = /^[A-Z]\d{2}(\.\d{1,2})?$/;

/** Upper-cased and trimmed; `i21.0` → `I21.0`. */
export const normaliseIcd10 = (code: string): string => code.trim().toUpperCase();

export function isValidIcd10(code: string): boolean {
  return ICD10_PATTERN.test(code) && ICD10_CATEGORIES.has(code.slice(0, 3));
}
