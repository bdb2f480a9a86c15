// Round 15: identifiers written the way other countries write them, in cross-border care —
// dates in Chinese / Japanese / Korean ("2025年11月9日", "11月10日", "2025년 11월 3일") and in
// French ("4 novembre"; not "mai", which is Vietnamese "tomorrow"), addresses in Han script or Hangul down to the house number
// ("东兴市东兴镇北仑大道168号", "武蔵野市吉祥寺本町3-14-7", "해운대구 센텀중앙로 48, 1203호"),
// romanised Japanese and Korean units ("3-14-7 Kichijoji Honcho, Musashino-shi", "Gimhae-si") and
// Chinese plates ("桂P·5K210"). The province or metropolis before such a unit is left out, as for
// Vietnamese addresses.
import type { Ctx } from './context';

const CJK_DATE = /(?:(?:19|20)\d{2}[ \t]?[年년][ \t]?)?(?:1[0-2]|0?[1-9])[ \t]?[月월][ \t]?(?:3[01]|[12]\d|0?[1-9])[ \t]?[日일](?!\d)/gu;
const FRENCH_DATE =
  /(?<![\p{L}\d])(?:1er|3[01]|[12]\d|0?[1-9])[ \t]+(?:janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)(?:[ \t]+(?:19|20)\d{2})?(?![\p{L}])/giu;
/** From the first unit below a province (city, county, district, town, ward) to the house number. */
const HAN_ADDRESS =
  /[\p{sc=Han}]{1,8}(?:市|县|縣|区|區|镇|鎮|乡|鄉|町|村|郡)[\p{sc=Han}]{0,16}?(?:\d{1,5}(?:[-－]\d{1,5}){0,3}(?:号|號|番地|番|丁目)?)(?:[\p{sc=Han}]{0,6}?\d{1,5}(?:号|號|室|楼|樓))?/gu;
const HAN_PROVINCE = /^[\p{sc=Han}]{0,6}?(?:省|自治区|都|道|府)/u;
const HANGUL_ADDRESS = /[\p{sc=Hangul}]{1,6}(?:구|군|시)[ \t]+[\p{sc=Hangul}\d]{1,12}(?:로|길|동)[ \t]*\d{1,5}(?:-\d{1,5})?(?:[ \t]*,[ \t]*\d{1,5}호)?/gu;
const ROMANISED_UNIT =
  /(?<![\p{L}\d])(?:\d{1,4}(?:-\d{1,4}){1,3}[ \t]+)?(?:\p{Lu}\p{Ll}+[ \t]+){0,2}(?:\p{Lu}\p{Ll}+,[ \t]+)?\p{Lu}\p{Ll}+-(?:shi|si|ku|gu|gun|dong|machi)(?![\p{L}])/gu;
const CHINESE_PLATE = /(?<![\p{L}\d])[\p{sc=Han}][A-Z][·.・ ]?[A-Z0-9]{5,6}(?![\p{L}\d])/gu;

// (speed: each pattern runs only when the text holds its script or its marker at all)
const CJK_SCRIPT = /[\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7A3]/;
const FRENCH_MONTH = /(?:vier|mars|avril|juin|juillet|ao[uû]t|bre)(?![\p{L}])/iu;
const UNIT_SUFFIX = /-(?:shi|si|ku|gu|gun|dong|machi)(?![\p{L}])/u;

export function detectForeignForms(ctx: Ctx): void {
  const { p, out } = ctx;
  const text = p.norm;
  const cjk = CJK_SCRIPT.test(text);
  const run = (re: RegExp, each: (m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) each(m);
  };
  const add = (kind: 'DATE' | 'ADDRESS' | 'VEHICLE_PLATE') => (m: RegExpExecArray) => out.push({ kind, start: m.index, end: m.index + m[0].length });
  if (FRENCH_MONTH.test(text)) run(FRENCH_DATE, add('DATE'));
  if (UNIT_SUFFIX.test(text)) run(ROMANISED_UNIT, add('ADDRESS'));
  if (!cjk) return;
  run(CJK_DATE, add('DATE'));
  run(HAN_ADDRESS, (m) => {
    const province = HAN_PROVINCE.exec(m[0]);
    const start = m.index + (province ? province[0].length : 0);
    if (m.index + m[0].length - start >= 4) out.push({ kind: 'ADDRESS', start, end: m.index + m[0].length });
  });
  run(HANGUL_ADDRESS, add('ADDRESS'));
  run(CHINESE_PLATE, (m) => {
    if (/\d/.test(m[0])) out.push({ kind: 'VEHICLE_PLATE', start: m.index, end: m.index + m[0].length });
  });
}
