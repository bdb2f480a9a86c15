/**
 * Facility classification under the 2023 Law on Medical Examination and Treatment
 * (15/2023/QH15, in force 2024): three technical levels (cấp chuyên môn kỹ thuật),
 * plus the kind of facility and who owns it.
 */
export enum FacilityLevel {
  /** Cấp khám bệnh, chữa bệnh ban đầu: commune health stations, clinics, … */
  INITIAL = 'INITIAL',
  /** Cấp cơ bản: most provincial and regional (former district) hospitals. */
  BASIC = 'BASIC',
  /** Cấp chuyên sâu: central and leading provincial hospitals. */
  SPECIALIZED = 'SPECIALIZED',
}

export enum FacilityKind {
  HOSPITAL = 'HOSPITAL',
  REGIONAL_MEDICAL_CENTER = 'REGIONAL_MEDICAL_CENTER',
  COMMUNE_HEALTH_STATION = 'COMMUNE_HEALTH_STATION',
  CLINIC = 'CLINIC',
  OTHER = 'OTHER',
}

export enum FacilityOwnership {
  /** Run by the Ministry of Health (or another central ministry). */
  CENTRAL = 'CENTRAL',
  /** Run by the province (Department of Health). */
  PROVINCIAL = 'PROVINCIAL',
  PRIVATE = 'PRIVATE',
}

export interface FacilityLabel<C extends string> {
  code: C;
  nameVi: string;
  nameEn: string;
}

export const FACILITY_LEVELS: readonly FacilityLabel<FacilityLevel>[] = Object.freeze(
  [
    { code: FacilityLevel.INITIAL, nameVi: 'Ban đầu', nameEn: 'Initial' },
    { code: FacilityLevel.BASIC, nameVi: 'Cơ bản', nameEn: 'Basic' },
    { code: FacilityLevel.SPECIALIZED, nameVi: 'Chuyên sâu', nameEn: 'Specialised' },
  ].map((l) => Object.freeze(l)),
);

export const FACILITY_KINDS: readonly FacilityLabel<FacilityKind>[] = Object.freeze(
  [
    { code: FacilityKind.HOSPITAL, nameVi: 'Bệnh viện', nameEn: 'Hospital' },
    { code: FacilityKind.REGIONAL_MEDICAL_CENTER, nameVi: 'Trung tâm y tế khu vực', nameEn: 'Regional medical centre' },
    { code: FacilityKind.COMMUNE_HEALTH_STATION, nameVi: 'Trạm y tế xã, phường', nameEn: 'Commune health station' },
    { code: FacilityKind.CLINIC, nameVi: 'Phòng khám', nameEn: 'Clinic' },
    { code: FacilityKind.OTHER, nameVi: 'Khác', nameEn: 'Other' },
  ].map((k) => Object.freeze(k)),
);

export const FACILITY_OWNERSHIPS: readonly FacilityLabel<FacilityOwnership>[] = Object.freeze(
  [
    { code: FacilityOwnership.CENTRAL, nameVi: 'Trung ương', nameEn: 'Central (Ministry of Health)' },
    { code: FacilityOwnership.PROVINCIAL, nameVi: 'Tỉnh, thành phố', nameEn: 'Provincial' },
    { code: FacilityOwnership.PRIVATE, nameVi: 'Tư nhân', nameEn: 'Private' },
  ].map((o) => Object.freeze(o)),
);
