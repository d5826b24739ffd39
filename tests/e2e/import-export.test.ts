import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { portalUrl as sharedPortalUrl, useBrowser } from '../support/browser.ts';
import { startPortal, type RunningPortal } from '../support/e2e-global-setup.ts';

// The import adds complaints, so these tests run on a portal of their own.
let portal: RunningPortal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.stop();
});

const session = useBrowser(() => portal.info.baseUrl);
const portalUrl = (path: string) => sharedPortalUrl(path, portal.info.baseUrl);

async function signIn(page: Page, account: 'verifier' | 'officer', returnTo: string): Promise<void> {
  const { username, password } = portal.info.staff[account];
  await page.goto(portalUrl(`/staf/masuk/?kembali=${encodeURIComponent(returnTo)}`));
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/staf/masuk'));
}

async function checkFile(page: Page, path: string): Promise<void> {
  await page.getByLabel('Berkas lembar kerja (.csv atau .xlsx)').setInputFiles(path);
  await page.getByRole('button', { name: 'Periksa berkas' }).click();
  await page.waitForLoadState();
}

describe('import page', () => {
  it('checks, imports and skips a second time', async () => {
    const page = await session.newPage();
    await signIn(page, 'verifier', '/staf/admin/impor/');

    await checkFile(page, 'docs/contoh-impor/contoh-impor.xlsx');
    expect(await page.locator('[role="status"]').textContent()).toContain('Berkas siap diimpor: 8 aduan baru, 0 baris dilewati.');
    await page.getByRole('button', { name: 'Impor sekarang' }).click();
    expect(await page.locator('[role="status"]').textContent()).toContain('Impor selesai: 8 aduan dicatat, 0 baris dilewati.');

    await checkFile(page, 'docs/contoh-impor/contoh-impor.csv');
    expect(await page.locator('[role="status"]').textContent()).toContain('Tidak ada aduan baru');
    expect(await page.getByRole('button', { name: 'Impor sekarang' }).count()).toBe(0);
  });

  it('shows each problem in a table', async () => {
    const page = await session.newPage();
    await signIn(page, 'verifier', '/staf/admin/impor/');

    await checkFile(page, 'tests/fixtures/impor-bermasalah.csv');
    expect(await page.locator('[role="alert"]').textContent()).toContain('Berkas memuat 2 masalah; tidak ada yang disimpan.');
    const cells = await page.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells).toEqual(['2', 'Kanal', expect.stringContaining('salah satu dari WhatsApp'), 'tertulis "Telegram"']);
  });

  it('turns agency officers away', async () => {
    const page = await session.newPage();
    await signIn(page, 'officer', '/staf/admin/impor/');

    expect(await page.locator('.notice-error').textContent()).toBe('Hanya admin dan verifikator yang dapat mengimpor aduan.');
  });

  it('accepts uploads above 1 MB on this page only', async () => {
    const body = new Uint8Array(2_000_000);
    const upload = await fetch(portalUrl('/staf/admin/impor/'), { method: 'POST', body, redirect: 'manual' });
    const elsewhere = await fetch(portalUrl('/staf/aduan/baru/'), { method: 'POST', body, redirect: 'manual' });
    const tooLarge = await fetch(portalUrl('/staf/admin/impor/'), { method: 'POST', body: new Uint8Array(10_200_000), redirect: 'manual' });

    expect(upload.status).toBe(303);
    expect(elsewhere.status).toBe(413);
    expect(tooLarge.status).toBe(413);
  });
});

describe('staff export', () => {
  it('downloads the list as CSV', async () => {
    const page = await session.newPage();
    await signIn(page, 'officer', '/staf/?urut=oldest&halaman=1');

    const href = await page.getByRole('link', { name: 'Unduh CSV' }).getAttribute('href');
    expect(href).toBe('/staf/ekspor.csv');
    const response = await page.request.get(portalUrl(href!));
    const bytes = await response.body();

    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="aduan-\d{8}-\d{4}\.csv"$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').split('\r\n').slice(1, -1);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.includes(',PT PLN (Persero) ULP Pati,'))).toBe(true);
  });
});
