import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { callApi } from '../../../platform/web/api.ts';
import type { DistrictResult } from '../areas.contract.ts';
import { mapTileRoutes } from '../map-tiles.contract.ts';
import { areasQueryKey } from './useElectionImport.ts';
import { useAreaSettings, useElection, useElections } from './useAreas.ts';

type Bounds = [[number, number], [number, number]];

/** The box around every district that has a polygon, as Leaflet takes it ([[S, W], [N, E]]). */
export function districtBounds(districts: readonly DistrictResult[]): Bounds | null {
  const boxes = districts.flatMap((d) => (d.bbox ? [d.bbox] : []));
  if (boxes.length === 0) return null;
  return [
    [Math.min(...boxes.map((b) => b[1])), Math.min(...boxes.map((b) => b[0]))],
    [Math.max(...boxes.map((b) => b[3])), Math.max(...boxes.map((b) => b[2]))],
  ];
}

export function useMapTiles() {
  return useQuery({
    queryKey: [...areasQueryKey, 'map-tiles'],
    queryFn: () => callApi(mapTileRoutes.getMapTiles),
    staleTime: Infinity,
  });
}

/**
 * What every map page starts from: the settings, the elections, the chosen one (the settings'
 * map election until another is picked) with its results, its bounds and the tile server.
 */
export function useMapBase() {
  const settings = useAreaSettings();
  const elections = useElections();
  const [chosen, setChosen] = useState<string | null>(null);
  const electionId = chosen ?? settings.data?.mapElectionId ?? elections.data?.items[0]?.id ?? null;
  const election = useElection(electionId);
  const tiles = useMapTiles();
  const bounds = useMemo(
    () => (election.data ? districtBounds(election.data.districts) : null),
    [election.data],
  );
  return {
    settings: settings.data,
    elections: elections.data?.items,
    electionId,
    setElectionId: setChosen,
    election: election.data,
    bounds,
    tiles: tiles.data?.tiles ?? null,
    isLoading: settings.isLoading || elections.isLoading || election.isLoading,
    error: settings.error ?? elections.error ?? election.error,
  };
}
