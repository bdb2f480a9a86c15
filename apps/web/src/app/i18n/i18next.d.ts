import 'i18next';
import type { FeatureResources } from './namespaces';
import type { vi } from './vi';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    fallbackNS: 'translation';
    resources: { translation: typeof vi } & FeatureResources;
  }
}
