import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAUNCH_FIGURES } from '../../db/seed/demo/launch-month.ts';
import { seedDemoData } from '../../db/seed/demo/seed-demo.ts';
import type { SnapshotMeta, SnapshotStatistics } from '../../src/domain/snapshot.ts';
import type { Funnel } from '../../src/domain/statistics.ts';
import { exportSnapshot } from '../../src/server/publish/export-snapshot.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let snapshotDir: string;

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoData(database.db, 'LBP');
  snapshotDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aduan-launch-statistics-')), 'snapshot');
  await exportSnapshot(database.db, snapshotDir, new Date('2022-09-21T10:00:00Z'));
});

afterAll(async () => {
  await database.close();
  fs.rmSync(path.dirname(snapshotDir), { recursive: true, force: true });
});

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(snapshotDir, file), 'utf8')) as T;
const sum = (rows: Array<{ count: number }>) => rows.reduce((total, row) => total + row.count, 0);

describe('launch month funnel', () => {
  const funnel = () => readJson<SnapshotStatistics>('statistik.json').funnel.overall;

  it('matches the press figures', () => {
    expect(funnel()).toMatchObject({
      received: LAUNCH_FIGURES.received,
      pending: 0,
      invalid: LAUNCH_FIGURES.invalid,
      valid: LAUNCH_FIGURES.valid,
      forwarded: LAUNCH_FIGURES.valid,
      resolved: LAUNCH_FIGURES.resolved,
    });
  });

  it('adds invalid reasons up to the invalid total', () => {
    expect(sum(funnel().invalid_reasons)).toBe(LAUNCH_FIGURES.invalid);
  });

  it('adds outcomes up to the resolved total', () => {
    expect(sum(funnel().outcomes)).toBe(LAUNCH_FIGURES.resolved);
  });

  it('splits forwarded into its stages', () => {
    const { awaiting_action, in_progress, resolved, forwarded } = funnel();
    expect(awaiting_action + in_progress + resolved).toBe(forwarded);
    expect(awaiting_action).toBe(14);
  });

  it('adds channels up to the total', () => {
    const byChannel = readJson<SnapshotStatistics>('statistik.json').funnel.by_channel;
    for (const key of ['received', 'invalid', 'valid', 'forwarded', 'resolved'] as const) {
      expect(byChannel.reduce((total, row) => total + row[key], 0), key).toBe(funnel()[key]);
    }
    const valid = Object.fromEntries(byChannel.map((row) => [row.channel, row.valid]));
    expect(valid).toMatchObject(LAUNCH_FIGURES.validByChannel);
  });

  it('adds every channel funnel up', () => {
    for (const row of readJson<SnapshotStatistics>('statistik.json').funnel.by_channel as Array<Funnel & { channel: string }>) {
      expect(row.pending + row.invalid + row.valid, row.channel).toBe(row.received);
      expect(sum(row.invalid_reasons), row.channel).toBe(row.invalid);
      expect(sum(row.outcomes), row.channel).toBe(row.resolved);
    }
  });
});

describe('launch month periods', () => {
  const meta = () => readJson<SnapshotMeta>('meta.json');

  it('lists the year and both months', () => {
    expect(meta().periods.map((period) => [period.key, period.kind, period.label])).toEqual([
      ['2022', 'year', '2022'],
      ['2022-09', 'month', 'September 2022'],
      ['2022-08', 'month', 'Agustus 2022'],
    ]);
  });

  it('writes four files per period', () => {
    for (const period of meta().periods) {
      expect(fs.readdirSync(path.join(snapshotDir, 'periode', period.key)).sort(), period.key).toEqual([
        'aduan.csv',
        'aduan.geojson',
        'aduan.json',
        'statistik.json',
      ]);
    }
  });

  it('sums months to the year and all time', () => {
    const received = (key: string) => readJson<SnapshotStatistics>(`periode/${key}/statistik.json`).totals.received;
    expect(received('2022-08') + received('2022-09')).toBe(received('2022'));
    expect(received('2022')).toBe(LAUNCH_FIGURES.received);
    const byKey = Object.fromEntries(meta().periods.map((period) => [period.key, period.counts]));
    for (const count of ['complaints', 'listed', 'mapped'] as const) {
      expect(byKey['2022-08']![count] + byKey['2022-09']![count], count).toBe(byKey['2022']![count]);
      expect(byKey['2022']![count], count).toBe(meta().counts[count]);
    }
  });

  it('lists each row in its month', () => {
    const allRows = readJson<Array<{ ticket: string; received_date: string }>>('aduan.json');
    const monthRows = ['2022-08', '2022-09'].flatMap((key) => {
      const rows = readJson<Array<{ ticket: string; received_date: string }>>(`periode/${key}/aduan.json`);
      for (const row of rows) {
        expect(row.received_date.slice(0, 7)).toBe(key);
      }
      return rows;
    });
    expect(monthRows.map((row) => row.ticket).sort()).toEqual(allRows.map((row) => row.ticket).sort());
    expect(readJson<unknown[]>('periode/2022/aduan.json')).toEqual(allRows);
  });

  it('compares September with August', () => {
    const september = readJson<SnapshotStatistics>('periode/2022-09/statistik.json');
    const august = readJson<SnapshotStatistics>('periode/2022-08/statistik.json');
    expect(september.previous).toEqual({ key: '2022-08', label: 'Agustus 2022', totals: expect.objectContaining({ received: august.totals.received }) });
    expect(august.previous).toBeNull();
  });

  it('measures response times from the stored clocks', () => {
    const times = readJson<SnapshotStatistics>('statistik.json').response_times;
    expect(times.overall.verification.count).toBe(LAUNCH_FIGURES.received);
    expect(times.overall.resolution.count).toBe(LAUNCH_FIGURES.resolved);
    expect(times.overall.first_response.count).toBe(LAUNCH_FIGURES.valid - 14);
    expect(times.overall.verification.on_time + times.overall.verification.late).toBe(LAUNCH_FIGURES.received);
  });
});
