/**
 * Chromium from Debian driven by playwright-core. Requests to any host other than the portal
 * under test are aborted (map tiles included), and a page's console errors fail the test.
 */

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // No name lookups at all: a redirect to another host fails here even if a route misses it.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

export interface BrowserSession {
  browser: Browser;
  newPage(options?: { javaScriptEnabled?: boolean }): Promise<Page>;
  /** Console errors seen since the last check; tests that expect one clear this list. */
  consoleErrors: string[];
}

/**
 * Launch one browser for the test file; each `newPage` gets a fresh context (no cookies).
 * `baseUrl` names the portal under test, the shared one by default.
 */
export function useBrowser(baseUrl: () => string = () => inject('portal').baseUrl): BrowserSession {
  const session: BrowserSession = {
    browser: undefined as unknown as Browser,
    consoleErrors: [],
    async newPage(options = {}) {
      const context = await session.browser.newContext({ locale: 'id-ID', timezoneId: 'America/New_York', ...options });
      contexts.push(context);
      const portalHost = new URL(baseUrl()).host;
      await blockOtherHosts(context, portalHost);
      const page = await context.newPage();
      page.on('console', (message) => {
        // Requests to other hosts (map tiles) are aborted on purpose; the browser logs each one.
        const source = message.location().url;
        const blockedElsewhere = source !== '' && new URL(source).host !== portalHost;
        // Chromium logs a 4xx status of the document itself (404 page, form errors) as an error.
        // The tests check those status codes directly.
        const documentStatus = source === page.url() && /status of 4\d\d/.test(message.text());
        if (message.type() === 'error' && !blockedElsewhere && !documentStatus) {
          session.consoleErrors.push(message.text());
        }
      });
      page.on('pageerror', (error) => session.consoleErrors.push(error.message));
      return page;
    },
  };
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    session.browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  });
  afterEach(async () => {
    const errors = session.consoleErrors.splice(0);
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    expect(errors, 'console errors in the page').toEqual([]);
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}

async function blockOtherHosts(context: BrowserContext, portalHost: string): Promise<void> {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    return url.host === portalHost ? route.continue() : route.abort('blockedbyclient');
  });
}

/** Absolute URL of `path` on a portal, the shared one by default. */
export function portalUrl(path: string, baseUrl: string = inject('portal').baseUrl): string {
  return new URL(path, baseUrl).toString();
}

/** Sign in as `account` on the portal at `baseUrl` and wait until the browser leaves the sign-in page. */
export async function signIn(
  page: Page,
  baseUrl: string,
  account: { username: string; password: string },
  returnTo = '/staf/',
): Promise<void> {
  await page.goto(portalUrl(`/staf/masuk/?kembali=${encodeURIComponent(returnTo)}`, baseUrl));
  await page.getByLabel('Nama pengguna').fill(account.username);
  await page.getByLabel('Kata sandi').fill(account.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/staf/masuk'));
}
