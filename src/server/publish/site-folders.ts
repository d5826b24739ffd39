/**
 * The folders of the running portal, all under DATA_DIR:
 *
 *   app/server/        server code of the last start-up build (entry.mjs)
 *   app/client ->      symbolic link to the served site, sites/<id>
 *   app/node_modules -> the project's node_modules, so the server code finds its packages
 *   sites/<id>/        published static sites
 *   snapshots/<id>/    exported public snapshots; snapshots/latest links the newest
 *   builds/            work folders of running builds
 *
 * A publish builds a new site next to the current one and swaps the app/client link in one
 * rename, so a visitor gets either the old site or the new one, never a half-written one.
 */

import fs from 'node:fs';
import path from 'node:path';
import { OPEN_DATA_FOLDERS, SITE_DATA_FILES } from '../../domain/snapshot.ts';

/** Sites kept besides the current one, so a visitor in the middle of loading a page still gets its assets. */
const KEPT_OLD_SITES = 2;
const KEPT_OLD_SNAPSHOTS = 2;

export interface SiteFolders {
  /** Project root: the folder with package.json and node_modules. */
  root: string;
  appDir: string;
  sitesDir: string;
  snapshotsDir: string;
  buildsDir: string;
}

export function siteFolders(root: string, dataDir: string): SiteFolders {
  return {
    root,
    appDir: path.join(dataDir, 'app'),
    sitesDir: path.join(dataDir, 'sites'),
    snapshotsDir: path.join(dataDir, 'snapshots'),
    buildsDir: path.join(dataDir, 'builds'),
  };
}

export function servedClientPath(folders: SiteFolders): string {
  return path.join(folders.appDir, 'client');
}

export function serverEntryPath(folders: SiteFolders): string {
  return path.join(folders.appDir, 'server', 'entry.mjs');
}

/**
 * Make the server part of a build the one `npm start` serves. Only called before the server
 * starts: a running server keeps the code it started with.
 */
export function installServer(folders: SiteFolders, buildDir: string): void {
  const target = path.join(folders.appDir, 'server');
  fs.mkdirSync(folders.appDir, { recursive: true });
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(path.join(buildDir, 'server'), target);

  const modules = path.join(folders.appDir, 'node_modules');
  fs.rmSync(modules, { force: true });
  fs.symlinkSync(path.join(folders.root, 'node_modules'), modules, 'dir');
}

/** Id of the site app/client points to, or null when there is none yet. */
export function currentSiteId(folders: SiteFolders): string | null {
  try {
    return path.basename(fs.readlinkSync(servedClientPath(folders)));
  } catch {
    return null;
  }
}

/** Create a sortable id for a new site or snapshot: the UTC time plus a random suffix. */
export function newId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Install a built client folder as site `siteId` and make it the served one. The open data
 * files of the snapshot are added, with the per-period files under data/periode/, and the
 * hashed assets of the current site are kept because pages rendered by the running server
 * still link them. Last, the app/client link is swapped.
 */
export function installSite(folders: SiteFolders, builtClientDir: string, snapshotDir: string, siteId: string): string {
  const target = path.join(folders.sitesDir, siteId);
  fs.mkdirSync(folders.sitesDir, { recursive: true });
  fs.renameSync(builtClientDir, target);

  const dataDir = path.join(target, 'data');
  fs.mkdirSync(dataDir, { recursive: true });
  for (const file of SITE_DATA_FILES) {
    linkOrCopy(path.join(snapshotDir, file), path.join(dataDir, file));
  }
  for (const folder of OPEN_DATA_FOLDERS) {
    linkTree(path.join(snapshotDir, folder), path.join(dataDir, folder));
  }

  const currentId = currentSiteId(folders);
  if (currentId) {
    keepAssets(path.join(folders.sitesDir, currentId, '_astro'), path.join(target, '_astro'));
  }

  swapServedLink(folders, target);
  return target;
}

/** Point app/client at `target` atomically. */
function swapServedLink(folders: SiteFolders, target: string): void {
  const served = servedClientPath(folders);
  fs.mkdirSync(path.dirname(served), { recursive: true });
  const next = `${served}.next`;
  fs.rmSync(next, { force: true });
  fs.symlinkSync(path.relative(path.dirname(served), target), next, 'dir');
  fs.renameSync(next, served);
}

function keepAssets(fromDir: string, toDir: string): void {
  if (!fs.existsSync(fromDir)) {
    return;
  }
  fs.mkdirSync(toDir, { recursive: true });
  for (const name of fs.readdirSync(fromDir)) {
    const destination = path.join(toDir, name);
    if (!fs.existsSync(destination)) {
      linkOrCopy(path.join(fromDir, name), destination);
    }
  }
}

/** Recreate the folder tree `from` at `to`, each file hard-linked or copied. */
function linkTree(from: string, to: string): void {
  if (!fs.existsSync(from)) {
    return;
  }
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      linkTree(path.join(from, entry.name), path.join(to, entry.name));
    } else {
      linkOrCopy(path.join(from, entry.name), path.join(to, entry.name));
    }
  }
}

/** Hard-link when both paths are on one file system (no copy of large data files), else copy. */
function linkOrCopy(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}

/** Remove old sites, snapshots and build leftovers, keeping the current ones and a few before them. */
export function pruneOldFolders(folders: SiteFolders, currentSnapshotId: string): void {
  const currentSite = currentSiteId(folders);
  pruneDirectory(folders.sitesDir, KEPT_OLD_SITES, currentSite);
  pruneDirectory(folders.snapshotsDir, KEPT_OLD_SNAPSHOTS, currentSnapshotId);
  fs.rmSync(folders.buildsDir, { recursive: true, force: true });
}

function pruneDirectory(directory: string, keep: number, current: string | null): void {
  if (!fs.existsSync(directory)) {
    return;
  }
  // Exports stopped half-way leave `<id>.partial` folders; none is running once a publish ends.
  for (const entry of fs.readdirSync(directory)) {
    if (entry.endsWith('.partial')) {
      fs.rmSync(path.join(directory, entry), { recursive: true, force: true });
    }
  }
  const entries = fs
    .readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== current)
    .map((entry) => entry.name)
    .sort()
    .reverse();
  for (const name of entries.slice(keep)) {
    fs.rmSync(path.join(directory, name), { recursive: true, force: true });
  }
}

/** Point `<snapshotsDir>/latest` at a snapshot, for builds started without ADUAN_SNAPSHOT_DIR. */
export function markLatestSnapshot(folders: SiteFolders, snapshotDir: string): void {
  const latest = path.join(folders.snapshotsDir, 'latest');
  const next = `${latest}.next`;
  fs.rmSync(next, { force: true });
  fs.symlinkSync(path.basename(snapshotDir), next, 'dir');
  fs.renameSync(next, latest);
}
