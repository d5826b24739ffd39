import { describe, expect, it } from 'vitest';
import { portalUrl, useBrowser } from '../support/browser.ts';

const session = useBrowser();

describe('public pages', () => {
  it('home shows figures and contacts', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/'));

    expect(await page.locator('[data-figure="received"] .figure-value').textContent()).toBe('143');
    expect(await page.locator('.contacts').textContent()).toContain('0811-2660-295');
    expect(await page.locator('footer').textContent()).toMatch(/Data per \d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WIB/);
  });

  it('map draws every listed point', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/peta/'));

    const listed = await page.locator('table tbody tr').count();
    expect(listed).toBeGreaterThan(0);
    await expect.poll(() => page.locator('complaint-map').getAttribute('data-loaded')).toBe(String(listed));
    expect(await page.locator('.leaflet-interactive').count()).toBe(listed);
  });

  it('map popup links the ticket', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/peta/'));
    await expect.poll(() => page.locator('complaint-map').getAttribute('data-loaded')).not.toBeNull();

    await page.locator('.leaflet-interactive').first().dispatchEvent('click');
    const link = page.locator('.leaflet-popup-content a');
    expect(await link.getAttribute('href')).toMatch(/^\/lacak\/LBP-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  });

  it('data page links every file', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/data/'));

    const links = await page.locator('main table a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    expect(links).toEqual(['/data/aduan.csv', '/data/aduan.json', '/data/aduan.geojson', '/data/statistik.json']);
    for (const link of links) {
      const response = await fetch(portalUrl(link));
      expect(response.status, link).toBe(200);
    }
  });

  it('malformed address answers 400', async () => {
    const response = await fetch(portalUrl('/lacak/%ZZ'));

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Alamat tidak valid');
  });

  it('unknown page answers 404', async () => {
    const page = await session.newPage();
    const response = await page.goto(portalUrl('/tidak-ada/'));

    expect(response!.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Halaman tidak ditemukan');
  });
});
