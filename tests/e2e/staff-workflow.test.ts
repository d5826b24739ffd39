import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { portalUrl as sharedPortalUrl, signIn as signInAt, useBrowser } from '../support/browser.ts';
import { startPortal, type RunningPortal } from '../support/e2e-global-setup.ts';

// These tests change data, so they run on a portal of their own.
let portal: RunningPortal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.stop();
});

const session = useBrowser(() => portal.info.baseUrl);
const portalUrl = (path: string) => sharedPortalUrl(path, portal.info.baseUrl);

async function signIn(page: Page, account: 'verifier' | 'officer' | 'otherOfficer', returnTo = '/staf/'): Promise<void> {
  await signInAt(page, portal.info.baseUrl, portal.info.staff[account], returnTo);
}

describe('staff workflow', () => {
  it('sends visitors to sign in', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/staf/aduan/baru/'));

    expect(new URL(page.url()).pathname).toBe('/staf/masuk/');
    expect(await page.locator('h1').textContent()).toBe('Masuk ruang petugas');
  });

  it('rejects a wrong password', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/staf/masuk/'));
    await page.getByLabel('Nama pengguna').fill(portal.info.staff.verifier.username);
    await page.getByLabel('Kata sandi').fill('bukan-kata-sandinya');
    await page.getByRole('button', { name: 'Masuk' }).click();

    expect(await page.locator('.notice-error').textContent()).toContain('Nama pengguna atau kata sandi salah');
    expect(await page.getByLabel('Nama pengguna').inputValue()).toBe(portal.info.staff.verifier.username);
  });

  it('logs, forwards and tracks a complaint', async () => {
    const page = await session.newPage();
    await signIn(page, 'verifier', '/staf/aduan/baru/');

    await page.getByLabel('Kanal').selectOption('whatsapp');
    await page.getByLabel('Nama pelapor').fill('Warga Uji Coba');
    await page.getByLabel('Kontak pelapor').fill('0812-0000-9999');
    await page.getByLabel('Isi aduan (pesan asli pelapor)').fill('Mohon pemasangan meteran listrik baru untuk rumah kami.');
    await page.getByLabel('Kategori').selectOption({ label: 'Listrik' });
    await page.getByLabel('Kecamatan').selectOption({ label: 'Juwana' });
    await page.getByLabel('Ringkasan publik').fill('Permohonan pemasangan meteran listrik baru di Kecamatan Juwana.');
    await page.getByRole('button', { name: 'Simpan aduan' }).click();

    const ticket = (await page.locator('.new-ticket').textContent())!;
    expect(ticket).toMatch(/^LBP-[0-9A-Z]{5}-[0-9A-Z]{5}$/);

    const forward = page.locator('form[data-action="forward"]');
    await forward.getByLabel('Instansi tujuan').selectOption({ label: 'PT PLN (Persero) ULP Pati' });
    await forward.getByLabel('Catatan publik').fill('Aduan diteruskan ke PLN untuk dijadwalkan pemasangan.');
    await forward.getByRole('button', { name: 'Teruskan ke instansi' }).click();
    expect(await page.locator('[role="status"]').textContent()).toContain('Teruskan ke instansi');

    const tracking = await session.newPage();
    await tracking.goto(portalUrl(`/lacak/${ticket}`));
    expect(await tracking.locator('.badge').first().textContent()).toBe('Diteruskan ke PT PLN (Persero) ULP Pati');
    expect(await tracking.locator('.timeline').textContent()).toContain('Aduan diteruskan ke PLN untuk dijadwalkan pemasangan.');
    expect(await tracking.locator('[data-clock="verification"]').textContent()).toBe(
      'Selesai dalam kurang dari 1 hari kerja (target 3)',
    );
    expect(await tracking.locator('[data-clock="action"]').textContent()).toMatch(
      /^Mulai dihitung pada hari kerja berikutnya \(target 5 hari kerja\); batas akhir /,
    );

    // The static pages change only after a publish.
    expect(await (await fetch(portalUrl('/data/aduan.csv'))).text()).not.toContain(ticket);
    const published = spawnSync(process.execPath, ['src/cli/publish.ts'], {
      env: { ...process.env, DATA_DIR: portal.info.dataDir, DATABASE_URL: portal.info.databaseUrl ?? '' },
      encoding: 'utf8',
    });
    expect(published.status, `${published.stdout}\n${published.stderr}`).toBe(0);
    expect(published.stdout).toContain('Selesai: 144 aduan diterbitkan.');
    const csv = await (await fetch(portalUrl('/data/aduan.csv'))).text();
    const row = csv.split('\r\n').find((line) => line.startsWith(ticket))!;
    expect(row).toContain('forwarded');
    expect(row).toContain('PT PLN (Persero) ULP Pati');
  });

  it('officer resolves, other agency cannot see', async () => {
    const verifier = await session.newPage();
    await signIn(verifier, 'verifier', '/staf/aduan/baru/');
    await verifier.getByLabel('Kanal').selectOption('instagram');
    await verifier.getByLabel('Nama pelapor').fill('Warga Uji Listrik');
    await verifier.getByLabel('Kontak pelapor').fill('@warga.uji.listrik');
    await verifier.getByLabel('Isi aduan (pesan asli pelapor)').fill('Listrik padam di dukuh kami sejak kemarin sore.');
    await verifier.getByLabel('Kategori').selectOption({ label: 'Listrik' });
    await verifier.getByLabel('Kecamatan').selectOption({ label: 'Tayu' });
    await verifier.getByRole('button', { name: 'Simpan aduan' }).click();
    const ticket = (await verifier.locator('.new-ticket').textContent())!;
    const detailPath = new URL(verifier.url()).pathname;
    const forward = verifier.locator('form[data-action="forward"]');
    await forward.getByLabel('Instansi tujuan').selectOption({ label: 'PT PLN (Persero) ULP Pati' });
    await forward.getByRole('button', { name: 'Teruskan ke instansi' }).click();

    const officer = await session.newPage();
    await signIn(officer, 'officer');
    await officer.getByRole('link', { name: ticket }).click();
    await officer.locator('form[data-action="start_action"]').getByRole('button', { name: 'Mulai tindak lanjut' }).click();
    const resolve = officer.locator('form[data-action="resolve"]');
    await resolve.getByLabel('Hasil penyelesaian').selectOption({ label: 'Masalah ditangani di lapangan' });
    await resolve.getByLabel('Catatan publik').fill('Petugas PLN sudah memperbaiki jaringan; listrik menyala kembali.');
    await resolve.getByRole('button', { name: 'Selesaikan' }).click();
    expect(await officer.locator('[role="status"]').textContent()).toContain('Selesaikan');

    const tracking = await session.newPage();
    await tracking.goto(portalUrl(`/lacak/${ticket}`));
    expect(await tracking.locator('.badge').first().textContent()).toBe('Selesai');
    expect(await tracking.locator('.timeline').textContent()).toContain('listrik menyala kembali');

    const other = await session.newPage();
    await signIn(other, 'otherOfficer');
    expect(await other.locator('tbody').textContent()).not.toContain(ticket);
    const response = await other.goto(portalUrl(detailPath));
    expect(response!.status()).toBe(404);
    expect(await other.locator('body').textContent()).not.toContain('Warga Uji Listrik');
  });

  it('checks the form in the browser', async () => {
    const page = await session.newPage();
    await signIn(page, 'verifier', '/staf/aduan/baru/');

    await page.getByLabel('Nama pelapor').fill('Warga Uji Coba');
    await page.getByLabel('Ringkasan publik').fill('Hubungi pelapor di 0812-3456-7890.');
    await page.getByRole('button', { name: 'Simpan aduan' }).click();

    expect(new URL(page.url()).pathname).toBe('/staf/aduan/baru/');
    const contact = page.getByLabel('Kontak pelapor');
    expect(await contact.getAttribute('aria-invalid')).toBe('true');
    const messageId = (await contact.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${messageId}"]`).textContent()).toBe('Kontak pelapor wajib diisi.');
    expect(await page.locator('.error', { hasText: 'nomor telepon "0812-3456-7890"' }).count()).toBe(1);
    expect(await page.locator('.counter').first().textContent()).toMatch(/^0 dari 5\.000 karakter$/);
  });

  it('keeps typed input after an error', async () => {
    const page = await session.newPage({ javaScriptEnabled: false });
    await signIn(page, 'verifier', '/staf/aduan/baru/');

    await page.getByLabel('Nama pelapor').fill('Warga Uji Coba');
    await page.getByLabel('Isi aduan (pesan asli pelapor)').fill('Jalan rusak.');
    await page.getByLabel('Ringkasan publik').fill('Hubungi pelapor di 0812-3456-7890.');
    await page.getByRole('button', { name: 'Simpan aduan' }).click();

    expect(await page.locator('#reporter_contact-galat').textContent()).toBe('Kontak pelapor wajib diisi.');
    expect(await page.locator('#summary-galat').textContent()).toContain('nomor telepon "0812-3456-7890"');
    expect(await page.getByLabel('Nama pelapor').inputValue()).toBe('Warga Uji Coba');
    expect(await page.getByLabel('Isi aduan (pesan asli pelapor)').inputValue()).toBe('Jalan rusak.');
  });

  it('shows an officer only their agency', async () => {
    const page = await session.newPage();
    await signIn(page, 'otherOfficer');

    const tickets = await page.locator('tbody td:first-child a').allTextContents();
    const agencies = await page.locator('tbody td:nth-child(6)').allTextContents();
    expect(tickets.length).toBeGreaterThan(0);
    expect(new Set(agencies)).toEqual(new Set(['DPUPR']));
  });
});
