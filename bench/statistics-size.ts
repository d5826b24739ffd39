/**
 * Time the statistics of `count` aggregate records held in memory (the records are made first
 * and not timed), through bench/statistics-adapter.ts. Prints one JSON line.
 *
 *   tsx bench/statistics-size.ts <count>
 */

import path from 'node:path';
import { readDeploymentFiles } from '../db/seed/deployment-files.ts';
import { CHANNELS } from '../src/domain/channels.ts';
import type { AggregateRecord } from '../src/domain/public-view.ts';
import { verificationOf, type InvalidReason, type Outcome, type Status } from '../src/domain/status.ts';
import { statisticsOf } from './statistics-adapter.ts';

export interface StatisticsRunResult {
  count: number;
  /** Fastest of the timed runs, in seconds. */
  seconds: number;
  runs: number[];
}

const count = Number(process.argv[2] ?? 1_000_000);
const RUNS = 3;
const files = readDeploymentFiles(path.resolve(import.meta.dirname, '..', 'db/seed/deployments/pati'));
const reference = {
  timeZone: files.settings.timeZone,
  channels: files.settings.contacts.map((contact) => contact.channel),
  categories: files.categories.map((category) => ({ slug: category.slug, name: category.name, group: category.group })),
  agencies: files.agencies.map((agency) => ({ slug: agency.slug, name: agency.name, kind: agency.kind })),
  districts: files.districts.map((district) => ({ code: district.code, name: district.name })),
  targets: { verificationDays: files.settings.clocks.verificationTargetDays, actionDays: files.settings.clocks.actionTargetDays },
  asOf: new Date('2026-07-01T00:00:00Z'),
};

/** Small deterministic generator (mulberry32), so every run times the same records. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
  };
}

const next = random(20_220_829);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const START = Date.parse('2022-08-29T01:00:00Z');
const SPAN = Date.parse('2026-06-30T17:00:00Z') - START;
const STATUSES: Status[] = ['received', 'needs_info', 'invalid', 'invalid', 'forwarded', 'in_progress', 'resolved', 'resolved', 'resolved'];
const REASONS: InvalidReason[] = ['not_factual', 'unclear', 'out_of_authority', 'duplicate', 'spam'];
const OUTCOMES: Outcome[] = ['fixed', 'answered', 'referred', 'no_action'];

const records: AggregateRecord[] = Array.from({ length: count }, () => {
  const category = pick(files.categories);
  const status = pick(STATUSES);
  const received = START + Math.pow(next(), 0.7) * SPAN;
  const valid = status === 'forwarded' || status === 'in_progress' || status === 'resolved';
  const iso = (offsetDays: number) => new Date(received + offsetDays * 86_400_000).toISOString();
  const verified = status !== 'received' && status !== 'needs_info';
  const responded = status === 'in_progress' || status === 'resolved';
  const resolvedAfter = 5 + next() * 40;
  return {
    channel: pick(CHANNELS),
    category_slug: category.slug,
    category_group: category.group,
    district_code: next() < 0.97 ? pick(files.districts).code : null,
    agency_slug: valid ? category.defaultAgency : null,
    status,
    verification: verificationOf(status),
    invalid_reason: status === 'invalid' ? pick(REASONS) : null,
    outcome: status === 'resolved' ? pick(OUTCOMES) : null,
    received_at: iso(0),
    verified_at: verified ? iso(1) : null,
    forwarded_at: valid ? iso(1.5) : null,
    first_response_at: responded ? iso(4) : null,
    resolved_at: status === 'resolved' ? iso(resolvedAfter) : null,
    // Working days are about five sevenths of calendar days; the benchmark only needs plausible lengths.
    verification_days: verified ? 1 : null,
    first_response_days: responded ? 2 : null,
    resolution_days: status === 'resolved' ? Math.round((resolvedAfter * 5) / 7) : null,
    verification_due_at: verified ? null : iso(3),
    action_due_at: valid && !responded ? iso(8) : null,
    confidential: next() < 0.03,
    duplicate: status === 'invalid' && next() < 0.05,
  };
});

const runs: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  const started = performance.now();
  statisticsOf(records, reference);
  runs.push((performance.now() - started) / 1000);
}
const result: StatisticsRunResult = { count, seconds: Math.min(...runs), runs };
process.stdout.write(`${JSON.stringify(result)}\n`);
