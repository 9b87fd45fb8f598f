/** Every catalogue at once, for tests (the app itself loads English and organizer text on demand). */
import en from './en.json';
import { mergeCatalogs, svCatalogParts, type Messages } from './catalogs.ts';

const eager = (files: Record<string, Messages>) => Object.values(files);

const memberEn = import.meta.glob<Messages>('../../features/*/web/messages/en.json', {
  eager: true,
  import: 'default',
});
const organizerSv = import.meta.glob<Messages>(
  ['./organizer.sv.json', '../../features/*/web/messages/organizer.sv.json'],
  { eager: true, import: 'default' },
);
const organizerEn = import.meta.glob<Messages>(
  ['./organizer.en.json', '../../features/*/web/messages/organizer.en.json'],
  { eager: true, import: 'default' },
);

export const memberSvParts: Messages[] = svCatalogParts;
export const organizerSvParts: Messages[] = eager(organizerSv);
export const enCatalogParts: Messages[] = [en, ...eager(memberEn), ...eager(organizerEn)];
export const allSvCatalogParts: Messages[] = [...svCatalogParts, ...organizerSvParts];
export const svAllMessages: Messages = mergeCatalogs(allSvCatalogParts);
export const enMessages: Messages = mergeCatalogs(enCatalogParts);
