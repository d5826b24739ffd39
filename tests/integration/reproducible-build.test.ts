import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../db/seed/demo/seed-demo.ts';
import { buildSite } from '../../src/server/publish/build-site.ts';
import { exportSnapshot } from '../../src/server/publish/export-snapshot.ts';
import { installSite, siteFolders } from '../../src/server/publish/site-folders.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let workDir: string;
let snapshotDir: string;

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoData(database.db, 'LBP');
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aduan-reproducible-'));
  snapshotDir = path.join(workDir, 'snapshot');
  await exportSnapshot(database.db, snapshotDir);
}, 180_000);

afterAll(async () => {
  await database.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

/** Read every file under `directory`, keyed by its path relative to it. */
function filesOf(directory: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files.set(path.relative(directory, full), fs.readFileSync(full));
    }
  }
  return files;
}

/** Build the site from the snapshot into a data folder of its own and install it there. */
async function buildAndInstall(name: string, timeZone: string): Promise<string> {
  const folders = siteFolders(process.cwd(), path.join(workDir, name));
  const buildDir = path.join(folders.buildsDir, name);
  const previousZone = process.env.TZ;
  // The build process inherits the zone: a server in another zone must not change a page.
  process.env.TZ = timeZone;
  try {
    await buildSite(folders.root, snapshotDir, buildDir);
  } finally {
    if (previousZone === undefined) {
      delete process.env.TZ;
    } else {
      process.env.TZ = previousZone;
    }
  }
  return installSite(folders, path.join(buildDir, 'client'), snapshotDir, name);
}

describe('a site built twice from one snapshot', () => {
  it('has the same files, byte for byte', async () => {
    const first = filesOf(await buildAndInstall('first', 'Asia/Jakarta'));
    const second = filesOf(await buildAndInstall('second', 'America/Los_Angeles'));

    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([file, content]) => !content.equals(second.get(file)!)).map(([file]) => file);
    expect(differing).toEqual([]);

    // Every kind of published file is compared: pages, scripts, styles, data and metadata.
    const names = [...first.keys()];
    for (const expected of [
      'index.html',
      'statistik/index.html',
      'metodologi/index.html',
      'data/index.html',
      '404.html',
      'aduan-selesai.xml',
      'data/datapackage.json',
      'data/aduan.csv',
      'data/aduan.json',
      'data/aduan.geojson',
      'data/statistik.json',
    ]) {
      expect(names).toContain(expected);
    }
    expect(names.some((name) => name.startsWith('_astro/') && name.endsWith('.js'))).toBe(true);
    expect(names.some((name) => name.startsWith('_astro/') && name.endsWith('.css'))).toBe(true);
  }, 180_000);
});
