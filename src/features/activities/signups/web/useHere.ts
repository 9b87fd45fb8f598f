import { useEffect, useState } from 'react';
import type { Point } from './distance.ts';

export type HereState =
  | { status: 'off' }
  | { status: 'locating' }
  | { status: 'found'; here: Point }
  | { status: 'unavailable' };

/**
 * The device's position while `wanted`, asked of the browser (which asks the person). It stays
 * in the browser: nothing here sends it anywhere.
 */
export function useHere(wanted: boolean): HereState {
  const [state, setState] = useState<HereState>({ status: 'off' });
  useEffect(() => {
    if (!wanted) return;
    if (!('geolocation' in navigator)) {
      setState({ status: 'unavailable' });
      return;
    }
    let isCurrent = true;
    setState({ status: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (position) =>
        isCurrent &&
        setState({
          status: 'found',
          here: { latitude: position.coords.latitude, longitude: position.coords.longitude },
        }),
      () => isCurrent && setState({ status: 'unavailable' }),
      { timeout: 15_000, maximumAge: 300_000 },
    );
    return () => {
      isCurrent = false;
    };
  }, [wanted]);
  return wanted ? state : { status: 'off' };
}
