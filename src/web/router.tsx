import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { CatchAllLayout } from './ui/CatchAllLayout.tsx';
import { PublicLayout } from './ui/PublicLayout.tsx';
import { RequireRole } from './ui/RequireRole.tsx';
import { RequireSession } from './ui/RequireSession.tsx';
import { RootRedirect } from './ui/RootRedirect.tsx';

/** Every page is its own chunk; the first load carries only the shell and the page asked for. */
function lazyPage<M>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const LoginPage = lazyPage(() => import('../features/accounts/web/LoginPage.tsx'), 'LoginPage');
const ForgotPasswordPage = lazyPage(
  () => import('../features/accounts/web/ForgotPasswordPage.tsx'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = lazyPage(
  () => import('../features/accounts/web/ResetPasswordPage.tsx'),
  'ResetPasswordPage',
);
const InvitationPage = lazyPage(
  () => import('../features/accounts/web/InvitationPage.tsx'),
  'InvitationPage',
);
const MyPage = lazyPage(() => import('../features/people/web/MyPage.tsx'), 'MyPage');
const GroupsPage = lazyPage(
  () => import('../features/organizations/web/GroupsPage.tsx'),
  'GroupsPage',
);
const GroupPage = lazyPage(
  () => import('../features/organizations/web/GroupPage.tsx'),
  'GroupPage',
);
const CommitteesPage = lazyPage(
  () => import('../features/organizations/web/CommitteesPage.tsx'),
  'CommitteesPage',
);
const PublicOrganizationPage = lazyPage(
  () => import('../features/organizations/web/PublicOrganizationPage.tsx'),
  'PublicOrganizationPage',
);
const MorePage = lazyPage(() => import('./ui/MorePage.tsx'), 'MorePage');
const NotFoundPage = lazyPage(() => import('./ui/NotFoundPage.tsx'), 'NotFoundPage');
// Organizer and admin pages: never part of an activist's download.
const AccountsAdminPage = lazyPage(
  () => import('../features/accounts/web/AccountsAdminPage.tsx'),
  'AccountsAdminPage',
);
const PeoplePage = lazyPage(() => import('../features/people/web/PeoplePage.tsx'), 'PeoplePage');
const NewPersonPage = lazyPage(
  () => import('../features/people/web/NewPersonPage.tsx'),
  'NewPersonPage',
);
const ImportPage = lazyPage(() => import('../features/people/web/ImportPage.tsx'), 'ImportPage');
const PersonPage = lazyPage(() => import('../features/people/web/PersonPage.tsx'), 'PersonPage');
const TagsAdminPage = lazyPage(
  () => import('../features/tags/web/TagsAdminPage.tsx'),
  'TagsAdminPage',
);
const CustomFieldsAdminPage = lazyPage(
  () => import('../features/custom-fields/web/CustomFieldsAdminPage.tsx'),
  'CustomFieldsAdminPage',
);
const OutboxPage = lazyPage(() => import('../features/mail/web/OutboxPage.tsx'), 'OutboxPage');

export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<RootRedirect />} />
      <Route element={<PublicLayout />}>
        <Route path="login" element={<LoginPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="invitation" element={<InvitationPage />} />
        <Route path="o/:slug" element={<PublicOrganizationPage />} />
      </Route>
      <Route element={<RequireSession />}>
        <Route path="me" element={<MyPage />} />
        <Route path="groups" element={<GroupsPage />} />
        <Route path="groups/:id" element={<GroupPage />} />
        <Route path="committees" element={<CommitteesPage />} />
        <Route path="more" element={<MorePage />} />
        <Route
          path="people"
          element={
            <RequireRole role="coordinator">
              <PeoplePage />
            </RequireRole>
          }
        />
        <Route
          path="people/new"
          element={
            <RequireRole role="coordinator">
              <NewPersonPage />
            </RequireRole>
          }
        />
        <Route
          path="people/import"
          element={
            <RequireRole role="organizer">
              <ImportPage />
            </RequireRole>
          }
        />
        <Route
          path="people/:id"
          element={
            <RequireRole role="coordinator">
              <PersonPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/tags"
          element={
            <RequireRole role="organizer">
              <TagsAdminPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/accounts"
          element={
            <RequireRole role="organizer">
              <AccountsAdminPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/fields"
          element={
            <RequireRole role="admin">
              <CustomFieldsAdminPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/outbox"
          element={
            <RequireRole role="admin">
              <OutboxPage />
            </RequireRole>
          }
        />
      </Route>
      <Route element={<CatchAllLayout />}>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
