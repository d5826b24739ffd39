/**
 * One process at a time on a PGlite data directory.
 *
 * A second `npm start` or `npm run import` on the directory of a running portal stops within
 * seconds with an Indonesian message that names the directory and the process using it, and the
 * running portal keeps serving staff pages. After `kill -9` of the portal its lock file stays
 * behind, and the next start takes it over. The scenario is PGlite's own, so it runs on PGlite
 * even when DATABASE_URL is set.
 */

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';
import { startPortal, type RunningPortal } from '../support/e2e-global-setup.ts';
import { portalUrl, signIn, useBrowser } from '../support/browser.ts';

/** Maximum time for the second process to give up; it only reads one lock file. */
const FAIL_FAST_MS = 20_000;

let portal: RunningPortal;
let restarted: RunningPortal | undefined;

beforeAll(async () => {
  portal = await startPortal({ database: 'pglite' });
});

afterAll(async () => {
  await restarted?.stop();
  await portal?.stop();
});

const session = useBrowser(() => (restarted ?? portal).info.baseUrl);

describe('PGlite directory lock', () => {
  it('rejects a second npm start', async () => {
    const pgliteDir = path.join(portal.info.dataDir, 'pglite');

    // Before any request has reached the database: the server holds the lock from its start.
    const second = await runSecond(['src/cli/start.ts']);
    expect(second.status).toBe(1);
    expect(second.ms).toBeLessThan(FAIL_FAST_MS);
    expect(second.stderr).toContain(`Gagal: basis data bawaan di ${pgliteDir} sedang dipakai oleh proses ${portal.pid}`);
    expect(second.stderr).toContain('PGlite hanya dapat dibuka oleh satu proses');

    const page = await session.newPage();
    await signIn(page, portal.info.baseUrl, portal.info.staff.admin);
    const response = await page.goto(portalUrl('/staf/admin/audit/', portal.info.baseUrl));
    expect(response!.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBeTruthy();
  });

  it('rejects an import while the portal runs', async () => {
    const file = path.join(portal.info.dataDir, 'kosong.csv');
    fs.writeFileSync(file, 'No,Tanggal Diterima,Kanal,Nama Pelapor,Kontak,Isi Aduan,Kategori\n');

    const importer = await runSecond(['src/cli/import.ts', file]);
    expect(importer.status).toBe(1);
    expect(importer.ms).toBeLessThan(FAIL_FAST_MS);
    expect(importer.stderr).toContain(`sedang dipakai oleh proses ${portal.pid}`);

    const page = await session.newPage();
    await signIn(page, portal.info.baseUrl, portal.info.staff.verifier);
    expect(new URL(page.url()).pathname).toBe('/staf/');
  });

  it('takes over the lock after kill -9', async () => {
    const lockFile = path.join(portal.info.dataDir, 'pglite.lock');
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(portal.pid));
    process.kill(portal.pid, 'SIGKILL');
    await waitUntilGone(portal.pid);
    expect(fs.existsSync(lockFile), 'the lock file outlives the killed process').toBe(true);

    restarted = await startPortal({ database: 'pglite', dataDir: portal.info.dataDir });
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(restarted.pid));
    const page = await session.newPage();
    await signIn(page, restarted.info.baseUrl, portal.info.staff.admin);
    expect(new URL(page.url()).pathname).toBe('/staf/');
  }, 300_000);
});

/** Run a command on the portal's data folder as a second process and time it. */
async function runSecond(args: string[]): Promise<{ status: number | null; stderr: string; ms: number }> {
  const env = { ...portal.env, PORT: String(await freePort()) };
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stderr: result.stderr, ms: Date.now() - started };
}

async function waitUntilGone(pid: number): Promise<void> {
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
