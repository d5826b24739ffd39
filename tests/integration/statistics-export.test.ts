import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComplaint, loadReferenceIds, type ComplaintSpec } from '../../db/seed/factories.ts';
import type { SnapshotMeta, SnapshotRecent, SnapshotStatistics } from '../../src/domain/snapshot.ts';
import { zonedInstant } from '../../src/domain/time.ts';
import { applyAction } from '../../src/server/complaints/commands.ts';
import { exportSnapshot } from '../../src/server/publish/export-snapshot.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let directory: string;
const tickets: Record<string, string> = {};

/** Return the instant of a WIB wall-clock time. */
function wib(date: string, time: string): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return zonedInstant(date, hour, minute, 'Asia/Jakarta');
}

function spec(overrides: Partial<ComplaintSpec>): ComplaintSpec {
  return {
    channel: 'whatsapp',
    receivedAt: wib('2023-01-04', '09:00'),
    reporterName: 'Pelapor Uji',
    reporterContact: '0812-0000-5555',
    originalText: 'Jalan berlubang di dekat pasar.',
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
  const ids = await loadReferenceIds(database.db);
  const create = async (name: string, overrides: Partial<ComplaintSpec>) => {
    const created = await createComplaint(database.db, ids, spec(overrides), { prefix: 'LBP' });
    tickets[name] = created.ticket;
    return created.id;
  };

  // 23:30 WIB on Saturday 31 December 2022: the last day of 2022.
  await create('road', {
    receivedAt: wib('2022-12-31', '23:30'),
    steps: [
      // 2 and 3 January count: verification 2 working days.
      { action: 'forward', at: wib('2023-01-03', '10:00'), agency: 'dpupr' },
      { action: 'start_action', at: wib('2023-01-04', '10:00') },
      { action: 'resolve', at: wib('2023-01-05', '10:00'), outcome: 'fixed' },
    ],
  });
  // 00:15 WIB on 1 January 2023, still 31 December in UTC.
  await create('bribe', {
    receivedAt: wib('2023-01-01', '00:15'),
    category: 'pungutan-liar',
    summary: 'Dugaan pungutan di kantor layanan.',
    confidential: true,
  });
  await create('welfare', {
    receivedAt: wib('2023-01-04', '09:00'),
    category: 'bantuan-sosial',
    villageCode: '33.18.11.2001',
    summary: 'Bantuan sosial belum diterima.',
  });
  const copy = await create('copy', { receivedAt: wib('2023-01-03', '08:00'), channel: 'facebook' });
  await applyAction(
    database.db,
    copy,
    { action: 'reject', invalidReason: 'duplicate', duplicateOfTicket: tickets.road!, occurredAt: wib('2023-01-03', '09:00') },
    { staffId: null },
  );

  directory = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aduan-statistics-')), 'snapshot');
  await exportSnapshot(database.db, directory, wib('2023-01-06', '12:00'));
});

afterAll(async () => {
  await database.close();
  fs.rmSync(path.dirname(directory), { recursive: true, force: true });
});

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(directory, file), 'utf8')) as T;
const statisticsOf = (key: string) => readJson<SnapshotStatistics>(`periode/${key}/statistik.json`);

describe('periods across the new year', () => {
  it('split at WIB midnight', () => {
    expect(readJson<SnapshotMeta>('meta.json').periods).toEqual([
      { key: '2023', kind: 'year', label: '2023', counts: { complaints: 3, listed: 2, mapped: 1 } },
      { key: '2023-01', kind: 'month', label: 'Januari 2023', counts: { complaints: 3, listed: 2, mapped: 1 } },
      { key: '2022', kind: 'year', label: '2022', counts: { complaints: 1, listed: 1, mapped: 1 } },
      { key: '2022-12', kind: 'month', label: 'Desember 2022', counts: { complaints: 1, listed: 1, mapped: 1 } },
    ]);
  });

  it('list each row in its period', () => {
    const ticketsOf = (key: string) => readJson<Array<{ ticket: string }>>(`periode/${key}/aduan.json`).map((row) => row.ticket);
    expect(ticketsOf('2022-12')).toEqual([tickets.road]);
    expect(ticketsOf('2023-01').sort()).toEqual([tickets.copy, tickets.welfare].sort());
    expect(fs.readFileSync(path.join(directory, 'periode/2023-01/aduan.csv'), 'utf8')).not.toContain(tickets.bribe!);
  });

  it('count confidential complaints in totals', () => {
    expect(statisticsOf('2023-01').totals).toEqual({
      received: 2,
      valid: 0,
      invalid: 0,
      pending: 2,
      resolved: 0,
      confidential: 1,
      duplicates: 1,
    });
  });

  it('compare a year with one without data', () => {
    expect(statisticsOf('2023').previous).toEqual({
      key: '2022',
      label: '2022',
      totals: { received: 1, valid: 1, invalid: 0, pending: 0, resolved: 1 },
    });
    expect(statisticsOf('2022').previous).toBeNull();
  });
});

describe('linked duplicates', () => {
  it('count the matter once', () => {
    const all = readJson<SnapshotStatistics>('statistik.json');
    expect(all.totals.received).toBe(3);
    expect(all.totals.duplicates).toBe(1);
    expect(all.funnel.overall.invalid).toBe(0);
    expect(all.by_channel.find((row) => row.channel === 'facebook')?.received ?? 0).toBe(0);
  });
});

describe('resolved complaints', () => {
  it('count in the month received', () => {
    expect(statisticsOf('2022-12').totals.resolved).toBe(1);
    expect(statisticsOf('2023-01').totals.resolved).toBe(0);
  });

  it('show in the series on the resolution day', () => {
    const day = statisticsOf('2023-01').daily.find((row) => row.date === '2023-01-05');
    expect(day).toEqual({ date: '2023-01-05', received: 0, valid: 0, invalid: 0, resolved: 1 });
  });

  it('carry their working days', () => {
    // Verification 2 and 3 January; follow-up 4 January; resolution 2 to 5 January.
    expect(statisticsOf('2022').response_times.overall).toMatchObject({
      verification: { count: 1, median: 2 },
      first_response: { count: 1, median: 1 },
      resolution: { count: 1, median: 4 },
    });
    const [row] = readJson<Array<Record<string, unknown>>>('periode/2022-12/aduan.json');
    expect(row).toMatchObject({ verification_days: 2, first_response_days: 1, resolution_days: 4 });
  });

  it('are listed for their agency and district', () => {
    const recent = readJson<SnapshotRecent>('terbaru.json');
    expect(recent.resolved_by_agency.dpupr?.map((row) => row.ticket)).toEqual([tickets.road]);
    expect(recent.resolved_by_district['33.18.10']?.map((row) => row.ticket)).toEqual([tickets.road]);
    expect(JSON.stringify(recent)).not.toContain(tickets.bribe!);
  });
});
