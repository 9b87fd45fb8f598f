/** Every catalogue at once, for tests (the app itself loads English and organizer text on demand). */
import { mergeCatalogs, svCatalogParts, type Messages } from './catalogs.ts';
import { memberEnParts } from './member-en.ts';
import { organizerEnParts } from './organizer-en.ts';
import { organizerSvParts } from './organizer-sv.ts';

export const memberSvParts: Messages[] = svCatalogParts;
export const enCatalogParts: Messages[] = [...memberEnParts, ...organizerEnParts];
export const allSvCatalogParts: Messages[] = [...svCatalogParts, ...organizerSvParts];
export const svAllMessages: Messages = mergeCatalogs(allSvCatalogParts);
export const enMessages: Messages = mergeCatalogs(enCatalogParts);
