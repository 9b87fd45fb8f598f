/**
 * The organizer screens' text in Swedish, every feature's in one module: fetched as one file
 * (one chunk, compressed together) once a coordinator or more is logged in.
 */
import type { Messages } from '../../platform/web/i18n/LocaleProvider.tsx';

const files = import.meta.glob<Messages>(
  ['./organizer.sv.json', '../../features/*/web/messages/organizer.sv.json'],
  { eager: true, import: 'default' },
);

export const organizerSvParts: Messages[] = Object.values(files);
