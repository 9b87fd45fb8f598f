/** Every catalogue at once, for tests (the app itself loads English only when chosen). */
import en from './en.json';
import { mergeCatalogs, svCatalogParts, type Messages } from './catalogs.ts';

const featureEn = import.meta.glob<Messages>('../../features/*/web/messages/en.json', {
  eager: true,
  import: 'default',
});

export const enCatalogParts: Messages[] = [en, ...Object.values(featureEn)];
export const enMessages: Messages = mergeCatalogs(enCatalogParts);
export { svCatalogParts };
