/**
 * Map data files for browser tests of edge cases. A test serves them in place of the published
 * /data/peta.json (and, where it needs to, the district boundaries) with a route, so each case
 * runs on the real page and script without publishing a portal of its own.
 */

import type { Page } from 'playwright-core';
import type { MapData, MapRow } from '../../src/domain/map-data.ts';
import { STATUSES } from '../../src/domain/status.ts';

export const CATEGORY = { road: 0, welfare: 1, hostile: 2 } as const;
export const DISTRICT = { pati: 0, hostile: 1 } as const;

/** Text that runs script if anything inserts it as HTML. */
export const HOSTILE_TEXT = '<img src=x onerror="window.__injected=1"><b>tebal</b>';

export function mapData(rows: MapRow[]): MapData {
  return {
    format: 1,
    statuses: [...STATUSES],
    categories: [
      { slug: 'jalan-rusak', name: 'Jalan rusak', group: 'infrastruktur' },
      { slug: 'bantuan-sosial', name: 'Bantuan sosial', group: 'pelayanan_publik' },
      { slug: 'jembatan', name: HOSTILE_TEXT, group: 'infrastruktur' },
    ],
    districts: [
      { code: '33.18.10', name: 'Pati' },
      { code: '33.18.11', name: HOSTILE_TEXT },
    ],
    rows,
  };
}

/** Makes a row with a well-formed ticket built from `n`, received on 10 September 2022 and forwarded. */
export function row(n: number, overrides: { lat?: number | null; lng?: number | null; category?: number; district?: number; status?: number; date?: string } = {}): MapRow {
  const ticket = `LBP-TEST${String.fromCharCode(65 + (n % 26))}-${String(n).padStart(5, '0')}`;
  return [
    ticket,
    overrides.date ?? '2022-09-10',
    overrides.category ?? CATEGORY.road,
    overrides.status ?? STATUSES.indexOf('forwarded'),
    overrides.district ?? DISTRICT.pati,
    overrides.lat === undefined ? -6.75 : overrides.lat,
    overrides.lng === undefined ? 111.04 : overrides.lng,
  ];
}

/** Serve `data` as the page's map data; call before page.goto. */
export async function serveMapData(page: Page, data: MapData): Promise<void> {
  await page.route('**/data/peta.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }));
}
