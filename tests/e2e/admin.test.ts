import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { portalUrl as sharedPortalUrl, useBrowser } from '../support/browser.ts';
import { startPortal, type RunningPortal } from '../support/e2e-global-setup.ts';

// These tests create accounts and end sessions, so they run on a portal of their own.
let portal: RunningPortal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.stop();
});

const session = useBrowser(() => portal.info.baseUrl);
const portalUrl = (path: string) => sharedPortalUrl(path, portal.info.baseUrl);

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(portalUrl('/staf/masuk/'));
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/staf/masuk'));
}

async function signInAsAdmin(): Promise<Page> {
  const page = await session.newPage();
  await signIn(page, portal.info.staff.admin.username, portal.info.staff.admin.password);
  return page;
}

/** Create a verifier through the admin pages; returns the password shown once. */
async function createVerifier(admin: Page, username: string, name: string): Promise<string> {
  await admin.goto(portalUrl('/staf/admin/petugas/baru/'));
  await admin.getByLabel('Nama pengguna').fill(username);
  await admin.getByLabel('Nama tampilan').fill(name);
  await admin.getByLabel('Peran').selectOption({ label: 'Verifikator' });
  await admin.getByRole('button', { name: 'Buat akun' }).click();
  expect(await admin.locator('h1').textContent()).toBe('Akun dibuat');
  return (await admin.locator('#kata-sandi').textContent())!;
}

describe('admin section', () => {
  it('creates a verifier who can sign in', async () => {
    const admin = await signInAsAdmin();
    await admin.getByRole('link', { name: 'Admin', exact: true }).click();
    await admin.getByRole('link', { name: 'Akun petugas' }).click();
    await admin.getByRole('link', { name: 'Buat akun baru' }).click();
    expect(new URL(admin.url()).pathname).toBe('/staf/admin/petugas/baru/');

    const password = await createVerifier(admin, 'Rina.Verif', 'Rina Verifikator');
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(await admin.locator('.one-time-password').textContent()).toContain('hanya ditampilkan sekali');

    const verifier = await session.newPage();
    await signIn(verifier, 'rina.verif', password);
    expect(new URL(verifier.url()).pathname).toBe('/staf/');
    expect(await verifier.locator('.staff-bar').textContent()).toContain('Rina Verifikator (Verifikator)');

    await admin.goto(portalUrl('/staf/admin/petugas/'));
    const row = admin.locator('tr[data-username="rina.verif"]');
    expect(await row.locator('td').nth(2).textContent()).toBe('Verifikator');
    expect(await row.locator('td').nth(5).textContent()).toMatch(/^\d{1,2} \p{L}+ \d{4} pukul \d{2}\.\d{2} WIB$/u);
  });

  it('keeps typed values after an error', async () => {
    const admin = await signInAsAdmin();
    await admin.goto(portalUrl('/staf/admin/petugas/baru/'));
    await admin.getByLabel('Nama pengguna').fill('petugas.baru');
    await admin.getByLabel('Nama tampilan').fill('Petugas Baru');
    await admin.getByLabel('Peran').selectOption({ label: 'Petugas instansi' });
    await admin.getByRole('button', { name: 'Buat akun' }).click();

    expect(await admin.locator('#agency_id-galat').textContent()).toBe('Pilih instansi tempat petugas instansi ini bekerja.');
    expect(await admin.getByLabel('Nama pengguna').inputValue()).toBe('petugas.baru');
    expect(await admin.getByLabel('Peran').inputValue()).toBe('agency_officer');
  });

  it('ends the old session on a password reset', async () => {
    const admin = await signInAsAdmin();
    const oldPassword = await createVerifier(admin, 'budi.verif', 'Budi Verifikator');
    const verifier = await session.newPage();
    await signIn(verifier, 'budi.verif', oldPassword);

    await admin.getByRole('link', { name: 'Buka halaman akun ini' }).click();
    await admin.getByRole('button', { name: 'Atur ulang kata sandi' }).click();
    expect(await admin.locator('[role="status"]').first().textContent()).toContain('1 sesi akun ini diakhiri');
    const newPassword = (await admin.locator('#kata-sandi').textContent())!;
    expect(newPassword).not.toBe(oldPassword);

    await verifier.goto(portalUrl('/staf/'));
    expect(new URL(verifier.url()).pathname).toBe('/staf/masuk/');

    await verifier.getByLabel('Nama pengguna').fill('budi.verif');
    await verifier.getByLabel('Kata sandi').fill(oldPassword);
    await verifier.getByRole('button', { name: 'Masuk' }).click();
    expect(await verifier.locator('.notice-error').textContent()).toContain('Nama pengguna atau kata sandi salah');

    await signIn(verifier, 'budi.verif', newPassword);
    expect(new URL(verifier.url()).pathname).toBe('/staf/');
  });

  it('protects the last active admin', async () => {
    const admin = await signInAsAdmin();
    await admin.goto(portalUrl('/staf/admin/petugas/'));
    await admin.getByRole('link', { name: 'Admin Uji' }).click();
    await admin.getByRole('button', { name: 'Nonaktifkan akun' }).click();

    expect(await admin.locator('.notice-error').textContent()).toContain('satu-satunya admin yang aktif');
    expect(await admin.locator('dl.facts').textContent()).toContain('Aktif');
  });

  it('shows the changes in the audit log', async () => {
    const admin = await signInAsAdmin();
    await createVerifier(admin, 'sari.verif', 'Sari Verifikator');
    await admin.getByRole('link', { name: 'Buka halaman akun ini' }).click();
    await admin.getByRole('button', { name: 'Atur ulang kata sandi' }).click();
    const password = (await admin.locator('#kata-sandi').textContent())!;
    const stranger = await session.newPage();
    await stranger.goto(portalUrl('/staf/masuk/'));
    await stranger.getByLabel('Nama pengguna').fill('sari.verif');
    await stranger.getByLabel('Kata sandi').fill('tebakan-kata-sandi-salah');
    await stranger.getByRole('button', { name: 'Masuk' }).click();

    await admin.goto(portalUrl('/staf/admin/audit/'));
    await admin.getByLabel('Tindakan').selectOption({ label: 'Kata sandi diatur ulang' });
    await admin.getByRole('button', { name: 'Tampilkan' }).click();
    const reset = admin.locator('tbody tr', { hasText: 'Akun Sari Verifikator (sari.verif)' });
    expect(await reset.count()).toBe(1);
    expect(await reset.locator('td').nth(1).textContent()).toContain('Admin Uji');
    expect(await reset.locator('td').last().textContent()).toBe('127.0.0.1');

    await admin.goto(portalUrl('/staf/admin/audit/?tindakan=sign_in_failed'));
    const failed = admin.locator('tbody tr', { hasText: 'Sari Verifikator' });
    expect(await failed.textContent()).toContain('kata sandi salah');

    await admin.goto(portalUrl('/staf/admin/audit/'));
    const log = (await admin.locator('tbody').textContent())!;
    expect(log).not.toContain(password);
    expect(log).not.toContain('tebakan-kata-sandi-salah');
  });

  it('refuses a verifier with 403', async () => {
    const verifier = await session.newPage();
    await signIn(verifier, portal.info.staff.verifier.username, portal.info.staff.verifier.password);
    expect(await verifier.getByRole('link', { name: 'Admin', exact: true }).count()).toBe(0);

    for (const path of ['/staf/admin/', '/staf/admin/petugas/', '/staf/admin/pengaturan/', '/staf/admin/audit/']) {
      const response = await verifier.goto(portalUrl(path));
      expect(response!.status(), path).toBe(403);
      expect(await verifier.locator('h1').textContent()).toBe('Akses ditolak');
      expect(new URL(verifier.url()).pathname).toBe(path);
    }

    const post = await verifier.request.post(portalUrl('/staf/admin/petugas/baru/'), {
      form: { username: 'penyusup', display_name: 'Penyusup', role: 'admin' },
      headers: { Origin: portal.info.baseUrl },
    });
    expect(post.status()).toBe(403);
    const admin = await signInAsAdmin();
    await admin.goto(portalUrl('/staf/admin/petugas/'));
    expect(await admin.locator('tr[data-username="penyusup"]').count()).toBe(0);
  });
});
