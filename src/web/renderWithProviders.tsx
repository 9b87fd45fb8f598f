import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { enMessages, svAllMessages } from './i18n/catalogs-eager.ts';
import { appCatalogs } from './i18n/catalogs.ts';
import { webComposition } from './router.tsx';
import {
  LocaleProvider,
  preloadMessages,
  type Locale,
} from '../platform/web/i18n/LocaleProvider.tsx';
import { type Session } from '../platform/shared/session.contract.ts';
import { theme } from '../platform/web/ui/theme.ts';
import { WebModulesProvider } from '../platform/web/ui/web-modules.tsx';
import { sessionQueryKey } from '../platform/web/ui/useSession.ts';

/**
 * Renders UI under test with the app's providers (the modules' slots and shell among them), at
 * `path`, in Swedish unless told; logged in when given a `session`.
 */
export function renderWithProviders(
  ui: ReactElement,
  {
    path = '/',
    locale = 'sv',
    session,
    queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  }: { path?: string; locale?: Locale; session?: Session; queryClient?: QueryClient } = {},
) {
  preloadMessages('en', enMessages, enMessages);
  preloadMessages('sv', svAllMessages, svAllMessages);
  if (session) queryClient.setQueryData(sessionQueryKey, session);
  // happy-dom has no FontFaceSet; Mantine's autosizing Textarea listens on it.
  if (!('fonts' in document))
    Object.defineProperty(document, 'fonts', { value: new EventTarget() });
  const result = render(
    <MantineProvider theme={theme} env="test">
      <LocaleProvider catalogs={appCatalogs} initialLocale={locale}>
        <QueryClientProvider client={queryClient}>
          <MemoryRouter initialEntries={[path]}>
            <WebModulesProvider value={webComposition}>{ui}</WebModulesProvider>
          </MemoryRouter>
        </QueryClientProvider>
      </LocaleProvider>
    </MantineProvider>,
  );
  return { ...result, queryClient };
}
