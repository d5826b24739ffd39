/** Benchmark page: the product's PointLayer (supercluster) on the synthetic points. */

import 'leaflet/dist/leaflet.css';
import { PointLayer } from '../../../src/scripts/map/point-layer.ts';
import { createMap, decode, downloadData, measureFrames, type LoadResult } from './shared.ts';

async function load(): Promise<LoadResult> {
  const map = createMap();
  const { text, arrivedAt } = await downloadData('/points.json');
  const { data, complaints } = decode(text);
  const parsedAt = performance.now();

  new PointLayer(map, data).show(complaints);
  return measureFrames(map, arrivedAt, parsedAt, complaints.length);
}

window.benchLoad = load();
