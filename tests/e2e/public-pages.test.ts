import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderResolvedFeed } from '../../src/domain/atom-feed.ts';
import { deploymentSettingsSchema } from '../../src/domain/deployment.ts';
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

    const links = await page.locator('#berkas a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    expect(links).toEqual(['/data/aduan.csv', '/data/aduan.json', '/data/aduan.geojson', '/data/statistik.json']);
    for (const link of links) {
      const response = await fetch(portalUrl(link));
      expect(response.status, link).toBe(200);
    }
  });

  it('data page lists the periods or says there are none', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/data/'));

    const periodLinks = await page.locator('[data-period] a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    if (periodLinks.length === 0) {
      expect(await page.locator('[data-no-periods]').textContent()).toContain('belum tersedia');
    }
    for (const link of periodLinks) {
      expect(link).toMatch(/^\/data\/periode\/\d{4}(-\d{2})?\/(aduan\.(csv|json|geojson)|statistik\.json)$/);
      expect((await fetch(portalUrl(link))).status, link).toBe(200);
    }
    expect(await page.locator('main').textContent()).toContain('Creative Commons Atribusi 4.0');
  });

  it('data package names every file with its size', async () => {
    const response = await fetch(portalUrl('/data/datapackage.json'));
    expect(response.status).toBe(200);
    const descriptor = (await response.json()) as { resources: Array<{ path: string; bytes?: number }>; created: string };

    expect(descriptor.resources.length).toBeGreaterThanOrEqual(4);
    for (const resource of descriptor.resources) {
      const file = await fetch(portalUrl(`/data/${resource.path}`));
      expect(file.status, resource.path).toBe(200);
      expect((await file.arrayBuffer()).byteLength, resource.path).toBe(resource.bytes);
    }
    const page = await session.newPage();
    await page.goto(portalUrl('/data/'));
    expect(await page.locator('#data-per').textContent()).toContain(
      (await page.locator('footer [data-as-of]').textContent())!.replace(/^Data per /, '').replace(/\.$/, ''),
    );
  });

  it('feed is well-formed Atom that browsers discover', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/'));
    const feedPath = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    expect(feedPath).toBe('/aduan-selesai.xml');

    const xml = await (await fetch(portalUrl(feedPath!))).text();
    const parsed = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'application/xml');
      const atom = 'http://www.w3.org/2005/Atom';
      return {
        error: document.getElementsByTagName('parsererror').length > 0,
        root: document.documentElement.namespaceURI + ' ' + document.documentElement.localName,
        id: document.documentElement.getElementsByTagNameNS(atom, 'id')[0]?.textContent,
        self: document.querySelector('feed > link[rel="self"]')?.getAttribute('href'),
        entries: [...document.getElementsByTagNameNS(atom, 'entry')].map((entry) => ({
          link: entry.getElementsByTagNameNS(atom, 'link')[0]?.getAttribute('href'),
          updated: entry.getElementsByTagNameNS(atom, 'updated')[0]?.textContent,
          summary: entry.getElementsByTagNameNS(atom, 'summary')[0]?.textContent,
        })),
      };
    }, xml);

    expect(parsed.error).toBe(false);
    expect(parsed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(parsed.id).toMatch(/^urn:uuid:/);
    expect(parsed.self).toBe('/aduan-selesai.xml');
    // Every resolved complaint that is listed (not confidential), up to 50.
    const listed = (await (await fetch(portalUrl('/data/aduan.json'))).json()) as Array<{ status: string }>;
    expect(parsed.entries.length).toBe(Math.min(50, listed.filter((row) => row.status === 'resolved').length));
    expect(parsed.entries.length).toBeGreaterThan(0);
    for (const entry of parsed.entries) {
      expect(entry.link).toMatch(/^\/lacak\/LBP-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(entry.summary).toMatch(/Hasil: /);
    }
  });

  it('feed text with markup characters reads back unchanged', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/'));
    const deployment = deploymentSettingsSchema.parse(JSON.parse(fs.readFileSync('db/seed/deployments/pati/deployment.json', 'utf8')));
    const summary = `Pipa <bocor> & "rusak" di Jl. Ki'ageng`;
    const xml = renderResolvedFeed({
      deployment,
      generatedAt: '2024-06-01T00:00:00.000Z',
      resolved: [
        {
          ticket: 'LBP-7K3M2-Q9XW2', received_at: '2024-05-01T02:00:00.000Z', received_date: '2024-05-01', channel: 'whatsapp',
          category: 'Jalan <rusak> & "berlubang"', category_slug: 'jalan-rusak', category_group: 'infrastruktur',
          district_code: null, district_name: null, village_code: null, village_name: null, agency: null, agency_slug: null,
          agency_kind: null, status: 'resolved', invalid_reason: null, outcome: 'answered', resolved_at: '2024-05-20T07:30:00.000Z',
          resolved_date: '2024-05-20', summary, lat: null, lng: null, duplicate_of: null, verified_at: null, forwarded_at: null,
          first_response_at: null, verification_days: null, first_response_days: null, resolution_days: null,
        },
      ],
    });

    const read = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'application/xml');
      const atom = 'http://www.w3.org/2005/Atom';
      const entry = document.getElementsByTagNameNS(atom, 'entry')[0]!;
      return {
        error: document.getElementsByTagName('parsererror').length > 0,
        summary: entry.getElementsByTagNameNS(atom, 'summary')[0]!.textContent,
        title: entry.getElementsByTagNameNS(atom, 'title')[0]!.textContent,
        label: entry.getElementsByTagNameNS(atom, 'category')[0]!.getAttribute('label'),
      };
    }, xml);

    expect(read).toEqual({
      error: false,
      summary: `${summary}. Hasil: Dijawab dengan penjelasan.`,
      title: 'LBP-7K3M2-Q9XW2: Jalan <rusak> & "berlubang"',
      label: 'Jalan <rusak> & "berlubang"',
    });
  });

  it('methodology page explains the counts and is linked', async () => {
    const page = await session.newPage();
    await page.goto(portalUrl('/statistik/'));
    await page.locator('main a[href="/metodologi/"]').click();
    await page.waitForURL(/\/metodologi\/$/);

    const text = (await page.locator('main').textContent())!;
    for (const expected of ['Selesai tidak selalu berarti diperbaiki', 'Hari kerja dan kalender libur', 'Batas hari menurut WIB', 'Aduan rahasia', 'Aduan ganda', 'Keterbatasan data']) {
      expect(text).toContain(expected);
    }
    expect(await page.locator('[data-demo-notice]').count()).toBe(1);
    expect(await page.locator('#kalender-libur tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('footer a[href="/metodologi/"]').count()).toBe(1);
  });

  it('every public page shows the time of its data', async () => {
    const page = await session.newPage();
    for (const pagePath of ['/', '/statistik/', '/peta/', '/data/', '/metodologi/', '/lacak/', '/tidak-ada/']) {
      await page.goto(portalUrl(pagePath));
      expect(await page.locator('footer [data-as-of]').textContent(), pagePath).toMatch(
        /^Data per \d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WIB( \(langsung dari sistem\))?\.$/,
      );
    }
  });

  it('malformed address answers 404', async () => {
    const response = await fetch(portalUrl('/lacak/%ZZ'));

    expect(response.status).toBe(404);
    expect(await response.text()).toContain('karakter yang tidak dapat dibaca');
  });

  it('unknown page answers 404', async () => {
    const page = await session.newPage();
    const response = await page.goto(portalUrl('/tidak-ada/'));

    expect(response!.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Halaman tidak ditemukan');
  });
});
