/**
 * Everything members read in English, the app's own text and every feature's, in one module:
 * fetched as one file (one chunk, compressed together) when English is chosen.
 */
import type { Messages } from '../../platform/web/i18n/LocaleProvider.tsx';
import en from './en.json';

const features = import.meta.glob<Messages>('../../features/*/web/messages/en.json', {
  eager: true,
  import: 'default',
});

export const memberEnParts: Messages[] = [en, ...Object.values(features)];
