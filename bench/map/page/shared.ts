/** Helpers of the benchmark pages: the map, the data download and the measurements. */

import L from 'leaflet';
import { decodeMapRow, type MapComplaint, type MapData } from '../../../src/domain/map-data.ts';

export interface LoadResult {
  /** Milliseconds from the data's last byte arriving to the first complete render. */
  firstRenderMs: number;
  /** Milliseconds from the data's last byte to the end of the first frame after a zoom-in. */
  interactiveMs: number;
  /** Parse and decode of the JSON, part of firstRenderMs. */
  parseMs: number;
  points: number;
}

declare global {
  interface Window {
    benchMap: L.Map;
    benchLoad: Promise<LoadResult>;
  }
}

export function createMap(): L.Map {
  const map = L.map('map', { attributionControl: false, maxZoom: 19 }).setView([-6.745, 111.04], 11);
  window.benchMap = map;
  return map;
}

export async function downloadData(url: string): Promise<{ text: string; arrivedAt: number }> {
  const response = await fetch(url);
  const text = await response.text();
  return { text, arrivedAt: performance.now() };
}

export function decode(text: string): { data: MapData; complaints: MapComplaint[] } {
  const data = JSON.parse(text) as MapData;
  return { data, complaints: data.rows.flatMap((row) => decodeMapRow(data, row) ?? []) };
}

export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
}

/** Times the first rendered frame and the frame after one zoom step, from `arrivedAt`. */
export async function measureFrames(map: L.Map, arrivedAt: number, parsedAt: number, points: number): Promise<LoadResult> {
  const renderedAt = await nextFrame();
  const interactiveAt = await zoomInOneFrame(map);
  return {
    firstRenderMs: renderedAt - arrivedAt,
    interactiveMs: interactiveAt - arrivedAt,
    parseMs: parsedAt - arrivedAt,
    points,
  };
}

/** Zoom in one level without animation and wait until the frame that shows it has been drawn. */
export async function zoomInOneFrame(map: L.Map): Promise<number> {
  map.setZoom(map.getZoom() + 1, { animate: false });
  await nextFrame();
  return nextFrame();
}
