import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { portalUrl, signIn, useBrowser } from '../support/browser.ts';
import { listPublicPages, PUBLIC_PAGE_COUNT, type PublicPage } from '../support/public-page-list.ts';

/** axe-core's rule tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const session = useBrowser();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/**
 * Run axe-core over the page as it is now. The source is evaluated through the DevTools
 * protocol rather than added as a <script>, so a Content-Security-Policy cannot block it.
 */
async function violationsOf(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } })
      .axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
    }));
  }, WCAG_TAGS);
}

function describeViolations(violations: Violation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes.map((node) => `  ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');
}

/** Links on `page` whose path matches `pattern`, in page order. */
async function linksMatching(page: Page, pattern: RegExp): Promise<string[]> {
  const hrefs = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
  return hrefs.filter((href) => pattern.test(href));
}

describe('accessibility', () => {
  let publicPages: PublicPage[] = [];
  beforeAll(async () => {
    publicPages = await listPublicPages(inject('portal').baseUrl);
  });

  it('axe reports a known violation', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/lacak/'));
    await page.locator('main').evaluate((main) => {
      const field = document.createElement('input');
      field.type = 'text';
      main.append(field);
    });

    const violations = await violationsOf(page);

    expect(violations.map((violation) => violation.id)).toContain('label');
  });

  it('public pages have no WCAG violations', async () => {
    const failures: string[] = [];
    for (const { name, path, status } of publicPages) {
      const page = await session.newPage();
      const response = await page.goto(portalUrl(path), { waitUntil: 'networkidle' });
      expect(response?.status(), path).toBe(status);
      if (name === 'map') {
        await expect.poll(() => page.locator('complaint-map').getAttribute('data-state')).toBe('ready');
      }
      // Draw every chart, as a reader scrolling down the page does.
      for (const chart of await page.locator('data-chart').all()) {
        await chart.scrollIntoViewIfNeeded();
      }
      const violations = await violationsOf(page);
      if (violations.length > 0) {
        failures.push(`${name} (${path}):\n${describeViolations(violations)}`);
      }
      await page.close();
    }
    expect(publicPages).toHaveLength(PUBLIC_PAGE_COUNT);
    expect(failures.join('\n\n')).toBe('');
  });

  it('staff pages have no WCAG violations', async () => {
    const { baseUrl, staff } = inject('portal');
    const page = await session.newPage();
    await page.goto(portalUrl('/staf/masuk/'));
    const signInViolations = await violationsOf(page);
    await signIn(page, baseUrl, staff.admin);

    await page.goto(portalUrl('/staf/'));
    const complaint = (await linksMatching(page, /^\/staf\/aduan\/\d+\/?$/))[0];
    await page.goto(portalUrl('/staf/admin/instansi/'));
    const agency = (await linksMatching(page, /^\/staf\/admin\/instansi\/\d+\/?$/))[0];
    await page.goto(portalUrl('/staf/admin/kategori/'));
    const category = (await linksMatching(page, /^\/staf\/admin\/kategori\/\d+\/?$/))[0];
    await page.goto(portalUrl('/staf/admin/petugas/'));
    const account = (await linksMatching(page, /^\/staf\/admin\/petugas\/\d+\/?$/))[0];
    expect([complaint, agency, category, account].every(Boolean), 'links to a complaint, agency, category and account').toBe(true);

    const paths = [
      '/staf/',
      '/staf/?status=received',
      complaint!,
      '/staf/aduan/baru/',
      '/staf/terbitkan/',
      '/staf/admin/',
      '/staf/admin/impor/',
      '/staf/admin/audit/',
      '/staf/admin/hari-libur/',
      '/staf/admin/instansi/',
      agency!,
      '/staf/admin/kategori/',
      category!,
      '/staf/admin/pengaturan/',
      '/staf/admin/petugas/',
      '/staf/admin/petugas/baru/',
      account!,
    ];
    const failures = signInViolations.length > 0 ? [`/staf/masuk/:\n${describeViolations(signInViolations)}`] : [];
    for (const path of paths) {
      const response = await page.goto(portalUrl(path), { waitUntil: 'networkidle' });
      expect(response?.status(), path).toBe(200);
      const violations = await violationsOf(page);
      if (violations.length > 0) {
        failures.push(`${path}:\n${describeViolations(violations)}`);
      }
    }
    expect(failures.join('\n\n')).toBe('');
  });
});
