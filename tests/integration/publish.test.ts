import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishes } from '../../db/schema/index.ts';
import { createComplaint, loadReferenceIds } from '../../db/seed/factories.ts';
import { BuildError } from '../../src/server/publish/build-site.ts';
import { PublishBusyError, publish } from '../../src/server/publish/publish.ts';
import { currentSiteId, servedClientPath, siteFolders, type SiteFolders } from '../../src/server/publish/site-folders.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let dataDir: string;
let folders: SiteFolders;

beforeAll(async () => {
  database = await openTestDatabase();
  const ids = await loadReferenceIds(database.db);
  await createComplaint(
    database.db,
    ids,
    {
      channel: 'instagram',
      receivedAt: new Date('2022-09-01T03:00:00Z'),
      reporterName: 'Pelapor Uji',
      reporterContact: '@pelapor.uji',
      originalText: 'Lampu jalan mati.',
      category: 'penerangan-jalan',
      villageCode: '33.18.10.2001',
      summary: 'Lampu penerangan jalan mati.',
    },
    { prefix: 'LBP' },
  );
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aduan-publish-'));
  folders = siteFolders(process.cwd(), dataDir);
});

afterAll(async () => {
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('publish', () => {
  it('builds and serves a new site', async () => {
    const result = await publish(database, { trigger: 'cli', folders });

    expect(currentSiteId(folders)).toBe(result.siteId);
    const served = servedClientPath(folders);
    expect(fs.existsSync(path.join(served, 'statistik', 'index.html'))).toBe(true);
    expect(fs.readFileSync(path.join(served, 'data', 'statistik.json'), 'utf8')).toContain('"received": 1');
    const page = fs.readFileSync(path.join(served, 'statistik', 'index.html'), 'utf8');
    expect(page).toContain('Data per');
    const [row] = await database.db.select().from(publishes).where(eq(publishes.id, result.id));
    expect(row!.status).toBe('succeeded');
    expect(row!.complaintCount).toBe(1);
  });

  it('serves the files and pages of each period', () => {
    const served = servedClientPath(folders);
    const snapshot = path.join(folders.snapshotsDir, 'latest');
    for (const file of ['periode/2022/aduan.csv', 'periode/2022-09/aduan.json', 'periode/2022-09/statistik.json']) {
      const published = path.join(served, 'data', file);
      expect(fs.existsSync(published), file).toBe(true);
      // Hard links: the site's data files are the snapshot's files, not copies.
      expect(fs.statSync(published).ino, file).toBe(fs.statSync(path.join(snapshot, file)).ino);
    }
    for (const page of ['statistik/2022/index.html', 'statistik/2022/09/index.html', 'kecamatan/33.18.10/index.html', 'instansi/pln/index.html']) {
      expect(fs.existsSync(path.join(served, page)), page).toBe(true);
    }
  });

  it('keeps the old site when a build fails', async () => {
    const before = currentSiteId(folders);
    const assetsBefore = fs.readdirSync(path.join(servedClientPath(folders), '_astro'));
    const buildsBefore = fs.readdirSync(folders.buildsDir);

    const attempt = publish(database, {
      trigger: 'button',
      folders,
      build: async (_snapshot, outDir) => {
        fs.mkdirSync(path.join(outDir, 'client'), { recursive: true });
        fs.writeFileSync(path.join(outDir, 'client', 'index.html'), 'half');
        throw new BuildError('astro build exited with code 1:\nsimulated failure in the middle', `${outDir}.log`);
      },
    });

    await expect(attempt).rejects.toThrow(/simulated failure/);
    expect(currentSiteId(folders)).toBe(before);
    // The half-built folder is removed (this stand-in build writes no log).
    expect(fs.readdirSync(folders.buildsDir).filter((name) => !buildsBefore.includes(name))).toEqual([]);
    expect(fs.readdirSync(path.join(servedClientPath(folders), '_astro'))).toEqual(assetsBefore);
    const [failed] = await database.db.select().from(publishes).where(eq(publishes.trigger, 'button'));
    expect(failed!.status).toBe('failed');
    expect(failed!.error).toContain('simulated failure in the middle');
    expect(failed!.stage).toBe('Membangun situs statis');
  });

  it('refuses a second publish at once', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = publish(database, {
      trigger: 'schedule',
      folders,
      build: async (_snapshot, outDir) => {
        await gate;
        fs.mkdirSync(path.join(outDir, 'client', '_astro'), { recursive: true });
        fs.writeFileSync(path.join(outDir, 'client', 'index.html'), 'ok');
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 200));

    await expect(publish(database, { trigger: 'cli', folders })).rejects.toBeInstanceOf(PublishBusyError);
    release();
    await first;
  });

  it('keeps assets of the previous site', async () => {
    const previous = currentSiteId(folders)!;
    const previousAssets = fs.readdirSync(path.join(folders.sitesDir, previous, '_astro'));

    await publish(database, {
      trigger: 'cli',
      folders,
      build: async (_snapshot, outDir) => {
        fs.mkdirSync(path.join(outDir, 'client', '_astro'), { recursive: true });
        fs.writeFileSync(path.join(outDir, 'client', '_astro', 'new-asset.js'), '');
      },
    });

    const assets = fs.readdirSync(path.join(servedClientPath(folders), '_astro'));
    expect(assets).toContain('new-asset.js');
    for (const asset of previousAssets) {
      expect(assets).toContain(asset);
    }
  });
});
