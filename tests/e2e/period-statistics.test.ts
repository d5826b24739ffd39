import { describe, expect, it } from 'vitest';
import { LAUNCH_FIGURES } from '../../db/seed/demo/launch-month.ts';
import type { SnapshotStatistics } from '../../src/domain/snapshot.ts';
import { portalUrl, useBrowser } from '../support/browser.ts';

const session = useBrowser();

async function statisticsFile(path: string): Promise<SnapshotStatistics> {
  const response = await fetch(portalUrl(path));
  expect(response.status, path).toBe(200);
  return (await response.json()) as SnapshotStatistics;
}

/** Numbers as the page prints them, in the row of a table whose first cell is `label`. */
async function rowValues(page: import('playwright-core').Page, tableId: string, label: string): Promise<string[]> {
  const row = page.locator(`#${tableId} tbody tr`, { has: page.locator('th', { hasText: new RegExp(`^${label}$`) }) });
  return row.locator('td').allTextContents();
}

const figure = (page: import('playwright-core').Page, id: string) => page.locator(`[data-figure="${id}"] .figure-value`).textContent();

describe('month statistics page', () => {
  it('shows the figures of September 2022', async () => {
    const september = await statisticsFile('/data/periode/2022-09/statistik.json');
    const august = await statisticsFile('/data/periode/2022-08/statistik.json');
    expect(august.totals.received + september.totals.received).toBe(LAUNCH_FIGURES.received);

    const page = await session.newPage();
    await page.goto(portalUrl('/statistik/2022/09/'));

    expect(await page.locator('h1').textContent()).toBe('Statistik aduan September 2022');
    expect(await figure(page, 'received')).toBe(String(september.totals.received));
    expect(await figure(page, 'resolved')).toBe(String(september.totals.resolved));
    expect(await page.locator('[data-figure="received"] .figure-note').textContent()).toMatch(
      /^Dibanding Agustus 2022: naik \d+ \(\d+,\d%\)$/,
    );
    // The definitions link to the full method for readers who quote the figures.
    expect(await page.locator('#cara-menghitung ~ p a[href="/metodologi/"]').count()).toBe(1);
  });

  it('shows the funnel that adds up', async () => {
    const september = await statisticsFile('/data/periode/2022-09/statistik.json');
    const page = await session.newPage();
    await page.goto(portalUrl('/statistik/2022/09/'));

    expect((await rowValues(page, 'alur', 'Diterima'))[0]).toBe(String(september.funnel.overall.received));
    expect((await rowValues(page, 'alur', 'Tidak valid'))[0]).toBe(String(september.funnel.overall.invalid));
    expect((await rowValues(page, 'alur', 'Selesai'))[0]).toBe(String(september.funnel.overall.resolved));
    const reasons = await page.locator('#alasan-tidak-valid tbody td').allTextContents();
    expect(reasons.reduce((sum, value) => sum + Number(value), 0)).toBe(september.funnel.overall.invalid);
  });

  it('draws each chart beside its table', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/statistik/2022/09/'));

    const charts = page.locator('data-chart');
    const count = await charts.count();
    expect(count).toBeGreaterThanOrEqual(10);
    for (let index = 0; index < count; index += 1) {
      expect(await charts.nth(index).locator('table tbody tr').count(), `chart ${index}`).toBeGreaterThan(0);
    }
    // Charts are drawn as they come into view.
    for (const chart of await charts.all()) {
      await chart.scrollIntoViewIfNeeded();
    }
    await expect.poll(() => page.locator('data-chart canvas').count()).toBe(count);
  });

  it('lists the days up to the snapshot', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/statistik/2022/09/'));

    const days = await page.locator('#per-hari tbody th').allTextContents();
    expect(days[0]).toBe('Kamis, 1 September 2022');
    expect(days).toHaveLength(30);
  });

  it('leaves navigation out of print', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/statistik/2022/09/'));
    await page.emulateMedia({ media: 'print' });

    expect(await page.locator('.period-nav').isVisible()).toBe(false);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('#per-kanal table').isVisible()).toBe(true);
    expect(await page.locator('.footer-data-as-of').isVisible()).toBe(true);
  });
});

describe('period navigation', () => {
  it('leads from all time to a month', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/statistik/'));

    await page.locator('.period-nav a', { hasText: /^September$/ }).click();
    await page.waitForURL(portalUrl('/statistik/2022/09/'));
    await page.locator('.period-steps a[rel="prev"]').click();
    await page.waitForURL(portalUrl('/statistik/2022/08/'));
    expect(await page.locator('[data-figure="received"] .figure-note').textContent()).toBe(
      'Dibanding periode sebelumnya: –',
    );
  });

  it('shows the year', async () => {
    const year = await statisticsFile('/data/periode/2022/statistik.json');
    const page = await session.newPage();
    await page.goto(portalUrl('/statistik/2022/'));

    expect(await figure(page, 'received')).toBe(String(LAUNCH_FIGURES.received));
    expect(year.totals.received).toBe(LAUNCH_FIGURES.received);
    expect(await page.locator('#per-bulan tbody th').allTextContents()).toEqual(['Agustus 2022', 'September 2022']);
  });

  it('serves the files of each period', async () => {
    for (const file of ['aduan.csv', 'aduan.json', 'aduan.geojson', 'statistik.json']) {
      const response = await fetch(portalUrl(`/data/periode/2022-09/${file}`));
      expect(response.status, file).toBe(200);
    }
  });
});

describe('agency and kecamatan pages', () => {
  it('agency page shows its figures', async () => {
    const all = await statisticsFile('/data/statistik.json');
    const pln = all.by_agency.find((row) => row.agency === 'pln')!;
    const page = await session.newPage();
    const response = await page.goto(portalUrl('/instansi/pln/'));

    expect(response!.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('PT PLN (Persero) ULP Pati');
    expect(await figure(page, 'assigned')).toBe(String(pln.assigned));
    expect(await figure(page, 'resolved')).toBe(String(pln.resolved));
    // Charts are drawn as they come into view.
    for (const chart of await page.locator('data-chart').all()) {
      await chart.scrollIntoViewIfNeeded();
    }
    await expect.poll(() => page.locator('data-chart canvas').count()).toBe(await page.locator('data-chart').count());
  });

  it('kecamatan page shows its figures', async () => {
    const all = await statisticsFile('/data/statistik.json');
    const pati = all.by_district.find((row) => row.district_code === '33.18.10')!;
    const page = await session.newPage();
    const response = await page.goto(portalUrl('/kecamatan/33.18.10/'));

    expect(response!.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Kecamatan Pati');
    expect(await figure(page, 'received')).toBe(String(pati.received));
    const tickets = await page.locator('#selesai-terbaru + .table-scroll tbody a').allTextContents();
    expect(tickets.length).toBeGreaterThan(0);
  });

  it('agency table links its page', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/statistik/'));

    const link = page.locator('#per-instansi-vertikal a', { hasText: 'PT PLN (Persero) ULP Pati' });
    expect(await link.getAttribute('href')).toBe('/instansi/pln/');
  });
});
