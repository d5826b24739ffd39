import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComplaint, loadReferenceIds, type ComplaintSpec, type ReferenceIds } from '../../db/seed/factories.ts';
import { exportSnapshot } from '../../src/server/publish/export-snapshot.ts';
import { OPEN_DATA_COLUMNS } from '../../src/server/publish/open-data-csv.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let ids: ReferenceIds;
let directory: string;
const tickets: Record<string, string> = {};

/** Unique markers in every private field; none may appear in any exported file. */
const CANARIES = {
  reporterName: 'Kanari Namapelapor Zq7',
  reporterContact: 'kanari.kontak.zq7@example.com',
  originalText: 'KANARI-PESAN-ASLI-ZQ7 jalan rusak parah',
  internalNote: 'KANARI-CATATAN-INTERNAL-ZQ7',
};

function spec(overrides: Partial<ComplaintSpec>): ComplaintSpec {
  return {
    channel: 'whatsapp',
    receivedAt: new Date('2023-03-09T16:30:00Z'),
    reporterName: CANARIES.reporterName,
    reporterContact: CANARIES.reporterContact,
    originalText: CANARIES.originalText,
    category: 'jalan-rusak',
    villageCode: '33.18.10.2001',
    lat: -6.75,
    lng: 111.04,
    summary: 'Jalan berlubang di dekat pasar.',
    ...overrides,
  };
}

beforeAll(async () => {
  database = await openTestDatabase();
  ids = await loadReferenceIds(database.db);
  const create = (name: string, overrides: Partial<ComplaintSpec>) =>
    createComplaint(database.db, ids, spec(overrides), { prefix: 'LBP' }).then((created) => {
      tickets[name] = created.ticket;
    });

  await create('road', {
    steps: [
      { action: 'forward', at: new Date('2023-03-10T01:00:00Z'), agency: 'dpupr', internalNote: CANARIES.internalNote },
    ],
  });
  await create('confidential', { confidential: true, category: 'pungutan-liar', summary: 'Dugaan pungutan di kantor layanan.' });
  await create('welfare', { category: 'bantuan-sosial', summary: 'Bantuan sosial belum diterima.', receivedAt: new Date('2023-03-09T17:15:00Z') });
  await create('formula', { summary: '=HYPERLINK("http://contoh.invalid","klik")' });
  await create('equator', { lat: 0, lng: 111.04 });

  directory = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aduan-export-')), 'snapshot');
  await exportSnapshot(database.db, directory, new Date('2023-03-11T00:00:00Z'));
});

afterAll(async () => {
  await database.close();
  fs.rmSync(path.dirname(directory), { recursive: true, force: true });
});

const read = (file: string) => fs.readFileSync(path.join(directory, file), 'utf8');

describe('exportSnapshot', () => {
  it('writes every snapshot file', () => {
    expect(fs.readdirSync(directory).sort()).toEqual(
      ['aduan.csv', 'aduan.geojson', 'aduan.json', 'hari-libur.json', 'meta.json', 'reference.json', 'statistik.json', 'terbaru.json'].sort(),
    );
    expect(fs.existsSync(`${directory}.partial`)).toBe(false);
  });

  it('leaks no private field', () => {
    for (const file of fs.readdirSync(directory)) {
      const content = read(file);
      for (const [field, marker] of Object.entries(CANARIES)) {
        expect(content.includes(marker), `${field} in ${file}`).toBe(false);
      }
    }
  });

  it('lists confidential only in totals', () => {
    const rows = JSON.parse(read('aduan.json')) as Array<{ ticket: string }>;
    expect(rows.map((row) => row.ticket)).not.toContain(tickets.confidential);
    expect(read('aduan.csv')).not.toContain(tickets.confidential!);
    const statistics = JSON.parse(read('statistik.json'));
    expect(statistics.totals.received).toBe(5);
    expect(statistics.totals.confidential).toBe(1);
    const meta = JSON.parse(read('meta.json'));
    expect(meta.counts).toEqual({ complaints: 5, listed: 4, mapped: 3 });
  });

  it('maps only infrastructure points', () => {
    const geojson = JSON.parse(read('aduan.geojson'));
    const mapped = geojson.features.map((feature: { properties: { ticket: string } }) => feature.properties.ticket).sort();
    expect(mapped).toEqual([tickets.road, tickets.formula, tickets.equator].sort());
    const welfare = (JSON.parse(read('aduan.json')) as Array<{ ticket: string; lat: number | null }>).find(
      (row) => row.ticket === tickets.welfare,
    );
    expect(welfare!.lat).toBeNull();
  });

  it('keeps latitude zero', () => {
    const geojson = JSON.parse(read('aduan.geojson'));
    const equator = geojson.features.find((feature: { properties: { ticket: string } }) => feature.properties.ticket === tickets.equator);
    expect(equator.geometry.coordinates).toEqual([111.04, 0]);
  });

  it('dates complaints in WIB', () => {
    const rows = JSON.parse(read('aduan.json')) as Array<{ ticket: string; received_date: string }>;
    const dateOf = (name: string) => rows.find((row) => row.ticket === tickets[name])!.received_date;
    expect(dateOf('road')).toBe('2023-03-09');
    expect(dateOf('welfare')).toBe('2023-03-10');
  });

  it('writes a CSV spreadsheets read safely', () => {
    const csv = read('aduan.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual([...OPEN_DATA_COLUMNS]);
    expect(rows).toHaveLength(4);
    const formula = rows.find((row) => row.ticket === tickets.formula)!;
    expect(formula.summary).toBe('\'=HYPERLINK("http://contoh.invalid","klik")');
    const road = rows.find((row) => row.ticket === tickets.road)!;
    expect(road.lat).toBe('-6.75');
    expect(road.agency).toBe('Dinas Pekerjaan Umum dan Penataan Ruang');
    expect(road.status).toBe('forwarded');
  });

  it('stamps the snapshot time', () => {
    expect(JSON.parse(read('meta.json')).generated_at).toBe('2023-03-11T00:00:00.000Z');
    expect(JSON.parse(read('statistik.json')).generated_at).toBe('2023-03-11T00:00:00.000Z');
  });

  it('exports the holiday calendar the clocks use', () => {
    const holidays = JSON.parse(read('hari-libur.json')) as Array<{ date: string; name: string; kind: string }>;
    expect(holidays.find((holiday) => holiday.date === '2023-04-19')).toEqual({
      date: '2023-04-19',
      name: expect.stringContaining('Idulfitri'),
      kind: 'collective_leave',
    });
    expect(holidays.map((holiday) => holiday.date)).toEqual(holidays.map((holiday) => holiday.date).sort());
  });

  it('tells whether the demo data is loaded', () => {
    expect(JSON.parse(read('meta.json')).demo_data).toBe(false);
  });
});
