import { Button, Stack, Text } from '@mantine/core';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import districtsUrl from '../../../../../db/seed/elections/huddinge/huddinge_districts.geojson?url';

export interface MapPoint {
  latitude: number;
  longitude: number;
}

// Huddinge, for the moment before the districts have loaded.
const huddinge: L.LatLngTuple = [59.237, 17.982];
const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * Leaflet over Huddinge's election districts, drawn from the bundled GeoJSON; no map tiles,
 * so nothing is fetched from outside. A click (or "the map's centre", for keyboard users who
 * pan with the arrow keys) picks the point.
 */
export function ActivityEditorMap({
  point,
  onPick,
}: {
  point: MapPoint | null;
  onPick: (point: MapPoint) => void;
}) {
  const intl = useIntl();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const marker = useRef<L.CircleMarker | null>(null);
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  });
  const start = useRef(point);

  useEffect(() => {
    if (!container.current) return;
    const created = L.map(container.current, {
      center: start.current ? [start.current.latitude, start.current.longitude] : huddinge,
      zoom: start.current ? 15 : 12,
      attributionControl: false,
      keyboard: true,
    });
    map.current = created;
    created.on('click', (event: L.LeafletMouseEvent) =>
      pick.current({ latitude: round(event.latlng.lat), longitude: round(event.latlng.lng) }),
    );
    const controller = new AbortController();
    void fetch(districtsUrl, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((data: GeoJSON.FeatureCollection | null) => {
        if (!data || !map.current) return;
        const layer = L.geoJSON(data, {
          style: { color: '#7f061b', weight: 1, fillColor: '#c8102e', fillOpacity: 0.06 },
          onEachFeature: (feature, featureLayer) => {
            const name = (feature.properties as { district_name?: string } | null)?.district_name;
            if (name) featureLayer.bindTooltip(name, { sticky: true });
          },
        }).addTo(map.current);
        if (!start.current) map.current.fitBounds(layer.getBounds());
      })
      .catch(() => {
        // Without the districts the map still picks points; nothing to tell.
      });
    return () => {
      controller.abort();
      created.remove();
      map.current = null;
      marker.current = null;
    };
  }, []);

  useEffect(() => {
    const current = map.current;
    if (!current) return;
    if (!point) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    const at: L.LatLngTuple = [point.latitude, point.longitude];
    if (marker.current) marker.current.setLatLng(at);
    else
      marker.current = L.circleMarker(at, {
        radius: 9,
        color: '#1a1b1e',
        weight: 3,
        fillColor: '#c8102e',
        fillOpacity: 0.9,
      }).addTo(current);
  }, [point]);

  function pickCentre() {
    const centre = map.current?.getCenter();
    if (centre) onPick({ latitude: round(centre.lat), longitude: round(centre.lng) });
  }

  return (
    <Stack gap={4}>
      <div
        ref={container}
        className="activity-map"
        role="application"
        aria-label={intl.formatMessage({ id: 'activities.map.label' })}
      />
      <Text size="xs" c="dimmed">
        <FormattedMessage id="activities.map.attribution" />
      </Text>
      <Button variant="default" size="xs" onClick={pickCentre} style={{ alignSelf: 'flex-start' }}>
        <FormattedMessage id="activities.map.pickCentre" />
      </Button>
    </Stack>
  );
}
