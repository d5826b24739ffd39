import fs from 'node:fs';
import path from 'node:path';
import type { DeploymentSettings } from '../domain/deployment.ts';
import { SNAPSHOT_FILES, type SnapshotMeta } from '../domain/snapshot.ts';
import { config } from './config.ts';
import { database } from './db.ts';
import { loadDeploymentSettings } from './reference-data.ts';

const CACHE_MS = 60_000;
let cached: { settings: DeploymentSettings; at: number } | undefined;

/**
 * Deployment settings for server-rendered pages, cached for a minute. When the database cannot
 * be reached, the last known settings are used, or those of the latest published snapshot, so
 * that error pages still carry the portal's name and menu.
 */
export async function liveSettings(): Promise<DeploymentSettings> {
  if (cached && Date.now() - cached.at < CACHE_MS) {
    return cached.settings;
  }
  try {
    const settings = await loadDeploymentSettings(await database());
    cached = { settings, at: Date.now() };
    return settings;
  } catch (error) {
    if (cached) {
      return cached.settings;
    }
    const fallback = snapshotSettings();
    if (fallback) {
      return fallback;
    }
    throw error;
  }
}

/** Forget the cached settings, after the admin changed them. */
export function clearLiveSettings(): void {
  cached = undefined;
}

function snapshotSettings(): DeploymentSettings | null {
  try {
    const metaPath = path.join(config().snapshotsDir, 'latest', SNAPSHOT_FILES.meta);
    return (JSON.parse(fs.readFileSync(metaPath, 'utf8')) as SnapshotMeta).deployment;
  } catch {
    return null;
  }
}
