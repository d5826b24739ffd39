import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTicket } from '../../src/domain/ticket.ts';
import { DATA_FILE_POLICY } from '../../src/server/runtime.ts';
import { portalUrl as sharedPortalUrl, signIn, useBrowser } from '../support/browser.ts';
import { startPortal, type RunningPortal } from '../support/e2e-global-setup.ts';
import { StaffClient } from '../support/staff-client.ts';

// A portal of its own behind a pretend TLS-terminating proxy on 127.0.0.1: the public host name
// below only ever travels in headers, every request goes to 127.0.0.1.
const PUBLIC_HOST = 'aduan.example.go.id';
const LOOKUPS_PER_MINUTE = 30;

let portal: RunningPortal;
let staff: StaffClient;
let tickets: { public: string; confidential: string };

beforeAll(async () => {
  portal = await startPortal({
    env: { TRUSTED_PROXIES: '127.0.0.1', ALLOWED_HOSTS: PUBLIC_HOST, TICKET_LOOKUPS_PER_MINUTE: String(LOOKUPS_PER_MINUTE) },
  });
  staff = await StaffClient.signIn(portal.info.baseUrl, portal.info.staff.verifier);
  const rows = parse(await (await staff.get('/staf/ekspor.csv')).text(), { bom: true, columns: true }) as Record<string, string>[];
  tickets = {
    public: rows.find((row) => row.Rahasia === 'Tidak')!['Nomor Tiket']!,
    confidential: rows.find((row) => row.Rahasia === 'Ya')!['Nomor Tiket']!,
  };
}, 300_000);

afterAll(async () => {
  await portal?.stop();
});

const portalUrl = (target: string) => sharedPortalUrl(target, portal.info.baseUrl);

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Send a request with the path exactly as given: fetch and URL would resolve the dots. */
function rawRequest(target: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  const { port } = new URL(portal.info.baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path: target, method: options.method ?? 'GET', headers: options.headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

describe('response headers', () => {
  const PAGES = ['/', '/statistik/', '/peta/', '/data/', '/lacak/', '/halaman-yang-tidak-ada/', '/_astro/', '/staf/masuk/'];

  for (const page of PAGES) {
    it(`${page} carries the security headers`, async () => {
      const response = await rawRequest(page);
      const policy = String(response.headers['content-security-policy']);

      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("style-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toMatch(/img-src 'self' data: https:\/\/tile\.openstreetmap\.org(;|$)/);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(response.headers['permissions-policy']).toContain('camera=()');
    });
  }

  it('feed carries the data file policy', async () => {
    const response = await rawRequest('/aduan-selesai.xml');

    expect(response.status).toBe(200);
    expect(response.headers['content-security-policy']).toBe(DATA_FILE_POLICY);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('forms behind a TLS-terminating proxy', () => {
  const proxied = (origin: string) => ({
    Host: PUBLIC_HOST,
    'X-Forwarded-Host': PUBLIC_HOST,
    'X-Forwarded-Proto': 'https',
    'X-Forwarded-For': '203.0.113.10',
    Origin: origin,
    'Content-Type': 'application/x-www-form-urlencoded',
  });
  const signInForm = () => {
    const { username, password } = portal.info.staff.verifier;
    return new URLSearchParams({ username, password, kembali: '/staf/' }).toString();
  };

  it('accepts a post from the public origin', async () => {
    const response = await rawRequest('/staf/masuk/', { method: 'POST', headers: proxied(`https://${PUBLIC_HOST}`), body: signInForm() });

    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/staf/');
    expect(response.headers['set-cookie']?.length).toBeGreaterThan(0);
  });

  it('rejects a post from another site', async () => {
    const response = await rawRequest('/staf/masuk/', { method: 'POST', headers: proxied('https://evil.example'), body: signInForm() });

    expect(response.status).toBe(403);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('Formulir ini dikirim dari situs lain');
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('rejects the public origin over plain http', async () => {
    const response = await rawRequest('/staf/masuk/', { method: 'POST', headers: proxied(`http://${PUBLIC_HOST}`), body: signInForm() });

    expect(response.status).toBe(403);
  });
});

describe('malformed forwarding headers', () => {
  const CASES: [string, Record<string, string>][] = [
    ['X-Forwarded-For not an address', { 'X-Forwarded-For': 'bukan-alamat' }],
    ['X-Forwarded-For of 11 entries', { 'X-Forwarded-For': Array.from({ length: 11 }, (_, index) => `192.0.2.${index + 1}`).join(', ') }],
    ['X-Forwarded-Proto ftp', { 'X-Forwarded-Proto': 'ftp' }],
    ['X-Forwarded-Host with a path', { 'X-Forwarded-Host': `${PUBLIC_HOST}/lain` }],
    ['X-Forwarded-Host with a space', { 'X-Forwarded-Host': 'aduan example' }],
    ['X-Forwarded-Host not allowed', { 'X-Forwarded-Host': 'evil.example' }],
    ['X-Forwarded-Port out of range', { 'X-Forwarded-Port': '70000' }],
    ['Forwarded without a value', { Forwarded: 'for=' }],
    ['Forwarded with an unknown parameter', { Forwarded: 'siapa=192.0.2.1' }],
    ['Forwarded with a bad address', { Forwarded: 'for=999.1.1.1;proto=https' }],
  ];

  for (const [label, headers] of CASES) {
    it(`${label} gets 400`, async () => {
      const response = await rawRequest('/staf/masuk/', { headers });

      expect(response.status).toBe(400);
      expect(response.body).toContain('<html lang="id">');
      expect(response.body).toContain('Permintaan tidak valid');
    });
  }

  it('well-formed headers pass', async () => {
    const response = await rawRequest('/', {
      headers: { 'X-Forwarded-For': '203.0.113.5, 10.0.0.1', Forwarded: 'for="[2001:db8::1]:4711";proto=https;host=aduan.example.go.id' },
    });

    expect(response.status).toBe(200);
  });
});

describe('path traversal', () => {
  const PROBES = [
    '/../package.json',
    '/../../../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E/package.json',
    '/_astro/..%2f..%2fpackage.json',
    '/_astro/../../package.json',
    '/..%5c..%5cpackage.json',
    '/_astro/..%5c..%5c..%5cpackage.json',
    '/%252e%252e/',
    '/%252e%252e/package.json',
    '/peta/%00',
    '/peta/%00.html',
    '//etc/passwd',
    '/.%2e/.%2e/package.json',
    '/%c0%ae%c0%ae/package.json',
    '/data/..%2f..%2fserver%2fentry.mjs',
    '/node_modules/astro/package.json',
    '/lacak/..%2f..%2fpackage.json',
  ];
  const packageJson = fs.readFileSync('package.json', 'utf8');

  for (const probe of PROBES) {
    it(`${probe} gets 404`, async () => {
      const response = await rawRequest(probe);

      expect(response.status).toBe(404);
      expect(response.body).not.toContain('"aduan-terbuka"');
      expect(response.body).not.toContain('root:x:0:0');
      expect(response.body).not.toContain(packageJson.slice(0, 60));
    });
  }
});

describe('ticket lookup', () => {
  it('answers alike for every ticket it does not show', async () => {
    const unknown = generateTicket('LBP');
    const wrongCheck = `${tickets.public.slice(0, -1)}${tickets.public.endsWith('0') ? '1' : '0'}`;
    const targets = [`/lacak/${tickets.confidential}`, `/lacak/${unknown}`, `/lacak/${wrongCheck}`, '/lacak/BUKAN-TIKET', '/lacak/x'];

    const responses = await Promise.all(targets.map((target) => rawRequest(target)));
    const comparable = responses.map(({ status, headers, body }) => {
      const { date: _date, ...rest } = headers;
      return { status, headers: rest, body };
    });

    expect(comparable[0]!.status).toBe(404);
    expect(comparable[0]!.body).toContain('Nomor tiket tidak ditemukan');
    for (const [index, response] of comparable.entries()) {
      expect(response, targets[index]).toEqual(comparable[0]);
    }
  });

  it('shows a public ticket', async () => {
    const response = await rawRequest(`/lacak/${tickets.public}`);

    expect(response.status).toBe(200);
    expect(response.body).toContain(tickets.public);
  });

  it('limits lookups per client address', async () => {
    const client = { 'X-Forwarded-For': '198.51.100.23' };
    const statuses: number[] = [];
    for (let index = 0; index < LOOKUPS_PER_MINUTE; index += 1) {
      statuses.push((await rawRequest(`/lacak/${generateTicket('LBP')}`, { headers: client })).status);
    }
    const limited = await rawRequest(`/lacak/${tickets.public}`, { headers: client });
    const otherClient = await rawRequest(`/lacak/${tickets.public}`, { headers: { 'X-Forwarded-For': '198.51.100.24' } });

    expect(statuses.every((status) => status === 404)).toBe(true);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(limited.body).toContain('Terlalu banyak pelacakan');
    expect(limited.body).not.toContain(tickets.public);
    expect(otherClient.status).toBe(200);
  });
});

describe('staff pages', () => {
  it('are never stored by caches', async () => {
    const seen = new Map<string, string | null>();
    const queue = ['/staf/', '/staf/ekspor.csv', '/staf/lokasi.json'];
    while (queue.length > 0 && seen.size < 60) {
      const target = queue.shift()!;
      if (seen.has(target)) {
        continue;
      }
      const response = await staff.get(target);
      seen.set(target, response.headers.get('cache-control'));
      const type = response.headers.get('content-type') ?? '';
      if (!type.startsWith('text/html')) {
        continue;
      }
      for (const [, href] of (await response.text()).matchAll(/href="(\/staf[^"#]*)"/g)) {
        // The sign-out link would end the session the crawl runs on.
        if (!href!.startsWith('/staf/keluar')) {
          queue.push(href!.replaceAll('&amp;', '&'));
        }
      }
    }

    expect(seen.size).toBeGreaterThanOrEqual(15);
    expect([...seen.keys()].some((target) => /^\/staf\/aduan\/\d+\/$/.test(target))).toBe(true);
    const cached = [...seen].filter(([, cacheControl]) => cacheControl !== 'no-store');
    expect(cached).toEqual([]);
  });

  it('are not in the static build', () => {
    const found: string[] = [];
    const visit = (directory: string) => {
      for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
        const full = path.join(directory, entry.name);
        // /staf/ prerendered would be a staf/ folder, or staf.html with another build format.
        if (entry.name === 'staf' || entry.name.startsWith('staf.')) {
          found.push(full);
        }
        if (entry.isDirectory()) {
          visit(full);
        }
      }
    };
    const sitesDir = path.join(portal.info.dataDir, 'sites');
    const sites = fs.readdirSync(sitesDir);
    for (const site of sites) {
      visit(path.join(sitesDir, site));
    }

    expect(sites.length).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(sitesDir, sites[0]!, 'index.html'))).toBe(true);
    expect(found).toEqual([]);
  });
});

describe('static build', () => {
  it('inlines no script or style', () => {
    const siteDir = fs.realpathSync(path.join(portal.info.dataDir, 'app', 'client'));
    const pages = fs.readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    const inline = pages.flatMap((file) => {
      const html = fs.readFileSync(path.join(siteDir, file), 'utf8');
      return [
        ...[...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/g)].map((match) => `${file}: ${match[0]}`),
        ...[...html.matchAll(/<style[\s>]|\sstyle="/g)].map((match) => `${file}: ${match[0]}`),
      ];
    });

    expect(pages.length).toBeGreaterThan(20);
    expect(inline).toEqual([]);
  });
});

describe('content security policy in Chromium', () => {
  const session = useBrowser(() => portal.info.baseUrl);
  const PUBLIC_PAGES = ['/', '/statistik/', '/peta/', '/instansi/', '/kecamatan/', '/data/', '/metodologi/', '/lacak/', '/tidak-ada/'];
  const STAFF_PAGES = [
    '/staf/',
    '/staf/aduan/baru/',
    '/staf/terbitkan/',
    '/staf/admin/',
    '/staf/admin/pengaturan/',
    '/staf/admin/hari-libur/',
    '/staf/admin/audit/',
    '/staf/admin/impor/',
    '/staf/admin/petugas/',
    '/staf/admin/instansi/',
    '/staf/admin/kategori/',
  ];

  /** Visit each page and return every CSP violation the pages reported. */
  async function violationsOn(page: import('playwright-core').Page, targets: string[]): Promise<string[]> {
    await page.addInitScript(() => {
      const log: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = log;
      document.addEventListener('securitypolicyviolation', (event) => {
        log.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    const violations: string[] = [];
    for (const target of targets) {
      await page.goto(portalUrl(target));
      await page.waitForLoadState('networkidle');
      const found = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      violations.push(...found.map((violation) => `${target}: ${violation}`));
    }
    return violations;
  }

  it('public pages break no rule', async () => {
    const page = await session.newPage();
    const detailPages = [];
    await page.goto(portalUrl('/instansi/'));
    detailPages.push(await page.locator('main a[href^="/instansi/"]').first().getAttribute('href'));
    await page.goto(portalUrl('/kecamatan/'));
    detailPages.push(await page.locator('main a[href^="/kecamatan/"]').first().getAttribute('href'));

    const violations = await violationsOn(page, [...PUBLIC_PAGES, ...detailPages.map(String), `/lacak/${tickets.public}`]);

    expect(violations).toEqual([]);
  });

  it('staff pages break no rule', async () => {
    const page = await session.newPage();
    await signIn(page, portal.info.baseUrl, portal.info.staff.admin);
    const complaint = await page.locator('a[href^="/staf/aduan/"]').first().getAttribute('href');

    const violations = await violationsOn(page, [...STAFF_PAGES, complaint!]);

    expect(violations).toEqual([]);
  });
});
