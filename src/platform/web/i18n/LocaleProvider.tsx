import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { IntlProvider } from 'react-intl';
export type Messages = Record<string, string>;

/** Where the text comes from: the app assembles it from every module's catalogue. */
export interface Catalogs {
  /** Swedish, bundled with the first load. */
  sv: Messages;
  loadEnglish: () => Promise<Messages>;
  /** The organizer screens' text in one language. */
  loadOrganizer: (locale: Locale) => Promise<Messages>;
}

export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];

// Swedish comes with the first load; English is fetched when chosen, to keep that load small.
const loaded: Partial<Record<Locale, Messages>> = {};

async function loadMessages(locale: Locale, catalogs: Catalogs): Promise<Messages> {
  const found = loaded[locale];
  if (found) return found;
  const messages = locale === 'sv' ? catalogs.sv : await catalogs.loadEnglish();
  loaded[locale] = messages;
  return messages;
}

// The organizer screens' text, per language, once a coordinator or more has logged in.
const loadedOrganizer: Partial<Record<Locale, Messages>> = {};

/** Makes catalogs available at once (tests render without waiting). */
export function preloadMessages(locale: Locale, messages: Messages, organizer?: Messages): void {
  loaded[locale] = messages;
  if (organizer) loadedOrganizer[locale] = organizer;
}

/** Forgets every catalog loaded, as a new page would start (tests share one module). */
export function forgetLoadedMessages(): void {
  for (const locale of locales) {
    delete loaded[locale];
    delete loadedOrganizer[locale];
  }
}
const STORAGE_KEY = 'grasrot.locale';

/** The saved choice, else Swedish: the association works in Swedish. */
export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return locales.find((locale) => locale === stored) ?? 'sv';
  } catch {
    return 'sv';
  }
}

interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** Asks for the organizer screens' text (once a coordinator or more is logged in). */
  requestOrganizerText: () => void;
  /** Whether the organizer screens' text is there in the language shown. */
  hasOrganizerText: boolean;
  /** Why the organizer text could not be fetched (after retries), else null. */
  organizerTextError: unknown;
  retryOrganizerText: () => void;
}

/** Tries `load` up to three times, waiting a second and then three between tries. */
async function withRetries<T>(load: () => Promise<T>, isCurrent: () => boolean): Promise<T> {
  for (const delay of [1_000, 3_000]) {
    try {
      return await load();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (!isCurrent()) throw new Error('no longer wanted');
    }
  }
  return load();
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

export function LocaleProvider({
  children,
  catalogs,
  initialLocale,
}: {
  children: ReactNode;
  catalogs: Catalogs;
  initialLocale?: Locale;
}) {
  loaded.sv ??= catalogs.sv;
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? readStoredLocale());
  const [, setLoadedCount] = useState(0);
  const [wantsOrganizer, setWantsOrganizer] = useState(false);
  const [organizerTextError, setOrganizerTextError] = useState<unknown>(null);
  const [organizerAttempt, setOrganizerAttempt] = useState(0);
  // While a chosen catalog loads, the page stays in the language it was in.
  const shown = useRef<Locale | null>(null);
  if (loaded[locale]) shown.current = locale;

  useEffect(() => {
    if (loaded[locale]) return;
    let isCurrent = true;
    void loadMessages(locale, catalogs)
      .then(() => isCurrent && setLoadedCount((count) => count + 1))
      .catch(() => isCurrent && setLocaleState('sv'));
    return () => {
      isCurrent = false;
    };
  }, [locale, catalogs]);

  useEffect(() => {
    if (!wantsOrganizer || loadedOrganizer[locale]) return;
    let isCurrent = true;
    withRetries(
      () => catalogs.loadOrganizer(locale),
      () => isCurrent,
    ).then(
      (messages) => {
        loadedOrganizer[locale] = messages;
        if (isCurrent) setLoadedCount((count) => count + 1);
      },
      (error: unknown) => isCurrent && setOrganizerTextError(error),
    );
    return () => {
      isCurrent = false;
    };
  }, [locale, wantsOrganizer, organizerAttempt, catalogs]);

  useEffect(() => {
    if (shown.current) document.documentElement.lang = shown.current;
  });

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode or storage disabled: the choice lasts for this visit only.
    }
  }, []);

  const shownLocale = shown.current;
  const hasOrganizerText = shownLocale !== null && loadedOrganizer[shownLocale] !== undefined;
  const requestOrganizerText = useCallback(() => setWantsOrganizer(true), []);
  const retryOrganizerText = useCallback(() => {
    setOrganizerTextError(null);
    setOrganizerAttempt((attempt) => attempt + 1);
  }, []);
  const value = useMemo(
    () => ({
      locale,
      setLocale,
      requestOrganizerText,
      hasOrganizerText,
      organizerTextError: hasOrganizerText ? null : organizerTextError,
      retryOrganizerText,
    }),
    [
      locale,
      setLocale,
      requestOrganizerText,
      hasOrganizerText,
      organizerTextError,
      retryOrganizerText,
    ],
  );
  const messages = useMemo(
    () => shownLocale && messagesFor(shownLocale, hasOrganizerText),
    [shownLocale, hasOrganizerText],
  );
  // Only before the first catalog arrives (English chosen on an earlier visit): a blank moment.
  if (!shownLocale) return null;
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider
        locale={shownLocale}
        defaultLocale="sv"
        messages={messages || undefined}
        timeZone="Europe/Stockholm"
      >
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

function messagesFor(locale: Locale, withOrganizer: boolean): Messages | undefined {
  const organizer = withOrganizer ? loadedOrganizer[locale] : undefined;
  return organizer ? { ...loaded[locale], ...organizer } : loaded[locale];
}

/**
 * Renders its children once the organizer screens' text has arrived; `failed` when it could not
 * be fetched even after retries (offline, say), with a way to try again.
 */
export function OrganizerText({
  children,
  fallback,
  failed,
}: {
  children: ReactNode;
  fallback: ReactNode;
  failed: (error: unknown, retry: () => void) => ReactNode;
}) {
  const { requestOrganizerText, hasOrganizerText, organizerTextError, retryOrganizerText } =
    useLocale();
  useEffect(() => requestOrganizerText(), [requestOrganizerText]);
  if (hasOrganizerText) return children;
  return organizerTextError ? failed(organizerTextError, retryOrganizerText) : fallback;
}

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale must be used inside LocaleProvider');
  return value;
}
