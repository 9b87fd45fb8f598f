/**
 * The message catalogues: the app's own (`src/web/i18n/<locale>.json`) merged with each
 * feature's. A feature keeps text that members and the public read in
 * `web/messages/<locale>.json` (bundled with the first load, Swedish only) and text only
 * coordinators and up read in `web/messages/organizer.<locale>.json`, fetched once a session with
 * such a role is known — so an activist's phone never downloads the organizer screens' words.
 */
import type { Catalogs, Locale, Messages } from '../../platform/web/i18n/LocaleProvider.tsx';
import sv from './sv.json';

export type { Messages, Locale };

const memberSv = import.meta.glob<Messages>('../../features/*/web/messages/sv.json', {
  eager: true,
  import: 'default',
});

/** Merges catalogues; a key defined twice is a mistake the message tests catch. */
export function mergeCatalogs(parts: Messages[]): Messages {
  return Object.assign({}, ...parts) as Messages;
}

export const svCatalogParts: Messages[] = [sv, ...Object.values(memberSv)];
export const svMessages: Messages = mergeCatalogs(svCatalogParts);

/** Everything members read in English (the app's own catalogue and the features'). */
export async function loadEnglish(): Promise<Messages> {
  return mergeCatalogs((await import('./member-en.ts')).memberEnParts);
}

/** The organizer screens' text in one language. */
export async function loadOrganizerMessages(locale: Locale): Promise<Messages> {
  const parts =
    locale === 'sv'
      ? (await import('./organizer-sv.ts')).organizerSvParts
      : (await import('./organizer-en.ts')).organizerEnParts;
  return mergeCatalogs(parts);
}

/** The app's catalogues, as the locale provider takes them. */
export const appCatalogs: Catalogs = {
  sv: svMessages,
  loadEnglish,
  loadOrganizer: loadOrganizerMessages,
};
