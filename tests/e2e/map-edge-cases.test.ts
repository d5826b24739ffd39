import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/domain/status.ts';
import { useBrowser } from '../support/browser.ts';
import { openMap, zoomOut } from '../support/map-page.ts';
import { CATEGORY, DISTRICT, HOSTILE_TEXT, mapData, row, serveMapData } from '../support/map-fixtures.ts';

const session = useBrowser();

describe('map edge cases', () => {
  it('shows no points', async () => {
    const page = await session.newPage();
    await serveMapData(page, mapData([]));
    await openMap(page);

    expect(await page.locator('complaint-map').getAttribute('data-shown')).toBe('0');
    expect(await page.locator('.map-point, .map-cluster').count()).toBe(0);
    expect(await page.locator('.complaint-list-summary').textContent()).toBe('Tidak ada aduan infrastruktur yang sesuai dengan saringan.');
    expect(await page.locator('table.complaint-list').isVisible()).toBe(false);
  });

  it('shows one point', async () => {
    const page = await session.newPage();
    await serveMapData(page, mapData([row(1)]));
    await openMap(page);

    expect(await page.locator('.map-point').count()).toBe(1);
    expect(await page.locator('.map-cluster').count()).toBe(0);
    await page.locator('.map-point').dispatchEvent('click');
    expect(await page.locator('.leaflet-popup-content a').getAttribute('href')).toBe(`/lacak/${row(1)[0]}`);
  });

  it('reaches each point on one spot', async () => {
    const rows = Array.from({ length: 30 }, (_, index) => row(index + 1));
    const page = await session.newPage();
    await serveMapData(page, mapData(rows));
    await openMap(page);

    // Zoom in cluster by cluster until the map's last level, where the cluster lists its points.
    for (let step = 0; step < 20 && (await page.locator('.leaflet-popup').count()) === 0; step += 1) {
      await page.locator('.map-cluster').first().dispatchEvent('click');
      await page.waitForTimeout(300);
    }
    expect(await page.locator('.map-cluster').textContent()).toBe('30');
    const links = await page.locator('.leaflet-popup-content li a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toHaveLength(30);
    expect(new Set(links)).toEqual(new Set(rows.map((item) => `/lacak/${item[0]}`)));
  });

  it('lists a missing location without drawing it', async () => {
    const page = await session.newPage();
    await serveMapData(page, mapData([row(1, { lat: null, lng: null })]));
    await openMap(page);
    await zoomOut(page, 10);

    expect(await page.locator('complaint-map').getAttribute('data-shown')).toBe('0');
    expect(await page.locator('.map-point, .map-cluster').count()).toBe(0);
    expect(await page.locator('table.complaint-list tbody td:nth-child(4)').textContent()).toBe('lokasi tidak tersedia');
  });

  it('draws a point on the equator', async () => {
    const page = await session.newPage();
    await serveMapData(page, mapData([row(1, { lat: 0, lng: 111.04 })]));
    await openMap(page);

    expect(await page.locator('complaint-map').getAttribute('data-shown')).toBe('1');
    await zoomOut(page, 6);
    await expect.poll(() => page.locator('.map-point').count()).toBe(1);
    expect(await page.locator('table.complaint-list tbody td:nth-child(4)').textContent()).toBe('ada di peta');
  });

  it('never draws other categories', async () => {
    const page = await session.newPage();
    await serveMapData(page, mapData([row(1, { category: CATEGORY.welfare }), row(2)]));
    await openMap(page);

    expect(await page.locator('complaint-map').getAttribute('data-shown')).toBe('1');
    expect(await page.locator('table.complaint-list tbody tr').count()).toBe(1);
  });

  it('inserts text, never HTML', async () => {
    const page = await session.newPage();
    await serveMapData(
      page,
      mapData([row(1, { category: CATEGORY.hostile, district: DISTRICT.hostile, status: STATUSES.indexOf('resolved') })]),
    );
    await page.route('**/data/wilayah-kecamatan.geojson', async (route) => {
      const response = await route.fetch();
      const boundaries = await response.json();
      boundaries.features[0].properties.nama = HOSTILE_TEXT;
      await route.fulfill({ response, json: boundaries });
    });
    await openMap(page);

    await page.locator('.map-point').dispatchEvent('click');
    const popup = page.locator('.leaflet-popup-content');
    expect(await popup.textContent()).toContain(HOSTILE_TEXT);
    expect(await popup.locator('img, b').count()).toBe(0);
    expect(await page.locator('table.complaint-list').textContent()).toContain(HOSTILE_TEXT);
    expect(await page.locator('table.complaint-list img, table.complaint-list b').count()).toBe(0);
    expect(await page.locator('.map-point').getAttribute('aria-label')).toContain(HOSTILE_TEXT);

    const district = page.locator('path[role="link"]').first();
    expect(await district.getAttribute('aria-label')).toContain(HOSTILE_TEXT);
    await district.hover({ force: true });
    await expect.poll(() => page.locator('.leaflet-tooltip').count()).toBe(1);
    expect(await page.locator('.leaflet-tooltip').textContent()).toContain(HOSTILE_TEXT);
    expect(await page.locator('.leaflet-tooltip img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
  });

  it('works after a hidden tab opens', async () => {
    const page = await session.newPage();
    await serveMapData(page, mapData([row(1), row(2, { lat: -6.7, lng: 111.0 })]));
    // The map is created inside a hidden container, as in a closed tab, and shown once it has loaded.
    // The rule comes as a same-origin stylesheet because the Content-Security-Policy blocks inline styles.
    await page.route('**/tab-closed.css', (route) =>
      route.fulfill({ contentType: 'text/css', body: 'complaint-map { display: none !important; }' }),
    );
    await page.route('**/peta/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</head>', '<link id="tab-closed" rel="stylesheet" href="/tab-closed.css"></head>');
      await route.fulfill({ response, body: html });
    });
    await openMap(page);
    expect(await page.locator('.map-canvas').evaluate((canvas) => canvas.clientWidth)).toBe(0);
    expect(await page.locator('.map-point, .map-cluster').count()).toBe(0);

    await page.evaluate(() => document.getElementById('tab-closed')!.remove());
    await expect.poll(() => page.locator('.map-point, .map-cluster').count()).toBeGreaterThan(0);
    const canvas = (await page.locator('.map-canvas').boundingBox())!;
    const marker = (await page.locator('.map-point, .map-cluster').first().boundingBox())!;
    expect(canvas.height).toBeGreaterThan(100);
    expect(marker.x).toBeGreaterThan(canvas.x);
    expect(marker.x).toBeLessThan(canvas.x + canvas.width);
    expect(marker.y).toBeGreaterThan(canvas.y);
    expect(marker.y).toBeLessThan(canvas.y + canvas.height);
  });
});
