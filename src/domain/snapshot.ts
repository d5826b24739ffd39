/**
 * The public snapshot: the files a publish exports and the static build reads. Its open data
 * files are published as they are under /data/.
 */

import type { AgencyKind, CategoryGroup } from './categories.ts';
import type { DeploymentSettings } from './deployment.ts';
import type { PublicComplaint } from './public-view.ts';
import type { Statistics } from './statistics.ts';

/** Incremented when a file's shape changes in a way that older readers cannot read. */
export const SNAPSHOT_FORMAT = 2;

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
  /** District polygons of the deployment's official boundaries, for the map's district layer. */
  districtBoundaries: 'wilayah-kecamatan.geojson',
} as const;

/** Files offered for download under /data/. */
export const OPEN_DATA_FILES = [
  SNAPSHOT_FILES.complaintsCsv,
  SNAPSHOT_FILES.complaintsJson,
  SNAPSHOT_FILES.complaintsGeoJson,
  SNAPSHOT_FILES.statistics,
] as const;

/** Files the site serves under /data/: the open data files and the map page's two data files. */
export const SITE_DATA_FILES = [...OPEN_DATA_FILES, SNAPSHOT_FILES.mapData, SNAPSHOT_FILES.districtBoundaries] as const;

export interface SnapshotMeta {
  format: typeof SNAPSHOT_FORMAT;
  generated_at: string;
  deployment: DeploymentSettings;
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

export interface SnapshotRecent {
  received: PublicComplaint[];
  resolved: PublicComplaint[];
}
