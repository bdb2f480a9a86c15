import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { PendingPage } from '../features/auth/PendingPage';
import { RegisterPage } from '../features/auth/RegisterPage';
import { HomePage } from '../features/home/HomePage';
import { AnonymousOnly, RequireAdmin, RequireAuth, RequireFullAccess } from './guards';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './pages/NotFoundPage';

// Loaded on first visit: keeps the first paint (login, register, home) small on phones.
const PeoplePage = lazy(() => import('../features/people/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const UserPage = lazy(() => import('../features/people/UserPage').then((m) => ({ default: m.UserPage })));
const ProfilePage = lazy(() => import('../features/profile/ProfilePage').then((m) => ({ default: m.ProfilePage })));
const PostPage = lazy(() => import('../features/posts/PostPage').then((m) => ({ default: m.PostPage })));
const SavedPage = lazy(() => import('../features/posts/SavedPage').then((m) => ({ default: m.SavedPage })));
const GroupsPage = lazy(() => import('../features/groups/GroupsPage').then((m) => ({ default: m.GroupsPage })));
const GroupPage = lazy(() => import('../features/groups/GroupPage').then((m) => ({ default: m.GroupPage })));
const CreateGroupPage = lazy(() => import('../features/groups/CreateGroupPage').then((m) => ({ default: m.CreateGroupPage })));
const SearchPage = lazy(() => import('../features/search/SearchPage').then((m) => ({ default: m.SearchPage })));
const NotificationsPage = lazy(() =>
  import('../features/notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })),
);
const MessagesPage = lazy(() => import('../features/messages/MessagesPage').then((m) => ({ default: m.MessagesPage })));
const CasesPage = lazy(() => import('../features/cases/CasesPage').then((m) => ({ default: m.CasesPage })));
const LiveListPage = lazy(() => import('../features/live/LivePages').then((m) => ({ default: m.LiveListPage })));
const LiveSessionPage = lazy(() => import('../features/live/LivePages').then((m) => ({ default: m.LiveSessionPage })));
const LedgerPage = lazy(() => import('../features/live/LivePages').then((m) => ({ default: m.LedgerPage })));
const VerificationQueuePage = lazy(() =>
  import('../features/admin/VerificationQueuePage').then((m) => ({ default: m.VerificationQueuePage })),
);

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
          <Route path="/p/:id" element={<PostPage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/groups" element={<GroupsPage />} />
          <Route path="/g/:id" element={<GroupPage />} />
          <Route path="/notifications" element={<NotificationsPage />} />
          <Route element={<RequireFullAccess />}>
            <Route index element={<HomePage />} />
            <Route path="/saved" element={<SavedPage />} />
            <Route path="/groups/new" element={<CreateGroupPage />} />
            <Route path="/messages/*" element={<MessagesPage />} />
            <Route path="/cases/*" element={<CasesPage />} />
            <Route path="/live" element={<LiveListPage />} />
            <Route path="/live/ledger" element={<LedgerPage />} />
            <Route path="/live/:id" element={<LiveSessionPage />} />
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
