import 'i18next';
import type { FeatureResources } from './namespaces';
import type { vi } from './vi';
import type { adminToolsVi } from '../../features/admin/texts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    fallbackNS: 'translation';
    resources: { translation: typeof vi; adminTools: typeof adminToolsVi } & FeatureResources;
  }
}
