/**
 * Sign-in throttling, session rotation, sign-out and return paths against a portal of its own.
 * The portal trusts X-Forwarded-For from 127.0.0.1, so each test can act from client addresses
 * of its own. Every test also uses accounts or names that no other test throttles.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalUrl, signIn as signInWithBrowser, useBrowser } from '../support/browser.ts';
import { startPortal, type RunningPortal, type StaffKey } from '../support/e2e-global-setup.ts';

let portal: RunningPortal;
const browser = useBrowser(() => portal.info.baseUrl);

beforeAll(async () => {
  portal = await startPortal({ env: { TRUSTED_PROXIES: '127.0.0.1' } });
}, 300_000);

afterAll(async () => {
  await portal?.stop();
});

interface Attempt {
  username: string;
  password: string;
  from: string;
  cookie?: string;
  returnPath?: string;
}

async function postSignIn(attempt: Attempt): Promise<Response> {
  const headers: Record<string, string> = {
    Origin: portal.info.baseUrl,
    'Content-Type': 'application/x-www-form-urlencoded',
    'X-Forwarded-For': attempt.from,
  };
  if (attempt.cookie) {
    headers.Cookie = attempt.cookie;
  }
  const form = { username: attempt.username, password: attempt.password, kembali: attempt.returnPath ?? '/staf/' };
  return fetch(portalUrl('/staf/masuk/', portal.info.baseUrl), {
    method: 'POST',
    headers,
    body: new URLSearchParams(form),
    redirect: 'manual',
  });
}

async function signIn(account: StaffKey, from: string, cookie?: string): Promise<string> {
  const response = await postSignIn({ ...portal.info.staff[account], from, cookie });
  expect(response.status, `sign-in of ${account}`).toBe(303);
  return sessionCookie(response);
}

function sessionCookie(response: Response): string {
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .find((pair) => pair.startsWith('aduan_sesi='));
  expect(cookie, 'session cookie').toBeDefined();
  return cookie!;
}

async function staffHome(cookie: string): Promise<Response> {
  return fetch(portalUrl('/staf/', portal.info.baseUrl), { headers: { Cookie: cookie }, redirect: 'manual' });
}

/** Text of the page's alert, where the sign-in page puts its form-wide message. */
function alertText(html: string): string {
  const match = /<p class="notice notice-error" role="alert"[^>]*>([\s\S]*?)<\/p>/.exec(html);
  return (match?.[1] ?? '').replace(/\s+/g, ' ').trim();
}

describe('sign-in throttling', () => {
  it('answers 429 after five failures', async () => {
    const { username, password } = portal.info.staff.officer;
    for (let i = 1; i <= 5; i += 1) {
      const response = await postSignIn({ username, password: 'salah-kata-sandi', from: `198.51.100.${i}` });
      expect(response.status, `failure ${i}`).toBe(401);
    }

    const response = await postSignIn({ username, password, from: '198.51.100.99' });
    const html = await response.text();

    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('Retry-After'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(alertText(html)).toContain('Terlalu banyak percobaan masuk yang gagal');
    expect(alertText(html)).toContain('Coba lagi dalam 15 menit.');
    expect(response.headers.get('Set-Cookie')).toBeNull();
  });

  it('treats unknown names like known ones', async () => {
    const known = portal.info.staff.otherOfficer.username;
    const unknown = 'petugas.tak.terdaftar';
    const first = await Promise.all(
      [known, unknown].map((username) => postSignIn({ username, password: 'salah-kata-sandi', from: '198.51.100.50' })),
    );
    const firstPages = await Promise.all(first.map(async (response, i) => (await response.text()).replaceAll([known, unknown][i]!, '…')));

    expect(first.map((response) => response.status)).toEqual([401, 401]);
    expect(alertText(firstPages[0]!)).toBe('Nama pengguna atau kata sandi salah. Periksa keduanya, lalu coba lagi.');
    expect(firstPages[0]).toBe(firstPages[1]);

    for (let i = 0; i < 4; i += 1) {
      await postSignIn({ username: known, password: 'salah-kata-sandi', from: `198.51.100.${60 + i}` });
      await postSignIn({ username: unknown, password: 'salah-kata-sandi', from: `198.51.100.${70 + i}` });
    }
    const blocked = await Promise.all(
      [known, unknown].map((username) => postSignIn({ username, password: 'salah-kata-sandi', from: '198.51.100.80' })),
    );
    const blockedPages = await Promise.all(blocked.map(async (response, i) => (await response.text()).replaceAll([known, unknown][i]!, '…')));

    expect(blocked.map((response) => response.status)).toEqual([429, 429]);
    expect(blocked.every((response) => response.headers.has('Retry-After'))).toBe(true);
    expect(blockedPages[0]).toBe(blockedPages[1]);
  });

  it('blocks an address after twenty failures', async () => {
    for (let i = 0; i < 20; i += 1) {
      const response = await postSignIn({ username: `tamu.${i}`, password: 'salah-kata-sandi', from: '203.0.113.9' });
      expect(response.status, `failure ${i + 1}`).toBe(401);
    }

    const fromSameAddress = await postSignIn({ ...portal.info.staff.viewer, from: '203.0.113.9' });
    expect(fromSameAddress.status).toBe(429);
    expect(Number(fromSameAddress.headers.get('Retry-After'))).toBeGreaterThan(0);

    const fromOtherAddress = await postSignIn({ ...portal.info.staff.viewer, from: '203.0.113.10' });
    expect(fromOtherAddress.status).toBe(303);
  });
});

describe('sessions', () => {
  it('replaces the session at sign-in', async () => {
    const first = await signIn('verifier', '192.0.2.20');

    const second = await signIn('verifier', '192.0.2.20', first);

    expect(second).not.toBe(first);
    expect((await staffHome(second)).status).toBe(200);
    const replayed = await staffHome(first);
    expect(replayed.status).toBe(303);
    expect(replayed.headers.get('Location')).toMatch(/^\/staf\/masuk\//);
  });

  it('ends the session at sign-out', async () => {
    const cookie = await signIn('verifier', '192.0.2.21');
    const other = await signIn('verifier', '192.0.2.22');

    const signOut = await fetch(portalUrl('/staf/keluar/', portal.info.baseUrl), {
      method: 'POST',
      headers: { Cookie: cookie, Origin: portal.info.baseUrl },
      redirect: 'manual',
    });

    expect(signOut.status).toBe(303);
    expect(signOut.headers.get('Location')).toBe('/staf/masuk/?keluar=1');
    expect((await staffHome(cookie)).status).toBe(303);
    expect((await staffHome(other)).status).toBe(200);
  });

  it('signs out on every device', async () => {
    const laptop = await browser.newPage();
    const phone = await browser.newPage();
    await signInWithBrowser(laptop, portal.info.baseUrl, portal.info.staff.admin);
    await signInWithBrowser(phone, portal.info.baseUrl, portal.info.staff.admin);
    const verifierCookie = await signIn('verifier', '192.0.2.23');

    await laptop.getByRole('button', { name: 'Keluar dari semua perangkat' }).click();
    await laptop.waitForURL((url) => url.pathname === '/staf/masuk/');

    expect(await laptop.getByRole('status').textContent()).toContain('Anda sudah keluar dari semua perangkat.');
    await phone.goto(portalUrl('/staf/', portal.info.baseUrl));
    expect(new URL(phone.url()).pathname).toBe('/staf/masuk/');
    expect((await staffHome(verifierCookie)).status).toBe(200);
  });
});

describe('return path after sign-in', () => {
  it('lands on /staf/ for another site', async () => {
    const page = await browser.newPage();

    await signInWithBrowser(page, portal.info.baseUrl, portal.info.staff.verifier, '//evil.example');

    const url = new URL(page.url());
    expect(url.origin).toBe(portal.info.baseUrl);
    expect(url.pathname).toBe('/staf/');
  });

  it.each(['https://evil.example/staf/', '/\\evil.example', '/staf/../..//evil.example'])(
    'redirects %s to /staf/',
    async (returnPath) => {
      const response = await postSignIn({ ...portal.info.staff.verifier, from: '192.0.2.30', returnPath });

      expect(response.status).toBe(303);
      expect(response.headers.get('Location')).toBe('/staf/');
    },
  );
});

describe('own password change', () => {
  it('ends the sessions on other devices', async () => {
    const account = portal.info.staff.viewer;
    const newPassword = 'layang-layang merah di atas sawah';
    const laptop = await browser.newPage();
    const phone = await browser.newPage();
    await signInWithBrowser(laptop, portal.info.baseUrl, account);
    await signInWithBrowser(phone, portal.info.baseUrl, account);

    await laptop.getByRole('link', { name: 'Akun saya' }).click();
    await laptop.getByLabel('Kata sandi sekarang', { exact: true }).fill(account.password);
    await laptop.getByLabel('Kata sandi baru', { exact: true }).fill('pemantau12345');
    await laptop.getByLabel('Ulangi kata sandi baru', { exact: true }).fill('pemantau12345');
    await laptop.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await laptop.waitForLoadState();

    expect(await laptop.locator('#new_password-galat').textContent()).toContain('Kata sandi terlalu mudah ditebak.');

    await laptop.getByLabel('Kata sandi sekarang', { exact: true }).fill(account.password);
    await laptop.getByLabel('Kata sandi baru', { exact: true }).fill(newPassword);
    await laptop.getByLabel('Ulangi kata sandi baru', { exact: true }).fill(newPassword);
    await laptop.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await laptop.waitForURL((url) => url.search === '?diganti=1');

    expect(await laptop.getByRole('status').textContent()).toContain('Kata sandi sudah diganti.');
    await phone.goto(portalUrl('/staf/', portal.info.baseUrl));
    expect(new URL(phone.url()).pathname).toBe('/staf/masuk/');
    await laptop.goto(portalUrl('/staf/', portal.info.baseUrl));
    expect(new URL(laptop.url()).pathname).toBe('/staf/');
    expect((await postSignIn({ username: account.username, password: account.password, from: '192.0.2.40' })).status).toBe(401);
    expect((await postSignIn({ username: account.username, password: newPassword, from: '192.0.2.40' })).status).toBe(303);
  });
});
