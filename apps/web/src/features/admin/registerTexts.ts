import { i18n } from '../../app/i18n';
import { adminToolsEn, adminToolsVi } from './texts';

/**
 * Imported by the pages that use the `adminTools` namespace: their texts travel with their
 * chunks. A namespace of its own, so English's main bundle still loads on demand (adding to
 * `translation` for 'en' here would make i18next think English was already loaded).
 */
export const ADMIN_TOOLS_NS = 'adminTools';
if (!i18n.hasResourceBundle('vi', ADMIN_TOOLS_NS)) i18n.addResourceBundle('vi', ADMIN_TOOLS_NS, adminToolsVi);
if (!i18n.hasResourceBundle('en', ADMIN_TOOLS_NS)) i18n.addResourceBundle('en', ADMIN_TOOLS_NS, adminToolsEn);
