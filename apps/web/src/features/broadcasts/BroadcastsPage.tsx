import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { ArchivePage } from './ArchivePage';
import { BroadcastPage } from './BroadcastPage';
import { ComposePage } from './ComposePage';
import './broadcasts.css';

// The dashboard's chart and map libraries load only for publishers who open it.
const ReachPage = lazy(() => import('./ReachPage').then((m) => ({ default: m.ReachPage })));

/** /broadcasts/* — policy broadcasts (PRODUCT §7). */
export function BroadcastsPage() {
  return (
    <Routes>
      <Route index element={<ArchivePage />} />
      <Route path="new" element={<ComposePage />} />
      <Route path=":id" element={<BroadcastPage />} />
      <Route path=":id/reach" element={<ReachPage />} />
    </Routes>
  );
}
