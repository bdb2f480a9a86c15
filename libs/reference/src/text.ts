/**
 * Accent-insensitive search key for Vietnamese text.
 *
 * Lower-cases, decomposes (NFD) and removes every combining mark (tones, circumflex,
 * breve, horn), maps đ/Đ to d (đ is a letter of its own, not a decomposable d + mark),
 * collapses runs of whitespace to one space and trims.
 *
 *   foldVietnamese('Nguyễn  Thị Lan') === 'nguyen thi lan'
 *   foldVietnamese('Đặng') === 'dang'
 *
 * Works the same for NFC and NFD input (text pasted from some macOS/Windows IMEs is NFD).
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
