import { describe, expect, it } from 'vitest';
import { portalUrl, useBrowser } from '../support/browser.ts';

const session = useBrowser();

/** Read a ticket from the open data CSV, the way a journalist or citizen would find one. */
async function ticketFromCsv(): Promise<string> {
  const csv = await (await fetch(portalUrl('/data/aduan.csv'))).text();
  const [, firstRow] = csv.replace(/^\uFEFF/, '').split('\r\n');
  return firstRow!.split(',')[0]!;
}

describe('ticket lookup', () => {
  it('opens a ticket typed loosely', async () => {
    const ticket = await ticketFromCsv();
    const typed = ticket.toLowerCase().replace(/-/g, ' – ');
    const page = await session.newPage();
    await page.goto(portalUrl('/'));

    await page.getByLabel('Nomor tiket').fill(typed);
    await page.getByRole('button', { name: 'Lacak' }).click();

    await page.waitForURL(portalUrl(`/lacak/${ticket}`));
    expect(await page.locator('h1').textContent()).toBe(`Aduan ${ticket}`);
    expect(await page.locator('.timeline li').count()).toBeGreaterThanOrEqual(2);
  });

  it('answers 404 for an unknown ticket', async () => {
    const page = await session.newPage();
    const response = await page.goto(portalUrl('/lacak/LBP-00000-00000'));

    expect(response!.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Nomor tiket tidak ditemukan');
    await expect.poll(() => page.getByLabel('Nomor tiket').inputValue()).toBe('LBP-00000-00000');
  });

  it('explains an impossible ticket', async () => {
    const page = await session.newPage();
    const response = await page.goto(portalUrl('/lacak/?tiket=halo'));

    expect(response!.status()).toBe(400);
    expect(await page.locator('.ticket-box .error').textContent()).toContain('bukan nomor tiket yang dikenali');
  });

  it('shows no reporter data', async () => {
    const ticket = await ticketFromCsv();
    const html = await (await fetch(portalUrl(`/lacak/${ticket}`))).text();

    expect(html).not.toMatch(/0812-0000-\d{4}/);
    expect(html).not.toContain('@example.com');
  });
});
