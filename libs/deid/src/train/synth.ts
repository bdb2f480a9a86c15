// Training generator for the PERSON labeller: short notes, chats, letters and news lines
// built from frames written for training only (not the evaluation generator's templates,
// not any held-out text), filled with names of every shape — Kinh full names in Title,
// UPPER, lower and unaccented case; given names alone after kinship and regional address
// words (mệ, o, eng, ả, mạ, dì …) or as chat sender labels; nicknames in lower case;
// initials; Ê Đê/Jrai/Bahnar/Cơ Tu/Mông/Tày/Khmer names; foreign names in Latin letters,
// alone or full — and with non-name traps (kinship words before ordinary words,
// hospitals, departments, places, drugs, eponyms, English filler).
import { FOREIGN_FAMILY, FOREIGN_GIVEN } from '../data/foreign-names';
import { MINORITY_GIVEN } from '../data/minority-names';
import { GIVEN_NAMES, SURNAMES } from '../data/names';
import { parseMarkup, type EvalDoc } from '../eval/markup';
import { pick, rng, type Rng } from './rng';

const strip = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
const title = (s: string) => s.replace(/(^|[\s'-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const KINH_SUR = SURNAMES.filter((s) => !s.includes(' ')).slice(0, 90);
const GIVEN = GIVEN_NAMES.filter((g) => /^\p{Lu}\p{Ll}+$/u.test(g) && g.length > 1);
const NICK = [
  'bống',
  'tí',
  'tèo',
  'bin',
  'cún',
  'su',
  'xu',
  'mít',
  'bi',
  'bo',
  'tũn',
  'ken',
  'nhím',
  'bơ',
  'cốm',
  'na',
  'gạo',
  'sóc',
  'bắp',
  'ỉn',
  'mèo',
  'heo',
  'kem',
  'tôm',
  'cò',
];
const MIN_GIV = MINORITY_GIVEN.map(title);
const FG = FOREIGN_GIVEN.filter((g) => g.length > 2).map(title);
const FF = FOREIGN_FAMILY.filter((g) => g.length > 2).map(title);

type Case = 'title' | 'upper' | 'lower' | 'plain' | 'plainlower';
function cased(r: Rng, s: string, allow: Case[]): string {
  const c = pick(r, allow);
  if (c === 'upper') return s.toUpperCase();
  if (c === 'lower') return s.toLowerCase();
  if (c === 'plain') return strip(s);
  if (c === 'plainlower') return strip(s).toLowerCase();
  return s;
}

function given(r: Rng): string {
  return r() < 0.35 ? `${pick(r, GIVEN)} ${pick(r, GIVEN)}` : pick(r, GIVEN);
}

function kinhFull(r: Rng): string {
  const mid = r() < 0.5 ? pick(r, ['Văn', 'Thị', 'Đức', 'Ngọc', 'Minh', 'Thanh', 'Hữu', 'Quốc', 'Thu', 'Xuân', 'Kim', 'Bảo']) + ' ' : '';
  return `${pick(r, KINH_SUR)} ${mid}${given(r)}`;
}

function minority(r: Rng): string {
  const g = () => pick(r, MIN_GIV);
  switch (Math.floor(r() * 9)) {
    case 0:
      return `Y ${g()} ${pick(r, ['Niê', 'Êban', 'Mlô', 'Byă', 'Hđơk', 'Adrơng', 'Ktla', 'Buôn Ya'])}`;
    case 1:
      return `${pick(r, ['H', "H'", 'H '])}${g()}${r() < 0.6 ? ` ${pick(r, ['Niê', 'Êban', 'Mlô', 'Byă', 'Ksơr', 'Kdoh', 'Ayun'])}` : ''}`;
    case 2:
      return `${pick(r, ['Ksor', 'Siu', 'Rơ Mah', 'Rơ Chăm', 'Nay', 'Kpă', 'Rcom', 'Puih'])} ${r() < 0.4 ? "H'" : ''}${g()}`;
    case 3:
      return `${pick(r, ['A', 'Y'])} ${g()}`;
    case 4:
      return `${pick(r, ["Bh'riu", 'Alăng', 'Zơrâm', 'Pơloong', 'Ating', 'Coor', 'Clâu'])} ${r() < 0.3 ? 'Thị ' : ''}${g()}`;
    case 5:
      return `${pick(r, ['Giàng', 'Sùng', 'Vàng', 'Thào', 'Lầu', 'Mùa', 'Hạng', 'Vừ', 'Chảo', 'Lý'])} ${pick(r, ['A', 'Thị', 'Mí', 'Seo', 'Chứ', 'Văn'])} ${g()}`;
    case 6:
      return `${pick(r, ['Nông', 'Bế', 'Ma', 'Lục', 'Hoàng', 'Lò', 'Cầm', 'Quàng', 'Vi', 'Lường', 'Sầm', 'Bùi', 'Quách', 'Xa'])} ${pick(r, ['Văn', 'Thị'])} ${r() < 0.5 ? g() : pick(r, GIVEN)}`;
    case 7:
      return `${pick(r, ['Thạch', 'Sơn', 'Kim', 'Danh', 'Lâm', 'Chau', 'Néang'])} ${r() < 0.3 ? 'Thị ' : ''}${g()}${r() < 0.6 ? ` ${g()}` : ''}`;
    default:
      return `${pick(r, ['Ama', 'Amí'])} ${g()}`;
  }
}

function foreign(r: Rng): string {
  const k = r();
  if (k < 0.4) return `${pick(r, FG)} ${pick(r, FF)}`;
  if (k < 0.55) return pick(r, FF).toUpperCase() + ' ' + pick(r, FG);
  if (k < 0.8) return pick(r, FG);
  return pick(r, FF);
}

function initials(r: Rng): string {
  const L = 'NTLPHVĐBDKQSMCGX';
  const n = 2 + Math.floor(r() * 3);
  const xs = Array.from({ length: n }, () => pick(r, [...L]));
  return pick(r, [xs.join('.'), `${xs.join('.')}.`, xs.join('')]);
}

const N = (s: string) => `[[N:${s}]]`;

const KIN_REGIONAL = [
  'mệ',
  'o',
  'eng',
  'ả',
  'mạ',
  'ôn',
  'mụ',
  'dì',
  'cậu',
  'mợ',
  'thím',
  'dượng',
  'chú',
  'bác',
  'cô',
  'anh',
  'chị',
  'em',
  'bé',
  'cháu',
  'ông',
  'bà',
  'cụ',
  'cu',
  'thằng',
  'con',
  'bạn',
  'chế',
  'hia',
  'bầm',
  'u',
  'bu',
];

const FILLER = [
  'sốt 38 độ từ chiều qua',
  'đau bụng quanh rốn',
  'ho nhiều về đêm',
  'đã cho uống paracetamol',
  'huyết áp 140/90',
  'xin lịch tái khám',
  'kết quả xét nghiệm đã có',
  'chuyển khoa Nội',
  'ra viện chiều nay',
  'nhịn ăn trước mổ',
  'đang thở oxy 3 lít/phút',
  'cần hội chẩn',
  'đã tiêm mũi 2',
  'mẹ bé lo lắm',
  'cho ăn cháo loãng',
  'tiểu ít',
  'khó thở nhẹ',
  'vết mổ khô',
  'dặn uống nhiều nước',
  'chụp X-quang ngực',
  'SpO2 95%',
  'nằm giường 12',
  'chuyển Bệnh viện Chợ Rẫy',
  'khám ở Bạch Mai',
  'khoa Hồi sức tích cực',
  'Bệnh viện Đa khoa tỉnh',
  'Trung tâm Y tế huyện',
  'bệnh Parkinson',
  'hội chứng Down',
  'Augmentin 1g',
  'ICD J18.9',
  'phòng 3 giường 5',
  'Hà Nội',
  'Đà Nẵng',
  'Huế',
];
const TRAPS = [
  'anh trai đưa vào viện',
  'chị gái ở cùng',
  'bé trai 3 tuổi',
  'bé gái sinh non',
  'cháu nội chăm',
  'mẹ bé gọi điện',
  'ông bà nội đều khỏe',
  'bà con hàng xóm',
  'cô đỡ thôn bản',
  'bé bú kém',
  'bé sốt cao',
  'anh ấy đau nhiều',
  'chị ấy đã về',
  'mệ mệt lắm',
  'mạ nói răng',
  'eng nớ chưa về',
  'o nớ ở Huế',
  'em bé khóc',
  'con so',
  'con rạ',
  'Bác sĩ trực',
  'Cô giáo chủ nhiệm',
  'Bệnh viện Nhi Trung ương',
  'Khoa Sản',
  'Phòng khám Đa khoa',
  'Trạm Y tế xã',
  'Thanks doctor',
  'See you on Monday',
  'Hospital discharge summary',
  'Emergency Department',
  'the ultrasound was normal',
  'Dear colleagues',
  'Best regards',
  'Nhóm Zalo Khoa Nhi',
  'BÀN GIAO CA TRỰC',
  'Tóm tắt bệnh án',
  'Lời dặn',
  'Chẩn đoán',
  'Tiền sử',
  'An toàn người bệnh',
  'Bình thường',
  'Minh mẫn',
  'Hồng cầu',
  'mùa mưa',
  'hoa cúc',
  'ba lần mỗi ngày',
  'cô ấy',
  'chú ý',
  'bác bỏ',
  'dì ghẻ',
];

const EPONYMS = `Parkinson Alzheimer Basedow Crohn Addison Cushing Marfan Guillain-Barré Raynaud Hodgkin Graves Meniere
Huntington Tourette Sjögren Behçet Buerger Paget Dupuytren Volkmann Colles Monteggia Galeazzi Apgar Ranson Kernig
Brudzinski Babinski Romberg Lasègue Trendelenburg Heimlich Seldinger Whipple Billroth Nissen Foley Holter Doppler
Gram Widal Coombs Mantoux Papanicolaou Down Edwards Patau Klinefelter Kaposi Stevens-Johnson Wernicke Korsakoff
Cheyne-Stokes Kussmaul Osler Virchow Horner Bell Wilson Hashimoto Kawasaki Turner Murphy`.split(/\s+/);
const EPONYM_CUES = [
  'bệnh',
  'hội chứng',
  'dấu hiệu',
  'nghiệm pháp',
  'thang điểm',
  'phân độ',
  'tiêu chuẩn',
  'kiểu',
  'sarcoma',
  'u',
  'liệt',
  'viêm tuyến giáp',
  'nhịp thở',
  'phản xạ',
];
const ABBR = ['COPD', 'ĐTĐ', 'THA', 'HIV', 'NMCT', 'SXH', 'TCM', 'XHTH', 'VPQ', 'ICU', 'CRP', 'nam', 'nữ', 'Nam', 'Nữ', 'NAM', 'NỮ'];

type Frame = (r: Rng) => string;
const frames: Frame[] = [
  // given name after a kinship or regional word, nothing earlier
  (r) => `${cap(pick(r, KIN_REGIONAL))} ${N(given(r))} ${pick(r, ['ơi', 'đã', 'nói', 'bị', 'vừa', 'hỏi', ',', 'sốt', 'đang'])} ${pick(r, FILLER)}`,
  (r) => `${pick(r, FILLER)}, ${pick(r, KIN_REGIONAL)} ${N(given(r))} ${pick(r, ['ạ', 'nhé', 'nha', 'đưa đi', 'chăm', 'đi cùng'])}`,
  (r) => `${pick(r, KIN_REGIONAL)} ${N(pick(r, NICK))} ${pick(r, ['sốt', 'ho', 'nôn', 'khóc', 'ăn kém', 'nhà em'])} ${pick(r, FILLER)}`,
  (r) => `con ${pick(r, ['em', 'chị', 'anh'])} là ${N(pick(r, NICK))}, ${pick(r, FILLER)}`,
  // chat sender labels
  (r) => `${N(given(r))}: ${pick(r, FILLER)}\n${N(given(r))}: ${pick(r, ['ok', 'dạ', 'ừ', 'để c xem', 'a xuống ngay'])}`,
  (r) =>
    `${N(cased(r, given(r), ['title', 'lower', 'plainlower']))} ${String(7 + Math.floor(r() * 15)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}: ${pick(r, FILLER)}`,
  (r) => `${N(given(r))} (${pick(r, ['Khoa Nội', 'ICU', 'Dược', 'XN', 'Sản', 'Nhi'])}): ${pick(r, FILLER)}`,
  // full names in every case after a cue or alone
  (r) =>
    `${pick(r, ['BN', 'bn', 'Bệnh nhân', 'Người bệnh', 'Sản phụ', 'bệnh nhi', 'Họ tên:', 'Người nhà:', 'BS', 'ĐD'])} ${N(cased(r, kinhFull(r), ['title', 'title', 'upper', 'plain', 'lower', 'plainlower']))}, ${pick(r, FILLER)}`,
  (r) => `${N(kinhFull(r))} (${20 + Math.floor(r() * 60)} tuổi) ${pick(r, FILLER)}`,
  (r) => `${pick(r, FILLER)}. ${cap(pick(r, KIN_REGIONAL))} ${N(kinhFull(r))} cho biết ${pick(r, FILLER)}`,
  // minority names
  (r) =>
    `${pick(r, ['Bệnh nhân', 'anh', 'chị', 'bé', 'ông', 'bà', 'Người nhà:', 'Chồng:', 'Vợ:', 'Mẹ:', ''])} ${N(minority(r))} ${pick(r, ['(Ê Đê)', '(Jrai)', '(Mông)', '(Tày)', '(Khmer)', 'ở buôn', 'ở bản', ','])} ${pick(r, FILLER)}`,
  (r) => `${pick(r, FILLER)}; ${pick(r, ['con', 'vợ', 'chồng', 'mẹ'])} là ${N(minority(r))}`,
  // foreign names
  (r) =>
    `${pick(r, ['Mr', 'Mrs', 'Ms', 'Dr', 'Mr.', 'Patient', 'Hi', 'Dear'])} ${N(foreign(r))}, ${pick(r, ['your results are ready', 'please come back on Friday', 'thank you', 'the scan looks fine', 'see you tomorrow'])}.`,
  (r) => `${N(pick(r, FG))}: ${pick(r, ['Thank you doctor', 'Can I come tomorrow?', 'My son has a fever', 'ok noted'])}`,
  (r) =>
    `du khách ${N(foreign(r))} (${pick(r, ['quốc tịch Úc', 'người Anh', 'quốc tịch Mỹ', 'người Hàn Quốc', 'quốc tịch Nhật'])}) ${pick(r, FILLER)}. ${pick(r, ['Ông', 'Bà', 'Anh', 'Chị'])} ${N(pick(r, FF))} ${pick(r, FILLER)}`,
  (r) =>
    `His wife, ${N(pick(r, FG))}, ${pick(r, ['thanked the team', 'stayed at the bedside', 'called the embassy'])}. Mr ${N(pick(r, FF))} ${pick(r, ['is stable', 'was discharged', 'had surgery'])}.`,
  // initials
  (r) =>
    `${pick(r, ['bé', 'cháu', 'bệnh nhi', 'BN', 'ông', 'bà', 'anh', 'chị', 'sản phụ'])} ${N(initials(r))} (${1 + Math.floor(r() * 80)} tuổi) ${pick(r, FILLER)}`,
  // no name at all: eponyms, abbreviations and sex after a cue, Title-Case headings
  (r) =>
    `${cap(pick(r, EPONYM_CUES))} ${pick(r, EPONYMS)}${r() < 0.3 ? `, ${pick(r, EPONYMS)}` : ''} ${pick(r, ['(+)', '', 'giai đoạn 2', 'điển hình', 'đã điều trị'])}`,
  (r) =>
    `${pick(r, ['BN', 'bn', 'Bệnh nhân', 'bệnh nhân', 'NB'])} ${pick(r, ABBR)}${pick(r, [', 45 tuổi', ' 67t', ' đợt cấp', ' sau điều trị', ', vào viện vì sốt'])}`,
  (r) => pick(r, ['Tiền Sử Bệnh', 'Lý Do Vào Viện', 'Chẩn Đoán Xác Định', 'Hướng Điều Trị', 'Tóm Tắt Bệnh Án', 'Khám Lâm Sàng']) + `: ${cap(pick(r, FILLER))}`,
  (r) => `${cap(pick(r, TRAPS))}, ${pick(r, FILLER)}`,
  (r) => `${pick(r, TRAPS)}. ${pick(r, TRAPS)}`,
  (r) => `${cap(pick(r, FILLER))}.`,
];

/** Seeded synthetic training documents (3–7 lines each). */
export function synthDocs(count = 900, seed = 60601): EvalDoc[] {
  const r = rng(seed);
  const docs: EvalDoc[] = [];
  for (let d = 0; d < count; d++) {
    const lines = Array.from({ length: 3 + Math.floor(r() * 5) }, () => pick(r, frames)(r).replace(/ {2,}/g, ' ').trim());
    docs.push(parseMarkup(`synth-${d + 1}`, 'synth', lines.join('\n')));
  }
  return docs;
}
