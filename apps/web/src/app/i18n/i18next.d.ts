import 'i18next';
import type { vi } from './vi';
import type { adminToolsVi } from '../../features/admin/texts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi; adminTools: typeof adminToolsVi };
  }
}
