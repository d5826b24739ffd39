/** Benchmark page: Leaflet.markercluster with one marker per point, chunked loading on. */

import 'leaflet/dist/leaflet.css';
import './leaflet-global.ts';
import 'leaflet.markercluster';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import L from 'leaflet';
import { STATUS_STYLES } from '../../../src/scripts/map/status-style.ts';
import { createMap, decode, downloadData, measureFrames, type LoadResult } from './shared.ts';

async function load(): Promise<LoadResult> {
  const map = createMap();
  const { text, arrivedAt } = await downloadData('/points.json');
  const { complaints } = decode(text);
  const parsedAt = performance.now();

  // One shared icon per status, with the fixed symbol as its HTML: the cheapest markers this
  // library can have, so the comparison does not count per-marker DOM work against it.
  const icons = new Map<string, L.DivIcon>();
  const markers = complaints.map((complaint) => {
    let icon = icons.get(complaint.status);
    if (!icon) {
      icon = L.divIcon({ className: 'map-point', html: STATUS_STYLES[complaint.status].symbol, iconSize: [24, 24] });
      icons.set(complaint.status, icon);
    }
    return L.marker([complaint.lat!, complaint.lng!], { icon, keyboard: true });
  });
  // Chunked loading is the library's advice for large sets: the page stays responsive while the
  // markers are added, and the first render is complete once the last chunk is in.
  await new Promise<void>((resolve) => {
    const group = L.markerClusterGroup({
      chunkedLoading: true,
      chunkProgress: (processed, total) => {
        if (processed === total) {
          resolve();
        }
      },
    });
    map.addLayer(group);
    group.addLayers(markers);
  });
  return measureFrames(map, arrivedAt, parsedAt, complaints.length);
}

window.benchLoad = load();
