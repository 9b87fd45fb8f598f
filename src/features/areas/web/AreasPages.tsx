import { useParams } from 'react-router';
import { NotFoundPage } from '../../../platform/web/ui/NotFoundPage.tsx';
import { AreasMapPage } from './AreasMapPage.tsx';
import { CoveragePage } from './CoveragePage.tsx';
import { LocalGroupAreasPage } from './LocalGroupAreasPage.tsx';

// The map, coverage and local groups' areas share most of their code (the map, the table, the
// election's data): one chunk and one route entry, so the app's first load carries one loader
// for them, not three.
const pages: Record<string, () => React.JSX.Element> = {
  map: AreasMapPage,
  coverage: CoveragePage,
  'local-groups': LocalGroupAreasPage,
};

/** `/areas/:view`: map, coverage or local-groups (`/areas/import` is its own route). */
export function AreasPages() {
  const { view = '' } = useParams();
  const Page = pages[view];
  return Page ? <Page /> : <NotFoundPage />;
}
