import { lazy, Suspense, type ComponentProps } from 'react';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';

// Leaflet and the topology decoder come with the first map shown, not with the page's table.
const DistrictMap = lazy(() =>
  import('./DistrictMap.tsx').then((m) => ({ default: m.DistrictMap })),
);

export function LazyDistrictMap(props: ComponentProps<typeof DistrictMap>) {
  return (
    <Suspense fallback={<PageLoader />}>
      <DistrictMap {...props} />
    </Suspense>
  );
}
