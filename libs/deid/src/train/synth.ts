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

// English-style family names built from common parts, in no list ("Ashworth", "Kingsfield"):
// the labeller must take a full name in English prose from its shape and context
const EN_HEAD =
  'Ash Black Brad Whit Har Kings Lock Rad Wood Fair North South West Mor Pem Stan Elling Hollings Apple Brom Carl Dun Fen Gold Green Hay Hart Hol Lang Mar Mid New Oak Pen Ring Ship Stock Thorn Wel Wex Win'.split(
    ' ',
  );
const EN_TAIL =
  'field ford ley ton worth wood shaw well ham man son by more bridge wick stead burn combe dale hurst land ridge sworth croft gate low wright'.split(' ');
const enFamily = (r: Rng) => pick(r, EN_HEAD) + pick(r, EN_TAIL);
const anyFF = (r: Rng) => (r() < 0.5 ? pick(r, FF) : enFamily(r));

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

// Round 7: syllables shaped like Vietnamese (or highland) given names that are in no
// lexicon — the labeller must learn the context (a kinship word, a teknonym, a chat label),
// not the list.
const ONSETS = [
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gi',
  'h',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'nh',
  'p',
  'ph',
  'r',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
  'bl',
  'kr',
  'hr',
  'pl',
  'dr',
];
const RHYMES = `a á à ả ã ạ ơ ớ ờ ê ế ề i í ì o ó ò ô ố ồ u ú ù ư ứ ừ y ai ái ây ấy ăng ằng ơng ênh ếnh inh ính ong óng ôn ốn un
ưng ừng ia ía ua úa ưa ửa oi ói ui úi ăm ắm ép ét ích uôn uốn iêng iếng anh ánh ang áng ăn ắn eo éo ao áo ơi ời ôi ối`.split(/\s+/);
function pseudo(r: Rng): string {
  return cap(pick(r, ONSETS) + pick(r, RHYMES));
}
/** A given name that may be in no list: Kinh, minority, or a pseudo-syllable. */
function anyGiven(r: Rng): string {
  const k = r();
  if (k < 0.35) return given(r);
  if (k < 0.65) return pick(r, MIN_GIV);
  return pseudo(r);
}
const TEKNO_PARENT = ['bố', 'mẹ', 'ba', 'má', 'bầm', 'u', 'tía', 'ông', 'bà', 'Bố', 'Mẹ', 'Ba', 'Má', 'Ông', 'Bà'];
const TEKNO_CHILD = ['cái', 'thằng', 'con', 'bé', 'cu', 'em'];
const EN_VERBS = [
  'was admitted on Monday',
  'said the pain started last night',
  'called the ward again',
  'was discharged home',
  'asked about the results',
  'had a CT scan this morning',
  'is allergic to penicillin',
  'flew back to Sydney',
  'signed the consent form',
  'stayed at the bedside',
];
const EN_OPENERS = ['The patient', 'Our patient', 'A tourist', 'The father', 'His wife', 'Her husband', 'The mother', 'A British man', 'An Australian woman'];
/** Capitalised English words that are no one's name: headings, documents, brands, scales. */
const EN_CAPS = `Diagnosis Passport Group Insurance Discharge Summary Admission Referral Fire Life Health Global Pacific Allianz
Samsung Liberty Prudential Manulife Braden Glasgow Norton Morse Doppler Holter Emergency Surgery Radiology Pharmacy Billing
Consent Visa Embassy Consulate Travel Claim Policy Number Report Note Plan Follow Review Status Signed Witness Airport
Hotel Resort Beach Tower Plaza Medical Centre Center Clinic International Family Hospital Department Unit Service`.split(/\s+/);
const LOWER_CHAT_INTRO = [
  'e la',
  'em là',
  'c la',
  'chị là',
  'me e la',
  'mẹ em là',
  'ten chau la',
  'tên cháu là',
  'con e ten',
  'con em tên',
  'a la',
  'anh là',
  'vo e la',
  'chong e ten',
];

// Round 11: the miss classes of blind text as training frames, each with its traps —
// bylines and signatures (a given name alone on its line, after "Ảnh:/Tổng hợp:/By"), an alias
// after "tự/biệt danh/ở nhà gọi là", a staff role or rank before a given name in any case,
// unaccented lower-case names after a kinship word, lists of given names, English reporting
// verbs and possessives.
const given2 = (r: Rng) => `${pick(r, GIVEN)} ${pick(r, GIVEN)}`;
const BYLINE_CUES = ['Ảnh:', 'Bài, ảnh:', 'Tổng hợp:', 'Nhóm phóng viên:', 'Bài và ảnh:', 'Ghi chép:', 'Thực hiện:', 'Tin, ảnh:', 'Video:', 'Nhóm PV'];
const BYLINE_TRAPS = [
  'Ảnh: Bệnh viện cung cấp',
  'Ảnh minh họa',
  'Ảnh: BVCC',
  'Nguồn: Bộ Y tế',
  'Tin liên quan',
  'Bình luận',
  'Chia sẻ bài viết',
  'Xem thêm',
  'Trân trọng',
  'Thông Báo',
  'Kết Luận',
  'Ghi Chú',
  'Sở Y tế',
  'Hà Nội',
  'Cà Mau',
  'Tây Ninh',
  'Báo Sức khỏe',
  'Đời sống',
  'Thời sự',
  'Ảnh: TTXVN',
  'Nguồn: CDC tỉnh',
  'Theo Bộ Y tế',
];
const NICK_ADJ = 'Mập Đen Sẹo Khùng Xinh Lì Còi Lùn Trắng Điên Béo Râu Móm Chột Bự Cận Ròm Lé Xe Ôm Đầu Bạc Nhỏ Tàng'.split(' ');
const ORDINAL = 'Út Hai Ba Tư Năm Sáu Bảy Tám Chín Mười Tý Tèo Bé'.split(' ');
const alias = (r: Rng) => `${r() < 0.4 ? pick(r, ORDINAL) : pick(r, GIVEN)} ${pick(r, NICK_ADJ)}${r() < 0.15 ? ` ${pick(r, NICK_ADJ)}` : ''}`;
const ALIAS_TRAPS = ['tự ý bỏ thuốc', 'tự đi lại được', 'tự thở tốt', 'tự nguyện hiến máu', 'tự mua thuốc uống', 'theo thứ tự', 'tự chăm sóc', 'tự về nhà'];
const ROLES = [
  'bác sĩ',
  'Bác sĩ',
  'điều dưỡng',
  'Điều dưỡng',
  'bs',
  'Bs',
  'BS',
  'đd',
  'ĐD',
  'ĐDT',
  'KTV',
  'PTV',
  'TK',
  'CN',
  'thượng úy',
  'Thượng úy',
  'đại úy',
  'trung tá',
  'bảo vệ',
  'hộ lý',
  'dược sĩ',
  'y sĩ',
  'thư ký',
  'editor',
  'lái xe',
  'phóng viên',
];
const ROLE_TRAPS = [
  'trực',
  'trưởng khoa',
  'nội trú',
  'chính',
  'phụ',
  'gây mê',
  'tim mạch',
  'khám',
  'Khoa Nội',
  'Bệnh viện tỉnh',
  'gia đình',
  'điều trị',
  'chăm sóc',
  'xét nghiệm',
  'hành chính',
  'CKII',
  'ca đêm',
  'cấp cứu',
  'sản',
  'nhi',
  'hồi sức',
];
const ROLE_AFTER = ['làm', 'ký giấy', 'giải thích', 'gọi lại', 'trực', 'kết luận:', 'báo', 'xử trí', ': kiểm tra tủ thuốc', 'đã khám', 'đọc kết quả'];
const PLAIN_KIN = ['ong', 'ba', 'be', 'chi', 'co', 'chu', 'bac', 'anh', 'em', 'chau', 'di', 'cau', 'me'];
const PLAIN_TRAPS = [
  'ong dot',
  'ba lan',
  'co the',
  'chi can',
  'be trai',
  'anh trai',
  'em be',
  'co giao',
  'chu y',
  'bac si',
  'chau noi',
  'me be',
  'ba con',
  'ba ngay',
  'co sot',
  'chi dinh',
  'anh ay',
  'em gai',
];
const PLAIN_FILLER = ['(74t) bi lac', '80 tuoi dang nam vien', 'sot tu toi qua', 'dau nguc 3h sang', 'xin ra vien', 'g12 nua', 'can mo gap', 'o xa ben'];

type Frame = (r: Rng) => string;
const frames: Frame[] = [
  // round 11 — bylines, signatures and credits: a given name alone, two joined by a dash, in UPPER
  (r) => `${pick(r, FILLER)}.\n${N(cased(r, given2(r), ['title', 'title', 'title', 'upper']))}`,
  (r) => `${cap(pick(r, FILLER))}.\n${N(given2(r))} – ${N(r() < 0.8 ? given2(r) : minority(r))}`,
  (r) =>
    `${pick(r, BYLINE_CUES)} ${N(given2(r))}${r() < 0.4 ? ` – ${N(given2(r))}` : ''}${r() < 0.3 ? ` · ${pick(r, ['Liên hệ tác giả', 'Ngày phát hành', 'Tổ truyền thông'])}` : ''}`,
  (r) =>
    `${pick(r, ['By', 'Reported by', 'Photo:', 'Words and pictures by'])} ${N(r() < 0.5 ? given2(r) : `${pick(r, GIVEN)} ${pick(r, KINH_SUR)}`)}${r() < 0.4 ? ` and ${N(`${pick(r, FG)} ${anyFF(r)}`)}` : ''} · ${pick(r, ['October 3, 2025', 'May 9', '2 hours ago'])}`,
  (r) => `${cap(pick(r, FILLER))}.\n${pick(r, BYLINE_TRAPS)}`,
  (r) => `${pick(r, BYLINE_TRAPS)}\n${cap(pick(r, FILLER))}.`,
  // an alias after "tự / biệt danh / ở nhà gọi là" (the whole alias is the name)
  (r) =>
    `${N(kinhFull(r))} (${pick(r, ['tự', 'biệt danh', 'tức', 'thường gọi là', 'ở nhà kêu'])} ${r() < 0.3 ? `"${N(alias(r))}"` : N(alias(r))}${r() < 0.5 ? `, ${18 + Math.floor(r() * 40)} tuổi` : ''}) ${pick(r, FILLER)}`,
  (r) => `${pick(r, ['BN', 'Bệnh nhân', 'ông', 'anh', 'chị'])} ${N(kinhFull(r))} ${pick(r, ALIAS_TRAPS)}, ${pick(r, FILLER)}`,
  // a staff role or rank before a given name or a full name, in every case
  (r) => {
    const role = pick(r, ROLES);
    const name = cased(r, r() < 0.7 ? pick(r, GIVEN) : kinhFull(r), ['title', 'title', 'lower', 'plainlower']);
    return `${pick(r, FILLER)}, ${role} ${N(name)} ${pick(r, ROLE_AFTER)}`;
  },
  (r) => `${cap(pick(r, ROLES))} ${N(r() < 0.5 ? pick(r, GIVEN) : kinhFull(r))}: ${pick(r, FILLER)}`,
  (r) => `${pick(r, FILLER)}, ${pick(r, ROLES)} ${pick(r, ROLE_TRAPS)} ${pick(r, ROLE_AFTER)}`,
  // unaccented chat: a kinship word, then a lower-case name without diacritics (and its traps)
  (r) => `${pick(r, PLAIN_KIN)} ${N(strip(r() < 0.5 ? kinhFull(r) : pick(r, GIVEN)).toLowerCase())} ${pick(r, PLAIN_FILLER)}`,
  (r) => `${pick(r, PLAIN_TRAPS)} ${pick(r, PLAIN_FILLER)}, ${pick(r, PLAIN_TRAPS)}`,
  // lists of given names (family notices, credits) and English reporting
  (r) =>
    `${pick(r, ['Các cháu:', 'Con:', 'Các con, cháu:', 'Cháu nội ngoại:', 'Ekip mổ:'])} ${N(given2(r))}, ${N(given2(r))}, ${N(r() < 0.5 ? pick(r, FG) : given2(r))} và ${r() < 0.3 ? 'bé ' : ''}${N(pick(r, FG))}.`,
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
  // round 7: teknonyms (only the child's name is the name), given names in no list after a
  // kinship or title word, English prose with a full name first and the family or given
  // name alone later, lower-case unaccented chat introductions, Ê Đê teknonyms in full
  (r) =>
    `${pick(r, FILLER)}, ${pick(r, TEKNO_PARENT)} ${pick(r, TEKNO_CHILD)} ${N(anyGiven(r))} ${pick(r, ['gọi lên hỏi', 'xin về', 'đã ký cam kết', 'đến thăm', 'nói'])} ${pick(r, FILLER)}`,
  (r) => `${cap(pick(r, TEKNO_PARENT))} ${pick(r, TEKNO_CHILD)} ${N(anyGiven(r))} ${pick(r, ['ở bản trên', 'đưa con xuống trạm', 'chưa về', 'hỏi thuốc'])}.`,
  (r) =>
    `${pick(r, FILLER)}. ${cap(pick(r, KIN_REGIONAL))} ${N(anyGiven(r))} ${pick(r, ['sốt', 'được chuyển', 'đã đỡ', 'vẫn ho', 'ăn được', 'nhập viện'])} ${pick(r, FILLER)}`,
  (r) =>
    `${pick(r, ['Bệnh nhân', 'Người nhà', 'Cháu', 'Ông', 'Bà', 'Bé', 'Anh', 'Chị'])} ${N(anyGiven(r))} (${pick(r, ['Mông', 'Khmer', 'Jrai', 'Bahnar', 'Thái', 'Dao', 'Cơ Tu', 'Xơ Đăng'])}, ${1 + Math.floor(r() * 80)} tuổi) ${pick(r, FILLER)}`,
  (r) => {
    const g = pick(r, FG);
    const f = anyFF(r);
    return `${pick(r, EN_OPENERS)}, ${N(`${g} ${f}`)}, ${pick(r, EN_VERBS)}. ${N(f)} ${pick(r, EN_VERBS)}. ${pick(r, ['Later', 'Yesterday', 'This morning', 'Then'])} ${pick(r, ['Mr', 'Ms', 'Mrs', 'Dr'])} ${N(f)} ${pick(r, EN_VERBS)}.`;
  },
  (r) =>
    `${N(pick(r, FG))} ${pick(r, EN_VERBS)}. ${pick(r, ['She', 'He'])} ${pick(r, EN_VERBS)}, ${pick(r, ['and', 'so', 'but'])} ${N(pick(r, FG))} ${pick(r, EN_VERBS)}.`,
  (r) =>
    `${pick(r, FILLER)}. ${N(anyFF(r))} ${pick(r, ['nói', 'cho biết', 'đồng ý mổ', 'hỏi lại kết quả'])}; ${pick(r, ['vợ', 'chồng', 'con gái'])} ${pick(r, ['ông', 'bà'])} ${N(anyFF(r))} ${pick(r, FILLER)}`,
  (r) =>
    `${pick(r, LOWER_CHAT_INTRO)} ${N(cased(r, r() < 0.5 ? kinhFull(r) : given(r), ['plainlower', 'lower']))}, ${pick(r, ['e hoi ket qua', 'cho e hỏi lịch khám', 'chau sot tu toi qua', 'nha o xa'])}`,
  (r) => `${pick(r, ['Ama', 'Amí', 'Ami'])} ${N(anyGiven(r))}`.replace(/^(\S+) \[\[N:/, '[[N:$1 '),
  // traps: a teknonym-like phrase without a name, English prose with capitalised non-names
  (r) => `${cap(pick(r, TEKNO_PARENT))} ${pick(r, ['cái', 'thằng', 'con'])} ${pick(r, ['bé', 'nhỏ', 'lớn', 'út', 'cả', 'đầu', 'thứ hai'])} ${pick(r, FILLER)}`,
  (r) =>
    `${pick(r, EN_CAPS)}: ${pick(r, EN_CAPS)} ${pick(r, ['confirmed', 'pending', 'negative', 'attached', 'required', 'N/A'])}. ${pick(r, EN_CAPS)} ${pick(r, EN_CAPS)} ${pick(r, EN_VERBS)}.`,
  (r) =>
    `${pick(r, FILLER)}, ${pick(r, ['bảo hiểm', 'hãng', 'công ty', 'thuốc', 'máy', 'điểm', 'thang'])} ${pick(r, EN_CAPS)} ${pick(r, EN_CAPS)} ${pick(r, FILLER)}`,
  (r) =>
    `${pick(r, ['The', 'This', 'Our', 'Please', 'Monday', 'Emergency', 'Hospital', 'Ward', 'Discharge', 'Blood'])} ${pick(r, ['results', 'patient', 'team', 'check', 'surgery', 'morning'])} ${pick(r, EN_VERBS)}.`,
];

/** Seeded synthetic training documents (3–7 lines each). */
export function synthDocs(count = 1400, seed = 60601): EvalDoc[] {
  const r = rng(seed);
  const docs: EvalDoc[] = [];
  for (let d = 0; d < count; d++) {
    const lines = Array.from({ length: 3 + Math.floor(r() * 5) }, () => pick(r, frames)(r).replace(/ {2,}/g, ' ').trim());
    docs.push(parseMarkup(`synth-${d + 1}`, 'synth', lines.join('\n')));
  }
  return docs;
}
