import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../../db/client.ts';
import { toAggregateRecord, toPublicComplaint } from '../../domain/public-view.ts';
import {
  SNAPSHOT_FILES,
  SNAPSHOT_FORMAT,
  type SnapshotMeta,
  type SnapshotStatistics,
} from '../../domain/snapshot.ts';
import { createMapRowEncoder } from '../../domain/map-data.ts';
import { createStatisticsAccumulator } from '../../domain/statistics.ts';
import { readDistrictBoundaries } from '../boundaries.ts';
import { config } from '../config.ts';
import { periodOf } from '../../domain/statistics/periods.ts';
import { localDate } from '../../domain/time.ts';
import { publicSourcesByReceipt } from '../public-records.ts';
import { hasDemoData } from '../demo-data.ts';
import { publicHolidays } from '../public-records.ts';
import { loadDeploymentSettings, loadPublicReference } from '../reference-data.ts';
import { openComplaintFiles } from './complaint-files.ts';
import { openFileWriter } from './file-writer.ts';
import { createPeriodFiles } from './period-files.ts';
import { createRecentLists } from './recent-lists.ts';
import { createMapSummary } from './map-summary.ts';

export interface ExportResult {
  directory: string;
  meta: SnapshotMeta;
}

/**
 * Export the public snapshot into `directory` (created; it must not exist yet). Every complaint
 * passes through the public view once, in receipt order. All files, those of each year and month
 * included, are written while the rows stream by. One read-only transaction makes them describe
 * the same moment.
 */
export async function exportSnapshot(db: Database, directory: string, now = new Date()): Promise<ExportResult> {
  const partial = `${directory}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });

  const meta = await db.transaction(
    async (tx) => {
      const deployment = await loadDeploymentSettings(tx);
      const reference = await loadPublicReference(tx);
      const timeZone = deployment.timeZone;

      const statistics = createStatisticsAccumulator({
        timeZone,
        channels: deployment.contacts.map((contact) => contact.channel),
        categories: reference.categories,
        agencies: reference.agencies,
        districts: reference.districts,
        targets: { verificationDays: deployment.clocks.verificationTargetDays, actionDays: deployment.clocks.actionTargetDays },
        asOf: now,
      });
      const recent = createRecentLists();
      const allTime = await openComplaintFiles(partial);
      const periods = createPeriodFiles(partial);
      const mapData = openFileWriter(path.join(partial, SNAPSHOT_FILES.mapData));
      const mapRows = createMapRowEncoder(reference);
      const mapSummary = createMapSummary();
      let mapRowCount = 0;
      await mapData.write('{"rows":[');

      let complaints = 0;
      for await (const source of publicSourcesByReceipt(tx)) {
        complaints += 1;
        statistics.add(toAggregateRecord(source));

        const listed = toPublicComplaint(source, timeZone);
        await periods.add(localDate(source.receivedAt, timeZone), listed);
        if (listed !== null) {
          await allTime.add(listed);
          const mapRow = mapRows.encode(listed);
          await mapData.write(`${mapRowCount === 0 ? '' : ','}\n${JSON.stringify(mapRow)}`);
          mapSummary.add(mapRow, listed.category_group);
          mapRowCount += 1;
          recent.add(listed);
        }
      }

      // The lookup lists follow the rows because encoding may add a category or district.
      const mapHeader = mapRows.header();
      await mapData.write(`\n],${JSON.stringify(mapHeader).slice(1, -1)}}\n`);
      await mapData.close();
      writeJson(path.join(partial, SNAPSHOT_FILES.mapSummary), mapSummary.result(mapHeader));
      const counts = { complaints, ...(await allTime.close()) };
      const periodList = await periods.close();
      const generatedAt = now.toISOString();
      for (const period of periodList) {
        const periodStatistics: SnapshotStatistics = { generated_at: generatedAt, ...statistics.statisticsOf(periodOf(period.key)) };
        writeJson(path.join(partial, SNAPSHOT_FILES.periods, period.key, SNAPSHOT_FILES.statistics), periodStatistics);
      }

      const snapshotStatistics: SnapshotStatistics = { generated_at: generatedAt, ...statistics.result() };
      const snapshotMeta: SnapshotMeta = {
        format: SNAPSHOT_FORMAT,
        generated_at: generatedAt,
        deployment,
        demo_data: await hasDemoData(tx),
        counts,
        periods: periodList,
      };
      writeJson(path.join(partial, SNAPSHOT_FILES.statistics), snapshotStatistics);
      writeJson(path.join(partial, SNAPSHOT_FILES.holidays), await publicHolidays(tx));
      writeJson(path.join(partial, SNAPSHOT_FILES.reference), reference);
      writeJson(path.join(partial, SNAPSHOT_FILES.recent), recent.result());
      writeJson(path.join(partial, SNAPSHOT_FILES.meta), snapshotMeta);
      const boundaries = readDistrictBoundaries(config().deploymentDir);
      fs.writeFileSync(path.join(partial, SNAPSHOT_FILES.districtBoundaries), `${JSON.stringify(boundaries)}\n`);
      return snapshotMeta;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );

  fs.renameSync(partial, directory);
  return { directory, meta };
}

function writeJson(filePath: string, value: unknown): void {
  fs.writeFileSync(filePath, `${JSON.stringify(value, null, 2)}\n`);
}
