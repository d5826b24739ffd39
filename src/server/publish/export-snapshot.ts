import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../../db/client.ts';
import { FEED_MAX_ENTRIES } from '../../domain/atom-feed.ts';
import { toAggregateRecord, toPublicComplaint, type PublicComplaint } from '../../domain/public-view.ts';
import {
  SNAPSHOT_FILES,
  SNAPSHOT_FORMAT,
  type SnapshotMeta,
  type SnapshotRecent,
  type SnapshotStatistics,
} from '../../domain/snapshot.ts';
import { createStatisticsAccumulator } from '../../domain/statistics.ts';
import { hasDemoData } from '../demo-data.ts';
import { allPublicSources, publicHolidays } from '../public-records.ts';
import { loadDeploymentSettings, loadPublicReference } from '../reference-data.ts';
import { openFileWriter } from './file-writer.ts';
import { openDataCsvHeader, openDataCsvRow } from './open-data-csv.ts';

/** Newest received and resolved complaints kept in `terbaru.json`; the feed lists up to this many. */
const RECENT_COUNT = FEED_MAX_ENTRIES;

export interface ExportResult {
  directory: string;
  meta: SnapshotMeta;
}

/**
 * Export the public snapshot into `directory` (created; it must not exist yet). Every complaint
 * passes through the public view once; all files are written while the rows stream by, inside
 * one read-only transaction so that they describe the same moment.
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
      });
      const recent: SnapshotRecent = { received: [], resolved: [] };
      const json = openFileWriter(path.join(partial, SNAPSHOT_FILES.complaintsJson));
      const csv = openFileWriter(path.join(partial, SNAPSHOT_FILES.complaintsCsv));
      const geojson = openFileWriter(path.join(partial, SNAPSHOT_FILES.complaintsGeoJson));
      await json.write('[');
      await csv.write(openDataCsvHeader());
      await geojson.write('{"type":"FeatureCollection","features":[');

      const counts = { complaints: 0, listed: 0, mapped: 0 };
      for await (const source of allPublicSources(tx)) {
        counts.complaints += 1;
        statistics.add(toAggregateRecord(source));

        const listed = toPublicComplaint(source, timeZone);
        if (listed === null) {
          continue;
        }
        await json.write(`${counts.listed === 0 ? '' : ','}\n${JSON.stringify(listed)}`);
        await csv.write(openDataCsvRow(listed));
        counts.listed += 1;
        keepRecent(recent, listed);

        if (listed.lat !== null && listed.lng !== null) {
          await geojson.write(`${counts.mapped === 0 ? '' : ','}\n${JSON.stringify(toFeature(listed))}`);
          counts.mapped += 1;
        }
      }

      await json.write('\n]\n');
      await geojson.write('\n]}\n');
      await Promise.all([json.close(), csv.close(), geojson.close()]);

      const generatedAt = now.toISOString();
      const snapshotStatistics: SnapshotStatistics = { generated_at: generatedAt, ...statistics.result() };
      const snapshotMeta: SnapshotMeta = {
        format: SNAPSHOT_FORMAT,
        generated_at: generatedAt,
        deployment,
        demo_data: await hasDemoData(tx),
        counts,
      };
      writeJson(path.join(partial, SNAPSHOT_FILES.statistics), snapshotStatistics);
      writeJson(path.join(partial, SNAPSHOT_FILES.holidays), await publicHolidays(tx));
      writeJson(path.join(partial, SNAPSHOT_FILES.reference), reference);
      writeJson(path.join(partial, SNAPSHOT_FILES.recent), recent);
      writeJson(path.join(partial, SNAPSHOT_FILES.meta), snapshotMeta);
      return snapshotMeta;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );

  fs.renameSync(partial, directory);
  return { directory, meta };
}

/** GeoJSON feature of a mapped complaint; coordinates in [lng, lat] order (RFC 7946). */
function toFeature(complaint: PublicComplaint) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [complaint.lng, complaint.lat] },
    properties: {
      ticket: complaint.ticket,
      received_date: complaint.received_date,
      category: complaint.category,
      category_slug: complaint.category_slug,
      category_group: complaint.category_group,
      district_code: complaint.district_code,
      district_name: complaint.district_name,
      status: complaint.status,
      outcome: complaint.outcome,
      resolved_date: complaint.resolved_date,
    },
  };
}

/** Keep the newest received and the newest resolved complaints, at most RECENT_COUNT each. */
function keepRecent(recent: SnapshotRecent, complaint: PublicComplaint): void {
  insertNewest(recent.received, complaint, (item) => item.received_at);
  if (complaint.status === 'resolved' && complaint.resolved_at) {
    insertNewest(recent.resolved, complaint, (item) => item.resolved_at ?? '');
  }
}

function insertNewest(list: PublicComplaint[], item: PublicComplaint, key: (item: PublicComplaint) => string): void {
  const index = list.findIndex((other) => key(item) > key(other));
  if (index === -1) {
    if (list.length < RECENT_COUNT) {
      list.push(item);
    }
    return;
  }
  list.splice(index, 0, item);
  if (list.length > RECENT_COUNT) {
    list.pop();
  }
}

function writeJson(filePath: string, value: unknown): void {
  fs.writeFileSync(filePath, `${JSON.stringify(value, null, 2)}\n`);
}
