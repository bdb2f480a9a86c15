const LOCALES: Record<string, string> = { vi: 'vi-VN', en: 'en-GB' };

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/**
 * "5 phút trước", "3 giờ trước", "Hôm qua" (Intl.RelativeTimeFormat), or the date for anything
 * older than four weeks. Returns null for "just now" (under a minute), which the caller words.
 */
export function formatRelativeTime(value: string | Date, language: string, now: number = Date.now()): string | null {
  const date = value instanceof Date ? value : new Date(value);
  const time = date.getTime();
  if (Number.isNaN(time)) return '';
  const locale = LOCALES[language] ?? language;
  const seconds = Math.round((time - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < MINUTE) return null;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  // "Hôm qua" → "hôm qua": reads the same as "5 phút trước" wherever it stands.
  const format = (value: number, unit: Intl.RelativeTimeFormatUnit) => {
    const text = rtf.format(value, unit);
    return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
  };
  if (abs < HOUR) return format(Math.trunc(seconds / MINUTE), 'minute');
  if (abs < DAY) return format(Math.trunc(seconds / HOUR), 'hour');
  if (abs < WEEK) return format(Math.trunc(seconds / DAY), 'day');
  if (abs < 4 * WEEK) return format(Math.trunc(seconds / WEEK), 'week');
  const sameYear = new Date(now).getFullYear() === date.getFullYear();
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
}
