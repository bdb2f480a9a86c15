import { Route, Routes } from 'react-router';
import { VerificationQueuePage } from '../features/admin/VerificationQueuePage';
import { LoginPage } from '../features/auth/LoginPage';
import { PendingPage } from '../features/auth/PendingPage';
import { RegisterPage } from '../features/auth/RegisterPage';
import { HomePage } from '../features/home/HomePage';
import { PeoplePage } from '../features/people/PeoplePage';
import { UserPage } from '../features/people/UserPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { AnonymousOnly, RequireAdmin, RequireAuth, RequireFullAccess } from './guards';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './pages/NotFoundPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route element={<AnonymousOnly />}>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/register" element={<RegisterPage />} />
        </Route>
        <Route element={<RequireAuth />}>
          {/* open to pending accounts too */}
          <Route path="/pending" element={<PendingPage />} />
          <Route path="/people" element={<PeoplePage />} />
          <Route path="/u/:id" element={<UserPage />} />
          <Route path="/profile" element={<ProfilePage />} />
          <Route element={<RequireFullAccess />}>
            <Route index element={<HomePage />} />
            <Route element={<RequireAdmin />}>
              <Route path="/admin/verifications" element={<VerificationQueuePage />} />
            </Route>
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
