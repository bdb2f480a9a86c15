import { Route, Routes } from 'react-router';
import { CaseEditorPage } from './CaseEditorPage';
import { CaseListPage } from './CaseListPage';
import { CaseViewPage } from './CaseViewPage';
import './cases.css';

/** /cases/* — case files and consultations (PRODUCT §5). */
export function CasesPage() {
  return (
    <Routes>
      <Route index element={<CaseListPage />} />
      <Route path="new" element={<CaseEditorPage />} />
      <Route path=":id" element={<CaseViewPage />} />
      <Route path=":id/edit" element={<CaseEditorPage />} />
    </Routes>
  );
}
