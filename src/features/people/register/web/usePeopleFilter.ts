import { useSearchParams } from 'react-router';
import type { PeopleFilter } from './usePeople.ts';

/**
 * The register's search and filters, kept in the address (?q=&group=&member=&page=) so the
 * back button and shared links work. Every change is a new history entry.
 */
export function usePeopleFilter() {
  const [params, setParams] = useSearchParams();
  const member = params.get('member');
  const page = Number(params.get('page'));
  const filter: PeopleFilter = {
    q: params.get('q') ?? '',
    localGroupId: params.get('group') ?? '',
    isMember: member === 'true' || member === 'false' ? member : '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };

  /** Changes some of the filter; any change but the page goes back to page 1. */
  function update(change: Partial<PeopleFilter>): void {
    const next = { ...filter, ...change };
    if (!('page' in change)) next.page = 1;
    const search = new URLSearchParams();
    if (next.q) search.set('q', next.q);
    if (next.localGroupId) search.set('group', next.localGroupId);
    if (next.isMember) search.set('member', next.isMember);
    if (next.page > 1) search.set('page', String(next.page));
    setParams(search);
  }

  return { filter, update };
}
