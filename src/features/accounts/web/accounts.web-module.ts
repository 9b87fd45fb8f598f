import { defineWebModule } from '../../../platform/web/module.ts';

export const accountsWebModule = defineWebModule({
  name: 'accounts',
  pages: [
    {
      path: 'login',
      access: 'public',
      load: () => import('./LoginPage.tsx').then((m) => m.LoginPage),
    },
    {
      path: 'forgot-password',
      access: 'public',
      load: () => import('./ForgotPasswordPage.tsx').then((m) => m.ForgotPasswordPage),
    },
    {
      path: 'reset-password',
      access: 'public',
      load: () => import('./ResetPasswordPage.tsx').then((m) => m.ResetPasswordPage),
    },
    {
      path: 'invitation',
      access: 'public',
      load: () => import('./InvitationPage.tsx').then((m) => m.InvitationPage),
    },
    {
      path: 'me/two-factor',
      access: 'activist',
      load: () => import('../two-factor/web/TwoFactorPage.tsx').then((m) => m.TwoFactorPage),
    },
    {
      path: 'admin/accounts',
      access: 'organizer',
      load: () => import('./AccountsAdminPage.tsx').then((m) => m.AccountsAdminPage),
    },
  ],
  navigation: [
    {
      menu: 'organize',
      role: 'organizer',
      order: 60,
      to: '/admin/accounts',
      label: 'nav.accounts',
    },
  ],
  slots: [
    // A link for a new password an admin made for this account, first thing after login.
    {
      slot: 'me:sections',
      load: () => import('./AccountNotices.tsx').then((m) => m.AccountNotices),
    },
  ],
});
