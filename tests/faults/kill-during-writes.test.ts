/**
 * `kill -9` in the middle of writes: a loop of status changes, an import and a publish, ten runs
 * each at seeded random moments spread over the operation.
 *
 * After every kill the database passes the SQL checks of `findInconsistencies`, a PGlite folder
 * opens again, and after a killed publish the previous site keeps serving. The next run of each
 * operation then succeeds. Runs alternate between PGlite and a private PostgreSQL cluster, which
 * the test starts itself. FAULT_SEED replays another set of kill moments.
 */

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { Faker, id_ID } from '@faker-js/faker';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../../db/client.ts';
import { startPortal, type RunningPortal } from '../support/e2e-global-setup.ts';
import {
  databaseEnv,
  findInconsistencies,
  importCsv,
  openFaultDatabase,
  prepareFaultDatabase,
  type FaultDatabase,
} from '../support/fault-workers/fault-data.ts';
import { databaseUrl } from '../support/integration-global-setup.ts';
import { clusterTitle, createPrivatePostgres, privateClusterMissing, type PrivatePostgres } from '../support/private-postgres.ts';

const RUNS = 10;
const SEED = Number(process.env.FAULT_SEED ?? 6);
/** Rows of the import file: an import of a few seconds, of which the kills cover the whole span. */
const IMPORT_ROWS = 100;

const random = new Faker({ locale: [id_ID], seed: SEED });
let cluster: PrivatePostgres;
const folders: string[] = [];
/** One prepared database per engine, shared by the status and import runs; PostgreSQL first. */
let targets: [FaultDatabase, FaultDatabase];
let agencyIds: number[];

describe.skipIf(privateClusterMissing() !== null)(clusterTitle('kill -9 during writes'), () => {
  beforeAll(async () => {
    cluster = await createPrivatePostgres();
    targets = await twoDatabases('writes');
    agencyIds = [await prepareFaultDatabase(targets[0]), await prepareFaultDatabase(targets[1])];
  });

  afterAll(() => {
    cluster?.destroy();
    for (const folder of folders) {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('status changes stay consistent', async () => {
    const printed = [0, 0];

    for (let run = 0; run < RUNS; run += 1) {
      const engine = run % 2;
      const worker = startChild(['tests/support/fault-workers/status-changes.ts'], {
        ...databaseEnv(targets[engine]!),
        FAULT_AGENCY_ID: String(agencyIds[engine]),
      });
      await worker.waitForLine((line) => line === 'ready');
      await sleep(random.number.int({ min: 50, max: 1500 }));
      await worker.kill();
      printed[engine]! += worker.lines.filter((line) => line.startsWith('changed ')).length;

      const changes = await inspect(targets[engine]!, `status run ${run}`, async (db) => {
        const [row] = await queryRows<{ changes: number }>(db, sql`select count(*)::int as changes from complaint_events where kind <> 'logged'`);
        return Number(row!.changes);
      });
      // Every change the worker reported was committed before it reported it.
      expect(changes, `status run ${run}: committed changes`).toBeGreaterThanOrEqual(printed[engine]!);
    }
    // The kills fell in the middle of the loop, not before its first change.
    expect(printed[0], 'changes made on PostgreSQL').toBeGreaterThan(0);
    expect(printed[1], 'changes made on PGlite').toBeGreaterThan(0);
  }, 120_000);

  it('an import is all or nothing', async () => {
    const file = path.join(tempFolder(), 'rekap-gangguan.csv');
    fs.writeFileSync(file, importCsv(IMPORT_ROWS));

    for (let run = 0; run < RUNS; run += 1) {
      const target = targets[run % 2]!;
      const killAt = random.number.int({ min: 0, max: IMPORT_ROWS - 25 });
      const importer = startChild(['src/cli/import.ts', file], { DATA_DIR: tempFolder(), ...databaseEnv(target) });
      if (killAt < 25) {
        await importer.waitForLine((line) => line.startsWith('Memeriksa'));
        await sleep(random.number.int({ min: 0, max: 500 }));
      } else {
        await importer.waitForLine((line) => importedSoFar(line) >= killAt);
      }
      await importer.kill();

      const imported = await inspect(target, `import run ${run}`, importedCount);
      expect(imported, `import run ${run} (killed near row ${killAt})`).toBe(0);
    }

    for (const target of targets) {
      const importer = startChild(['src/cli/import.ts', file], { DATA_DIR: tempFolder(), ...databaseEnv(target) });
      expect(await importer.exited, importer.output()).toBe(0);
      await expect(inspect(target, 'import after the kills', importedCount)).resolves.toBe(IMPORT_ROWS);
    }
  }, 180_000);

  describe('publish', () => {
    let portal: RunningPortal;

    beforeAll(async () => {
      portal = await startPortal({ database: { server: cluster.url } });
    });

    afterAll(async () => {
      await portal?.stop();
    });

    it('keeps the previous site and recovers', async () => {
      // PostgreSQL: the CLI publishes beside the running portal, which must keep serving.
      // PGlite: the CLI is the only process with the database open, so the site is checked on disk.
      const publishers = [
        { target: { url: portal.info.databaseUrl! } as FaultDatabase, env: portal.env, served: () => servedSite(portal) },
        { target: targets[1], env: { ...process.env, ...databaseEnv(targets[1]) }, served: () => siteOnDisk(dataDirOf(targets[1])) },
      ];
      const durations: number[] = [];
      const served: SiteState[] = [];
      for (const publisher of publishers) {
        const started = Date.now();
        const first = startChild(['src/cli/publish.ts'], publisher.env);
        expect(await first.exited, first.output()).toBe(0);
        durations.push(Date.now() - started);
        served.push(await publisher.served());
      }

      for (let run = 0; run < RUNS; run += 1) {
        const engine = run % 2;
        const { target, env } = publishers[engine]!;
        const child = startChild(['src/cli/publish.ts'], env);
        await sleep(random.number.int({ min: 0, max: durations[engine]! }));
        await child.kill();

        // Killed after the swap, the new site is complete and served; before it, the old one is.
        const installing = child.lines.some((line) => line.startsWith('Memasang situs baru'));
        const now = await publishers[engine]!.served();
        if (!installing) {
          expect(now, `publish run ${run}: the previous site is served`).toEqual(served[engine]);
        }
        served[engine] = now;
        await inspect(target, `publish run ${run}`, async () => undefined);
      }

      for (const [engine, { target, env, served: current }] of publishers.entries()) {
        const last = startChild(['src/cli/publish.ts'], env);
        expect(await last.exited, last.output()).toBe(0);
        expect((await current()).siteId).not.toBe(served[engine]!.siteId);
        const counts = await inspect(target, 'publish after the kills', publishCounts);
        expect(counts.running, 'publishes still marked running').toBeUndefined();
        expect(counts.succeeded, 'first and last publish').toBeGreaterThanOrEqual(2);
      }
    }, 300_000);
  });
});

/** Create a database on the private cluster and a PGlite data folder; the caller prepares both. */
async function twoDatabases(name: string): Promise<[FaultDatabase, FaultDatabase]> {
  const database = `aduan_fault_${name}_${process.pid}`;
  const admin = postgres(cluster.url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${database}"`);
  await admin.end();
  return [{ url: databaseUrl(cluster.url, database) }, { dataDir: tempFolder() }];
}

function tempFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aduan-fault-'));
  folders.push(folder);
  return folder;
}

/** Open the database after a kill, fail on any inconsistency, and return what `read` finds. */
async function inspect<T>(target: FaultDatabase, label: string, read: (db: Awaited<ReturnType<typeof openFaultDatabase>>['db']) => Promise<T>): Promise<T> {
  const handle = await openFaultDatabase(target);
  try {
    expect(await findInconsistencies(handle.db), label).toEqual([]);
    return await read(handle.db);
  } finally {
    await handle.close();
  }
}

async function importedCount(db: Awaited<ReturnType<typeof openFaultDatabase>>['db']): Promise<number> {
  const [row] = await queryRows<{ imported: number }>(db, sql`select count(*)::int as imported from complaints where import_key is not null`);
  return Number(row!.imported);
}

/** Complaints created so far according to a progress line of `npm run import`, or -1. */
function importedSoFar(line: string): number {
  const match = /^Mengimpor: ([\d.]+) dari/.exec(line);
  return match ? Number(match[1]!.replaceAll('.', '')) : -1;
}

/** The served site: the target of DATA_DIR/app/client and the "Data per …" time of its statistics page. */
interface SiteState {
  siteId: string;
  dataTime: string;
}

const SITE_PATHS = ['/', '/peta/', '/data/', '/data/aduan.csv', '/data/statistik.json'];

/** Read the site a running portal serves, after checking that its pages and open data return 200. */
async function servedSite(portal: RunningPortal): Promise<SiteState> {
  const { baseUrl, dataDir } = portal.info;
  for (const pagePath of SITE_PATHS) {
    const response = await fetch(new URL(pagePath, baseUrl));
    expect(response.status, pagePath).toBe(200);
    await response.arrayBuffer();
  }
  const html = await (await fetch(new URL('/statistik/', baseUrl))).text();
  return { siteId: siteIdOf(dataDir), dataTime: dataTimeOf(html) };
}

/** Read the site a portal on `dataDir` would serve, after checking that its files are all there. */
async function siteOnDisk(dataDir: string): Promise<SiteState> {
  const client = path.join(dataDir, 'app', 'client');
  for (const pagePath of SITE_PATHS) {
    const file = path.join(client, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
    expect(fs.statSync(file).size, pagePath).toBeGreaterThan(0);
  }
  const html = fs.readFileSync(path.join(client, 'statistik', 'index.html'), 'utf8');
  return { siteId: siteIdOf(dataDir), dataTime: dataTimeOf(html) };
}

function siteIdOf(dataDir: string): string {
  return path.basename(fs.readlinkSync(path.join(dataDir, 'app', 'client')));
}

function dataTimeOf(html: string): string {
  const dataTime = /Data per ([^<]*?WIB)/.exec(html)?.[1];
  expect(dataTime, 'Data per line of /statistik/').toBeDefined();
  return dataTime!;
}

function dataDirOf(target: FaultDatabase): string {
  if (!('dataDir' in target)) {
    throw new Error('Expected a PGlite target.');
  }
  return target.dataDir;
}

async function publishCounts(db: Awaited<ReturnType<typeof openFaultDatabase>>['db']): Promise<Record<string, number>> {
  const rows = await queryRows<{ status: string; count: number }>(db, sql`select status, count(*)::int as count from publishes group by status`);
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
}

interface Child {
  lines: string[];
  exited: Promise<number | null>;
  output(): string;
  waitForLine(matches: (line: string) => boolean): Promise<void>;
  /** Send SIGKILL and wait until the process is gone. */
  kill(): Promise<void>;
}

/** Run a TypeScript entry point of the project with tsx, collecting its output lines. */
function startChild(args: string[], env: Record<string, string | undefined>): Child {
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let errors = '';
  const waiters: Array<{ matches: (line: string) => boolean; resolve: () => void }> = [];
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const waiter of waiters.filter((candidate) => candidate.matches(line))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  return {
    lines,
    exited,
    output: () => `${lines.join('\n')}\n${errors}`,
    waitForLine(matches) {
      if (lines.some(matches)) {
        return Promise.resolve();
      }
      return new Promise((resolve, reject) => {
        waiters.push({ matches, resolve });
        void exited.then((code) => reject(new Error(`${args.join(' ')} exited (${code}) before the expected line:\n${lines.join('\n')}\n${errors}`)));
      });
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
