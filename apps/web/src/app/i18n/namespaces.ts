import type { broadcastsVi } from './broadcasts.vi';
import type { casesVi } from './cases.vi';
import type { liveVi } from './live.vi';
import type { workforceVi } from './workforce.vi';

/**
 * Feature texts that are not in the first chunk: each is its own i18next namespace, fetched
 * with its route (routes.tsx preloads it; `useTranslation('<ns>')` suspends until it is there).
 * Keys keep their feature prefix (`t('live.title')` under the `live` namespace), and the
 * `translation` namespace is the fallback, so a feature component reads shared keys too.
 */
export const FEATURE_NAMESPACES = ['live', 'workforce', 'broadcasts', 'cases'] as const;
export type FeatureNamespace = (typeof FEATURE_NAMESPACES)[number];

export interface FeatureResources {
  live: { live: typeof liveVi };
  workforce: { workforce: typeof workforceVi };
  broadcasts: { broadcasts: typeof broadcastsVi };
  cases: { cases: typeof casesVi };
}

type Loader = () => Promise<object>;
export const featureBundles: Record<'vi' | 'en', Record<FeatureNamespace, Loader>> = {
  vi: {
    live: () => import('./live.vi').then((m) => ({ live: m.liveVi })),
    workforce: () => import('./workforce.vi').then((m) => ({ workforce: m.workforceVi })),
    broadcasts: () => import('./broadcasts.vi').then((m) => ({ broadcasts: m.broadcastsVi })),
    cases: () => import('./cases.vi').then((m) => ({ cases: m.casesVi })),
  },
  en: {
    live: () => import('./live.en').then((m) => ({ live: m.liveEn })),
    workforce: () => import('./workforce.en').then((m) => ({ workforce: m.workforceEn })),
    broadcasts: () => import('./broadcasts.en').then((m) => ({ broadcasts: m.broadcastsEn })),
    cases: () => import('./cases.en').then((m) => ({ cases: m.casesEn })),
  },
};

export function isFeatureNamespace(ns: string): ns is FeatureNamespace {
  return (FEATURE_NAMESPACES as readonly string[]).includes(ns);
}
