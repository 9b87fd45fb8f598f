/**
 * The message catalogues: the app's own (`src/web/i18n/<locale>.json`) merged with each
 * feature's (`src/features/<feature>/web/messages/<locale>.json`), so a feature owns its text.
 * Swedish is bundled with the first load; English is fetched only when someone chooses it.
 */
import sv from './sv.json';

export type Messages = Record<string, string>;

const featureSv = import.meta.glob<Messages>('../../features/*/web/messages/sv.json', {
  eager: true,
  import: 'default',
});
const featureEn = import.meta.glob<Messages>('../../features/*/web/messages/en.json', {
  import: 'default',
});

/** Merges catalogues; a key defined twice is a mistake the message tests catch. */
export function mergeCatalogs(parts: Messages[]): Messages {
  return Object.assign({}, ...parts) as Messages;
}

export const svCatalogParts: Messages[] = [sv, ...Object.values(featureSv)];
export const svMessages: Messages = mergeCatalogs(svCatalogParts);

export async function loadEnglishParts(): Promise<Messages[]> {
  const [core, ...features] = await Promise.all([
    import('./en.json').then((module) => module.default as Messages),
    ...Object.values(featureEn).map((load) => load()),
  ]);
  return [core as Messages, ...features];
}

export async function loadEnglish(): Promise<Messages> {
  return mergeCatalogs(await loadEnglishParts());
}
