import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeMapRow, isMapListed, type MapComplaint, type MapData } from '../../src/domain/map-data.ts';
import { portalUrl, useBrowser } from '../support/browser.ts';
import { openMap, zoomOut } from '../support/map-page.ts';

const session = useBrowser();

/** Most gzip-compressed JavaScript the map page may load, in bytes; tiles and CSS are not counted. */
const MAP_SCRIPT_BUDGET = 60 * 1024;

let data: MapData;
let complaints: MapComplaint[];

beforeAll(async () => {
  data = (await (await fetch(portalUrl('/data/peta.json'))).json()) as MapData;
  complaints = data.rows.map((row) => decodeMapRow(data, row)!);
});

const mapped = () => complaints.filter((complaint) => isMapListed(data, complaint) && complaint.lat !== null);

/** Number of complaints drawn: single points plus the counts written on clusters. */
async function drawnCount(page: Page): Promise<number> {
  const points = await page.locator('.map-point').count();
  const clusters = await page.locator('.map-cluster').allTextContents();
  return points + clusters.reduce((sum, text) => sum + Number(text.replace(/\./g, '')), 0);
}

/** Returns a single point marker, zooming into clusters until one shows. */
async function singlePoint(page: Page) {
  for (let step = 0; step < 20 && (await page.locator('.map-point').count()) === 0; step += 1) {
    await page.locator('.map-cluster').first().dispatchEvent('click');
    await page.waitForTimeout(300);
  }
  return page.locator('.map-point').first();
}

describe('public map', () => {
  it('draws every located infrastructure complaint', async () => {
    const page = await session.newPage();
    await openMap(page);

    expect(mapped().length).toBeGreaterThan(0);
    expect(await page.locator('complaint-map').getAttribute('data-shown')).toBe(String(mapped().length));
    await zoomOut(page, 2);
    await expect.poll(() => drawnCount(page)).toBe(mapped().length);
  });

  it('lists only infrastructure complaints', async () => {
    const page = await session.newPage();
    await openMap(page);

    const infrastructure = new Set(data.categories.filter((category) => category.group === 'infrastruktur').map((category) => category.name));
    const categories = await page.locator('table.complaint-list tbody td:nth-child(2)').allTextContents();
    expect(categories.length).toBeGreaterThan(0);
    for (const category of categories) {
      expect(infrastructure.has(category), category).toBe(true);
    }
  });

  it('marks complaints without a point', async () => {
    const page = await session.newPage();
    await openMap(page);

    const unlocated = complaints.filter((complaint) => isMapListed(data, complaint) && complaint.lat === null);
    expect(unlocated.length).toBeGreaterThan(0);
    const locations = await page.locator('table.complaint-list tbody td:nth-child(4)').allTextContents();
    expect(locations.filter((text) => text === 'lokasi tidak tersedia')).toHaveLength(unlocated.length);
  });

  it('popup names category, status, kecamatan and date', async () => {
    const page = await session.newPage();
    await openMap(page);

    await (await singlePoint(page)).dispatchEvent('click');
    const popup = page.locator('.leaflet-popup-content');
    const link = popup.locator('a');
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/lacak\/LBP-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    const complaint = complaints.find((item) => `/lacak/${item.ticket}` === href)!;
    const text = (await popup.textContent())!;
    expect(text).toContain(data.categories[complaint.categoryIndex]!.name);
    expect(text).toContain('Status');
    expect(text).toContain(data.districts[complaint.districtIndex]?.name ?? 'Kecamatan tidak diketahui');
    expect(text).toMatch(/\d{1,2} (Agustus|September|Oktober) 2022/);
  });

  it('status legend uses a symbol per status', async () => {
    const page = await session.newPage();
    await openMap(page);

    const symbols = await page.locator('.map-legends .status-symbol').allTextContents();
    expect(symbols).toHaveLength(6);
    expect(new Set(symbols).size).toBe(6);
  });

  it('filter goes into the address', async () => {
    const page = await session.newPage();
    await openMap(page);

    await page.locator('#filter-status').selectOption('resolved');
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('resolved');
    const resolved = mapped().filter((complaint) => complaint.status === 'resolved');
    expect(await page.locator('complaint-map').getAttribute('data-shown')).toBe(String(resolved.length));

    await page.reload();
    await expect.poll(() => page.locator('complaint-map').getAttribute('data-state')).toBe('ready');
    expect(await page.locator('#filter-status').inputValue()).toBe('resolved');
    expect(await page.locator('complaint-map').getAttribute('data-shown')).toBe(String(resolved.length));
  });

  it('linked filter applies on open', async () => {
    const page = await session.newPage();
    await openMap(page, '/peta/?kecamatan=33.18.10&dari=2022-09-01&sampai=2022-09-15');

    const expected = mapped().filter(
      (complaint) =>
        data.districts[complaint.districtIndex]?.code === '33.18.10' &&
        complaint.receivedDate >= '2022-09-01' &&
        complaint.receivedDate <= '2022-09-15',
    );
    expect(await page.locator('complaint-map').getAttribute('data-shown')).toBe(String(expected.length));
    expect(await page.locator('#filter-district').inputValue()).toBe('33.18.10');
    expect(await page.locator('#filter-from').inputValue()).toBe('2022-09-01');
  });

  it('category choices follow the group', async () => {
    const page = await session.newPage();
    await openMap(page);

    await page.locator('#filter-group').selectOption('pelayanan_publik');
    const visible = await page.locator('#filter-category optgroup:not([disabled]) option').allTextContents();
    const publicService = data.categories.filter((category) => category.group === 'pelayanan_publik').map((category) => category.name);
    expect(visible.sort()).toEqual(publicService.sort());
    // No point: other groups are never drawn.
    expect(await page.locator('complaint-map').getAttribute('data-shown')).toBe('0');
  });

  it('shades kecamatan with a legend', async () => {
    const page = await session.newPage();
    await openMap(page);

    expect(await page.locator('path[role="link"]').count()).toBe(21);
    const legend = await page.locator('.district-legend li').allTextContents();
    expect(legend.length).toBeGreaterThan(1);
    expect(legend[0]).toBe('0 aduan');
    const label = await page.locator('path[role="link"]').first().getAttribute('aria-label');
    expect(label).toMatch(/^Kecamatan .+, \d+ aduan; buka halaman kecamatan$/);
  });

  it('kecamatan opens its page', async () => {
    const page = await session.newPage();
    await openMap(page);

    await page.locator('path[role="link"]').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/kecamatan\/33\.18\.\d{2}\/$/);
    expect(new URL(page.url()).pathname).toMatch(/^\/kecamatan\/33\.18\.\d{2}\/$/);
  });

  it('keyboard opens a point popup', async () => {
    const page = await session.newPage();
    await openMap(page);

    await (await singlePoint(page)).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.leaflet-popup') !== null)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/^\/lacak\//);
  });

  it('keyboard zooms into a cluster', async () => {
    const page = await session.newPage();
    await openMap(page);
    await zoomOut(page, 3);

    const cluster = page.locator('.map-cluster').first();
    const before = await page.locator('.map-cluster, .map-point').count();
    await cluster.focus();
    expect(await cluster.getAttribute('aria-label')).toMatch(/^Kelompok \d+ aduan/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.map-cluster, .map-point').count()).not.toBe(before);
  });

  it('lists without JavaScript', async () => {
    const page = await session.newPage({ javaScriptEnabled: false });
    await page.goto(portalUrl('/peta/'));

    expect(await page.locator('form.map-filter').isVisible()).toBe(false);
    expect(await page.locator('complaint-map').isVisible()).toBe(false);
    const rows = page.locator('table.complaint-list tbody tr');
    const listed = complaints.filter((complaint) => isMapListed(data, complaint));
    expect(await rows.count()).toBe(Math.min(100, listed.length));
    expect(await rows.first().locator('a').getAttribute('href')).toMatch(/^\/lacak\/LBP-/);
    expect(await page.locator('table.complaint-list').textContent()).toContain('lokasi tidak tersedia');
    expect(await page.locator('table.district-counts tbody tr').count()).toBe(21);
    expect(await page.locator('table.district-counts a').first().getAttribute('href')).toMatch(/^\/kecamatan\/33\.18\.\d{2}\/$/);
  });

  it('map script stays within budget', async () => {
    const page = await session.newPage();
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') {
        scripts.set(response.url(), gzipSync(await response.body()).length);
      }
    });
    await openMap(page);

    expect(scripts.size).toBeGreaterThan(0);
    const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
    expect(total, `gzip bytes of ${[...scripts.keys()].join(', ')}`).toBeLessThanOrEqual(MAP_SCRIPT_BUDGET);
  });

  it('map script loads only on the map page', async () => {
    for (const path of ['/', '/statistik/', '/data/', '/lacak/']) {
      const page = await session.newPage();
      const bodies: string[] = [];
      page.on('response', async (response) => {
        if (response.request().resourceType() === 'script') {
          bodies.push(await response.text());
        }
      });
      await page.goto(portalUrl(path));
      await page.waitForLoadState('networkidle');
      expect(await page.locator('.leaflet-container').count(), path).toBe(0);
      for (const body of bodies) {
        expect(body.includes('leaflet-container'), `Leaflet in a script of ${path}`).toBe(false);
      }
    }
  });
});
