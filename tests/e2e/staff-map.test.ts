import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { portalUrl, useBrowser, type BrowserSession } from '../support/browser.ts';

// Nothing here saves a complaint: the shared portal's data stays as it is.
const session: BrowserSession = useBrowser();

async function openForm(page: Page): Promise<void> {
  const { username, password } = inject('portal').staff.verifier;
  await page.goto(portalUrl(`/staf/masuk/?kembali=${encodeURIComponent('/staf/aduan/baru/')}`));
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/staf/aduan/baru'));
}

async function typePoint(page: Page, lat: string, lng: string): Promise<void> {
  await page.getByLabel('Garis lintang').fill(lat);
  await page.getByLabel('Garis bujur').fill(lng);
  await page.getByLabel('Garis bujur').dispatchEvent('change');
}

const message = (page: Page) => page.locator('.picker-message');

describe('staff location map', () => {
  it('click fills point, kecamatan and desa', async () => {
    const page = await session.newPage();
    await openForm(page);

    // The map opens on the centre of the regency, in Kecamatan Pati.
    const canvas = page.locator('.picker-canvas');
    const box = (await canvas.boundingBox())!;
    await canvas.click({ position: { x: box.width / 2, y: box.height / 2 } });

    await expect.poll(() => page.locator('location-picker').getAttribute('data-place')).toBe('inside');
    expect(Number(await page.getByLabel('Garis lintang').inputValue())).toBeCloseTo(-6.745, 2);
    expect(Number(await page.getByLabel('Garis bujur').inputValue())).toBeCloseTo(111.04, 2);
    expect(await page.locator('#district_code').inputValue()).toBe('33.18.10');
    expect(await page.locator('#village_code').inputValue()).toMatch(/^33\.18\.10\.\d{4}$/);
    expect(await message(page).textContent()).toContain('Kecamatan Pati');
  });

  it('typed point fills kecamatan and desa', async () => {
    const page = await session.newPage();
    await openForm(page);

    // Centroid of Desa Prawoto, Kecamatan Sukolilo.
    await typePoint(page, '-6,967179', '110,822949');

    await expect.poll(() => page.locator('#village_code').inputValue()).toBe('33.18.01.2001');
    expect(await page.locator('#district_code').inputValue()).toBe('33.18.01');
    expect(await page.locator('.picker-point').count()).toBe(1);
  });

  it('catches swapped coordinates', async () => {
    const page = await session.newPage();
    await openForm(page);

    await typePoint(page, '111.04', '-6.75');
    await expect.poll(() => page.locator('location-picker').getAttribute('data-place')).toBe('swapped');
    expect(await message(page).textContent()).toContain('tertukar');

    await page.getByRole('button', { name: 'Tukar garis lintang dan garis bujur' }).click();
    await expect.poll(() => page.locator('location-picker').getAttribute('data-place')).toBe('inside');
    expect(await page.getByLabel('Garis lintang').inputValue()).toBe('-6.75');
    expect(await page.getByLabel('Garis bujur').inputValue()).toBe('111.04');
  });

  it('treats latitude zero as a point', async () => {
    const page = await session.newPage();
    await openForm(page);

    await typePoint(page, '0', '111.04');

    await expect.poll(() => page.locator('location-picker').getAttribute('data-place')).toBe('outside');
    expect(await message(page).textContent()).toContain('di luar wilayah');
  });

  it('server asks to confirm a point outside', async () => {
    const page = await session.newPage();
    await openForm(page);
    await page.getByLabel('Nama pelapor').fill('Warga Uji Peta');
    await page.getByLabel('Kontak pelapor').fill('0812-0000-1234');
    await page.getByLabel('Isi aduan (pesan asli pelapor)').fill('Jalan berlubang di dekat alun-alun.');
    await page.getByLabel('Kategori').selectOption({ label: 'Jalan rusak' });
    // Semarang, outside Kabupaten Pati.
    await typePoint(page, '-6.9932', '110.4203');
    await page.getByRole('button', { name: 'Simpan aduan' }).click();

    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('#lat-galat').textContent()).toContain('di luar wilayah Kabupaten Pati');
  });

  it('works without JavaScript', async () => {
    const page = await session.newPage({ javaScriptEnabled: false });
    await openForm(page);

    expect(await page.locator('location-picker').isVisible()).toBe(false);
    await page.getByLabel('Nama pelapor').fill('Warga Uji Peta');
    await page.getByLabel('Kontak pelapor').fill('0812-0000-1234');
    await page.getByLabel('Isi aduan (pesan asli pelapor)').fill('Jalan berlubang di dekat alun-alun.');
    await page.getByLabel('Kategori').selectOption({ label: 'Jalan rusak' });
    await page.getByLabel('Garis lintang').fill('111,04');
    await page.getByLabel('Garis bujur').fill('-6,75');
    await page.getByRole('button', { name: 'Simpan aduan' }).click();

    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('.notice-error').first().textContent()).toContain('perlu diperbaiki');
    expect(await page.locator('#lat-galat').textContent()).toContain('tertukar');
  });
});
