/**
 * Two server instances on one PostgreSQL database, as behind a load balancer: each has its own
 * DATA_DIR and port. A session started on one works on the other and ends on both, and two
 * staff members changing the same complaint through different instances cannot overwrite each
 * other. The scenario needs PostgreSQL, so it uses a private cluster on PGlite runs too.
 */

import type { BrowserContext, Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type RunningPortal } from '../support/e2e-global-setup.ts';
import { portalUrl, signIn, useBrowser } from '../support/browser.ts';
import { clusterTitle, createPrivatePostgres, privateClusterMissing, type PrivatePostgres } from '../support/private-postgres.ts';

let cluster: PrivatePostgres;
let first: RunningPortal;
let second: RunningPortal;

describe.skipIf(privateClusterMissing() !== null)(clusterTitle('two instances on one database'), () => {
  beforeAll(async () => {
    cluster = await createPrivatePostgres();
    first = await startPortal({ database: { server: cluster.url } });
    second = await startPortal({ database: { existing: first.info.databaseUrl! } });
  });

  afterAll(async () => {
    await second?.stop();
    await first?.stop();
    cluster?.destroy();
  });

  const session = useBrowser(() => first.info.baseUrl);

  it('shares sign-in and sign-out', async () => {
    await withBothInstances(async (page) => {
      await signIn(page, first.info.baseUrl, first.info.staff.verifier);

      const onSecond = await page.goto(portalUrl('/staf/', second.info.baseUrl));
      expect(onSecond!.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe('/staf/');

      await page.getByRole('button', { name: 'Keluar', exact: true }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/staf/masuk'));
      expect(new URL(page.url()).port).toBe(new URL(second.info.baseUrl).port);

      await page.goto(portalUrl('/staf/', first.info.baseUrl));
      expect(new URL(page.url()).pathname).toBe('/staf/masuk/');
    });
  });

  it('rejects the second of two edits', async () => {
    const client = postgres(first.info.databaseUrl!, { max: 1, onnotice: () => {} });
    try {
      const [target] = await client<{ id: number; version: number }[]>`
        select id, version from complaints where status = 'forwarded' order by id limit 1`;
      const complaintPath = `/staf/aduan/${target!.id}/`;

      await withBothInstances(async (onFirst, context) => {
        await signIn(onFirst, first.info.baseUrl, first.info.staff.admin, complaintPath);
        const onSecond = await context.newPage();
        await onSecond.goto(portalUrl(complaintPath, second.info.baseUrl));

        const fromFirst = onFirst.locator('form[data-action="start_action"]');
        await fromFirst.getByLabel('Catatan publik').fill('Petugas dinas sudah meninjau lokasi.');
        await fromFirst.getByRole('button', { name: 'Mulai tindak lanjut' }).click();
        await expect(onFirst.locator('[role="status"]').textContent()).resolves.toContain('Mulai tindak lanjut');

        const fromSecond = onSecond.locator('form[data-action="start_action"]');
        await fromSecond.getByLabel('Catatan publik').fill('Perbaikan dijadwalkan minggu depan.');
        const [answer] = await Promise.all([
          onSecond.waitForResponse((response) => response.request().method() === 'POST'),
          fromSecond.getByRole('button', { name: 'Mulai tindak lanjut' }).click(),
        ]);
        expect(answer.status()).toBe(409);
        await expect(onSecond.locator('[role="alert"]').first().textContent()).resolves.toContain(
          'Aduan ini sudah diubah oleh petugas lain sejak formulir dibuka',
        );
        // The rejected form comes back with the latest state, the first edit included.
        await expect(onSecond.locator('main').innerText()).resolves.toContain('Publik: Petugas dinas sudah meninjau lokasi.');
      });

      const [stored] = await client<{ status: string; version: number }[]>`
        select status, version from complaints where id = ${target!.id}`;
      expect(stored).toEqual({ status: 'in_progress', version: target!.version + 1 });
      const events = await client<{ kind: string; public_note: string | null }[]>`
        select kind, public_note from complaint_events where complaint_id = ${target!.id} and kind <> 'logged' order by id`;
      expect(events.at(-1)).toEqual({ kind: 'start_action', public_note: 'Petugas dinas sudah meninjau lokasi.' });
      expect(events.filter((event) => event.kind === 'start_action')).toHaveLength(1);
    } finally {
      await client.end();
    }
  });

  /**
   * Run `work` in a browser context that may reach both instances. Both are on 127.0.0.1, and
   * cookies do not depend on the port, so the session cookie goes to both as behind one host.
   */
  async function withBothInstances(work: (page: Page, context: BrowserContext) => Promise<void>): Promise<void> {
    const hosts = new Set([new URL(first.info.baseUrl).host, new URL(second.info.baseUrl).host]);
    const context = await session.browser.newContext({ locale: 'id-ID' });
    await context.route('**/*', (route) =>
      hosts.has(new URL(route.request().url()).host) ? route.continue() : route.abort('blockedbyclient'),
    );
    try {
      await work(await context.newPage(), context);
    } finally {
      await context.close();
    }
  }
});
