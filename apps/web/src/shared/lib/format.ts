const LOCALES: Record<string, string> = { vi: 'vi-VN', en: 'en-GB' };

function toDate(value: string | Date | null | undefined): Date | null {
  if (!value) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(value: string | Date | null | undefined, language: string): string {
  const date = toDate(value);
  if (!date) return '';
  return new Intl.DateTimeFormat(LOCALES[language] ?? language, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

export function formatDateTime(value: string | Date | null | undefined, language: string): string {
  const date = toDate(value);
  if (!date) return '';
  return new Intl.DateTimeFormat(LOCALES[language] ?? language, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(LOCALES[language] ?? language).format(value);
}

/** A short, human name for a browser user-agent string ("Chrome", "Android"), or null. */
export function describeUserAgent(userAgent: string | null | undefined): { browser: string; os: string } | null {
  if (!userAgent) return null;
  const ua = userAgent;
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /OPR\//.test(ua)
      ? 'Opera'
      : /Zalo/i.test(ua)
        ? 'Zalo'
        : /Firefox\//.test(ua)
          ? 'Firefox'
          : /Chrome\/|Chromium\//.test(ua)
            ? 'Chrome'
            : /Safari\//.test(ua)
              ? 'Safari'
              : null;
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad|iPod/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : null;
  if (!browser && !os) return null;
  return { browser: browser ?? ua.split(/[\s/]/)[0] ?? '?', os: os ?? '?' };
}

/** "2,4 MB", "830 KB". */
export function formatFileSize(bytes: number, language: string): string {
  const locale = LOCALES[language] ?? language;
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${units[unit]}`;
}
