import { describe, expect, it } from 'vitest';
import { portalUrl, useBrowser } from '../support/browser.ts';

const session = useBrowser();

/** Numbers as the page prints them, in the row of a table whose first cell is `label`. */
async function rowValues(page: import('playwright-core').Page, tableId: string, label: string): Promise<string[]> {
  const row = page.locator(`#${tableId} tbody tr`, { has: page.locator('th', { hasText: new RegExp(`^${label}$`) }) });
  return row.locator('td').allTextContents();
}

describe('statistics page', () => {
  it('shows the launch figures', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/statistik/'));

    const figure = (id: string) => page.locator(`[data-figure="${id}"] .figure-value`).textContent();
    expect(await figure('received')).toBe('143');
    expect(await figure('valid')).toBe('73');
    expect(await figure('invalid')).toBe('70');
    expect(await figure('resolved')).toBe('37');
    await expect.poll(() => page.locator('#data-per').textContent()).toMatch(/^Data per \d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WIB\.$/);
  });

  it('breaks valid ones down by channel', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/statistik/'));

    // Columns: received, valid, invalid, resolved.
    expect((await rowValues(page, 'per-kanal', 'WhatsApp'))[1]).toBe('52');
    expect((await rowValues(page, 'per-kanal', 'Facebook'))[1]).toBe('9');
    expect((await rowValues(page, 'per-kanal', 'X \\(Twitter\\)'))[1]).toBe('1');
    expect((await rowValues(page, 'per-kanal', 'Instagram'))[1]).toBe('11');
  });

  it('breaks resolved ones down by group', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/statistik/'));

    expect((await rowValues(page, 'per-kelompok', 'Infrastruktur'))[3]).toBe('22');
    expect((await rowValues(page, 'per-kelompok', 'Instansi Vertikal'))[3]).toBe('2');
    expect((await rowValues(page, 'per-kelompok', 'Pelayanan Publik'))[3]).toBe('13');
  });

  it('draws a chart for each table', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/statistik/'));

    const charts = page.locator('data-chart');
    const count = await charts.count();
    expect(count).toBeGreaterThanOrEqual(6);
    // Charts are drawn as they come into view.
    for (const chart of await charts.all()) {
      await chart.scrollIntoViewIfNeeded();
    }
    await expect.poll(() => page.locator('data-chart canvas').count()).toBe(count);
  });
});

describe('open statistics file', () => {
  it('carries the same figures', async () => {
    const response = await fetch(portalUrl('/data/statistik.json'));
    expect(response.status).toBe(200);
    const statistics = await response.json();

    expect(statistics.totals.received).toBe(143);
    expect(statistics.totals.valid).toBe(73);
    expect(statistics.totals.invalid).toBe(70);
    expect(statistics.totals.resolved).toBe(37);
    const valid = Object.fromEntries(statistics.by_channel.map((row: { channel: string; valid: number }) => [row.channel, row.valid]));
    expect([valid.whatsapp, valid.facebook, valid.twitter, valid.instagram]).toEqual([52, 9, 1, 11]);
    const resolved = Object.fromEntries(
      statistics.by_category_group.map((row: { group: string; resolved: number }) => [row.group, row.resolved]),
    );
    expect([resolved.infrastruktur, resolved.instansi_vertikal, resolved.pelayanan_publik]).toEqual([22, 2, 13]);
  });
});
