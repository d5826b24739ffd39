/**
 * Build-time access to the public snapshot. Prerendered pages read only these files, never the
 * database, so the static portal is a function of the code and the snapshot alone.
 */

import fs from 'node:fs';
import path from 'node:path';
import {
  periodFilePath,
  SNAPSHOT_FILES,
  SNAPSHOT_FORMAT,
  type SnapshotHoliday,
  type SnapshotMeta,
  type SnapshotPeriod,
  type SnapshotRecent,
  type SnapshotReference,
  type SnapshotStatistics,
} from '../domain/snapshot.ts';
import type { MapSummary } from '../domain/map-data.ts';

/** Environment variable that names the snapshot folder of a build. */
export const SNAPSHOT_DIR_VARIABLE = 'ADUAN_SNAPSHOT_DIR';

const cache = new Map<string, unknown>();

export function snapshotDirectory(): string {
  const directory = process.env[SNAPSHOT_DIR_VARIABLE] ?? path.resolve(process.env.DATA_DIR ?? 'data', 'snapshots', 'latest');
  if (!fs.existsSync(path.join(directory, SNAPSHOT_FILES.meta))) {
    throw new Error(
      `No public snapshot in ${directory}. Run \`npm start\` or \`npm run publish\`, which export one before building; ` +
        `or set ${SNAPSHOT_DIR_VARIABLE} to a snapshot folder.`,
    );
  }
  return directory;
}

function readJson<T>(file: string): T {
  const filePath = path.join(snapshotDirectory(), file);
  let value = cache.get(filePath) as T | undefined;
  if (value === undefined) {
    try {
      value = JSON.parse(fs.readFileSync(filePath, 'utf8')) as T;
    } catch (error) {
      throw new Error(`Snapshot file ${file} in ${path.dirname(filePath)} cannot be read: ${(error as Error).message}`);
    }
    cache.set(filePath, value);
  }
  return value;
}

/** Size in bytes of a snapshot file (path relative to the snapshot folder), or null when it is missing. */
export function snapshotFileBytes(file: string): number | null {
  try {
    return fs.statSync(path.join(snapshotDirectory(), file)).size;
  } catch {
    return null;
  }
}

export function readMeta(): SnapshotMeta {
  const meta = readJson<SnapshotMeta>(SNAPSHOT_FILES.meta);
  if (meta.format !== SNAPSHOT_FORMAT) {
    throw new Error(
      `Snapshot format ${meta.format} cannot be read by this code (format ${SNAPSHOT_FORMAT}); publish again to export a new snapshot.`,
    );
  }
  return meta;
}

export const readStatistics = () => readJson<SnapshotStatistics>(SNAPSHOT_FILES.statistics);
/** Statistics of a year (YYYY) or month (YYYY-MM) listed in `meta.periods`. */
export const readPeriodStatistics = (key: string) => readJson<SnapshotStatistics>(periodFilePath(key, SNAPSHOT_FILES.statistics));
export const readReference = () => readJson<SnapshotReference>(SNAPSHOT_FILES.reference);
export const readRecent = () => readJson<SnapshotRecent>(SNAPSHOT_FILES.recent);
export const readMapSummary = () => readJson<MapSummary>(SNAPSHOT_FILES.mapSummary);
export const readHolidays = () => readJson<SnapshotHoliday[]>(SNAPSHOT_FILES.holidays);

/** Periods with files of their own, newest first; none in a snapshot made before periods existed. */
export function readPeriods(): SnapshotPeriod[] {
  return readMeta().periods ?? [];
}
