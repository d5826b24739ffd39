/**
 * Benchmark page: the portal's own <complaint-map> script, with the district layer, the filter
 * and the list, on the synthetic points. Data arrival is the end of the response of
 * /data/peta.json in the resource timings; the script marks `map-ready` after its first render.
 */

import './map-hook.ts';
import '../../../src/scripts/complaint-map.ts';
import { measureFrames, nextFrame, type LoadResult } from './shared.ts';

async function load(): Promise<LoadResult> {
  const element = document.querySelector<HTMLElement>('complaint-map')!;
  while (element.dataset.state !== 'ready') {
    await nextFrame();
  }
  const data = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/data/peta.json'))!;
  const arrivedAt = (data as PerformanceResourceTiming).responseEnd;
  // The page script parses inside its own steps; the layer pages show the parse share.
  return measureFrames(window.benchMap, arrivedAt, Number.NaN, Number(element.dataset.shown));
}

window.benchLoad = load();
