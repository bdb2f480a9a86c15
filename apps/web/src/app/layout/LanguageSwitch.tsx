import { Button } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Toggles Vietnamese ⇄ English; the choice is kept in localStorage (see app/i18n). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = t('language.otherLang');
  return (
    <Button
      variant="default"
      size="compact-md"
      leftSection={<IconLanguage size={18} aria-hidden />}
      onClick={() => void i18n.changeLanguage(other)}
      // the accessible name starts with the visible text (WCAG 2.5.3 label in name)
      aria-label={`${t('language.otherShort')} — ${t('language.switchToOther')}`}
      lang={other}
      title={t('language.switchToOther')}
    >
      {t('language.otherShort')}
    </Button>
  );
}
