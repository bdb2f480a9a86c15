import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Specialty name in the current language. */
export function useSpecialtyName() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useCallback(
    (specialty: { name: string; nameEn: string } | null | undefined) => (specialty ? (english ? specialty.nameEn || specialty.name : specialty.name) : ''),
    [english],
  );
}
