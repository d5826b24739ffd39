import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type RunningPortal } from '../support/e2e-global-setup.ts';
import { StaffClient } from '../support/staff-client.ts';

// Complaints with unique marker strings in every private field (reporter name and contact,
// original message, internal notes, and the summary of confidential ones) are logged, forwarded,
// taken up and published. Then the published files, every public address and the public API
// are searched for the markers.

const RUN = randomBytes(4).toString('hex').toUpperCase();
/** Every marker starts with this, so one search finds them all. */
const MARKER_PREFIX = `KANARI${RUN}`;
/** Digits of the reporters' phone numbers; a phone number cannot carry letters. */
const PHONE_DIGITS = String(Number.parseInt(RUN, 16) % 100_000_000).padStart(8, '0');

/** Minimum number of public addresses the crawl must reach, so that a crawl that found nothing cannot pass. */
const MIN_PUBLIC_PAGES = 40;
const PUBLISH_TIMEOUT_MS = 180_000;

interface Canary {
  confidential: boolean;
  contact: string;
}

const CANARIES: Canary[] = [
  { confidential: false, contact: `${MARKER_PREFIX.toLowerCase()}surel@contoh.id` },
  { confidential: false, contact: `0812-${PHONE_DIGITS.slice(0, 4)}-${PHONE_DIGITS.slice(4)}` },
  { confidential: false, contact: `@${MARKER_PREFIX.toLowerCase()}akun` },
  { confidential: true, contact: `0813${PHONE_DIGITS}` },
  { confidential: true, contact: `${MARKER_PREFIX.toLowerCase()}rahasia@contoh.id` },
];

let portal: RunningPortal;
/** An admin may take every action, the agency's follow-up included. */
let verifier: StaffClient;
const tickets: string[] = [];

beforeAll(async () => {
  portal = await startPortal({ env: { DEMO_DATA: 'off', TICKET_LOOKUPS_PER_MINUTE: '100000' } });
  verifier = await StaffClient.signIn(portal.info.baseUrl, portal.info.staff.admin);

  for (const [index, canary] of CANARIES.entries()) {
    const id = await logComplaint(index, canary);
    await act(id, 1, { action: 'forward', public_note: 'Diteruskan ke dinas terkait.', internal_note: `${MARKER_PREFIX}CATATAN${index}` });
    await act(id, 2, { action: 'start_action', public_note: 'Sedang ditangani.', internal_note: `${MARKER_PREFIX}TINDAK${index}` });
  }
  const rows = parse(await (await verifier.get('/staf/ekspor.csv')).text(), { bom: true, columns: true }) as Record<string, string>[];
  tickets.push(...rows.map((row) => row['Nomor Tiket']!));

  await publish();
}, 300_000);

afterAll(async () => {
  await portal?.stop();
});

async function logComplaint(index: number, canary: Canary): Promise<number> {
  const received = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString().slice(0, 16);
  const response = await verifier.post('/staf/aduan/baru/', {
    channel: 'whatsapp',
    received_at: received,
    reporter_name: `Warga ${MARKER_PREFIX}NAMA${index}`,
    reporter_contact: canary.contact,
    original_text: `Jalan rusak di depan rumah ${MARKER_PREFIX}ALAMAT${index}, pesan asli ${MARKER_PREFIX}PESAN${index}.`,
    category_id: '1',
    district_code: '33.18.10',
    lat: '-6.75',
    lng: '111.04',
    summary: canary.confidential ? `Aduan rahasia ${MARKER_PREFIX}RINGKASAN${index}.` : 'Jalan berlubang di jalan desa.',
    ...(canary.confidential ? { confidential: 'on' } : {}),
  });
  expect(response.status, `logging complaint ${index}: ${response.status === 303 ? '' : await response.text()}`).toBe(303);
  return Number(/\/staf\/aduan\/(\d+)\//.exec(response.headers.get('location')!)![1]);
}

async function act(id: number, version: number, form: Record<string, string>): Promise<void> {
  let values = form;
  if (form.action === 'forward') {
    const page = await (await verifier.get(`/staf/aduan/${id}/`)).text();
    const option = /<option value="(\d+)"[^>]*>Dinas Pekerjaan Umum dan Penataan Ruang<\/option>/.exec(page);
    expect(option, 'DPUPR in the agency list').not.toBeNull();
    values = { ...form, agency_id: option![1]! };
  }
  const response = await verifier.post(`/staf/aduan/${id}/`, { ...values, version: String(version) });
  expect(response.status, `${form.action} on complaint ${id}`).toBe(303);
}

/** Publish and wait until a publish holding every canary complaint has succeeded. */
async function publish(): Promise<void> {
  const started = await verifier.post('/staf/terbitkan/', {});
  expect(started.status).toBe(303);

  const expected = `succeeded ${CANARIES.length}`;
  const deadline = Date.now() + PUBLISH_TIMEOUT_MS;
  let result = '';
  while (Date.now() < deadline) {
    const page = await (await verifier.get('/staf/terbitkan/')).text();
    const status = /data-last-result="([a-z]+)"/.exec(page)?.[1] ?? 'running';
    const count = /(\d+) aduan, data per/.exec(page)?.[1];
    result = `${status} ${count}`;
    if (result === expected) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  expect(result, 'result of the publish').toBe(expected);
}

/** Find the markers in `text` in any letter case, and the phone digits in any grouping. */
function leaksIn(text: string): string[] {
  const found = new Set<string>();
  const upper = text.toUpperCase();
  if (upper.includes(MARKER_PREFIX)) {
    const start = upper.indexOf(MARKER_PREFIX);
    found.add(text.slice(Math.max(0, start - 40), start + 60));
  }
  const digits = text.replace(/[\s.-]/g, '');
  if (digits.includes(PHONE_DIGITS)) {
    found.add(`phone digits ${PHONE_DIGITS}`);
  }
  return [...found];
}

function filesUnder(directory: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      files.push(...filesUnder(full));
    } else if (entry.isFile()) {
      files.push(full);
    }
  }
  return files;
}

describe('canary scan', () => {
  it('finds the markers where staff see them', async () => {
    const csv = await (await verifier.get('/staf/ekspor.csv')).text();

    expect(tickets.length).toBe(CANARIES.length);
    expect(leaksIn(csv).length).toBeGreaterThan(0);
  });

  it('finds no marker in the published files', () => {
    const siteDir = fs.realpathSync(path.join(portal.info.dataDir, 'app', 'client'));
    const snapshotDir = fs.realpathSync(path.join(portal.info.dataDir, 'snapshots', 'latest'));
    const files = [...filesUnder(siteDir), ...filesUnder(snapshotDir)];
    const leaks = files.flatMap((file) => leaksIn(fs.readFileSync(file, 'latin1')).map((leak) => `${file}: ${leak}`));

    expect(files.filter((file) => file.startsWith(path.join(siteDir, 'data'))).length).toBeGreaterThan(5);
    expect(files.length).toBeGreaterThan(MIN_PUBLIC_PAGES);
    expect(leaks).toEqual([]);
  });

  it('finds no marker at any public address', async () => {
    const baseUrl = portal.info.baseUrl;
    const seen = new Set<string>();
    const queue = ['/', '/aduan-selesai.xml', '/data/datapackage.json', '/lacak/', ...tickets.map((ticket) => `/lacak/${ticket}`)];
    const leaks: string[] = [];
    let published = 0;

    while (queue.length > 0) {
      const target = queue.shift()!;
      if (seen.has(target)) {
        continue;
      }
      seen.add(target);
      const response = await fetch(new URL(target, baseUrl), { redirect: 'follow' });
      const body = await response.text();
      if (response.ok) {
        published += 1;
      }
      leaks.push(...leaksIn(body).map((leak) => `${target}: ${leak}`));
      const type = response.headers.get('content-type') ?? '';
      if (!/html|xml|json/.test(type)) {
        continue;
      }
      for (const [, link] of body.matchAll(/(?:href|src|data-[a-z-]*url)="([^"]+)"/g)) {
        const url = new URL(link!.replaceAll('&amp;', '&'), new URL(target, baseUrl));
        if (url.origin === new URL(baseUrl).origin && !url.pathname.startsWith('/staf')) {
          queue.push(`${url.pathname}${url.search}`);
        }
      }
      for (const [, file] of body.matchAll(/"path"\s*:\s*"([^"]+)"/g)) {
        queue.push(new URL(file!, new URL(target, baseUrl)).pathname);
      }
    }

    expect(published).toBeGreaterThanOrEqual(MIN_PUBLIC_PAGES);
    expect(seen.has('/peta/')).toBe(true);
    expect([...seen].some((target) => target.startsWith('/data/') && target.endsWith('.csv'))).toBe(true);
    expect(leaks).toEqual([]);
  });

  it('finds no marker in the public API', async () => {
    const unauthorised = await fetch(new URL('/api/internal/publish', portal.info.baseUrl), { method: 'POST' });
    const body = await unauthorised.text();

    expect(unauthorised.status).toBeGreaterThanOrEqual(400);
    expect(leaksIn(body)).toEqual([]);
  });
});
