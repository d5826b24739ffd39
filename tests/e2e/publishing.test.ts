/**
 * Publishing on a running portal.
 *
 * A publish whose `astro build` fails half-way: the public pages keep
 * serving the previous site while the build runs and after it failed, the failure is recorded
 * with its cause, and the staff page shows it in Indonesian.
 *
 * The failure is real: once the export has written the new snapshot, the test corrupts the
 * snapshot's statistik.json before the build reads it. The build then bundles the code and
 * fails while prerendering the pages, as it would on a damaged disk.
 */

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestServerPublish, type ServerAddress } from '../../src/server/publish/server-publish-client.ts';
import { startPortal, type RunningPortal } from '../support/e2e-global-setup.ts';
import { portalUrl, signIn, useBrowser } from '../support/browser.ts';

let portal: RunningPortal;

beforeAll(async () => {
  portal = await startPortal();
});

afterAll(async () => {
  await portal?.stop();
});

const session = useBrowser(() => portal.info.baseUrl);

/** Every prerendered page and published file; each must keep its exact content. */
const STATIC_PATHS = [
  '/',
  '/statistik/',
  '/peta/',
  '/data/',
  '/metodologi/',
  '/aduan-selesai.xml',
  '/data/datapackage.json',
  '/data/aduan.csv',
  '/data/aduan.json',
  '/data/aduan.geojson',
  '/data/statistik.json',
  '/favicon.svg',
];
const MISSING_PATH = '/halaman-yang-tidak-ada/';

interface Answer {
  status: number;
  body: string;
}

async function fetchAll(): Promise<Map<string, Answer>> {
  const answers = new Map<string, Answer>();
  for (const pagePath of [...STATIC_PATHS, MISSING_PATH]) {
    const response = await fetch(portalUrl(pagePath, portal.info.baseUrl));
    answers.set(pagePath, { status: response.status, body: await response.text() });
  }
  return answers;
}

function expectSameSite(answers: Map<string, Answer>, before: Map<string, Answer>): void {
  for (const [pagePath, answer] of answers) {
    expect(answer.status, pagePath).toBe(pagePath === MISSING_PATH ? 404 : 200);
    expect(answer.body === before.get(pagePath)!.body, `${pagePath} changed`).toBe(true);
  }
}

/** Wait for the export of the next publish, then break the snapshot file the build reads. */
async function corruptNextSnapshot(snapshotsDir: string, deadline: number): Promise<string> {
  const existing = new Set(fs.readdirSync(snapshotsDir));
  while (Date.now() < deadline) {
    const created = fs.readdirSync(snapshotsDir).find((name) => !existing.has(name) && !name.endsWith('.partial') && !name.endsWith('.next'));
    if (created) {
      fs.writeFileSync(path.join(snapshotsDir, created, 'statistik.json'), '{"totals": ');
      return created;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('No new snapshot appeared.');
}

describe('a publish whose build fails half-way', () => {
  it('leaves the old site up and tells staff why', async () => {
    const before = await fetchAll();
    expect(before.get('/statistik/')!.body).toContain('Data per');

    const page = await session.newPage();
    await signIn(page, portal.info.baseUrl, portal.info.staff.verifier, '/staf/terbitkan/');
    const corrupted = corruptNextSnapshot(path.join(portal.info.dataDir, 'snapshots'), Date.now() + 60_000);
    await page.getByRole('button', { name: 'Terbitkan sekarang' }).click();
    await corrupted;

    // While the build runs, the staff page shows the progress and the public site is unchanged.
    let roundsWhileRunning = 0;
    let progressSeen = '';
    for (;;) {
      await page.goto(portalUrl('/staf/terbitkan/', portal.info.baseUrl));
      const progress = page.locator('[data-publish-progress]');
      if ((await progress.count()) === 0) {
        break;
      }
      progressSeen = (await progress.textContent()) ?? '';
      expectSameSite(await fetchAll(), before);
      roundsWhileRunning += 1;
    }
    expect(roundsWhileRunning).toBeGreaterThan(0);
    expect(progressSeen).toMatch(/Tahap\s*[12] dari 3: (Mengekspor data publik|Membangun situs statis)/);
    expect(progressSeen).toMatch(/Sudah berjalan\s*\d+ (detik|menit)/);

    // The failure is recorded with its stage and cause, in Indonesian.
    const result = page.locator('[data-last-result]');
    expect(await result.getAttribute('data-last-result')).toBe('failed');
    expect(await result.textContent()).toMatch(
      /Gagal pada .* WIB di tahap "Membangun situs statis"\. Portal publik tetap menampilkan terbitan sebelumnya \(data per .* WIB\)/,
    );
    const failedRow = page.locator('tr[data-publish-status="failed"]').first();
    expect(await failedRow.textContent()).toContain('Penerbitan gagal pada tahap "Membangun situs statis"');
    expect(await failedRow.locator('.publish-error').textContent()).toMatch(/astro build exited with code 1[\s\S]*statistik\.json/);

    // After the failure the old site is still served.
    expectSameSite(await fetchAll(), before);

    // The next publish, with nothing broken, succeeds and replaces the site.
    await page.getByRole('button', { name: 'Terbitkan sekarang' }).click();
    await expect
      .poll(
        async () => {
          await page.goto(portalUrl('/staf/terbitkan/', portal.info.baseUrl));
          return page.locator('[data-last-result]').getAttribute('data-last-result');
        },
        { timeout: 120_000, interval: 1_000 },
      )
      .toBe('succeeded');
    const after = await fetch(portalUrl('/data/datapackage.json', portal.info.baseUrl));
    expect(after.status).toBe(200);
    expect((await after.json()).created).not.toBe(JSON.parse(before.get('/data/datapackage.json')!.body).created);
  }, 300_000);
});

describe('a scheduled publish', () => {
  it('runs in the server, is recorded and skips while another runs', async () => {
    // The schedule sends its requests exactly like this, with the token of server.json.
    const server = JSON.parse(fs.readFileSync(path.join(portal.info.dataDir, 'server.json'), 'utf8')) as ServerAddress;

    const outcomes = await Promise.all([requestServerPublish(server, 'schedule'), requestServerPublish(server, 'schedule')]);

    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['busy', 'succeeded']);
    const busy = outcomes.find((outcome) => outcome.kind === 'busy')!;
    expect(busy).toEqual({ kind: 'busy', message: expect.stringContaining('Penerbitan lain sedang berjalan') });
    const page = await session.newPage();
    await signIn(page, portal.info.baseUrl, portal.info.staff.admin, '/staf/terbitkan/');
    const newest = page.locator('tbody tr').first();
    expect(await newest.getAttribute('data-publish-status')).toBe('succeeded');
    expect(await newest.locator('td').nth(1).textContent()).toBe('Jadwal');
    expect(await page.locator('main').textContent()).toContain('Penerbitan otomatis: tidak aktif.');
  }, 120_000);
});
