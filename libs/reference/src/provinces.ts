/**
 * The 34 provinces and centrally-run cities of Vietnam since the July 2025 reform
 * (Resolution 202/2025/QH15; two-level local government: province, then commune/ward).
 *
 * `code` is the 2-digit General Statistics Office code of the new province (NOT the old
 * 63-province code used as the CCCD citizen-ID prefix; do not mix the two).
 * `name` is the short Vietnamese name exactly as in libs/reference/data/vn-provinces-34.topo.json
 * (e.g. "Hồ Chí Minh", not "Thành phố Hồ Chí Minh"); see `provinceFullName` for the official
 * long form.
 */
export interface Province {
  code: string;
  name: string;
}

export const PROVINCES: readonly Province[] = Object.freeze(
  [
    { code: '01', name: 'Hà Nội' },
    { code: '04', name: 'Cao Bằng' },
    { code: '08', name: 'Tuyên Quang' },
    { code: '11', name: 'Điện Biên' },
    { code: '12', name: 'Lai Châu' },
    { code: '14', name: 'Sơn La' },
    { code: '15', name: 'Lào Cai' },
    { code: '19', name: 'Thái Nguyên' },
    { code: '20', name: 'Lạng Sơn' },
    { code: '22', name: 'Quảng Ninh' },
    { code: '24', name: 'Bắc Ninh' },
    { code: '25', name: 'Phú Thọ' },
    { code: '31', name: 'Hải Phòng' },
    { code: '33', name: 'Hưng Yên' },
    { code: '37', name: 'Ninh Bình' },
    { code: '38', name: 'Thanh Hóa' },
    { code: '40', name: 'Nghệ An' },
    { code: '42', name: 'Hà Tĩnh' },
    { code: '44', name: 'Quảng Trị' },
    { code: '46', name: 'Huế' },
    { code: '48', name: 'Đà Nẵng' },
    { code: '51', name: 'Quảng Ngãi' },
    { code: '52', name: 'Gia Lai' },
    { code: '56', name: 'Khánh Hòa' },
    { code: '66', name: 'Đắk Lắk' },
    { code: '68', name: 'Lâm Đồng' },
    { code: '75', name: 'Đồng Nai' },
    { code: '79', name: 'Hồ Chí Minh' },
    { code: '80', name: 'Tây Ninh' },
    { code: '82', name: 'Đồng Tháp' },
    { code: '86', name: 'Vĩnh Long' },
    { code: '91', name: 'An Giang' },
    { code: '92', name: 'Cần Thơ' },
    { code: '96', name: 'Cà Mau' },
  ].map((p) => Object.freeze(p)),
);

/**
 * Codes of the six centrally-run cities (thành phố trực thuộc trung ương) among the 34.
 * The other 28 are provinces (tỉnh).
 */
export const CENTRALLY_RUN_CITY_CODES: readonly string[] = Object.freeze(['01', '31', '46', '48', '79', '92']);

const PROVINCE_BY_CODE: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [p.code, p]));

/** The province with this 2-digit statistics-office code, or `undefined`. */
export function provinceByCode(code: string): Province | undefined {
  return PROVINCE_BY_CODE.get(code);
}

export function isCentrallyRunCity(code: string): boolean {
  return CENTRALLY_RUN_CITY_CODES.includes(code);
}

/**
 * Official long form of the name: "Thành phố Hồ Chí Minh", "Tỉnh Lào Cai".
 * Returns `undefined` for an unknown code.
 */
export function provinceFullName(code: string): string | undefined {
  const p = provinceByCode(code);
  if (!p) return undefined;
  return `${isCentrallyRunCity(code) ? 'Thành phố' : 'Tỉnh'} ${p.name}`;
}
