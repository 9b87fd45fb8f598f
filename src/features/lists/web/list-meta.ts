import type { IntlShape } from 'react-intl';
import type { List } from './useLists.ts';

/** "Din lista", "Ägare: Anna Svensson", or that the owner's account is gone. */
export function ownerText(intl: IntlShape, list: List): string {
  if (list.isMine) return intl.formatMessage({ id: 'lists.ownerMe' });
  if (!list.owner) return intl.formatMessage({ id: 'lists.ownerGone' });
  const name = `${list.owner.firstName} ${list.owner.lastName}`.trim();
  return intl.formatMessage({ id: 'lists.owner' }, { name });
}
