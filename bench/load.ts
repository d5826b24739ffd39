/**
 * `npm run bench:load`: load test of the live ticket page on PostgreSQL, and its throughput
 * against a static file of the same size served by the same server. Prints Markdown for
 * docs/benchmarks.md on standard output and progress on standard error.
 *
 * Steps: create a database of its own on BENCH_DATABASE_URL (dropped afterwards), seed the
 * reference data, the demo data and synthetic complaints, start the real server with
 * `src/cli/start.ts` (which publishes first), then
 *   1. 500 connections look up tickets for 60 s: public ones (200), unknown ones and
 *      confidential ones (both 404, the page's status for a ticket the public may not see).
 *      Any other status, a socket error or a timeout counts as an error. The server's resident
 *      memory is read before, right after and 30 s after the run.
 *   2. 100 connections for 20 s on one ticket page, then on a static file with the same bytes
 *      written into the served site, each after a 5 s warm-up.
 *
 *   npm run bench:load
 *   npm run bench:load -- --connections 200 --seconds 30 --complaints 10000
 */

import { spawn, type ChildProcess } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { openDatabase } from '../db/client.ts';
import { applyMigrations } from '../db/migrate.ts';
import { seedDemoData } from '../db/seed/demo/seed-demo.ts';
import { readDeploymentFiles } from '../db/seed/deployment-files.ts';
import { seedReferenceData } from '../db/seed/reference.ts';
import { generateTicket, normalizeTicket } from '../src/domain/ticket.ts';
import { generatePassword } from '../src/server/auth/password.ts';
import { createStaffAccount } from '../src/server/auth/staff-accounts.ts';
import { freePort } from '../tests/support/free-port.ts';
import { databaseUrl } from '../tests/support/integration-global-setup.ts';
import { statusKib } from './memory.ts';
import { insertSyntheticComplaints } from './synthetic-complaints.ts';

const { values: options } = parseArgs({
  options: {
    connections: { type: 'string', default: '500' },
    seconds: { type: 'string', default: '60' },
    complaints: { type: 'string', default: '100000' },
    'compare-connections': { type: 'string', default: '100' },
    'compare-seconds': { type: 'string', default: '20' },
    'settle-seconds': { type: 'string', default: '30' },
  },
});
const LOAD_CONNECTIONS = positive(options.connections, '--connections');
const LOAD_SECONDS = positive(options.seconds, '--seconds');
const SYNTHETIC_COMPLAINTS = positive(options.complaints, '--complaints');
const COMPARE_CONNECTIONS = positive(options['compare-connections'], '--compare-connections');
const COMPARE_SECONDS = positive(options['compare-seconds'], '--compare-seconds');
const SETTLE_SECONDS = positive(options['settle-seconds'], '--settle-seconds');
const WARM_UP_SECONDS = 5;
const START_TIMEOUT_MS = 600_000;
const PREFIX = 'LBP';
/** Share of the load test's connections per kind of lookup, in percent. */
const LOOKUP_MIX = { public: 60, unknown: 25, confidential: 15 } as const;
const EXPECTED_STATUS: Record<LookupKind, number> = { public: 200, unknown: 404, confidential: 404 };
const PATHS_PER_CONNECTION = 50;

type LookupKind = keyof typeof LOOKUP_MIX;

const root = path.resolve(import.meta.dirname, '..');
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseName = `aduan_bench_load_${Date.now().toString(36)}`;
const benchDatabaseUrl = databaseUrl(serverUrl, databaseName);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aduan-bench-load-'));
const serverLogPath = path.join(dataDir, 'server.log');
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });

let server: ChildProcess | null = null;
try {
  await admin.unsafe(`create database "${databaseName}"`);
  const tickets = await prepareDatabase();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  server = await startServer(port, baseUrl);
  const serverPid = server.pid!;

  progress(`Warming up for ${WARM_UP_SECONDS} s…`);
  await runLookups(baseUrl, tickets, Math.min(LOAD_CONNECTIONS, 50), WARM_UP_SECONDS);

  const rssBefore = rssMib(serverPid);
  progress(`Load: ${LOAD_CONNECTIONS} connections for ${LOAD_SECONDS} s…`);
  const load = await runLookups(baseUrl, tickets, LOAD_CONNECTIONS, LOAD_SECONDS);
  const rssAfter = rssMib(serverPid);
  if (load.errors > 0) {
    const log = fs.readFileSync(serverLogPath, 'utf8').split('\n').slice(-40).join('\n');
    progress(`${load.errors} lookups failed. Last lines of the server log:\n${log}`);
  }
  progress(`Waiting ${SETTLE_SECONDS} s for the memory to settle…`);
  await sleep(SETTLE_SECONDS * 1000);
  const rssSettled = rssMib(serverPid);

  const comparison = await compareWithStaticFile(baseUrl, tickets.public[0]!);
  const postgresVersion = await admin<Array<{ version: string }>>`select version()`;
  process.stdout.write(
    `${report({ load, rss: [rssBefore, rssAfter, rssSettled], comparison, postgresVersion: postgresVersion[0]!.version })}\n`,
  );
} finally {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server!.once('exit', resolve));
  }
  await admin.unsafe(`drop database if exists "${databaseName}" with (force)`);
  await admin.end();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

interface TicketSets {
  public: string[];
  unknown: string[];
  confidential: string[];
}

/**
 * Migrate, seed the reference and demo data, add the synthetic complaints and return the
 * tickets to look up. Synthetic tickets are hex codes whose check character is mostly wrong,
 * so only those that normalizeTicket accepts are kept: the others would never reach the database.
 */
async function prepareDatabase(): Promise<TicketSets> {
  const handle = await openDatabase({ url: benchDatabaseUrl, poolSize: 2 });
  try {
    await applyMigrations(handle);
    await seedReferenceData(handle.db, readDeploymentFiles(path.join(root, 'db/seed/deployments/pati')));
    await seedDemoData(handle.db, PREFIX);
    // With a staff account in place the server creates no first admin, so its log, printed
    // when lookups fail, carries no password.
    await createStaffAccount(handle.db, { username: 'bench.admin', displayName: 'Bench', role: 'admin', password: generatePassword() });
  } finally {
    await handle.close();
  }
  progress(`Inserting ${SYNTHETIC_COMPLAINTS} synthetic complaints…`);
  await insertSyntheticComplaints(benchDatabaseUrl, SYNTHETIC_COMPLAINTS);

  const sql = postgres(benchDatabaseUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<Array<{ ticket: string; confidential: boolean }>>`select ticket, confidential from complaints`;
    const valid = rows.filter((row) => normalizeTicket(row.ticket, PREFIX) === row.ticket);
    const known = new Set(rows.map((row) => row.ticket));
    const unknown: string[] = [];
    while (unknown.length < 2000) {
      const ticket = generateTicket(PREFIX);
      if (!known.has(ticket)) {
        unknown.push(ticket);
      }
    }
    const tickets = {
      public: valid.filter((row) => !row.confidential).map((row) => row.ticket),
      confidential: valid.filter((row) => row.confidential).map((row) => row.ticket),
      unknown,
    };
    progress(
      `${rows.length} complaints; looking up ${tickets.public.length} public, ${tickets.confidential.length} confidential and ${unknown.length} unknown tickets.`,
    );
    if (tickets.public.length === 0 || tickets.confidential.length === 0) {
      throw new Error('The database has no public or no confidential complaint with a valid ticket to look up.');
    }
    return tickets;
  } finally {
    await sql.end();
  }
}

/** Start `src/cli/start.ts` on the bench database, with the ticket page's rate limit out of the way. */
async function startServer(port: number, baseUrl: string): Promise<ChildProcess> {
  progress('Starting the server (npm start: publish, then serve)…');
  const log = fs.openSync(serverLogPath, 'w');
  const child = spawn(process.execPath, ['src/cli/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: benchDatabaseUrl,
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      DEMO_DATA: 'off',
      LOG_LEVEL: 'warn',
      PUBLISH_SCHEDULE: '',
      // Each connection sends its own X-Forwarded-For address, believed from 127.0.0.1 only.
      TRUSTED_PROXIES: '127.0.0.1',
      TICKET_LOOKUPS_PER_MINUTE: '100000',
    },
    stdio: ['ignore', log, log],
  });
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with code ${child.exitCode}:\n${fs.readFileSync(serverLogPath, 'utf8')}`);
    }
    try {
      if ((await fetch(`${baseUrl}/lacak/`)).ok) {
        return child;
      }
    } catch {
      // Not listening yet.
    }
    await sleep(500);
  }
  child.kill('SIGTERM');
  throw new Error(`The server did not respond within ${START_TIMEOUT_MS / 1000} s:\n${fs.readFileSync(serverLogPath, 'utf8')}`);
}

interface LookupResult {
  result: autocannon.Result;
  /** Responses per kind of lookup and status code, and timeouts under the key `timeout`. */
  statuses: Record<LookupKind, Record<string, number>>;
  /** Responses whose status differs from EXPECTED_STATUS. */
  unexpectedStatuses: number;
  /** Unexpected statuses, socket errors and timeouts together. */
  errors: number;
}

/**
 * Look up tickets on `connections` connections. Each connection gets one kind of lookup (by
 * LOOKUP_MIX), its own X-Forwarded-For address and PATHS_PER_CONNECTION tickets it cycles through.
 */
async function runLookups(baseUrl: string, tickets: TicketSets, connections: number, seconds: number): Promise<LookupResult> {
  const statuses: LookupResult['statuses'] = { public: {}, unknown: {}, confidential: {} };
  let connectionIndex = 0;
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    timeout: 10,
    setupClient(client) {
      const index = connectionIndex++;
      const kind = kindOf(index);
      const pool = tickets[kind];
      const forwardedFor = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
      client.setRequests(
        Array.from({ length: PATHS_PER_CONNECTION }, () => ({
          method: 'GET',
          path: `/lacak/${pool[Math.floor(Math.random() * pool.length)]}`,
          headers: { 'x-forwarded-for': forwardedFor },
        })),
      );
      client.on('response', (status: number) => {
        statuses[kind][status] = (statuses[kind][status] ?? 0) + 1;
      });
      // @types/autocannon leaves out the 'timeout' event that autocannon's client emits.
      (client as unknown as EventEmitter).on('timeout', () => {
        statuses[kind].timeout = (statuses[kind].timeout ?? 0) + 1;
      });
    },
  });
  let unexpected = 0;
  for (const kind of Object.keys(statuses) as LookupKind[]) {
    for (const [status, count] of Object.entries(statuses[kind])) {
      if (status !== 'timeout' && Number(status) !== EXPECTED_STATUS[kind]) {
        unexpected += count;
      }
    }
  }
  // autocannon's `errors` count includes its `timeouts`.
  return { result, statuses, unexpectedStatuses: unexpected, errors: unexpected + result.errors };
}

/**
 * Kind of lookup of the connection with this index. Stepping through the 100 slots by 61, which
 * shares no factor with 100, spreads LOOKUP_MIX over any number of connections, not only
 * over whole hundreds.
 */
function kindOf(index: number): LookupKind {
  const slot = (index * 61) % 100;
  if (slot < LOOKUP_MIX.public) {
    return 'public';
  }
  return slot < LOOKUP_MIX.public + LOOKUP_MIX.unknown ? 'unknown' : 'confidential';
}

interface Comparison {
  pageBytes: number;
  live: autocannon.Result;
  static: autocannon.Result;
}

/**
 * Serve the HTML of one ticket page as a static file from the current site, then load the live
 * page and the file alike. Neither request accepts compression, so both send the same bytes.
 */
async function compareWithStaticFile(baseUrl: string, ticket: string): Promise<Comparison> {
  const livePath = `/lacak/${ticket}`;
  const page = Buffer.from(await (await fetch(`${baseUrl}${livePath}`)).arrayBuffer());
  const staticPath = '/bench-static-page.html';
  fs.writeFileSync(path.join(dataDir, 'app', 'client', staticPath), page);
  const staticResponse = await fetch(`${baseUrl}${staticPath}`);
  const staticBytes = (await staticResponse.arrayBuffer()).byteLength;
  if (!staticResponse.ok || staticBytes !== page.length) {
    throw new Error(`The static copy of ${livePath} returned ${staticResponse.status} with ${staticBytes} bytes, not ${page.length}.`);
  }

  const measure = async (label: string, urlPath: string) => {
    progress(`${label}: ${COMPARE_CONNECTIONS} connections for ${COMPARE_SECONDS} s after a ${WARM_UP_SECONDS} s warm-up…`);
    const load = (duration: number) =>
      autocannon({
        url: `${baseUrl}${urlPath}`,
        connections: COMPARE_CONNECTIONS,
        duration,
        headers: { 'x-forwarded-for': '10.200.0.1' },
      });
    await load(WARM_UP_SECONDS);
    const result = await load(COMPARE_SECONDS);
    if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
      throw new Error(`${label}: ${result.non2xx} non-2xx responses, ${result.errors} errors, ${result.timeouts} timeouts.`);
    }
    return result;
  };
  const live = await measure('Live ticket page', livePath);
  const staticResult = await measure('Static file of the same size', staticPath);
  return { pageBytes: page.length, live, static: staticResult };
}

function report(results: {
  load: LookupResult;
  rss: [number, number, number];
  comparison: Comparison;
  postgresVersion: string;
}): string {
  const { load, rss, comparison } = results;
  const cpuModel = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  const ratio = comparison.live.requests.average / comparison.static.requests.average;
  const statusLine = (kind: LookupKind) =>
    `${kind}: ${Object.entries(load.statuses[kind])
      .map(([status, count]) => `${count.toLocaleString('en')} × ${status}`)
      .join(', ')}`;
  return [
    `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- CPU: ${cpuModel}, ${os.cpus().length} cores; memory ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
    `- Node.js ${process.versions.node}; ${results.postgresVersion.split(' on ')[0]}, same machine`,
    `- Command: \`npm run bench:load${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\``,
    `- Data: demo data plus ${SYNTHETIC_COMPLAINTS.toLocaleString('en')} synthetic complaints`,
    '',
    `Ticket lookups, ${LOAD_CONNECTIONS} connections for ${LOAD_SECONDS} s:`,
    '',
    `| requests | requests/s | p50 (ms) | p99 (ms) | max (ms) | errors: status / socket / timeout | server RSS before / after / +${SETTLE_SECONDS} s (MiB) |`,
    '| ---: | ---: | ---: | ---: | ---: | --- | --- |',
    `| ${load.result.requests.total.toLocaleString('en')} | ${load.result.requests.average.toFixed(0)} | ` +
      `${load.result.latency.p50} | ${load.result.latency.p99} | ${load.result.latency.max} | ` +
      `${load.unexpectedStatuses} / ${load.result.errors - load.result.timeouts} / ${load.result.timeouts} | ` +
      `${rss.map((value) => value.toFixed(0)).join(' / ')} |`,
    '',
    `Statuses by kind of lookup: ${(Object.keys(LOOKUP_MIX) as LookupKind[]).map(statusLine).join('; ')}.`,
    '',
    `Errors: ${load.errors === 0 ? 'none (target met)' : `${load.errors} (target: none)`}. ` +
      `Server memory ${SETTLE_SECONDS} s after the run: ` +
      `${rss[2] - rss[1] < 1 ? 'not growing' : `${(rss[2] - rss[1]).toFixed(0)} MiB more than right after it`}.`,
    '',
    `Live ticket page against a static file of the same ${comparison.pageBytes.toLocaleString('en')} bytes, ` +
      `${COMPARE_CONNECTIONS} connections for ${COMPARE_SECONDS} s each:`,
    '',
    '| response | requests/s | p50 (ms) | p99 (ms) |',
    '| --- | ---: | ---: | ---: |',
    `| live ticket page | ${comparison.live.requests.average.toFixed(0)} | ${comparison.live.latency.p50} | ${comparison.live.latency.p99} |`,
    `| static file | ${comparison.static.requests.average.toFixed(0)} | ${comparison.static.latency.p50} | ${comparison.static.latency.p99} |`,
    '',
    `Throughput ratio live / static: ${ratio.toFixed(2)} (target: at least 0.5).`,
  ].join('\n');
}

function rssMib(pid: number): number {
  return statusKib(pid, 'VmRSS') / 1024;
}

function positive(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) {
    process.stderr.write(`${name} must be a positive whole number, not "${text}".\n`);
    process.exit(2);
  }
  return value;
}

function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
