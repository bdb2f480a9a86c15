// The name lexicons as lookup sets (exact keys and folded forms, text.ts keySet), built once
// for every detector — as place-names.ts does for the gazetteer — instead of once per module at
// load (seven copies of the given names and five of the family names before round 13's review).
import { GIVEN_NAMES, SURNAMES } from './data/names';
import { fold, keySet } from './text';

export const GIVEN_NAME_SET = keySet(GIVEN_NAMES);
export const SURNAME_SET = keySet(SURNAMES);
/** Round 14: answers that open a sentence and are also given names ("Dạ, em báo cáo"): exact keys and folded forms. */
export const ANSWER_WORDS = keySet(['dạ', 'vâng', 'thưa']);
/** The family names of most people, with diacritics; none is an everyday word in lower case. */
export const COMMON_FAMILY_NAMES: ReadonlySet<string> = new Set(
  'nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi ngô dương lý đinh trương trịnh lương đào đoàn lưu'.split(' '),
);
/** … folded (lower case, no diacritics). */
export const COMMON_FAMILY_FOLDED: ReadonlySet<string> = new Set([...COMMON_FAMILY_NAMES].map((w) => fold(w)));
/** Everyday compounds that open with a family name ("trương lực cơ", "lương y", "dương tính"). */
export const EVERYDAY_START: ReadonlySet<string> = new Set([
  'trương lực',
  'lương y',
  'lương tâm',
  'lương thiện',
  'lương thực',
  'lương bổng',
  'dương tính',
  'dương vật',
  'dương lịch',
  'hoàng hôn',
  'hoàng đản',
  'vũ trụ',
  'vũ khí',
  'võ thuật',
  'đào tạo',
  'đào thải',
  'đoàn kết',
  'đoàn thể',
  'ngô nghê',
  'bùi ngùi',
  'đinh ninh',
  'lý do',
  'lý lịch',
  'lý thuyết',
  'trần nhà',
  'phạm vi',
  'phạm nhân',
  'phạm lỗi',
  'lưu ý',
  'lưu lượng',
  'lưu trữ',
  'lưu thông',
  'trịnh trọng',
  'phạm quy',
  'phạm tội',
  'phạm pháp',
]);
/** … folded, with those that are everyday words only without diacritics (round 17: read by the labeller's guard too). */
export const EVERYDAY_START_FOLDED: ReadonlySet<string> = new Set(
  [...EVERYDAY_START].map((w) => fold(w)).concat(['nguyen nhan', 'tran dich', 'phan ung', 'phan tich', 'le phi']),
);

/** Wards named by one word, folded: a chat label's desk after a name ("liên nhi:") and a department, never a person ("Liên (Nhi)", "khoa noi"). */
export const DEPARTMENT_WORDS: ReadonlySet<string> = new Set('nhi san noi ngoai'.split(' '));
