import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { portalUrl as sharedPortalUrl, signIn as signInAt, useBrowser } from '../support/browser.ts';
import { startPortal, type RunningPortal } from '../support/e2e-global-setup.ts';

// These tests change holidays, so they run on a portal of their own.
let portal: RunningPortal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.stop();
});

const session = useBrowser(() => portal.info.baseUrl);
const portalUrl = (path: string) => sharedPortalUrl(path, portal.info.baseUrl);

async function signIn(page: Page, account: 'admin' | 'verifier', returnTo: string): Promise<void> {
  await signInAt(page, portal.info.baseUrl, portal.info.staff[account], returnTo);
}

describe('holiday admin page', () => {
  it('is closed to verifiers', async () => {
    const page = await session.newPage();
    await signIn(page, 'verifier', '/staf/');

    const response = await page.goto(portalUrl('/staf/admin/hari-libur/'));

    expect(response?.status()).toBe(403);
    expect(await page.locator('.notice-error').textContent()).toContain('Halaman ini hanya untuk admin.');
    expect(await page.locator('.site-nav').textContent()).not.toContain('Hari Libur');
  });

  it('lists a year and warns when incomplete', async () => {
    const page = await session.newPage();
    await signIn(page, 'admin', '/staf/admin/hari-libur/?tahun=2026');

    expect(await page.locator('tr[data-holiday]').count()).toBe(25);
    expect(await page.locator('tr[data-holiday="2026-03-20"]').textContent()).toContain('Cuti Bersama Idulfitri 1447 Hijriah');

    await page.getByRole('link', { name: '2027' }).click();
    expect(await page.locator('tr[data-holiday]').count()).toBe(5);
    expect(await page.locator('.incomplete-year').first().textContent()).toContain('Daftar tahun 2027 tampaknya belum lengkap');
  });

  it('keeps typed input, then adds and deletes', async () => {
    const page = await session.newPage();
    await signIn(page, 'admin', '/staf/admin/hari-libur/?tahun=2027');

    await page.getByLabel('Tanggal').fill('2027-03-26');
    await page.getByLabel('Jenis').selectOption({ label: 'Libur nasional' });
    await page.getByRole('button', { name: 'Simpan hari libur' }).click();

    expect(await page.locator('#name-galat').textContent()).toBe('Nama hari libur wajib diisi.');
    expect(await page.getByLabel('Tanggal').inputValue()).toBe('2027-03-26');

    await page.getByLabel('Nama', { exact: true }).fill('Wafat Yesus Kristus');
    await page.getByRole('button', { name: 'Simpan hari libur' }).click();

    expect(await page.locator('.notice-success').textContent()).toContain('Hari libur 26 Maret 2027, "Wafat Yesus Kristus", tersimpan.');
    expect(await page.locator('tr[data-holiday="2027-03-26"]').textContent()).toContain('Jumat, 26 Maret 2027');

    await page.locator('tr[data-holiday="2027-03-26"]').getByRole('button', { name: /^Hapus/ }).click();

    expect(await page.locator('.notice-success').textContent()).toContain('Hari libur 26 Maret 2027 dihapus.');
    expect(await page.locator('tr[data-holiday="2027-03-26"]').count()).toBe(0);
  });

  it('rejects a date already listed', async () => {
    const page = await session.newPage();
    await signIn(page, 'admin', '/staf/admin/hari-libur/?tahun=2026');

    await page.getByLabel('Tanggal').fill('2026-08-17');
    await page.getByLabel('Nama', { exact: true }).fill('Hari Kemerdekaan');
    await page.getByRole('button', { name: 'Simpan hari libur' }).click();

    expect(await page.locator('#date-galat').textContent()).toBe(
      'Tanggal 17 Agustus 2026 sudah tercatat sebagai "Proklamasi Kemerdekaan". Hapus dulu tanggal itu dari daftar bila ingin menggantinya.',
    );
    expect(await page.getByLabel('Nama', { exact: true }).inputValue()).toBe('Hari Kemerdekaan');
  });
});
