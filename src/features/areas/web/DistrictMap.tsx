import { Stack, Text } from '@mantine/core';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology as TopoJson } from 'topojson-specification';
import type { ZoomLevel } from '../areas.contract.ts';
import { useTopology } from './useAreas.ts';

/** How one district is drawn. */
export interface DistrictStyle {
  fillColor: string;
  /** Outline: grey by default; selected or marked districts are drawn thicker and darker. */
  color?: string;
  weight?: number;
  dashArray?: string;
  fillOpacity?: number;
}

export interface MapTiles {
  url: string;
  attribution: string;
}

/** The topology level that fits a zoom: county ≤ 9, municipality 10–12, district ≥ 13. */
export function levelForZoom(zoom: number): ZoomLevel {
  if (zoom <= 9) return 'county';
  if (zoom <= 12) return 'municipality';
  return 'district';
}

type Bounds = [[number, number], [number, number]];
interface DistrictProps {
  code: string;
  name: string;
}

/**
 * The election's districts on a Leaflet map, each styled and labelled by the page. Tiles are
 * decoration: without network (or with a failing tile server) the districts draw on a plain
 * background. Each district can be reached with the keyboard (Tab; Enter opens it), its name
 * shows on hover and on focus.
 */
export function DistrictMap({
  electionId,
  bounds,
  tiles,
  label,
  styleOf,
  tooltipOf,
  onOpen,
}: {
  electionId: string;
  bounds: Bounds;
  tiles: MapTiles | null;
  /** The map's accessible name. */
  label: string;
  styleOf: (code: string) => DistrictStyle;
  tooltipOf: (code: string, name: string) => string;
  onOpen: (code: string) => void;
}) {
  const intl = useIntl();
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const layerRef = useRef<L.GeoJSON | null>(null);
  const [level, setLevel] = useState<ZoomLevel>('municipality');
  const topology = useTopology(electionId, level);
  const current = useRef({ styleOf, tooltipOf, onOpen });
  current.current = { styleOf, tooltipOf, onOpen };

  useEffect(() => {
    const map = L.map(containerRef.current!, {
      minZoom: 4,
      maxZoom: 18,
      zoomSnap: 0.5,
      zoomControl: false,
    });
    // Leaflet's zoom buttons, named in the reader's language.
    L.control
      .zoom({
        zoomInTitle: intl.formatMessage({ id: 'areas.map.zoomIn' }),
        zoomOutTitle: intl.formatMessage({ id: 'areas.map.zoomOut' }),
      })
      .addTo(map);
    map.on('zoomend', () => setLevel(levelForZoom(map.getZoom())));
    mapRef.current = map;
    return () => {
      map.remove();
      mapRef.current = null;
    };
    // The map is made once; a language change keeps the first titles until the page reloads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !tiles) return;
    // A tile that fails to load is left out; nothing else depends on it.
    const layer = L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 19 });
    layer.addTo(map);
    return () => void layer.remove();
  }, [tiles]);

  const [[south, west], [north, east]] = bounds;
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    map.fitBounds([
      [south, west],
      [north, east],
    ]);
    setLevel(levelForZoom(map.getZoom()));
  }, [south, west, north, east]);

  useEffect(() => {
    const map = mapRef.current;
    const data = topology.data as unknown as TopoJson | undefined;
    const object = data?.objects.districts as GeometryCollection<DistrictProps> | undefined;
    if (!map || !data || !object) return;
    const shapes = feature(data, object);
    const layer = L.geoJSON(shapes, {
      style: (f) => baseStyle(current.current.styleOf((f?.properties as DistrictProps).code)),
      onEachFeature: (f, path) => makeReachable(f.properties as DistrictProps, path as L.Path),
    });
    layer.addTo(map);
    layerRef.current = layer;
    return () => {
      layer.remove();
      layerRef.current = null;
    };
  }, [topology.data]);

  // Restyle in place as the measure, weights or selection change.
  useEffect(() => {
    layerRef.current?.eachLayer((path) => {
      const code = ((path as L.GeoJSON).feature as GeoJSON.Feature | undefined)?.properties?.code;
      if (typeof code === 'string') (path as L.Path).setStyle(baseStyle(styleOf(code)));
    });
  }, [styleOf, topology.data]);

  function makeReachable({ code, name }: DistrictProps, path: L.Path) {
    path.bindTooltip(() => textNode(current.current.tooltipOf(code, name)), { sticky: true });
    path.on('click', () => current.current.onOpen(code));
    path.on('add', () => {
      const element = path.getElement() as SVGElement | undefined;
      if (!element) return;
      element.setAttribute('tabindex', '0');
      element.setAttribute('role', 'button');
      element.setAttribute('aria-label', name);
      element.addEventListener('focus', () => path.openTooltip());
      element.addEventListener('blur', () => path.closeTooltip());
      element.addEventListener('keydown', (event: KeyboardEvent) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        current.current.onOpen(code);
      });
    });
  }

  return (
    <Stack gap={4}>
      <div
        ref={containerRef}
        role="region"
        aria-label={label}
        data-testid="district-map"
        data-level={level}
        style={{
          height: 'clamp(320px, 55vh, 560px)',
          width: '100%',
          background: '#eef1f4',
          borderRadius: 4,
          // Leaflet's panes stack at z-index 400 and up: kept inside the map, under the header.
          isolation: 'isolate',
        }}
      />
      <Text size="xs" c="dimmed">
        <FormattedMessage id="areas.map.keyboard" />
      </Text>
    </Stack>
  );
}

function baseStyle(style: DistrictStyle): L.PathOptions {
  return {
    color: '#4a4a4a',
    weight: 0.8,
    fillOpacity: 0.7,
    ...style,
  };
}

/** Names come from imported files: shown as text, never as markup. */
function textNode(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}
