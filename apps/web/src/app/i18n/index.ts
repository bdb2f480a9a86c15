import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { vi, type TranslationShape } from './vi';

export const LANGUAGE_KEY = 'ketnoi.lang';
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(LANGUAGE_KEY);
    return value === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    /* not persisted: fine */
  }
}

/** Vietnamese is in the first chunk; English is fetched when chosen (keeps the first load light). */
const bundles: Record<Language, () => Promise<TranslationShape>> = {
  vi: () => Promise.resolve(vi),
  en: () => import('./en').then((m) => m.en),
};
const lazyBundles: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    bundles[language === 'en' ? 'en' : 'vi']().then(
      (resources) => callback(null, resources),
      (error: Error) => callback(error, false),
    );
  },
};

/** Resolves when the stored language's texts are loaded (main.tsx renders after it). */
export const i18nReady = i18n
  .use(lazyBundles)
  .use(initReactI18next)
  .init({
    resources: { vi: { translation: vi } },
    partialBundledLanguages: true,
    lng: storedLanguage(),
    fallbackLng: 'vi',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', applyLanguage);

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'vi';
}

export { i18n };
