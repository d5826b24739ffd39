/**
 * The open data files of every year and month: `periode/<key>/aduan.{json,csv,geojson}` with the
 * public rows of the complaints received in that period. Complaints must arrive in receipt
 * order, so each period is visited in one stretch: one year and one month are open at a time,
 * and a period is finished for good when the next one starts.
 */

import fs from 'node:fs';
import path from 'node:path';
import { formatLocalMonth } from '../../domain/format.ts';
import type { PublicComplaint } from '../../domain/public-view.ts';
import { SNAPSHOT_FILES, type SnapshotPeriod } from '../../domain/snapshot.ts';
import { openComplaintFiles, type ComplaintFiles } from './complaint-files.ts';

export interface PeriodFiles {
  /**
   * Count a complaint received on the local date `receivedDate` (YYYY-MM-DD) in its year and
   * month, and write its public row there unless it is confidential (`listed` null).
   */
  add(receivedDate: string, listed: PublicComplaint | null): Promise<void>;
  /** Finish the open files and return every period written, each year followed by its months, newest first. */
  close(): Promise<SnapshotPeriod[]>;
}

interface OpenPeriod {
  key: string;
  kind: SnapshotPeriod['kind'];
  files: ComplaintFiles;
  complaints: number;
}

export function createPeriodFiles(snapshotDir: string): PeriodFiles {
  const finished: SnapshotPeriod[] = [];
  const seen = new Set<string>();
  const open: Record<SnapshotPeriod['kind'], OpenPeriod | null> = { year: null, month: null };

  async function finish(kind: SnapshotPeriod['kind']): Promise<void> {
    const period = open[kind];
    if (!period) {
      return;
    }
    open[kind] = null;
    const { listed, mapped } = await period.files.close();
    finished.push({
      key: period.key,
      kind,
      label: kind === 'year' ? period.key : formatLocalMonth(period.key),
      counts: { complaints: period.complaints, listed, mapped },
    });
  }

  async function enter(kind: SnapshotPeriod['kind'], key: string): Promise<OpenPeriod> {
    const current = open[kind];
    if (current?.key === key) {
      return current;
    }
    await finish(kind);
    if (seen.has(key)) {
      throw new Error(`Complaints of period ${key} arrived after a later period; the export must read them in receipt order.`);
    }
    seen.add(key);
    const directory = path.join(snapshotDir, SNAPSHOT_FILES.periods, key);
    fs.mkdirSync(directory, { recursive: true });
    const period: OpenPeriod = { key, kind, files: await openComplaintFiles(directory), complaints: 0 };
    open[kind] = period;
    return period;
  }

  return {
    async add(receivedDate, listed) {
      for (const period of [await enter('year', receivedDate.slice(0, 4)), await enter('month', receivedDate.slice(0, 7))]) {
        period.complaints += 1;
        if (listed !== null) {
          await period.files.add(listed);
        }
      }
    },
    async close() {
      await finish('month');
      await finish('year');
      // "2022" sorts as "2022-99": after its months in ascending order, so first in descending order.
      const order = (period: SnapshotPeriod) => (period.kind === 'year' ? `${period.key}-99` : period.key);
      return finished.sort((a, b) => order(b).localeCompare(order(a)));
    },
  };
}
