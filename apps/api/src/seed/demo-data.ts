/**
 * Deterministic demo data for Ketnoi: facilities, the documented named accounts and a
 * generated roster of health workers. Pure data, no database code; the seeder maps
 * `facilityKey` to facility ids.
 *
 * Everything here is fictional demo content. Facility names are realistic (real hospitals
 * are used as recognisable anchors), but no person, licence number or bio is real.
 *
 * Deterministic: there is no Math.random(); the roster is drawn from a fixed-seed
 * mulberry32 generator, so every call returns the same data, and
 * `generateDemoWorkers(n)` is a prefix of `generateDemoWorkers(m)` for n <= m.
 */
import { FacilityKind, FacilityLevel, FacilityOwnership, foldVietnamese, Profession, Role, specialtyByCode, VerificationStatus } from '@ketnoi/reference';

// ---------------------------------------------------------------------------
// Facilities
// ---------------------------------------------------------------------------

export interface DemoFacility {
  /** Stable ASCII key used to refer to the facility inside demo data. */
  key: string;
  name: string;
  level: FacilityLevel;
  kind: FacilityKind;
  ownership: FacilityOwnership;
  /** 2-digit statistics-office code from PROVINCES. */
  provinceCode: string;
}

export const DEMO_FACILITIES: readonly DemoFacility[] = Object.freeze(
  [
    // Hà Nội (01)
    {
      key: 'bach-mai',
      name: 'Bệnh viện Bạch Mai',
      level: FacilityLevel.SPECIALIZED,
      kind: FacilityKind.HOSPITAL,
      ownership: FacilityOwnership.CENTRAL,
      provinceCode: '01',
    },
    {
      key: 'nhi-trung-uong',
      name: 'Bệnh viện Nhi Trung ương',
      level: FacilityLevel.SPECIALIZED,
      kind: FacilityKind.HOSPITAL,
      ownership: FacilityOwnership.CENTRAL,
      provinceCode: '01',
    },
    {
      key: 'xanh-pon',
      name: 'Bệnh viện Đa khoa Xanh Pôn',
      level: FacilityLevel.BASIC,
      kind: FacilityKind.HOSPITAL,
      ownership: FacilityOwnership.PROVINCIAL,
      provinceCode: '01',
    },
    {
      key: 'tyt-bat-trang',
      name: 'Trạm y tế xã Bát Tràng',
      level: FacilityLevel.INITIAL,
      kind: FacilityKind.COMMUNE_HEALTH_STATION,
      ownership: FacilityOwnership.PROVINCIAL,
      provinceCode: '01',
    },
    // TP. Hồ Chí Minh (79)
    {
      key: 'cho-ray',
      name: 'Bệnh viện Chợ Rẫy',
      level: FacilityLevel.SPECIALIZED,
      kind: FacilityKind.HOSPITAL,
      ownership: FacilityOwnership.CENTRAL,
      provinceCode: '79',
    },
    {
      key: 'nhan-dan-gia-dinh',
      name: 'Bệnh viện Nhân dân Gia Định',
      level: FacilityLevel.BASIC,
      kind: FacilityKind.HOSPITAL,
      ownership: FacilityOwnership.PROVINCIAL,
      provinceCode: '79',
    },
    {
      key: 'pk-an-phuc',
      name: 'Phòng khám Đa khoa An Phúc',
      level: FacilityLevel.INITIAL,
      kind: FacilityKind.CLINIC,
      ownership: FacilityOwnership.PRIVATE,
      provinceCode: '79',
    },
    // Huế (46)
    {
      key: 'trung-uong-hue',
      name: 'Bệnh viện Trung ương Huế',
      level: FacilityLevel.SPECIALIZED,
      kind: FacilityKind.HOSPITAL,
      ownership: FacilityOwnership.CENTRAL,
      provinceCode: '46',
    },
    {
      key: 'ttyt-phu-vang',
      name: 'Trung tâm Y tế khu vực Phú Vang',
      level: FacilityLevel.BASIC,
      kind: FacilityKind.REGIONAL_MEDICAL_CENTER,
      ownership: FacilityOwnership.PROVINCIAL,
      provinceCode: '46',
    },
    // Đà Nẵng (48)
    {
      key: 'da-nang',
      name: 'Bệnh viện Đà Nẵng',
      level: FacilityLevel.SPECIALIZED,
      kind: FacilityKind.HOSPITAL,
      ownership: FacilityOwnership.PROVINCIAL,
      provinceCode: '48',
    },
    // Cần Thơ (92)
    {
      key: 'trung-uong-can-tho',
      name: 'Bệnh viện Đa khoa Trung ương Cần Thơ',
      level: FacilityLevel.SPECIALIZED,
      kind: FacilityKind.HOSPITAL,
      ownership: FacilityOwnership.CENTRAL,
      provinceCode: '92',
    },
    {
      key: 'ttyt-phong-dien',
      name: 'Trung tâm Y tế khu vực Phong Điền',
      level: FacilityLevel.BASIC,
      kind: FacilityKind.REGIONAL_MEDICAL_CENTER,
      ownership: FacilityOwnership.PROVINCIAL,
      provinceCode: '92',
    },
    // Lào Cai (15)
    {
      key: 'bvdk-lao-cai',
      name: 'Bệnh viện Đa khoa tỉnh Lào Cai',
      level: FacilityLevel.BASIC,
      kind: FacilityKind.HOSPITAL,
      ownership: FacilityOwnership.PROVINCIAL,
      provinceCode: '15',
    },
    // Nghệ An (40)
    {
      key: 'bvdk-nghe-an',
      name: 'Bệnh viện Hữu nghị Đa khoa Nghệ An',
      level: FacilityLevel.BASIC,
      kind: FacilityKind.HOSPITAL,
      ownership: FacilityOwnership.PROVINCIAL,
      provinceCode: '40',
    },
    // Đắk Lắk (66)
    {
      key: 'tyt-ea-kao',
      name: 'Trạm y tế xã Ea Kao',
      level: FacilityLevel.INITIAL,
      kind: FacilityKind.COMMUNE_HEALTH_STATION,
      ownership: FacilityOwnership.PROVINCIAL,
      provinceCode: '66',
    },
    // Cà Mau (96)
    {
      key: 'tyt-dat-mui',
      name: 'Trạm y tế xã Đất Mũi',
      level: FacilityLevel.INITIAL,
      kind: FacilityKind.COMMUNE_HEALTH_STATION,
      ownership: FacilityOwnership.PROVINCIAL,
      provinceCode: '96',
    },
  ].map((f) => Object.freeze(f)),
);

const FACILITY_BY_KEY: ReadonlyMap<string, DemoFacility> = new Map(DEMO_FACILITIES.map((f) => [f.key, f]));

export function demoFacilityByKey(key: string): DemoFacility | undefined {
  return FACILITY_BY_KEY.get(key);
}

// ---------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------

/**
 * The password of EVERY demo account (the named ones in DEMO_ACCOUNTS and all generated
 * workers). Demo/development only: the seeder must never run against production.
 */
export const DEMO_PASSWORD = 'Ketnoi-Demo-Tim-Phoi-2026';

export const DEMO_EMAIL_DOMAIN = 'demo.ketnoi.vn';

export type DemoSex = 'MALE' | 'FEMALE';

export interface DemoWorker {
  email: string;
  fullName: string;
  profession: Profession;
  specialtyCode?: string;
  /** Key into DEMO_FACILITIES. */
  facilityKey: string;
  roles: Role[];
  verificationStatus: VerificationStatus;
  title?: string;
  bio?: string;
  /** Practising licence number, e.g. `001234/BYT-CCHN`. */
  licenseNumber?: string;
  /** Issue date of the licence (YYYY-MM-DD); licences are renewed every 5 years. */
  licenseIssuedOn?: string;
  sex?: DemoSex;
  birthYear?: number;
  /**
   * Province scope of a DEPARTMENT_ADMIN (equals the province of their facility here;
   * spelled out so the seeder need not infer it).
   */
  scopeProvinceCode?: string;
}

/**
 * The documented named accounts (password: DEMO_PASSWORD).
 *
 * - admin.bachmai@demo.ketnoi.vn — facility admin of Bệnh viện Bạch Mai
 * - so.yte.hanoi@demo.ketnoi.vn  — Department of Health admin for Hà Nội (province 01)
 * - bo.yte@demo.ketnoi.vn        — Ministry of Health admin (national scope)
 * - bs.lan@demo.ketnoi.vn        — verified physician Nguyễn Thị Lan, cardiology, Bạch Mai
 * - dd.minh@demo.ketnoi.vn       — pending nurse at Trạm y tế xã Bát Tràng (Hà Nội), to be
 *                                  verified by the Hà Nội department admin
 *
 * The department and ministry admins are not staff of a care facility; since every account
 * carries a facility, they are attached to a facility inside their scope (Xanh Pôn for
 * Hà Nội, Bạch Mai for the ministry). Their scope comes from their role, not that facility.
 */
export const DEMO_ACCOUNTS: readonly DemoWorker[] = Object.freeze(
  [
    {
      email: `admin.bachmai@${DEMO_EMAIL_DOMAIN}`,
      fullName: 'Trần Quốc Hưng',
      profession: Profession.OTHER,
      facilityKey: 'bach-mai',
      roles: [Role.MEMBER, Role.FACILITY_ADMIN],
      verificationStatus: VerificationStatus.VERIFIED,
      title: 'Chuyên viên Phòng Tổ chức cán bộ',
      bio: 'Quản trị Ketnoi của Bệnh viện Bạch Mai: xác minh tài khoản nhân viên, quản lý danh sách nhân lực và bàn hội chẩn.',
      sex: 'MALE',
      birthYear: 1984,
    },
    {
      email: `so.yte.hanoi@${DEMO_EMAIL_DOMAIN}`,
      fullName: 'Phạm Thu Hà',
      profession: Profession.OTHER,
      facilityKey: 'xanh-pon',
      roles: [Role.MEMBER, Role.DEPARTMENT_ADMIN],
      verificationStatus: VerificationStatus.VERIFIED,
      title: 'Chuyên viên Sở Y tế Hà Nội',
      bio: 'Phụ trách kênh thông tin chính sách và thống kê nhân lực y tế của thành phố Hà Nội.',
      sex: 'FEMALE',
      birthYear: 1981,
      scopeProvinceCode: '01',
    },
    {
      email: `bo.yte@${DEMO_EMAIL_DOMAIN}`,
      fullName: 'Vũ Đức Thắng',
      profession: Profession.OTHER,
      facilityKey: 'bach-mai',
      roles: [Role.MEMBER, Role.MINISTRY_ADMIN],
      verificationStatus: VerificationStatus.VERIFIED,
      title: 'Chuyên viên Cục Quản lý Khám, chữa bệnh - Bộ Y tế',
      bio: 'Phụ trách thông báo chính sách toàn quốc và theo dõi phân bố nhân lực y tế.',
      sex: 'MALE',
      birthYear: 1978,
    },
    {
      email: `bs.lan@${DEMO_EMAIL_DOMAIN}`,
      fullName: 'Nguyễn Thị Lan',
      profession: Profession.PHYSICIAN,
      specialtyCode: 'CARDIOLOGY',
      facilityKey: 'bach-mai',
      roles: [Role.MEMBER],
      verificationStatus: VerificationStatus.VERIFIED,
      title: 'ThS. BS.',
      bio: 'Bác sĩ tim mạch tại Viện Tim mạch, Bệnh viện Bạch Mai. 12 năm kinh nghiệm về suy tim và tim mạch can thiệp. Sẵn sàng hội chẩn từ xa với đồng nghiệp tuyến dưới.',
      licenseNumber: '001234/BYT-CCHN',
      licenseIssuedOn: '2021-06-15',
      sex: 'FEMALE',
      birthYear: 1988,
    },
    {
      email: `dd.minh@${DEMO_EMAIL_DOMAIN}`,
      fullName: 'Lê Văn Minh',
      profession: Profession.NURSE,
      specialtyCode: 'NURSING',
      facilityKey: 'tyt-bat-trang',
      roles: [Role.MEMBER],
      verificationStatus: VerificationStatus.PENDING,
      title: 'ĐD.',
      bio: 'Điều dưỡng tại Trạm y tế xã Bát Tràng, phụ trách tiêm chủng mở rộng và quản lý người bệnh tăng huyết áp, đái tháo đường.',
      licenseNumber: '012345/HNO-CCHN',
      licenseIssuedOn: '2023-03-01',
      sex: 'MALE',
      birthYear: 1997,
    },
  ].map((a) => Object.freeze(a)) as DemoWorker[],
);

// ---------------------------------------------------------------------------
// Seeded PRNG
// ---------------------------------------------------------------------------

/** mulberry32: tiny, fast 32-bit PRNG. Returns a function yielding floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEMO_SEED = 0x4b4e2026;

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max], inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from empty list');
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }
}

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

/** Family names, weighted roughly by their share of the Vietnamese population (%). */
const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 3.5],
  ['Huỳnh', 2.5],
  ['Phan', 4.5],
  ['Vũ', 2.5],
  ['Võ', 3.5],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
];

const MIDDLE_NAMES: Record<DemoSex, readonly (readonly [string, number])[]> = {
  FEMALE: [
    ['Thị', 6],
    ['Ngọc', 2],
    ['Thu', 1.5],
    ['Thanh', 1.5],
    ['Minh', 1],
    ['Bích', 1],
    ['Hồng', 1],
    ['Kim', 1],
    ['Thùy', 1],
    ['Phương', 1],
  ],
  MALE: [
    ['Văn', 6],
    ['Minh', 2],
    ['Đức', 2],
    ['Hữu', 1.5],
    ['Quang', 1.5],
    ['Thanh', 1],
    ['Công', 1],
    ['Xuân', 1],
    ['Hoàng', 1],
    ['Trung', 1],
  ],
};

const GIVEN_NAMES: Record<DemoSex, readonly string[]> = {
  FEMALE: [
    'An',
    'Anh',
    'Chi',
    'Dung',
    'Giang',
    'Hà',
    'Hạnh',
    'Hằng',
    'Hoa',
    'Hương',
    'Huyền',
    'Lan',
    'Linh',
    'Mai',
    'Ngân',
    'Nhung',
    'Phương',
    'Thảo',
    'Trang',
    'Vy',
    'Yến',
    'Loan',
    'Tâm',
    'Oanh',
  ],
  MALE: [
    'Anh',
    'Bình',
    'Cường',
    'Dũng',
    'Đạt',
    'Hải',
    'Hiếu',
    'Hùng',
    'Huy',
    'Khánh',
    'Khoa',
    'Long',
    'Nam',
    'Phúc',
    'Quân',
    'Sơn',
    'Thắng',
    'Trung',
    'Tuấn',
    'Việt',
    'Tùng',
    'Lộc',
  ],
};

function asciiSlug(s: string): string {
  return foldVietnamese(s).replace(/[^a-z0-9]+/g, '');
}

// ---------------------------------------------------------------------------
// Professions, specialties, titles and bios
// ---------------------------------------------------------------------------

/** Profession mix by kind of facility (weights). */
const PROFESSION_MIX: Record<FacilityKind, readonly (readonly [Profession, number])[]> = {
  [FacilityKind.HOSPITAL]: [
    [Profession.PHYSICIAN, 42],
    [Profession.NURSE, 34],
    [Profession.MIDWIFE, 4],
    [Profession.MEDICAL_TECHNICIAN, 9],
    [Profession.PHARMACIST, 5],
    [Profession.CLINICAL_NUTRITIONIST, 2],
    [Profession.CLINICAL_PSYCHOLOGIST, 1],
    [Profession.PARAMEDIC, 1],
    [Profession.TRADITIONAL_MEDICINE, 1],
  ],
  [FacilityKind.REGIONAL_MEDICAL_CENTER]: [
    [Profession.PHYSICIAN, 30],
    [Profession.ASSISTANT_PHYSICIAN, 10],
    [Profession.NURSE, 30],
    [Profession.MIDWIFE, 12],
    [Profession.MEDICAL_TECHNICIAN, 8],
    [Profession.PHARMACIST, 5],
    [Profession.PARAMEDIC, 3],
    [Profession.TRADITIONAL_MEDICINE, 2],
  ],
  [FacilityKind.COMMUNE_HEALTH_STATION]: [
    [Profession.PHYSICIAN, 20],
    [Profession.ASSISTANT_PHYSICIAN, 30],
    [Profession.NURSE, 20],
    [Profession.MIDWIFE, 20],
    [Profession.TRADITIONAL_MEDICINE, 5],
    [Profession.PHARMACIST, 5],
  ],
  [FacilityKind.CLINIC]: [
    [Profession.PHYSICIAN, 50],
    [Profession.NURSE, 25],
    [Profession.MEDICAL_TECHNICIAN, 10],
    [Profession.PHARMACIST, 10],
    [Profession.TRADITIONAL_MEDICINE, 5],
  ],
  [FacilityKind.OTHER]: [[Profession.PHYSICIAN, 1]],
};

/** Relative number of demo workers per facility. */
function facilityWeight(f: DemoFacility): number {
  if (f.kind === FacilityKind.CLINIC) return 1;
  if (f.kind === FacilityKind.COMMUNE_HEALTH_STATION || f.kind === FacilityKind.REGIONAL_MEDICAL_CENTER) return 2;
  if (f.level === FacilityLevel.SPECIALIZED) return f.ownership === FacilityOwnership.CENTRAL ? 6 : 4;
  return 3;
}

const SPECIALIZED_GENERAL = [
  'INTERNAL_MEDICINE',
  'CARDIOLOGY',
  'PULMONOLOGY',
  'GASTROENTEROLOGY',
  'NEPHROLOGY',
  'ENDOCRINOLOGY',
  'NEUROLOGY',
  'RHEUMATOLOGY',
  'HEMATOLOGY',
  'INFECTIOUS_DISEASES',
  'GERIATRICS',
  'OBSTETRICS_GYNECOLOGY',
  'GENERAL_SURGERY',
  'UROLOGY',
  'NEUROSURGERY',
  'CARDIOTHORACIC_SURGERY',
  'ORTHOPEDICS',
  'CRITICAL_CARE',
  'ANESTHESIOLOGY',
  'ONCOLOGY',
  'RADIOLOGY',
  'NUCLEAR_MEDICINE',
  'PATHOLOGY',
  'DERMATOLOGY',
  'OPHTHALMOLOGY',
  'ENT',
  'DENTISTRY',
  'PSYCHIATRY',
  'TRADITIONAL_MEDICINE',
  'REHABILITATION',
  'PEDIATRICS',
] as const;
const BASIC_HOSPITAL = [
  'INTERNAL_MEDICINE',
  'CARDIOLOGY',
  'PULMONOLOGY',
  'GASTROENTEROLOGY',
  'ENDOCRINOLOGY',
  'NEUROLOGY',
  'INFECTIOUS_DISEASES',
  'PEDIATRICS',
  'OBSTETRICS_GYNECOLOGY',
  'GENERAL_SURGERY',
  'ORTHOPEDICS',
  'CRITICAL_CARE',
  'ANESTHESIOLOGY',
  'RADIOLOGY',
  'OPHTHALMOLOGY',
  'ENT',
  'DENTISTRY',
  'TRADITIONAL_MEDICINE',
  'REHABILITATION',
] as const;
const PEDIATRIC_HOSPITAL = [
  'PEDIATRICS',
  'PEDIATRICS',
  'NEONATOLOGY',
  'CRITICAL_CARE',
  'INFECTIOUS_DISEASES',
  'CARDIOLOGY',
  'PULMONOLOGY',
  'GASTROENTEROLOGY',
  'NEUROLOGY',
  'HEMATOLOGY',
  'ONCOLOGY',
  'GENERAL_SURGERY',
  'ANESTHESIOLOGY',
  'RADIOLOGY',
] as const;
const REGIONAL_CENTER = [
  'INTERNAL_MEDICINE',
  'PEDIATRICS',
  'OBSTETRICS_GYNECOLOGY',
  'GENERAL_SURGERY',
  'CRITICAL_CARE',
  'FAMILY_MEDICINE',
  'TRADITIONAL_MEDICINE',
  'PREVENTIVE_MEDICINE',
  'INFECTIOUS_DISEASES',
] as const;
const COMMUNE_STATION = ['FAMILY_MEDICINE', 'FAMILY_MEDICINE', 'INTERNAL_MEDICINE', 'PREVENTIVE_MEDICINE', 'TRADITIONAL_MEDICINE'] as const;
const CLINIC = ['INTERNAL_MEDICINE', 'PEDIATRICS', 'DERMATOLOGY', 'ENT', 'OBSTETRICS_GYNECOLOGY', 'FAMILY_MEDICINE', 'DENTISTRY', 'OPHTHALMOLOGY'] as const;

/** Physician specialties available at a facility. */
function physicianSpecialties(f: DemoFacility): readonly string[] {
  if (f.key === 'nhi-trung-uong') return PEDIATRIC_HOSPITAL;
  switch (f.kind) {
    case FacilityKind.HOSPITAL:
      return f.level === FacilityLevel.SPECIALIZED ? SPECIALIZED_GENERAL : BASIC_HOSPITAL;
    case FacilityKind.REGIONAL_MEDICAL_CENTER:
      return REGIONAL_CENTER;
    case FacilityKind.COMMUNE_HEALTH_STATION:
      return COMMUNE_STATION;
    case FacilityKind.CLINIC:
      return CLINIC;
    case FacilityKind.OTHER:
      return ['INTERNAL_MEDICINE'];
  }
}

const NURSE_WARDS = new Set([
  'CRITICAL_CARE',
  'ANESTHESIOLOGY',
  'PEDIATRICS',
  'NEONATOLOGY',
  'CARDIOLOGY',
  'ONCOLOGY',
  'GENERAL_SURGERY',
  'INTERNAL_MEDICINE',
  'ORTHOPEDICS',
  'NEUROLOGY',
]);

function pickSpecialty(rng: Rng, profession: Profession, f: DemoFacility): string | undefined {
  const pool = physicianSpecialties(f);
  switch (profession) {
    case Profession.PHYSICIAN:
      return rng.pick(pool);
    case Profession.ASSISTANT_PHYSICIAN:
      return rng.pick(['FAMILY_MEDICINE', 'FAMILY_MEDICINE', 'INTERNAL_MEDICINE', 'PREVENTIVE_MEDICINE', 'TRADITIONAL_MEDICINE']);
    case Profession.NURSE: {
      const wards = pool.filter((s) => NURSE_WARDS.has(s));
      return wards.length > 0 && rng.chance(0.5) ? rng.pick(wards) : 'NURSING';
    }
    case Profession.MIDWIFE:
      return f.key === 'nhi-trung-uong' || rng.chance(0.15) ? 'NEONATOLOGY' : 'OBSTETRICS_GYNECOLOGY';
    case Profession.MEDICAL_TECHNICIAN: {
      const techs = ['LABORATORY', 'LABORATORY', 'RADIOLOGY', 'RADIOLOGY', 'REHABILITATION'];
      if (f.level === FacilityLevel.SPECIALIZED) techs.push('PATHOLOGY');
      return rng.pick(techs);
    }
    case Profession.PHARMACIST:
      return 'CLINICAL_PHARMACY';
    case Profession.CLINICAL_NUTRITIONIST:
      return 'NUTRITION';
    case Profession.CLINICAL_PSYCHOLOGIST:
      return 'PSYCHIATRY';
    case Profession.PARAMEDIC:
      return 'CRITICAL_CARE';
    case Profession.TRADITIONAL_MEDICINE:
      return 'TRADITIONAL_MEDICINE';
    case Profession.OTHER:
      return undefined;
  }
}

const FEMALE_SHARE: Record<Profession, number> = {
  [Profession.PHYSICIAN]: 0.5,
  [Profession.ASSISTANT_PHYSICIAN]: 0.5,
  [Profession.NURSE]: 0.85,
  [Profession.MIDWIFE]: 1,
  [Profession.MEDICAL_TECHNICIAN]: 0.55,
  [Profession.CLINICAL_NUTRITIONIST]: 0.8,
  [Profession.PARAMEDIC]: 0.2,
  [Profession.CLINICAL_PSYCHOLOGIST]: 0.7,
  [Profession.TRADITIONAL_MEDICINE]: 0.25,
  [Profession.PHARMACIST]: 0.7,
  [Profession.OTHER]: 0.5,
};

/** Typical age at the start of practice, by profession. */
const ENTRY_AGE: Record<Profession, number> = {
  [Profession.PHYSICIAN]: 25,
  [Profession.ASSISTANT_PHYSICIAN]: 21,
  [Profession.NURSE]: 22,
  [Profession.MIDWIFE]: 22,
  [Profession.MEDICAL_TECHNICIAN]: 22,
  [Profession.CLINICAL_NUTRITIONIST]: 23,
  [Profession.PARAMEDIC]: 22,
  [Profession.CLINICAL_PSYCHOLOGIST]: 24,
  [Profession.TRADITIONAL_MEDICINE]: 30,
  [Profession.PHARMACIST]: 23,
  [Profession.OTHER]: 23,
};

function pickTitle(rng: Rng, profession: Profession, years: number, f: DemoFacility): string {
  // Only hospitals and regional medical centres have departments (khoa) with a head.
  const hasWards = f.kind === FacilityKind.HOSPITAL || f.kind === FacilityKind.REGIONAL_MEDICAL_CENTER;
  const senior = (withWards: readonly string[], without: readonly string[]) => rng.pick(hasWards ? withWards : without);
  switch (profession) {
    case Profession.PHYSICIAN:
      if (years < 4) return 'BS.';
      if (years < 10) return rng.pick(['ThS. BS.', 'BSCKI', 'BS. Nội trú']);
      if (years < 20) return rng.pick(['BSCKII', 'TS. BS.', 'ThS. BS.', 'BSCKI']);
      if (f.level === FacilityLevel.SPECIALIZED) return rng.pick(['PGS. TS. BS.', 'TS. BS.', 'BSCKII', 'BSCKII, Trưởng khoa']);
      return senior(['BSCKII', 'BSCKII, Trưởng khoa', 'BSCKI'], ['BSCKII', 'BSCKI']);
    case Profession.ASSISTANT_PHYSICIAN:
      return 'YS.';
    case Profession.NURSE:
      if (years < 5) return 'ĐD.';
      if (years < 15) return rng.pick(['CN. ĐD.', 'ĐD.']);
      return senior(['ĐD trưởng khoa', 'ThS. ĐD.', 'CN. ĐD.'], ['CN. ĐD.', 'ĐD.']);
    case Profession.MIDWIFE:
      return years < 15 ? rng.pick(['NHS.', 'CN. HS.']) : senior(['HS trưởng khoa', 'CN. HS.'], ['CN. HS.', 'NHS.']);
    case Profession.MEDICAL_TECHNICIAN:
      return years < 15 ? rng.pick(['KTV', 'CN. KTV']) : 'KTV trưởng';
    case Profession.PHARMACIST:
      return years < 8 || f.level === FacilityLevel.INITIAL ? 'DS.' : rng.pick(['DS. CKI', 'ThS. DS.']);
    case Profession.CLINICAL_NUTRITIONIST:
      return 'CN. Dinh dưỡng';
    case Profession.CLINICAL_PSYCHOLOGIST:
      return 'ThS. Tâm lý lâm sàng';
    case Profession.PARAMEDIC:
      return 'Cấp cứu viên';
    case Profession.TRADITIONAL_MEDICINE:
      return 'Lương y';
    case Profession.OTHER:
      return 'CV.';
  }
}

const ROLE_WORD: Record<Profession, string> = {
  [Profession.PHYSICIAN]: 'Bác sĩ',
  [Profession.ASSISTANT_PHYSICIAN]: 'Y sĩ',
  [Profession.NURSE]: 'Điều dưỡng',
  [Profession.MIDWIFE]: 'Hộ sinh',
  [Profession.MEDICAL_TECHNICIAN]: 'Kỹ thuật viên',
  [Profession.CLINICAL_NUTRITIONIST]: 'Cử nhân dinh dưỡng',
  [Profession.PARAMEDIC]: 'Cấp cứu viên ngoại viện',
  [Profession.CLINICAL_PSYCHOLOGIST]: 'Chuyên viên tâm lý lâm sàng',
  [Profession.TRADITIONAL_MEDICINE]: 'Lương y',
  [Profession.PHARMACIST]: 'Dược sĩ',
  [Profession.OTHER]: 'Nhân viên',
};

const INTERESTS: Record<Profession, readonly string[]> = {
  [Profession.PHYSICIAN]: [
    'Quan tâm đến hội chẩn từ xa và hỗ trợ chuyên môn cho tuyến dưới.',
    'Thường xuyên cập nhật phác đồ và y học chứng cứ.',
    'Tham gia đào tạo bác sĩ trẻ và chuyển giao kỹ thuật.',
    'Sẵn sàng trao đổi ca bệnh khó với đồng nghiệp.',
  ],
  [Profession.ASSISTANT_PHYSICIAN]: [
    'Khám chữa bệnh ban đầu và quản lý bệnh không lây nhiễm tại địa phương.',
    'Phụ trách tiêm chủng và chăm sóc sức khỏe người cao tuổi.',
  ],
  [Profession.NURSE]: [
    'Quan tâm đến chăm sóc người bệnh nặng và an toàn người bệnh.',
    'Phụ trách đào tạo điều dưỡng mới.',
    'Quan tâm đến kiểm soát nhiễm khuẩn.',
    'Chăm sóc và giáo dục sức khỏe cho người bệnh mạn tính.',
  ],
  [Profession.MIDWIFE]: ['Quan tâm đến chăm sóc bà mẹ và trẻ sơ sinh.', 'Tư vấn nuôi con bằng sữa mẹ và chăm sóc sau sinh.'],
  [Profession.MEDICAL_TECHNICIAN]: ['Quan tâm đến kiểm soát chất lượng và kỹ thuật mới.', 'Quan tâm đến an toàn người bệnh và an toàn bức xạ.'],
  [Profession.CLINICAL_NUTRITIONIST]: ['Tư vấn dinh dưỡng cho người bệnh nội trú và ngoại trú.'],
  [Profession.PARAMEDIC]: ['Cấp cứu ngoại viện và vận chuyển người bệnh an toàn.'],
  [Profession.CLINICAL_PSYCHOLOGIST]: ['Đánh giá và trị liệu tâm lý cho người bệnh và gia đình.'],
  [Profession.TRADITIONAL_MEDICINE]: ['Khám chữa bệnh bằng y học cổ truyền, châm cứu, xoa bóp bấm huyệt.'],
  [Profession.PHARMACIST]: ['Quan tâm đến sử dụng kháng sinh hợp lý và tương tác thuốc.'],
  [Profession.OTHER]: ['Hỗ trợ công tác quản lý tại đơn vị.'],
};

/** Interests of physicians working in primary care (commune, regional centre, clinic). */
const PRIMARY_CARE_PHYSICIAN_INTERESTS: readonly string[] = [
  'Quan tâm đến chăm sóc sức khỏe ban đầu và y học dự phòng.',
  'Mong được hội chẩn với bác sĩ tuyến trên về các ca bệnh khó.',
  'Quan tâm đến quản lý bệnh mạn tính tại cộng đồng.',
];

/** Professions whose specialty only restates the profession, so the bio leaves it out. */
const SPECIALTY_IMPLIED = new Set<Profession>([
  Profession.PHARMACIST,
  Profession.CLINICAL_NUTRITIONIST,
  Profession.CLINICAL_PSYCHOLOGIST,
  Profession.PARAMEDIC,
  Profession.TRADITIONAL_MEDICINE,
]);

function makeBio(rng: Rng, profession: Profession, specialtyCode: string | undefined, years: number, f: DemoFacility): string {
  const spec = specialtyCode ? specialtyByCode(specialtyCode) : undefined;
  const specPart = spec && spec.code !== 'NURSING' && !SPECIALTY_IMPLIED.has(profession) ? ` chuyên ngành ${spec.name.toLowerCase()}` : '';
  const primaryCare = f.kind !== FacilityKind.HOSPITAL;
  const interests = profession === Profession.PHYSICIAN && primaryCare ? PRIMARY_CARE_PHYSICIAN_INTERESTS : INTERESTS[profession];
  return `${ROLE_WORD[profession]}${specPart} tại ${f.name}. ${years} năm kinh nghiệm. ${rng.pick(interests)}`;
}

/**
 * Issuer part of a licence number: BYT (Ministry of Health) for central facilities,
 * otherwise the province. Plausible abbreviations for demo only.
 */
const LICENSE_ISSUER: Record<string, string> = {
  '01': 'HNO',
  '15': 'LCA',
  '40': 'NAN',
  '46': 'HUE',
  '48': 'DNA',
  '66': 'DLA',
  '79': 'HCM',
  '92': 'CTH',
  '96': 'CMA',
};

function licenseIssuer(f: DemoFacility): string {
  if (f.ownership === FacilityOwnership.CENTRAL) return 'BYT';
  return LICENSE_ISSUER[f.provinceCode] ?? `T${f.provinceCode}`;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------

/** Reference "today" for ages and licence dates, fixed so output never drifts. */
const DEMO_YEAR = 2026;

/**
 * `count` generated health workers (roles [MEMBER]), all with DEMO_PASSWORD.
 * E-mails are `given.family.N@demo.ketnoi.vn` (ASCII), N = 1-based index.
 * Same output on every call; a smaller count yields a prefix of a larger one.
 */
export function generateDemoWorkers(count = 50): DemoWorker[] {
  const rng = new Rng(DEMO_SEED);
  const facilityWeights = DEMO_FACILITIES.map((f) => [f, facilityWeight(f)] as const);
  const usedLicenses = new Set(DEMO_ACCOUNTS.map((a) => a.licenseNumber).filter((l): l is string => !!l));
  const usedNames = new Set(DEMO_ACCOUNTS.map((a) => a.fullName));
  const workers: DemoWorker[] = [];

  for (let i = 0; i < count; i++) {
    const f = rng.weighted(facilityWeights);
    const profession = rng.weighted(PROFESSION_MIX[f.kind]);
    const sex: DemoSex = rng.chance(FEMALE_SHARE[profession]) ? 'FEMALE' : 'MALE';

    let family = '';
    let middle = '';
    let given = '';
    let fullName = '';
    do {
      family = rng.weighted(FAMILY_NAMES);
      middle = rng.weighted(MIDDLE_NAMES[sex]);
      given = rng.pick(GIVEN_NAMES[sex]);
      fullName = `${family} ${middle} ${given}`;
    } while (middle === given || middle === family || usedNames.has(fullName));
    usedNames.add(fullName);

    const entryAge = ENTRY_AGE[profession];
    const age = rng.int(Math.max(24, entryAge + 1), 60);
    const years = Math.max(1, age - entryAge);
    const specialtyCode = pickSpecialty(rng, profession, f);
    const title = pickTitle(rng, profession, years, f);
    const bio = makeBio(rng, profession, specialtyCode, years, f);

    let licenseNumber: string;
    do {
      licenseNumber = `${pad(rng.int(100, 49999), 6)}/${licenseIssuer(f)}-CCHN`;
    } while (usedLicenses.has(licenseNumber));
    usedLicenses.add(licenseNumber);
    // Issued within the last 5 years, so renewals (every 5 years) fall due 2026-2030.
    const issuedYear = rng.int(Math.max(DEMO_YEAR - 5, DEMO_YEAR - years), DEMO_YEAR - 1);
    const licenseIssuedOn = `${issuedYear}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`;

    const verificationStatus = rng.chance(0.12) ? VerificationStatus.PENDING : VerificationStatus.VERIFIED;

    workers.push({
      email: `${asciiSlug(given)}.${asciiSlug(family)}.${i + 1}@${DEMO_EMAIL_DOMAIN}`,
      fullName,
      profession,
      specialtyCode,
      facilityKey: f.key,
      roles: [Role.MEMBER],
      verificationStatus,
      title,
      bio,
      licenseNumber,
      licenseIssuedOn,
      sex,
      birthYear: DEMO_YEAR - age,
    });
  }
  return workers;
}

/** All demo accounts: the named ones followed by `count` generated workers. */
export function allDemoAccounts(count = 50): DemoWorker[] {
  return [...DEMO_ACCOUNTS.map((a) => ({ ...a, roles: [...a.roles] })), ...generateDemoWorkers(count)];
}
