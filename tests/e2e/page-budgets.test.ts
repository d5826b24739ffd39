import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { portalUrl, useBrowser } from '../support/browser.ts';
import { listPublicPages, PUBLIC_PAGE_COUNT, type PublicPage } from '../support/public-page-list.ts';

/** Maximum bytes a public page may transfer on load, compressed, headers included. /peta has its own budget. */
const PAGE_BUDGET = 50_000;
/** Maximum compressed bytes of the scripts of a ticket page. */
const TICKET_SCRIPT_BUDGET = 5_000;
/** Maximum compressed bytes of the map page's scripts. Tiles are blocked, and its data file is not a script. */
const MAP_SCRIPT_BUDGET = 60 * 1024;
/**
 * Maximum compressed bytes of the chart module that statistics pages load when a chart scrolls
 * into view: chart.js with only the bar and line components registered, and the drawing code.
 */
const CHART_MODULE_BUDGET = 64_000;

const session = useBrowser();

interface Transfer {
  url: string;
  type: string;
  /** Bytes received for the response, headers included, as Chromium counts them. */
  bytes: number;
  encoding: string;
}

/**
 * Start recording every response of `page` with the bytes that crossed the network, from
 * Chromium's DevTools protocol (encodedDataLength of Network.loadingFinished).
 */
async function recordTransfers(page: Page): Promise<Transfer[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const responses = new Map<string, Omit<Transfer, 'bytes'>>();
  const finished: Transfer[] = [];
  cdp.on('Network.responseReceived', (event) => {
    const headers = Object.fromEntries(Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), value]));
    responses.set(event.requestId, { url: event.response.url, type: event.type, encoding: String(headers['content-encoding'] ?? '') });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const response = responses.get(event.requestId);
    if (response) {
      finished.push({ ...response, bytes: event.encodedDataLength });
    }
  });
  return finished;
}

/** Load `path` in `page` and return what it transferred until the network was idle. */
async function transfers(page: Page, path: string): Promise<Transfer[]> {
  const list = await recordTransfers(page);
  await page.goto(portalUrl(path), { waitUntil: 'networkidle' });
  return [...list];
}

function sum(list: Transfer[]): number {
  return list.reduce((total, transfer) => total + transfer.bytes, 0);
}

function describeTransfers(list: Transfer[]): string {
  return list.map((transfer) => `${transfer.url} ${transfer.bytes} B ${transfer.encoding || 'identity'}`).join('\n');
}

const isChartModule = (transfer: Transfer) => transfer.type === 'Script' && /\/_astro\/chart-drawing\./.test(transfer.url);

describe('page budgets', () => {
  let pages: PublicPage[] = [];
  beforeAll(async () => {
    pages = await listPublicPages(inject('portal').baseUrl);
  });

  it('lists every public page type', () => {
    expect(pages).toHaveLength(PUBLIC_PAGE_COUNT);
  });

  it('pages stay within 50 kB without charts', async () => {
    let measured = 0;
    for (const { name, path } of pages.filter((candidate) => candidate.name !== 'map')) {
      const page = await session.newPage();
      // The chart module has a budget of its own. Statistics pages with a chart on the first
      // screen load it at once, so their whole load is this sum plus the module.
      const list = (await transfers(page, path)).filter((transfer) => !isChartModule(transfer));
      const document = list.find((transfer) => transfer.type === 'Document');

      expect(document, `${name}: the page itself`).toBeDefined();
      expect(document!.encoding, `${name}: the page is compressed`).toMatch(/^(gzip|br)$/);
      expect(sum(list), `${name} (${path}):\n${describeTransfers(list)}`).toBeLessThanOrEqual(PAGE_BUDGET);
      measured += 1;
    }
    expect(measured).toBe(PUBLIC_PAGE_COUNT - 1);
  });

  it('feed stays within 50 kB', async () => {
    const page = await session.newPage();
    const list = await transfers(page, '/aduan-selesai.xml');
    const feed = list.find((transfer) => new URL(transfer.url).pathname === '/aduan-selesai.xml');

    expect(feed, describeTransfers(list)).toBeDefined();
    expect(feed!.encoding).toMatch(/^(gzip|br)$/);
    expect(sum(list), describeTransfers(list)).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  it('ticket page script stays within 5 kB', async () => {
    const ticketPage = pages.find((candidate) => candidate.name === 'ticket')!;
    const page = await session.newPage();
    const scripts = (await transfers(page, ticketPage.path)).filter((transfer) => transfer.type === 'Script');

    expect(sum(scripts), describeTransfers(scripts)).toBeLessThanOrEqual(TICKET_SCRIPT_BUDGET);
  });

  it('map page scripts stay within 60 KiB', async () => {
    const page = await session.newPage();
    const scripts = (await transfers(page, '/peta/')).filter((transfer) => transfer.type === 'Script');

    expect(scripts.length).toBeGreaterThan(0);
    expect(sum(scripts), describeTransfers(scripts)).toBeLessThanOrEqual(MAP_SCRIPT_BUDGET);
  });

  it('chart module loads when a chart is visible', async () => {
    const page = await session.newPage();
    const list = await recordTransfers(page);
    await page.goto(portalUrl('/statistik/'), { waitUntil: 'networkidle' });
    const charts = await page.locator('data-chart').count();
    expect(charts).toBeGreaterThan(0);

    await page.locator('data-chart').last().scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('data-chart canvas').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    const chartModules = list.filter(isChartModule);

    expect(chartModules.length, describeTransfers(list)).toBeGreaterThan(0);
    expect(sum(chartModules), describeTransfers(chartModules)).toBeLessThanOrEqual(CHART_MODULE_BUDGET);
  });
});
