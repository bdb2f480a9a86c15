/**
 * Clinical specialties as departments (khoa) and training tracks are named in Vietnam.
 * `code` is a stable upper-case ASCII slug; never rename a code once it is stored.
 */
export interface Specialty {
  code: string;
  /** Vietnamese, with diacritics. */
  name: string;
  nameEn: string;
}

export const SPECIALTIES: readonly Specialty[] = Object.freeze(
  [
    { code: 'INTERNAL_MEDICINE', name: 'Nội tổng quát', nameEn: 'General internal medicine' },
    { code: 'CARDIOLOGY', name: 'Tim mạch', nameEn: 'Cardiology' },
    { code: 'PULMONOLOGY', name: 'Hô hấp', nameEn: 'Pulmonology' },
    { code: 'GASTROENTEROLOGY', name: 'Tiêu hóa', nameEn: 'Gastroenterology' },
    { code: 'NEPHROLOGY', name: 'Thận - Tiết niệu', nameEn: 'Nephrology and urology' },
    { code: 'ENDOCRINOLOGY', name: 'Nội tiết', nameEn: 'Endocrinology' },
    { code: 'NEUROLOGY', name: 'Thần kinh', nameEn: 'Neurology' },
    { code: 'RHEUMATOLOGY', name: 'Cơ xương khớp', nameEn: 'Rheumatology' },
    { code: 'HEMATOLOGY', name: 'Huyết học - Truyền máu', nameEn: 'Haematology and transfusion' },
    { code: 'INFECTIOUS_DISEASES', name: 'Truyền nhiễm', nameEn: 'Infectious diseases' },
    { code: 'TUBERCULOSIS', name: 'Lao và bệnh phổi', nameEn: 'Tuberculosis and lung diseases' },
    { code: 'DERMATOLOGY', name: 'Da liễu', nameEn: 'Dermatology' },
    { code: 'GERIATRICS', name: 'Lão khoa', nameEn: 'Geriatrics' },
    { code: 'PEDIATRICS', name: 'Nhi khoa', nameEn: 'Paediatrics' },
    { code: 'NEONATOLOGY', name: 'Sơ sinh', nameEn: 'Neonatology' },
    { code: 'OBSTETRICS_GYNECOLOGY', name: 'Sản phụ khoa', nameEn: 'Obstetrics and gynaecology' },
    { code: 'GENERAL_SURGERY', name: 'Ngoại tổng quát', nameEn: 'General surgery' },
    { code: 'UROLOGY', name: 'Ngoại tiết niệu', nameEn: 'Urological surgery' },
    { code: 'NEUROSURGERY', name: 'Ngoại thần kinh', nameEn: 'Neurosurgery' },
    { code: 'CARDIOTHORACIC_SURGERY', name: 'Ngoại tim mạch - Lồng ngực', nameEn: 'Cardiothoracic surgery' },
    { code: 'ORTHOPEDICS', name: 'Chấn thương chỉnh hình', nameEn: 'Orthopaedics and traumatology' },
    { code: 'BURNS', name: 'Bỏng', nameEn: 'Burns' },
    { code: 'CRITICAL_CARE', name: 'Hồi sức cấp cứu', nameEn: 'Emergency and critical care' },
    { code: 'ANESTHESIOLOGY', name: 'Gây mê hồi sức', nameEn: 'Anaesthesiology' },
    { code: 'ONCOLOGY', name: 'Ung bướu', nameEn: 'Oncology' },
    { code: 'OPHTHALMOLOGY', name: 'Mắt', nameEn: 'Ophthalmology' },
    { code: 'ENT', name: 'Tai Mũi Họng', nameEn: 'Otorhinolaryngology (ENT)' },
    { code: 'DENTISTRY', name: 'Răng Hàm Mặt', nameEn: 'Odonto-stomatology and maxillofacial surgery' },
    { code: 'RADIOLOGY', name: 'Chẩn đoán hình ảnh', nameEn: 'Diagnostic imaging' },
    { code: 'NUCLEAR_MEDICINE', name: 'Y học hạt nhân', nameEn: 'Nuclear medicine' },
    { code: 'LABORATORY', name: 'Xét nghiệm', nameEn: 'Laboratory medicine' },
    { code: 'PATHOLOGY', name: 'Giải phẫu bệnh', nameEn: 'Anatomical pathology' },
    { code: 'TRADITIONAL_MEDICINE', name: 'Y học cổ truyền', nameEn: 'Traditional medicine' },
    { code: 'REHABILITATION', name: 'Phục hồi chức năng', nameEn: 'Rehabilitation' },
    { code: 'PSYCHIATRY', name: 'Tâm thần', nameEn: 'Psychiatry' },
    { code: 'FAMILY_MEDICINE', name: 'Y học gia đình', nameEn: 'Family medicine' },
    { code: 'NUTRITION', name: 'Dinh dưỡng', nameEn: 'Clinical nutrition' },
    { code: 'CLINICAL_PHARMACY', name: 'Dược lâm sàng', nameEn: 'Clinical pharmacy' },
    { code: 'NURSING', name: 'Điều dưỡng', nameEn: 'Nursing' },
    { code: 'PREVENTIVE_MEDICINE', name: 'Y học dự phòng', nameEn: 'Preventive medicine' },
    { code: 'PUBLIC_HEALTH', name: 'Y tế công cộng', nameEn: 'Public health' },
  ].map((s) => Object.freeze(s)),
);

const SPECIALTY_BY_CODE: ReadonlyMap<string, Specialty> = new Map(SPECIALTIES.map((s) => [s.code, s]));

/** The specialty with this code, or `undefined`. */
export function specialtyByCode(code: string): Specialty | undefined {
  return SPECIALTY_BY_CODE.get(code);
}
