import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaints } from '../../db/schema/index.ts';
import { LAUNCH_FIGURES } from '../../db/seed/demo/launch-month.ts';
import { seedDemoData } from '../../db/seed/demo/seed-demo.ts';
import { toAggregateRecord } from '../../src/domain/public-view.ts';
import type { SnapshotStatistics } from '../../src/domain/snapshot.ts';
import { localDate } from '../../src/domain/time.ts';
import { allPublicSources } from '../../src/server/public-records.ts';
import { exportSnapshot } from '../../src/server/publish/export-snapshot.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let statistics: SnapshotStatistics;
let snapshotDir: string;

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoData(database.db, 'LBP');
  snapshotDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aduan-launch-')), 'snapshot');
  await exportSnapshot(database.db, snapshotDir);
  statistics = JSON.parse(fs.readFileSync(path.join(snapshotDir, 'statistik.json'), 'utf8'));
});

afterAll(async () => {
  await database.close();
  fs.rmSync(path.dirname(snapshotDir), { recursive: true, force: true });
});

describe('launch month figures', () => {
  it('totals match the press figures', () => {
    expect(statistics.totals.received).toBe(143);
    expect(statistics.totals.valid).toBe(73);
    expect(statistics.totals.invalid).toBe(70);
    expect(statistics.totals.pending).toBe(0);
    expect(statistics.totals.resolved).toBe(37);
  });

  it('valid complaints by channel', () => {
    const valid = Object.fromEntries(statistics.by_channel.map((row) => [row.channel, row.valid]));
    expect(valid.whatsapp).toBe(52);
    expect(valid.facebook).toBe(9);
    expect(valid.twitter).toBe(1);
    expect(valid.instagram).toBe(11);
    expect(valid.email ?? 0).toBe(0);
  });

  it('resolved complaints by group', () => {
    const resolved = Object.fromEntries(statistics.by_category_group.map((row) => [row.group, row.resolved]));
    expect(resolved.infrastruktur).toBe(22);
    expect(resolved.instansi_vertikal).toBe(2);
    expect(resolved.pelayanan_publik).toBe(13);
    expect(resolved.lainnya).toBe(0);
  });

  it('49 invalid in the first ten days', async () => {
    let invalidEarly = 0;
    for await (const source of allPublicSources(database.db)) {
      const record = toAggregateRecord(source);
      const day = localDate(source.receivedAt, 'Asia/Jakarta');
      if (record.verification === 'invalid' && day <= LAUNCH_FIGURES.firstTenDaysEnd) {
        invalidEarly += 1;
      }
    }
    expect(invalidEarly).toBe(49);
  });

  it('every complaint within the period', () => {
    expect(statistics.first_received_date).toBe('2022-08-29');
    expect(statistics.last_received_date! <= '2022-09-21').toBe(true);
  });

  it('other valid ones forwarded or in progress', () => {
    const byStatus = Object.fromEntries(statistics.by_status.map((row) => [row.status, row.count]));
    expect(byStatus.forwarded + byStatus.in_progress).toBe(73 - 37);
    expect(byStatus.received).toBe(0);
    expect(byStatus.needs_info).toBe(0);
  });

  it('due dates only on forwarded ones', async () => {
    const rows = await database.db
      .select({ status: complaints.status, verificationDueAt: complaints.verificationDueAt, actionDueAt: complaints.actionDueAt })
      .from(complaints);
    const forwarded = rows.filter((row) => row.status === 'forwarded');

    expect(forwarded).toHaveLength(14);
    expect(forwarded.every((row) => row.actionDueAt !== null)).toBe(true);
    expect(rows.filter((row) => row.status !== 'forwarded' && row.actionDueAt !== null)).toEqual([]);
    expect(rows.filter((row) => row.verificationDueAt !== null)).toEqual([]);
  });

  it('contains the PLN meter story', async () => {
    const rows = JSON.parse(fs.readFileSync(path.join(snapshotDir, 'aduan.json'), 'utf8')) as Array<Record<string, unknown>>;
    const meter = rows.filter(
      (row) => row.category_slug === 'listrik' && row.agency_slug === 'pln' && row.status === 'resolved' && row.outcome === 'fixed',
    );
    expect(meter.length).toBeGreaterThanOrEqual(1);
    expect(meter.some((row) => String(row.summary).toLowerCase().includes('meter'))).toBe(true);
  });

  it('no event after the report day', async () => {
    const latest = await database.db.select({ receivedAt: complaints.receivedAt, resolvedAt: complaints.resolvedAt }).from(complaints);
    const deadline = new Date('2022-09-21T17:00:00Z');
    for (const row of latest) {
      expect(row.receivedAt.getTime()).toBeLessThan(deadline.getTime());
      if (row.resolvedAt) {
        expect(row.resolvedAt.getTime()).toBeLessThan(deadline.getTime());
      }
    }
  });
});

describe('demo generator', () => {
  it('gives the same tickets every time', async () => {
    const other = await openTestDatabase();
    try {
      await seedDemoData(other.db, 'LBP');
      const first = (await database.db.select({ ticket: complaints.ticket }).from(complaints)).map((row) => row.ticket).sort();
      const second = (await other.db.select({ ticket: complaints.ticket }).from(complaints)).map((row) => row.ticket).sort();
      expect(second).toEqual(first);
      expect(new Set(first).size).toBe(143);
    } finally {
      await other.close();
    }
  });

  it('does nothing on a filled database', async () => {
    expect(await seedDemoData(database.db, 'LBP')).toBeNull();
  });
});
