/**
 * Synthetic complaints for the map benchmark: `count` infrastructure complaints, each with a
 * point inside Kabupaten Pati's outline, in the map data format the site publishes (peta.json).
 * A fixed seed makes every run draw the same points.
 */

import fs from 'node:fs';
import type { AreaGeometry } from '../../src/domain/geo/point-in-polygon.ts';
import { boundingBoxOf, geometryContains } from '../../src/domain/geo/point-in-polygon.ts';
import { MAP_DATA_FORMAT, type MapData, type MapRow } from '../../src/domain/map-data.ts';
import { STATUSES } from '../../src/domain/status.ts';
import { readRegionBoundaries } from '../../src/server/boundaries.ts';

const DEPLOYMENT_DIR = 'db/seed/deployments/pati';
const TICKET_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Mulberry32: a small seeded generator, so runs are repeatable. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateMapData(count: number, seed = 20220829): MapData {
  const random = seededRandom(seed);
  const region = readRegionBoundaries(DEPLOYMENT_DIR);
  const outline = JSON.parse(fs.readFileSync(`${DEPLOYMENT_DIR}/kabupaten.geojson`, 'utf8')).features[0].geometry as AreaGeometry;
  const box = boundingBoxOf(outline);
  const districts = region.districts.map((district) => ({ code: district.code, name: district.name }));
  const categories = [
    { slug: 'jalan-rusak', name: 'Jalan rusak', group: 'infrastruktur' as const },
    { slug: 'jembatan', name: 'Jembatan', group: 'infrastruktur' as const },
    { slug: 'drainase', name: 'Drainase dan saluran air', group: 'infrastruktur' as const },
    { slug: 'penerangan-jalan', name: 'Penerangan jalan umum', group: 'infrastruktur' as const },
  ];

  const rows: MapRow[] = [];
  const start = Date.UTC(2022, 7, 29);
  while (rows.length < count) {
    const lng = box.minLng + random() * (box.maxLng - box.minLng);
    const lat = box.minLat + random() * (box.maxLat - box.minLat);
    if (!geometryContains(outline, lng, lat)) {
      continue;
    }
    const district = region.districts.findIndex((area) => geometryContains(area.geometry, lng, lat));
    const ticket = Array.from({ length: 10 }, () => TICKET_ALPHABET[Math.floor(random() * 32)]).join('');
    const day = new Date(start + Math.floor(random() * 1200) * 86_400_000).toISOString().slice(0, 10);
    rows.push([
      `LBP-${ticket.slice(0, 5)}-${ticket.slice(5)}`,
      day,
      Math.floor(random() * categories.length),
      Math.floor(random() * STATUSES.length),
      district,
      Math.round(lat * 1e6) / 1e6,
      Math.round(lng * 1e6) / 1e6,
    ]);
  }
  return { format: MAP_DATA_FORMAT, statuses: [...STATUSES], categories, districts, rows };
}

/** Writes the same complaints as GeoJSON Features with named properties, to compare file sizes. */
export function asGeoJson(data: MapData): string {
  const features = data.rows.map(([ticket, date, category, status, district, lat, lng]) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lng, lat] },
    properties: {
      ticket,
      received_date: date,
      category: data.categories[category]!.name,
      category_slug: data.categories[category]!.slug,
      category_group: data.categories[category]!.group,
      district_code: data.districts[district]?.code ?? null,
      district_name: data.districts[district]?.name ?? null,
      status: data.statuses[status],
    },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}
