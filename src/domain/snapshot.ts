/**
 * The public snapshot: the files a publish exports and the static build reads. Its open data
 * files are published as they are under /data/.
 */

import type { AgencyKind, CategoryGroup } from './categories.ts';
import type { DeploymentSettings } from './deployment.ts';
import type { PublicComplaint } from './public-view.ts';
import type { Statistics } from './statistics.ts';

/** Incremented when a file's shape changes in a way that older readers cannot read. */
export const SNAPSHOT_FORMAT = 1;

export const SNAPSHOT_FILES = {
  meta: 'meta.json',
  reference: 'reference.json',
  statistics: 'statistik.json',
  recent: 'terbaru.json',
  complaintsJson: 'aduan.json',
  complaintsCsv: 'aduan.csv',
  complaintsGeoJson: 'aduan.geojson',
  holidays: 'hari-libur.json',
} as const;

/** Files offered for download under /data/. */
export const OPEN_DATA_FILES = [
  SNAPSHOT_FILES.complaintsCsv,
  SNAPSHOT_FILES.complaintsJson,
  SNAPSHOT_FILES.complaintsGeoJson,
  SNAPSHOT_FILES.statistics,
] as const;

/** Folder of the per-period files in the snapshot and under /data/. */
export const PERIOD_FOLDER = 'periode';

/** Files of each period, in `periode/<key>/`. */
export const PERIOD_FILES = ['aduan.csv', 'aduan.json', 'aduan.geojson', 'statistik.json'] as const;
export type PeriodFile = (typeof PERIOD_FILES)[number];

/** A year (`2024`) or a month (`2024-05`) with its own statistics and open data files. */
export interface SnapshotPeriod {
  key: string;
  kind: 'year' | 'month';
  /** Indonesian name, e.g. "Mei 2024". */
  label: string;
  counts: { complaints: number; listed: number; mapped: number };
}

export interface SnapshotMeta {
  format: typeof SNAPSHOT_FORMAT;
  generated_at: string;
  deployment: DeploymentSettings;
  /** True when the database holds the demo data set (the launch month rebuilt), so pages say so. */
  demo_data?: boolean;
  /** Periods with files of their own, newest first; absent in snapshots that have none. */
  periods?: SnapshotPeriod[];
  counts: {
    /** All complaints, confidential ones included. */
    complaints: number;
    /** Complaints listed one by one in the open data (not confidential). */
    listed: number;
    /** Complaints shown as points on the map. */
    mapped: number;
  };
}

export interface SnapshotReference {
  districts: Array<{ code: string; name: string; lat: number; lng: number }>;
  agencies: Array<{ slug: string; name: string; short_name: string; kind: AgencyKind; district_code: string | null }>;
  categories: Array<{ slug: string; name: string; group: CategoryGroup }>;
}

export type SnapshotStatistics = Statistics & { generated_at: string };

/** A national holiday or collective leave day the working-day clocks skip. */
export interface SnapshotHoliday {
  date: string;
  name: string;
  kind: 'national' | 'collective_leave';
}

export interface SnapshotRecent {
  received: PublicComplaint[];
  resolved: PublicComplaint[];
}
