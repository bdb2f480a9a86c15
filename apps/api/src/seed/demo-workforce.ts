import { DataSource } from 'typeorm';
import { newId } from '@ketnoi/platform';
import { FacilityKind, FacilityLevel, FacilityOwnership, foldVietnamese, provinceByCode } from '@ketnoi/reference';
import { FacilityEntity } from '@ketnoi/directory';
import { DEFAULT_POPULATION, RegistryRefresh } from '@ketnoi/workforce';

/**
 * Demo registry (synthetic, labelled as such): for each demo province, extra regional
 * centres and commune stations and a roster whose size gives a realistic density
 * (doctors + nurses + midwives per 10,000 against the default denominator). Six provinces
 * land under the WHO line of 44.5; about one licence in ten ends within 180 days; some rows
 * carry CME hours. Generated in SQL (generate_series), about 230,000 rows in a few seconds.
 */
export const DEMO_CORE_DENSITY: Readonly<Record<string, number>> = {
  '01': 52, // Hà Nội
  '46': 61, // Huế
  '48': 55, // Đà Nẵng
  '79': 38, // Hồ Chí Minh
  '92': 41, // Cần Thơ
  '15': 34, // Lào Cai
  '40': 30, // Nghệ An
  '66': 27, // Đắk Lắk
  '96': 25, // Cà Mau
};
/** Share of the roster who are doctors, nurses or midwives (see PROFESSION_MIX). */
const CORE_SHARE = 0.8;
const EXTRA_CENTRES = 4;
const EXTRA_STATIONS = 12;

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Minh', 'Thanh', 'Hồng', 'Phương', 'Kim'];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Thanh', 'Công', 'Xuân'];
const SECOND_F = ['Thanh', 'Bảo', 'Diệu', 'Khánh', 'Mỹ', 'Như', 'Quỳnh', 'Tú', 'Xuân'];
const SECOND_M = ['Anh', 'Bảo', 'Đình', 'Gia', 'Hoài', 'Khắc', 'Ngọc', 'Trọng', 'Việt'];
const GIVEN_F = ['Lan', 'Hương', 'Mai', 'Hạnh', 'Thảo', 'Trang', 'Linh', 'Nhung', 'Hà', 'Yến', 'Vân', 'Ngân', 'Thủy', 'Dung', 'Loan', 'Hoa'];
const GIVEN_M = ['Hùng', 'Dũng', 'Nam', 'Sơn', 'Tuấn', 'Long', 'Minh', 'Quang', 'Phúc', 'Khoa', 'Thắng', 'Hải', 'Bình', 'Trung', 'Hiếu', 'Tâm'];
/** Profession by bucket of 100. */
const PROFESSION_MIX: [string, number][] = [
  ['PHYSICIAN', 28],
  ['NURSE', 45],
  ['MIDWIFE', 7],
  ['ASSISTANT_PHYSICIAN', 5],
  ['MEDICAL_TECHNICIAN', 6],
  ['PHARMACIST', 6],
  ['OTHER', 3],
];
const SPECIALTIES = [
  'INTERNAL_MEDICINE',
  'PEDIATRICS',
  'OBSTETRICS_GYNECOLOGY',
  'GENERAL_SURGERY',
  'CARDIOLOGY',
  'CRITICAL_CARE',
  'ANESTHESIOLOGY',
  'INFECTIOUS_DISEASES',
  'ORTHOPEDICS',
  'NEUROLOGY',
  'ONCOLOGY',
  'OPHTHALMOLOGY',
];

const arr = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(',')}]`;

/** The i-th synthetic name (or its folded form, with `map`), chosen by modulo from the lists. */
const nameSql = (map: (xs: string[]) => string[]) =>
  `(${arr(map(SURNAMES))})[1 + (i * 7) % ${SURNAMES.length}] || ' ' ||
   CASE WHEN female THEN (${arr(map(MIDDLE_F))})[1 + (i / 3) % ${MIDDLE_F.length}] || ' ' ||
          CASE WHEN i % 5 < 2 THEN (${arr(map(SECOND_F))})[1 + (i / 11) % ${SECOND_F.length}] || ' ' ELSE '' END || (${arr(map(GIVEN_F))})[1 + (i * 31 / 5) % ${GIVEN_F.length}]
        ELSE (${arr(map(MIDDLE_M))})[1 + (i / 3) % ${MIDDLE_M.length}] || ' ' ||
          CASE WHEN i % 5 < 2 THEN (${arr(map(SECOND_M))})[1 + (i / 11) % ${SECOND_M.length}] || ' ' ELSE '' END || (${arr(map(GIVEN_M))})[1 + (i * 31 / 5) % ${GIVEN_M.length}] END`;

export async function seedDemoWorkforce(dataSource: DataSource, refresh: RegistryRefresh): Promise<number> {
  const byProvince = new Map<string, string[]>();
  for (const f of await dataSource.getRepository(FacilityEntity).find()) byProvince.set(f.provinceCode, [...(byProvince.get(f.provinceCode) ?? []), f.id]);
  const professionCase = (() => {
    let acc = 0;
    return `CASE ${PROFESSION_MIX.map(([p, n]) => `WHEN (i * 37) % 100 < ${(acc += n)} THEN '${p}'`).join(' ')} END`;
  })();
  let total = 0;
  await refresh.ensureReferenceData();
  await dataSource.transaction(async (m) => {
    for (const [code, density] of Object.entries(DEMO_CORE_DENSITY)) {
      const province = provinceByCode(code)!;
      const extra = [
        ...Array.from({ length: EXTRA_CENTRES }, (_, k) => ({
          name: `Trung tâm Y tế khu vực số ${k + 1} (${province.name})`,
          level: FacilityLevel.BASIC,
          kind: FacilityKind.REGIONAL_MEDICAL_CENTER,
        })),
        ...Array.from({ length: EXTRA_STATIONS }, (_, k) => ({
          name: `Trạm y tế xã số ${k + 1} (${province.name})`,
          level: FacilityLevel.INITIAL,
          kind: FacilityKind.COMMUNE_HEALTH_STATION,
        })),
      ].map((f) => ({
        id: newId(),
        name: f.name,
        searchText: foldVietnamese(f.name),
        level: f.level,
        kind: f.kind,
        ownership: FacilityOwnership.PROVINCIAL,
        provinceCode: code,
      }));
      await m.insert(FacilityEntity, extra);
      // Staff go mostly to hospitals: weights 60 (demo facilities), 10 (centres), 1 (stations).
      const demoIds = byProvince.get(code) ?? [];
      const weighted = [
        ...demoIds.flatMap((id) => Array<string>(60).fill(id)),
        ...extra.flatMap((f) => Array<string>(f.level === FacilityLevel.BASIC ? 10 : 1).fill(f.id)),
      ];
      const rows = Math.round((density * DEFAULT_POPULATION[code]) / 10_000 / CORE_SHARE);
      const importId = newId();
      await m.query(
        `INSERT INTO workforce_roster_entries (id, facility_id, full_name, search_text, profession, specialty_code, sex, birth_year,
                                               license_number, license_valid_until, position, cme_hours, import_id)
         SELECT gen_random_uuid(), ($1::uuid[])[1 + (i * 7919) % cardinality($1::uuid[])], n.full_name, n.search_text, p.profession,
                CASE WHEN p.profession = 'PHYSICIAN' THEN (${arr(SPECIALTIES)})[1 + (i * 13) % ${SPECIALTIES.length}] END,
                CASE WHEN female THEN 'FEMALE' ELSE 'MALE' END, 1962 + (i * 11) % 40,
                CASE WHEN i % 7 <> 0 THEN 'DEMO-${code}-' || i END,
                CASE WHEN i % 7 <> 0 THEN current_date + ((i * 29) % 1825) END,
                NULL, CASE WHEN i % 3 = 0 THEN (i * 17) % 130 END, $2
           FROM generate_series(1, $3::int) AS i
           CROSS JOIN LATERAL (SELECT (i * 53) % 100 < 68 AS female) s
           CROSS JOIN LATERAL (SELECT ${professionCase} AS profession) p
           CROSS JOIN LATERAL (SELECT ${nameSql((xs) => xs)} AS full_name, ${nameSql((xs) => xs.map(foldVietnamese))} AS search_text) n`,
        [weighted, importId, rows],
      );
      total += rows;
    }
  });
  await refresh.refreshAll();
  return total;
}
