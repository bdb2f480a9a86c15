import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { featureBundles, isFeatureNamespace, type FeatureNamespace } from './namespaces';
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

/** Vietnamese is in the first chunk; English is fetched when chosen (keeps the first load light). Feature namespaces: namespaces.ts. */
const bundles: Record<Language, () => Promise<TranslationShape>> = {
  vi: () => Promise.resolve(vi),
  en: () => import('./en').then((m) => m.en),
};
const lazyBundles: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const lang = language === 'en' ? 'en' : 'vi';
    const load = isFeatureNamespace(namespace) ? featureBundles[lang][namespace] : bundles[lang];
    load().then(
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
    ns: ['translation'],
    defaultNS: 'translation',
    // Feature namespaces (namespaces.ts) read shared keys from here.
    fallbackNS: 'translation',
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

/** For routes.tsx: a lazy page that arrives together with its feature's texts (no second round trip). */
export function withNamespaces<T>(namespaces: readonly FeatureNamespace[], load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), i18n.loadNamespaces([...namespaces])]).then(([module]) => module);
}
