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
