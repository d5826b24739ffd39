/**
 * The three open data files of a set of complaints, written row by row: `aduan.json` (an array
 * of public rows), `aduan.csv` and `aduan.geojson` (infrastructure points). The all-time files
 * and those of every year and month share this format.
 */

import path from 'node:path';
import type { PublicComplaint } from '../../domain/public-view.ts';
import { SNAPSHOT_FILES } from '../../domain/snapshot.ts';
import { openFileWriter } from './file-writer.ts';
import { openDataCsvHeader, openDataCsvRow } from './open-data-csv.ts';

export interface ComplaintFiles {
  add(complaint: PublicComplaint): Promise<void>;
  /** Finish the files and return how many rows and points they hold. */
  close(): Promise<{ listed: number; mapped: number }>;
}

export async function openComplaintFiles(directory: string): Promise<ComplaintFiles> {
  const json = openFileWriter(path.join(directory, SNAPSHOT_FILES.complaintsJson));
  const csv = openFileWriter(path.join(directory, SNAPSHOT_FILES.complaintsCsv));
  const geojson = openFileWriter(path.join(directory, SNAPSHOT_FILES.complaintsGeoJson));
  await json.write('[');
  await csv.write(openDataCsvHeader());
  await geojson.write('{"type":"FeatureCollection","features":[');
  const counts = { listed: 0, mapped: 0 };

  return {
    async add(complaint) {
      await json.write(`${counts.listed === 0 ? '' : ','}\n${JSON.stringify(complaint)}`);
      await csv.write(openDataCsvRow(complaint));
      counts.listed += 1;
      if (complaint.lat !== null && complaint.lng !== null) {
        await geojson.write(`${counts.mapped === 0 ? '' : ','}\n${JSON.stringify(toFeature(complaint))}`);
        counts.mapped += 1;
      }
    },
    async close() {
      await json.write('\n]\n');
      await geojson.write('\n]}\n');
      await Promise.all([json.close(), csv.close(), geojson.close()]);
      return counts;
    },
  };
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
