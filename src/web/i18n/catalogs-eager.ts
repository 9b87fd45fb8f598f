/** Every catalogue at once, for tests (the app itself loads English and organizer text on demand). */
import en from './en.json';
import { mergeCatalogs, svCatalogParts, type Messages } from './catalogs.ts';
import { organizerEnParts } from './organizer-en.ts';
import { organizerSvParts } from './organizer-sv.ts';

const eager = (files: Record<string, Messages>) => Object.values(files);

const memberEn = import.meta.glob<Messages>('../../features/*/web/messages/en.json', {
  eager: true,
  import: 'default',
});
export const memberSvParts: Messages[] = svCatalogParts;
export const enCatalogParts: Messages[] = [en, ...eager(memberEn), ...organizerEnParts];
export const allSvCatalogParts: Messages[] = [...svCatalogParts, ...organizerSvParts];
export const svAllMessages: Messages = mergeCatalogs(allSvCatalogParts);
export const enMessages: Messages = mergeCatalogs(enCatalogParts);
