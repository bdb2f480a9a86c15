import { lazy } from 'react';
import { Route, Routes } from 'react-router';
// The sign-in page is the first thing a phone shows: in the first chunk, saving a round trip on 3G.
import { LoginPage } from '../features/auth/LoginPage';
import { AnonymousOnly, RequireAdmin, RequireAuth, RequireFullAccess } from './guards';
import { withNamespaces } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './pages/NotFoundPage';

// Every other page is loaded on first visit, so the first paint carries only the shell
// (the login route's budget is checked by tests/browser/weight.e2e.ts).
const RegisterPage = lazy(() => import('../features/auth/RegisterPage').then((m) => ({ default: m.RegisterPage })));
const PendingPage = lazy(() => import('../features/auth/PendingPage').then((m) => ({ default: m.PendingPage })));
const HomePage = lazy(withNamespaces(['broadcasts'], () => import('../features/home/HomePage').then((m) => ({ default: m.HomePage }))));
const PeoplePage = lazy(() => import('../features/people/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const UserPage = lazy(() => import('../features/people/UserPage').then((m) => ({ default: m.UserPage })));
const ProfilePage = lazy(() => import('../features/profile/ProfilePage').then((m) => ({ default: m.ProfilePage })));
const PostPage = lazy(() => import('../features/posts/PostPage').then((m) => ({ default: m.PostPage })));
const SavedPage = lazy(() => import('../features/posts/SavedPage').then((m) => ({ default: m.SavedPage })));
const GroupsPage = lazy(() => import('../features/groups/GroupsPage').then((m) => ({ default: m.GroupsPage })));
const GroupPage = lazy(() => import('../features/groups/GroupPage').then((m) => ({ default: m.GroupPage })));
const CreateGroupPage = lazy(() => import('../features/groups/CreateGroupPage').then((m) => ({ default: m.CreateGroupPage })));
const SearchPage = lazy(() => import('../features/search/SearchPage').then((m) => ({ default: m.SearchPage })));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })));
const MessagesPage = lazy(() => import('../features/messages/MessagesPage').then((m) => ({ default: m.MessagesPage })));
const CasesPage = lazy(withNamespaces(['cases'], () => import('../features/cases/CasesPage').then((m) => ({ default: m.CasesPage }))));
const ForgotPasswordPage = lazy(() => import('../features/account/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })));
const ResetPasswordPage = lazy(() => import('../features/account/ResetPasswordPage').then((m) => ({ default: m.ResetPasswordPage })));
const RolesPage = lazy(() => import('../features/account/RolesPage').then((m) => ({ default: m.RolesPage })));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const BroadcastsPage = lazy(withNamespaces(['broadcasts'], () => import('../features/broadcasts/BroadcastsPage').then((m) => ({ default: m.BroadcastsPage }))));
const PublicBroadcastPages = lazy(
  withNamespaces(['broadcasts'], () => import('../features/broadcasts/PublicBroadcastPages').then((m) => ({ default: m.PublicBroadcastPages }))),
);
const WorkforcePage = lazy(withNamespaces(['workforce'], () => import('../features/workforce/WorkforcePage').then((m) => ({ default: m.WorkforcePage }))));
const LiveListPage = lazy(withNamespaces(['live'], () => import('../features/live/LivePages').then((m) => ({ default: m.LiveListPage }))));
const LiveSessionPage = lazy(withNamespaces(['live'], () => import('../features/live/LivePages').then((m) => ({ default: m.LiveSessionPage }))));
const LedgerPage = lazy(withNamespaces(['live'], () => import('../features/live/LivePages').then((m) => ({ default: m.LedgerPage }))));
const ModerationPage = lazy(() => import('../features/admin/ModerationPage').then((m) => ({ default: m.ModerationPage })));
const ProgrammePage = lazy(withNamespaces(['live'], () => import('../features/live/Programmes').then((m) => ({ default: m.ProgrammePage }))));
const VerificationQueuePage = lazy(() => import('../features/admin/VerificationQueuePage').then((m) => ({ default: m.VerificationQueuePage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route element={<AnonymousOnly />}>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/register" element={<RegisterPage />} />
          <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        </Route>
        <Route path="/reset-password" element={<ResetPasswordPage />} />
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
          <Route path="/settings" element={<SettingsPage />} />
          <Route element={<RequireFullAccess />}>
            <Route index element={<HomePage />} />
            <Route path="/saved" element={<SavedPage />} />
            <Route path="/groups/new" element={<CreateGroupPage />} />
            <Route path="/messages/*" element={<MessagesPage />} />
            <Route path="/cases/*" element={<CasesPage />} />
            <Route path="/broadcasts/*" element={<BroadcastsPage />} />
            <Route path="/live" element={<LiveListPage />} />
            <Route path="/live/ledger" element={<LedgerPage />} />
            <Route path="/live/programmes/:id" element={<ProgrammePage />} />
            <Route path="/live/:id" element={<LiveSessionPage />} />
            {/* platform admins, and group owners and moderators for their groups (the page picks the scope) */}
            <Route path="/moderation" element={<ModerationPage />} />
            <Route element={<RequireAdmin />}>
              <Route path="/admin/verifications" element={<VerificationQueuePage />} />
              <Route path="/admin/roles" element={<RolesPage />} />
              <Route path="/workforce" element={<WorkforcePage />} />
            </Route>
          </Route>
        </Route>
        {/* public: the Atom feed's entries link here */}
        <Route path="/chinh-sach/cong-khai/*" element={<PublicBroadcastPages />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
