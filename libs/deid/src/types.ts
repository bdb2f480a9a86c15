export type PhiKind =
  | 'NAME'
  | 'CCCD'
  | 'CMND'
  | 'HEALTH_INSURANCE'
  | 'PHONE'
  | 'EMAIL'
  | 'URL'
  | 'IP'
  | 'LICENSE'
  | 'RECORD_NUMBER'
  | 'ADDRESS'
  | 'DATE'
  | 'AGE_OVER_89'
  | 'PASSPORT'
  | 'VEHICLE_PLATE';

/** One piece of personal data: exact UTF-16 offsets into the original input. */
export interface PhiFinding {
  kind: PhiKind;
  start: number;
  end: number;
  text: string;
}

export const PHI_KINDS: readonly PhiKind[] = [
  'NAME',
  'CCCD',
  'CMND',
  'HEALTH_INSURANCE',
  'PHONE',
  'EMAIL',
  'URL',
  'IP',
  'LICENSE',
  'RECORD_NUMBER',
  'ADDRESS',
  'DATE',
  'AGE_OVER_89',
  'PASSPORT',
  'VEHICLE_PLATE',
];

export const PLACEHOLDERS: Record<PhiKind, string> = {
  NAME: '[TÊN]',
  CCCD: '[CCCD]',
  CMND: '[CMND]',
  HEALTH_INSURANCE: '[SỐ BHYT]',
  PHONE: '[SĐT]',
  EMAIL: '[EMAIL]',
  URL: '[URL]',
  IP: '[IP]',
  LICENSE: '[SỐ GPHN]',
  RECORD_NUMBER: '[MÃ HỒ SƠ]',
  ADDRESS: '[ĐỊA CHỈ]',
  DATE: '[NGÀY]',
  AGE_OVER_89: '[TUỔI ≥ 90]',
  PASSPORT: '[HỘ CHIẾU]',
  VEHICLE_PLATE: '[BIỂN SỐ XE]',
};

/** A candidate span in NFC offsets, before overlap resolution. */
export interface Candidate {
  kind: PhiKind;
  start: number;
  end: number;
  /** a one-letter initial that must survive clean-up ("chị H (25 tuổi)") */
  initial?: boolean;
}
