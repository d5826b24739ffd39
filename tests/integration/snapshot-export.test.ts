import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComplaint, loadReferenceIds, type ComplaintSpec, type ReferenceIds } from '../../db/seed/factories.ts';
import { decodeMapRow, isMapListed, MAP_LIST_LIMIT, newestFirst, type MapData, type MapSummary } from '../../src/domain/map-data.ts';
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
  await create('unlocated', { lat: null, lng: null, category: 'jembatan' });

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
      [
        'aduan.csv',
        'aduan.geojson',
        'aduan.json',
        'hari-libur.json',
        'meta.json',
        'periode',
        'peta.json',
        'peta-ringkasan.json',
        'reference.json',
        'statistik.json',
        'terbaru.json',
        'wilayah-kecamatan.geojson',
      ].sort(),
    );
    expect(fs.existsSync(`${directory}.partial`)).toBe(false);
  });

  it('leaks no private field', () => {
    const files = fs.readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((file) => fs.statSync(path.join(directory, file)).isFile());
    expect(files).toContain('periode/2023-03/aduan.json');
    for (const file of files) {
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
    expect(statistics.totals.received).toBe(6);
    expect(statistics.totals.confidential).toBe(1);
    const meta = JSON.parse(read('meta.json'));
    expect(meta.counts).toEqual({ complaints: 6, listed: 5, mapped: 3 });
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
    expect(rows).toHaveLength(5);
    const formula = rows.find((row) => row.ticket === tickets.formula)!;
    expect(formula.summary).toBe('\'=HYPERLINK("http://contoh.invalid","klik")');
    const road = rows.find((row) => row.ticket === tickets.road)!;
    expect(road.lat).toBe('-6.75');
    expect(road.agency).toBe('Dinas Pekerjaan Umum dan Penataan Ruang');
    expect(road.status).toBe('forwarded');
  });

  it('writes map rows of listed complaints', () => {
    const data = JSON.parse(read('peta.json')) as MapData;
    const complaints = data.rows.map((row) => decodeMapRow(data, row)!);
    const byTicket = new Map(complaints.map((complaint) => [complaint.ticket, complaint]));
    expect([...byTicket.keys()].sort()).toEqual(
      [tickets.road, tickets.welfare, tickets.formula, tickets.equator, tickets.unlocated].sort(),
    );
    expect(byTicket.has(tickets.confidential!)).toBe(false);
    expect(byTicket.get(tickets.road!)).toMatchObject({ lat: -6.75, lng: 111.04, status: 'forwarded', receivedDate: '2023-03-09' });
    expect(data.districts[byTicket.get(tickets.road!)!.districtIndex]?.code).toBe('33.18.10');
    expect(byTicket.get(tickets.equator!)).toMatchObject({ lat: 0, lng: 111.04 });
  });

  it('gives map rows points only for infrastructure', () => {
    const data = JSON.parse(read('peta.json')) as MapData;
    const complaints = data.rows.map((row) => decodeMapRow(data, row)!);
    const welfare = complaints.find((complaint) => complaint.ticket === tickets.welfare)!;
    expect(welfare.lat).toBeNull();
    expect(isMapListed(data, welfare)).toBe(false);
    const unlocated = complaints.find((complaint) => complaint.ticket === tickets.unlocated)!;
    expect(unlocated.lat).toBeNull();
    expect(isMapListed(data, unlocated)).toBe(true);
    for (const complaint of complaints.filter((item) => item.lat !== null)) {
      expect(isMapListed(data, complaint), complaint.ticket).toBe(true);
    }
  });

  it('summarises the map rows for the page', () => {
    const data = JSON.parse(read('peta.json')) as MapData;
    const summary = JSON.parse(read('peta-ringkasan.json')) as MapSummary;
    const complaints = data.rows.map((row) => decodeMapRow(data, row)!);
    const listed = complaints.filter((complaint) => isMapListed(data, complaint));

    expect(summary.listed).toBe(listed.length);
    expect(summary.listed).toBeGreaterThan(0);
    expect(summary.located).toBe(listed.filter((complaint) => complaint.lat !== null).length);
    expect(summary.newest.map((row) => row[0])).toEqual(newestFirst(listed, MAP_LIST_LIMIT).map((complaint) => complaint.ticket));
    expect(summary.districts).toEqual(data.districts);
    const roadDistrict = data.districts.findIndex((district) => district.code === '33.18.10');
    expect(summary.district_counts[roadDistrict]).toEqual({
      all: complaints.filter((complaint) => complaint.districtIndex === roadDistrict).length,
      listed: listed.filter((complaint) => complaint.districtIndex === roadDistrict).length,
    });
  });

  it('exports the district boundaries', () => {
    const boundaries = JSON.parse(read('wilayah-kecamatan.geojson'));
    expect(boundaries.features).toHaveLength(21);
    expect(Object.keys(boundaries.features[0].properties).sort()).toEqual(['kode', 'nama']);
    expect(boundaries.features.map((feature: { properties: { kode: string } }) => feature.properties.kode)).toContain('33.18.10');
  });

  it('writes the files of each period', () => {
    expect(fs.readdirSync(path.join(directory, 'periode')).sort()).toEqual(['2023', '2023-03']);
    for (const key of ['2023', '2023-03']) {
      expect(fs.readdirSync(path.join(directory, 'periode', key)).sort()).toEqual(
        ['aduan.csv', 'aduan.geojson', 'aduan.json', 'statistik.json'],
      );
      expect(read(`periode/${key}/aduan.csv`)).toBe(read('aduan.csv'));
      expect(read(`periode/${key}/aduan.json`)).toBe(read('aduan.json'));
      expect(read(`periode/${key}/aduan.geojson`)).toBe(read('aduan.geojson'));
    }
    expect(JSON.parse(read('meta.json')).periods).toEqual([
      { key: '2023', kind: 'year', label: '2023', counts: { complaints: 6, listed: 5, mapped: 3 } },
      { key: '2023-03', kind: 'month', label: 'Maret 2023', counts: { complaints: 6, listed: 5, mapped: 3 } },
    ]);
  });

  it('describes each period in its statistics', () => {
    const month = JSON.parse(read('periode/2023-03/statistik.json'));
    expect(month.period).toEqual({ key: '2023-03', kind: 'month', label: 'Maret 2023', start_date: '2023-03-01', end_date: '2023-03-31' });
    expect(month.totals.received).toBe(6);
    expect(month.previous).toBeNull();
    // The snapshot is taken on 11 March (07:00 WIB): no later day is listed.
    expect(month.daily).toHaveLength(11);
    // Five arrive at 23:30 WIB on 9 March (16:30 UTC), one at 00:15 WIB on 10 March.
    expect(month.daily.find((row: { date: string }) => row.date === '2023-03-09').received).toBe(5);
    expect(month.daily.find((row: { date: string }) => row.date === '2023-03-10').received).toBe(1);
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
