import * as fs from 'fs';
import * as path from 'path';
import {
  CENTRALLY_RUN_CITY_CODES,
  FACILITY_KINDS,
  FACILITY_LEVELS,
  FACILITY_OWNERSHIPS,
  FacilityKind,
  FacilityLevel,
  FacilityOwnership,
  foldVietnamese,
  Profession,
  PROFESSIONS,
  professionByCode,
  provinceByCode,
  provinceFullName,
  PROVINCES,
  Role,
  ROLES,
  SPECIALTIES,
  specialtyByCode,
  VERIFICATION_STATUSES,
  VerificationStatus,
} from './index';

// Copied into the repository with its provenance (libs/reference/data/README.md).
const TOPO_PATH = path.join(__dirname, '../data/vn-provinces-34.topo.json');

interface TopoGeometry {
  properties: { code: string; name: string };
}

function topoProvinces(): { code: string; name: string }[] {
  const topo = JSON.parse(fs.readFileSync(TOPO_PATH, 'utf8')) as {
    objects: Record<string, { geometries: TopoGeometry[] }>;
  };
  return Object.values(topo.objects).flatMap((o) => o.geometries.map((g) => g.properties));
}

describe('provinces', () => {
  it('has the 34 post-2025 provinces with unique 2-digit codes and unique names', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(34);
    expect(new Set(PROVINCES.map((p) => p.name)).size).toBe(34);
    for (const p of PROVINCES) expect(p.code).toMatch(/^\d{2}$/);
  });

  it('matches the codes and names of the shared topojson exactly', () => {
    const topo = topoProvinces();
    expect(topo).toHaveLength(34);
    const topoByCode = new Map(topo.map((p) => [p.code, p.name]));
    for (const p of PROVINCES) {
      expect(topoByCode.get(p.code)).toBe(p.name);
    }
    for (const t of topo) {
      expect(provinceByCode(t.code)?.name).toBe(t.name);
    }
  });

  it('uses NFC names', () => {
    for (const p of PROVINCES) expect(p.name).toBe(p.name.normalize('NFC'));
  });

  it('looks provinces up by code', () => {
    expect(provinceByCode('01')?.name).toBe('Hà Nội');
    expect(provinceByCode('79')?.name).toBe('Hồ Chí Minh');
    expect(provinceByCode('46')?.name).toBe('Huế');
    expect(provinceByCode('99')).toBeUndefined();
    expect(provinceByCode('1')).toBeUndefined();
  });

  it('knows the six centrally-run cities', () => {
    expect(CENTRALLY_RUN_CITY_CODES).toHaveLength(6);
    for (const c of CENTRALLY_RUN_CITY_CODES) expect(provinceByCode(c)).toBeDefined();
    expect(provinceFullName('79')).toBe('Thành phố Hồ Chí Minh');
    expect(provinceFullName('15')).toBe('Tỉnh Lào Cai');
    expect(provinceFullName('00')).toBeUndefined();
  });
});

describe('professions', () => {
  it('lists every Profession value once, with string values equal to keys', () => {
    const values = Object.values(Profession);
    expect(values).toHaveLength(11);
    for (const [k, v] of Object.entries(Profession)) expect(v).toBe(k);
    expect(PROFESSIONS.map((p) => p.code).sort()).toEqual([...values].sort());
    expect(professionByCode('NURSE')?.nameVi).toBe('Điều dưỡng');
    expect(professionByCode('PARAMEDIC')?.nameVi).toBe('Cấp cứu viên ngoại viện');
  });
});

describe('specialties', () => {
  it('has unique upper-case ASCII codes and non-empty names', () => {
    expect(SPECIALTIES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(SPECIALTIES.map((s) => s.code)).size).toBe(SPECIALTIES.length);
    expect(new Set(SPECIALTIES.map((s) => s.name)).size).toBe(SPECIALTIES.length);
    for (const s of SPECIALTIES) {
      expect(s.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(s.name.trim()).not.toBe('');
      expect(s.nameEn.trim()).not.toBe('');
      expect(s.name).toBe(s.name.normalize('NFC'));
    }
  });

  it('looks specialties up by code', () => {
    expect(specialtyByCode('CARDIOLOGY')?.name).toBe('Tim mạch');
    expect(specialtyByCode('NOPE')).toBeUndefined();
  });
});

describe('facility classification, roles and statuses', () => {
  it('labels every enum value exactly once', () => {
    const check = (labels: readonly { code: string }[], e: Record<string, string>) => {
      expect(labels.map((l) => l.code).sort()).toEqual(Object.values(e).sort());
      for (const [k, v] of Object.entries(e)) expect(v).toBe(k);
    };
    check(FACILITY_LEVELS, FacilityLevel);
    check(FACILITY_KINDS, FacilityKind);
    check(FACILITY_OWNERSHIPS, FacilityOwnership);
    check(ROLES, Role);
    check(VERIFICATION_STATUSES, VerificationStatus);
  });
});

describe('foldVietnamese', () => {
  it.each([
    ['Nguyễn Thị Lan', 'nguyen thi lan'],
    ['Đặng', 'dang'],
    ['đường', 'duong'],
    ['ĐỖ ĐỨC ĐẠT', 'do duc dat'],
    ['Hồ Chí Minh', 'ho chi minh'],
    ['Thanh Hóa', 'thanh hoa'],
    ['Khánh Hoà', 'khanh hoa'],
    ['Trương Mỹ Ơn', 'truong my on'],
    ['Ưng Hoàng Phúc', 'ung hoang phuc'],
    ['  Phạm   Văn\t\nBình  ', 'pham van binh'],
    ['Lê\u00a0Văn Tám', 'le van tam'],
    ['', ''],
    ['BSCKII 2026', 'bsckii 2026'],
  ])('%j → %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('gives the same key for NFC and NFD input', () => {
    const nfc = 'Nguyễn Thị Lan Đặng';
    expect(foldVietnamese(nfc.normalize('NFD'))).toBe(foldVietnamese(nfc));
  });

  it('is idempotent', () => {
    const once = foldVietnamese('Bệnh viện Trung ương Huế');
    expect(foldVietnamese(once)).toBe(once);
  });
});
