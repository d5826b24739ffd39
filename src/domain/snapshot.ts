/**
 * The public snapshot: the files a publish exports and the static build reads. Its open data
 * files are published as they are under /data/.
 */

import type { AgencyKind, CategoryGroup } from './categories.ts';
import type { DeploymentSettings } from './deployment.ts';
import type { PublicComplaint } from './public-view.ts';
import type { Statistics } from './statistics.ts';

/** Incremented when a file's shape changes in a way that older readers cannot read. */
export const SNAPSHOT_FORMAT = 3;

export const SNAPSHOT_FILES = {
  meta: 'meta.json',
  reference: 'reference.json',
  statistics: 'statistik.json',
  recent: 'terbaru.json',
  complaintsJson: 'aduan.json',
  complaintsCsv: 'aduan.csv',
  complaintsGeoJson: 'aduan.geojson',
  /** Compact rows for the map page (src/domain/map-data.ts). */
  mapData: 'peta.json',
  /** Summary of `peta.json` for the static map page, not published (src/domain/map-data.ts). */
  mapSummary: 'peta-ringkasan.json',
  /** District polygons of the deployment's official boundaries, for the map's district layer. */
  districtBoundaries: 'wilayah-kecamatan.geojson',
  /** Folder with one folder per year and month with complaints: `periode/<key>/`. */
  periods: 'periode',
  /** The holiday calendar the clocks used, for the methodology page. */
  holidays: 'hari-libur.json',
} as const;

/** Files of each period folder: its complaints and its statistics, in the format and order of the all-time files. */
export const PERIOD_FILES = [
  SNAPSHOT_FILES.complaintsCsv,
  SNAPSHOT_FILES.complaintsJson,
  SNAPSHOT_FILES.complaintsGeoJson,
  SNAPSHOT_FILES.statistics,
] as const;

export type PeriodFile = (typeof PERIOD_FILES)[number];

/** Path of a period file inside the snapshot (and under /data/ of the site), e.g. `periode/2022-09/aduan.csv`. */
export function periodFilePath(key: string, file: PeriodFile): string {
  return `${SNAPSHOT_FILES.periods}/${key}/${file}`;
}

/** Files offered for download under /data/. */
export const OPEN_DATA_FILES = [
  SNAPSHOT_FILES.complaintsCsv,
  SNAPSHOT_FILES.complaintsJson,
  SNAPSHOT_FILES.complaintsGeoJson,
  SNAPSHOT_FILES.statistics,
] as const;

/** Files the site serves under /data/: the open data files and the map page's two data files. */
export const SITE_DATA_FILES = [...OPEN_DATA_FILES, SNAPSHOT_FILES.mapData, SNAPSHOT_FILES.districtBoundaries] as const;
/** Folders offered for download under /data/, whole. */
export const OPEN_DATA_FOLDERS = [SNAPSHOT_FILES.periods] as const;

/** Complaints of one period: all of them, those listed one by one, and those on the map. */
export interface SnapshotCounts {
  /** All complaints, confidential ones and linked duplicates included. */
  complaints: number;
  /** Complaints listed one by one in the open data (not confidential). */
  listed: number;
  /** Complaints shown as points on the map. */
  mapped: number;
}

/** A year or month with complaints, whose files are in `periode/<key>/`. */
export interface SnapshotPeriod {
  key: string;
  kind: 'year' | 'month';
  /** "2022", "September 2022". */
  label: string;
  counts: SnapshotCounts;
}

/** Folder of the per-period files in the snapshot and under /data/. */
export const PERIOD_FOLDER = SNAPSHOT_FILES.periods;

export interface SnapshotMeta {
  format: typeof SNAPSHOT_FORMAT;
  generated_at: string;
  deployment: DeploymentSettings;
  counts: SnapshotCounts;
  /** Every year and month with complaints received, each year followed by its months, newest first. */
  periods: SnapshotPeriod[];
  /** True when the database holds the demo data set (the launch month rebuilt), so pages say so. */
  demo_data?: boolean;
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
  /** The newest resolved complaints of each agency and of each district, by agency slug and district code. */
  resolved_by_agency: Record<string, PublicComplaint[]>;
  resolved_by_district: Record<string, PublicComplaint[]>;
}
