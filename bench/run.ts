/**
 * `npm run bench`: publish 10 000, 100 000 and 1 000 000 synthetic complaints on PostgreSQL and
 * time the statistics of 1 000 000 aggregate records, then print the results as Markdown for
 * docs/benchmarks.md. Each size runs in a process of its own (bench/publish-size.ts), in a
 * database of its own that is dropped afterwards.
 *
 * Last it runs the load test of the ticket page (bench/load.ts, about five minutes).
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench
 *   npm run bench -- 10000,100000        # other sizes
 *   npm run bench -- --skip-load         # without the load test
 */

import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { PublishRunResult } from './publish-size.ts';
import type { StatisticsRunResult } from './statistics-size.ts';

const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];
const STATISTICS_SIZE = 1_000_000;

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const argumentsGiven = process.argv.slice(2);
const skipLoad = argumentsGiven.includes('--skip-load');
const sizeArgument = argumentsGiven.find((argument) => !argument.startsWith('--'));
const sizes = sizeArgument ? sizeArgument.split(',').map(Number) : DEFAULT_SIZES;
const root = path.resolve(import.meta.dirname, '..');

function runChild<T>(script: string, args: string[]): T {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join('bench', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 10 * 2 ** 20,
  });
  if (result.status !== 0) {
    throw new Error(`bench/${script} ${args.join(' ')} failed with code ${result.status}:\n${result.stdout}`);
  }
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as T;
}

async function machine(): Promise<string[]> {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const [{ version }] = await sql<Array<{ version: string }>>`select version()`;
  await sql.end();
  const cpu = os.cpus()[0]?.model ?? 'unknown';
  return [
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- CPU: ${cpu}, ${os.cpus().length} cores`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
    `- Node.js ${process.versions.node}; ${version.split(' on ')[0]}`,
    `- Command: \`npm run bench${argumentsGiven.length > 0 ? ` -- ${argumentsGiven.join(' ')}` : ''}\``,
  ];
}

const header = await machine();
process.stderr.write(`${header.join('\n')}\n`);

const publishRuns: PublishRunResult[] = [];
for (const size of sizes) {
  process.stderr.write(`\nPublishing ${size} synthetic complaints…\n`);
  publishRuns.push(runChild<PublishRunResult>('publish-size.ts', [String(size), serverUrl]));
}
process.stderr.write(`\nStatistics of ${STATISTICS_SIZE} aggregate records…\n`);
const statistics = runChild<StatisticsRunResult>('statistics-size.ts', [String(STATISTICS_SIZE)]);

const seconds = (value: number) => value.toFixed(1);
const mib = (value: number) => value.toFixed(0);
const stage = (run: PublishRunResult, name: string) => seconds(run.stageSeconds[name] ?? 0);
const lines = [
  ...header,
  '',
  '| complaints | publish (s) | export (s) | build (s) | install (s) | publisher peak RSS (MiB) | build peak RSS (MiB) | snapshot (MiB) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...publishRuns.map(
    (run) =>
      `| ${run.count.toLocaleString('en')} | ${seconds(run.publishSeconds)} | ${stage(run, 'Mengekspor data publik')} | ` +
      `${stage(run, 'Membangun situs statis')} | ${stage(run, 'Memasang situs baru')} | ${mib(run.publisherPeakMib)} | ` +
      `${mib(run.buildPeakMib)} | ${mib(run.snapshotMib)} |`,
  ),
  '',
  `Statistics of ${statistics.count.toLocaleString('en')} aggregate records in memory: ` +
    `${statistics.seconds.toFixed(2)} s (fastest of ${statistics.runs.map((run) => run.toFixed(2)).join(', ')} s).`,
];
process.stdout.write(`${lines.join('\n')}\n`);

if (!skipLoad) {
  process.stderr.write('\nLoad test of the ticket page…\n');
  const load = spawnSync(process.execPath, ['--import', 'tsx', path.join('bench', 'load.ts')], {
    cwd: root,
    env: { ...process.env, BENCH_DATABASE_URL: serverUrl },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (load.status !== 0) {
    throw new Error(`bench/load.ts failed with code ${load.status}:\n${load.stdout}`);
  }
  process.stdout.write(`\n${load.stdout}`);
}
