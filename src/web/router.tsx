import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Outlet, Route, Routes } from 'react-router';
import { CatchAllLayout } from '../platform/web/ui/CatchAllLayout.tsx';
import { PageLoader } from '../platform/web/ui/PageLoader.tsx';
import { PublicLayout } from '../platform/web/ui/PublicLayout.tsx';
import { RequireRole } from '../platform/web/ui/RequireRole.tsx';
import { RequireSession } from '../platform/web/ui/RequireSession.tsx';
import { RootRedirect } from '../platform/web/ui/RootRedirect.tsx';
import { ShellProvider, type Shell } from '../platform/web/ui/shell.tsx';

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
// Activities for members and the public; sections are placed into other features' pages here.
const MyActivities = lazyPage(
  () => import('../features/activities/web/MyActivities.tsx'),
  'MyActivities',
);
const ActivityFeed = lazyPage(
  () => import('../features/activities/web/ActivityFeed.tsx'),
  'ActivityFeed',
);
const ActivityPage = lazyPage(
  () => import('../features/activities/web/ActivityPage.tsx'),
  'ActivityPage',
);
const PublicCalendar = lazyPage(
  () => import('../features/activities/web/PublicCalendar.tsx'),
  'PublicCalendar',
);
const PublicGroupCalendarPage = lazyPage(
  () => import('../features/activities/web/PublicGroupCalendarPage.tsx'),
  'PublicGroupCalendarPage',
);
const PublicActivityPage = lazyPage(
  () => import('../features/activities/web/PublicActivityPage.tsx'),
  'PublicActivityPage',
);
const GuestConfirmPage = lazyPage(
  () => import('../features/activities/web/GuestConfirmPage.tsx'),
  'GuestConfirmPage',
);
/** A lazy section inside another page waits on its own, without blanking the page around it. */
const section = (element: ReactNode) => <Suspense fallback={<PageLoader />}>{element}</Suspense>;
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
const MorePage = lazyPage(() => import('../platform/web/ui/MorePage.tsx'), 'MorePage');
const NotFoundPage = lazyPage(() => import('../platform/web/ui/NotFoundPage.tsx'), 'NotFoundPage');
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
const DuplicatesPage = lazyPage(
  () => import('../features/duplicates/web/DuplicatesPage.tsx'),
  'DuplicatesPage',
);
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
const RetentionPage = lazyPage(
  () => import('../features/privacy/web/RetentionPage.tsx'),
  'RetentionPage',
);
const ListsPage = lazyPage(() => import('../features/lists/web/ListsPage.tsx'), 'ListsPage');
const ListPage = lazyPage(() => import('../features/lists/web/ListPage.tsx'), 'ListPage');
const ListEditorPage = lazyPage(
  () => import('../features/lists/web/ListEditorPage.tsx'),
  'ListEditorPage',
);
const OrganizerCalendarPage = lazyPage(
  () => import('../features/activities/web/OrganizerCalendarPage.tsx'),
  'OrganizerCalendarPage',
);
const ActivityEditorPage = lazyPage(
  () => import('../features/activities/web/ActivityEditorPage.tsx'),
  'ActivityEditorPage',
);
const OrganizerActivityPage = lazyPage(
  () => import('../features/activities/web/OrganizerActivityPage.tsx'),
  'OrganizerActivityPage',
);
const CampaignsPage = lazyPage(
  () => import('../features/activities/web/CampaignsPage.tsx'),
  'CampaignsPage',
);
const ActivityTypesAdminPage = lazyPage(
  () => import('../features/activities/web/ActivityTypesAdminPage.tsx'),
  'ActivityTypesAdminPage',
);

// Only coordinators and up search the register: kept out of an activist's download.
const QuickSearch = lazyPage(() => import('../features/people/web/QuickSearch.tsx'), 'QuickSearch');
const shell: Shell = {
  headerTools: [{ name: 'quick-search', role: 'coordinator', component: QuickSearch }],
};

export function AppRoutes() {
  return (
    <ShellProvider value={shell}>
      <Routes>
        <Route index element={<RootRedirect />} />
        <Route element={<PublicLayout />}>
          <Route path="login" element={<LoginPage />} />
          <Route path="forgot-password" element={<ForgotPasswordPage />} />
          <Route path="reset-password" element={<ResetPasswordPage />} />
          <Route path="invitation" element={<InvitationPage />} />
          <Route path="o/:slug" element={<PublicOrganizationPage />}>
            <Route index element={section(<PublicCalendar />)} />
          </Route>
          <Route path="o/:slug/groups/:groupId" element={<PublicGroupCalendarPage />} />
          <Route path="o/:slug/activities/:id" element={<PublicActivityPage />} />
          <Route path="o/:slug/guest-signup" element={<GuestConfirmPage />} />
        </Route>
        <Route element={<RequireSession />}>
          <Route path="me" element={<MyPage />}>
            <Route index element={section(<MyActivities />)} />
          </Route>
          <Route path="feed" element={<ActivityFeed />} />
          <Route path="activities/:id" element={<ActivityPage />} />
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
            path="people/duplicates"
            element={
              <RequireRole role="organizer">
                <DuplicatesPage />
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
          {/* Saved lists are an organizer's; a coordinator searches on /people. */}
          <Route
            path="lists"
            element={
              <RequireRole role="organizer">
                <Outlet />
              </RequireRole>
            }
          >
            <Route index element={<ListsPage />} />
            <Route path="new" element={<ListEditorPage />} />
            <Route path=":id" element={<ListPage />} />
            <Route path=":id/edit" element={<ListEditorPage />} />
          </Route>
          {/* The organizer side of activities; /activities/:id (above) is the member's view. */}
          <Route
            path="activities"
            element={
              <RequireRole role="coordinator">
                <Outlet />
              </RequireRole>
            }
          >
            <Route index element={<OrganizerCalendarPage />} />
            <Route path="new" element={<ActivityEditorPage />} />
            <Route path=":id/edit" element={<ActivityEditorPage />} />
            <Route path=":id/manage" element={<OrganizerActivityPage />} />
          </Route>
          <Route
            path="campaigns"
            element={
              <RequireRole role="coordinator">
                <CampaignsPage />
              </RequireRole>
            }
          />
          <Route
            path="admin/activity-types"
            element={
              <RequireRole role="admin">
                <ActivityTypesAdminPage />
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
          <Route
            path="admin/retention"
            element={
              <RequireRole role="admin">
                <RetentionPage />
              </RequireRole>
            }
          />
        </Route>
        <Route element={<CatchAllLayout />}>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </ShellProvider>
  );
}
