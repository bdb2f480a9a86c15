import type { TFunction } from 'i18next';

/** "3 phút 12 giây" / "1 giờ 5 phút" / "45 giây". */
export function formatCallDuration(totalSeconds: number, t: TFunction): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  const parts: string[] = [];
  if (hours) parts.push(t('calls.record.hours', { count: hours }));
  if (minutes) parts.push(t('calls.record.minutes', { count: minutes }));
  if (seconds || !parts.length) parts.push(t('calls.record.seconds', { count: seconds }));
  return parts.join(' ');
}

/** "03:12" / "1:05:09" for the running timer. */
export function formatTimer(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hours ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}
