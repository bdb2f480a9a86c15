/**
 * Licensed health professions under the 2023 Law on Medical Examination and Treatment
 * (Luật Khám bệnh, chữa bệnh 15/2023/QH15), plus pharmacists and other (non-clinical) staff.
 */
export enum Profession {
  PHYSICIAN = 'PHYSICIAN',
  ASSISTANT_PHYSICIAN = 'ASSISTANT_PHYSICIAN',
  NURSE = 'NURSE',
  MIDWIFE = 'MIDWIFE',
  MEDICAL_TECHNICIAN = 'MEDICAL_TECHNICIAN',
  CLINICAL_NUTRITIONIST = 'CLINICAL_NUTRITIONIST',
  PARAMEDIC = 'PARAMEDIC',
  CLINICAL_PSYCHOLOGIST = 'CLINICAL_PSYCHOLOGIST',
  TRADITIONAL_MEDICINE = 'TRADITIONAL_MEDICINE',
  PHARMACIST = 'PHARMACIST',
  OTHER = 'OTHER',
}

export interface ProfessionInfo {
  code: Profession;
  nameVi: string;
  nameEn: string;
}

export const PROFESSIONS: readonly ProfessionInfo[] = Object.freeze(
  [
    { code: Profession.PHYSICIAN, nameVi: 'Bác sĩ', nameEn: 'Physician' },
    { code: Profession.ASSISTANT_PHYSICIAN, nameVi: 'Y sĩ', nameEn: 'Assistant physician' },
    { code: Profession.NURSE, nameVi: 'Điều dưỡng', nameEn: 'Nurse' },
    { code: Profession.MIDWIFE, nameVi: 'Hộ sinh', nameEn: 'Midwife' },
    { code: Profession.MEDICAL_TECHNICIAN, nameVi: 'Kỹ thuật y', nameEn: 'Medical technician' },
    { code: Profession.CLINICAL_NUTRITIONIST, nameVi: 'Dinh dưỡng lâm sàng', nameEn: 'Clinical nutritionist' },
    { code: Profession.PARAMEDIC, nameVi: 'Cấp cứu viên ngoại viện', nameEn: 'Paramedic' },
    { code: Profession.CLINICAL_PSYCHOLOGIST, nameVi: 'Tâm lý lâm sàng', nameEn: 'Clinical psychologist' },
    { code: Profession.TRADITIONAL_MEDICINE, nameVi: 'Lương y', nameEn: 'Traditional medicine practitioner' },
    { code: Profession.PHARMACIST, nameVi: 'Dược sĩ', nameEn: 'Pharmacist' },
    { code: Profession.OTHER, nameVi: 'Khác', nameEn: 'Other' },
  ].map((p) => Object.freeze(p)),
);

const PROFESSION_BY_CODE: ReadonlyMap<string, ProfessionInfo> = new Map(PROFESSIONS.map((p) => [p.code, p]));

export function professionByCode(code: string): ProfessionInfo | undefined {
  return PROFESSION_BY_CODE.get(code);
}

/** Doctors, nurses and midwives: the professions counted against the WHO 44.5 / 10,000 threshold. */
export const WHO_CORE_PROFESSIONS: readonly Profession[] = Object.freeze([Profession.PHYSICIAN, Profession.NURSE, Profession.MIDWIFE]);
