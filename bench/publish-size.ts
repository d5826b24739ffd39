/**
 * One benchmark run, in a process of its own so that the peak memory measured is this run's.
 * It creates a PostgreSQL database, seeds the reference data the normal way and inserts `count`
 * synthetic complaints. Then it runs the real publish pipeline (export, astro build, install)
 * and prints one JSON line with the timings and peak memory.
 *
 *   tsx bench/publish-size.ts <count> <postgres-url>
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { openDatabase } from '../db/client.ts';
import { applyMigrations } from '../db/migrate.ts';
import { readDeploymentFiles } from '../db/seed/deployment-files.ts';
import { seedReferenceData } from '../db/seed/reference.ts';
import { cleanUpAfterPublish, publish } from '../src/server/publish/publish.ts';
import { siteFolders } from '../src/server/publish/site-folders.ts';
import { MemorySampler, resetPeakRss } from './memory.ts';
import { insertSyntheticComplaints } from './synthetic-complaints.ts';

export interface PublishRunResult {
  count: number;
  generateSeconds: number;
  publishSeconds: number;
  stageSeconds: Record<string, number>;
  /** Peak resident memory of this process (export and install), in MiB. */
  publisherPeakMib: number;
  /** Peak resident memory of the `astro build` process, in MiB. */
  buildPeakMib: number;
  /** Largest sum of the resident memory of the build and its helpers (esbuild), sampled, in MiB. */
  buildTreePeakMib: number;
  snapshotMib: number;
}

const root = path.resolve(import.meta.dirname, '..');
const [countText, serverUrl] = process.argv.slice(2);
const count = Number(countText);
if (!Number.isInteger(count) || count <= 0 || !serverUrl) {
  process.stderr.write('usage: tsx bench/publish-size.ts <count> <postgres-url>\n');
  process.exit(2);
}

const name = `aduan_bench_${count}_${Date.now().toString(36)}`;
const databaseUrl = withDatabase(serverUrl, name);
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database "${name}"`);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aduan-bench-'));

try {
  const handle = await openDatabase({ url: databaseUrl, poolSize: 2 });
  try {
    await applyMigrations(handle);
    await seedReferenceData(handle.db, readDeploymentFiles(path.join(root, 'db/seed/deployments/pati')));

    const generating = performance.now();
    await insertSyntheticComplaints(databaseUrl, count, (done) => process.stderr.write(`  ${done} complaints inserted\n`));
    const generateSeconds = (performance.now() - generating) / 1000;

    resetPeakRss();
    const sampler = new MemorySampler();
    const stageSeconds: Record<string, number> = {};
    let stage: { name: string; at: number } | null = null;
    const started = performance.now();
    const result = await publish(handle, {
      trigger: 'cli',
      folders: siteFolders(root, dataDir),
      onStage(next) {
        const now = performance.now();
        if (stage) {
          stageSeconds[stage.name] = (now - stage.at) / 1000;
        }
        stage = { name: next, at: now };
        process.stderr.write(`  ${next}…\n`);
      },
    });
    const finished = performance.now();
    if (stage) {
      const last: { name: string; at: number } = stage;
      stageSeconds[last.name] = (finished - last.at) / 1000;
    }
    const memory = sampler.stop();
    const snapshotBytes = folderBytes(path.join(dataDir, 'snapshots', result.siteId));
    cleanUpAfterPublish(siteFolders(root, dataDir), result);

    const report: PublishRunResult = {
      count,
      generateSeconds,
      publishSeconds: (finished - started) / 1000,
      stageSeconds,
      publisherPeakMib: memory.selfPeakMib,
      buildPeakMib: memory.childPeakMib,
      buildTreePeakMib: memory.childTreePeakMib,
      snapshotMib: snapshotBytes / 2 ** 20,
    };
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await handle.close();
  }
} finally {
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.end();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function folderBytes(directory: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    }
  }
  return total;
}
