/**
 * The clock columns stored on complaints: the deadline of each running service clock
 * (`verification_due_at`, `action_due_at`; null otherwise), which the staff list sorts and flags
 * complaints by, and the final length of each stopped clock (`verification_days`,
 * `first_response_days`, `resolution_days`), which statistics read. The clocks themselves are in
 * `src/domain/working-days.ts`.
 */

import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '../../../db/client.ts';
import { complaintEvents, complaints } from '../../../db/schema/index.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { Status } from '../../domain/status.ts';
import { startOfLocalDay } from '../../domain/time.ts';
import {
  clockLengths,
  evaluateServiceClocks,
  runningDeadlines,
  type ClockEvent,
  type ClockSettings,
} from '../../domain/working-days.ts';
import { invalidateClockSettings, loadClockSettings } from './clock-settings.ts';

/**
 * Statuses in which a clock can run: `received` (verification) and `forwarded` (the agency's
 * first follow-up). In `needs_info` the verification clock is paused, so its due date is unknown.
 */
const RUNNING_CLOCK_STATUSES: readonly Status[] = ['received', 'forwarded'];

interface ClockColumns {
  verificationDueAt: Date | null;
  actionDueAt: Date | null;
  verificationDays: number | null;
  firstResponseDays: number | null;
  resolutionDays: number | null;
}

const CLOCK_COLUMNS = {
  verificationDueAt: complaints.verificationDueAt,
  actionDueAt: complaints.actionDueAt,
  verificationDays: complaints.verificationDays,
  firstResponseDays: complaints.firstResponseDays,
  resolutionDays: complaints.resolutionDays,
};

/**
 * Recompute the due dates and clock lengths of one complaint from its timeline. Call it inside
 * the transaction that changed the complaint, after its event was written.
 */
export async function refreshDueDates(tx: Executor, complaintId: number): Promise<void> {
  const settings = await loadClockSettings(tx);
  const [complaint] = await tx
    .select({ receivedAt: complaints.receivedAt, ...CLOCK_COLUMNS })
    .from(complaints)
    .where(eq(complaints.id, complaintId));
  if (!complaint) {
    throw new NotFoundError('Aduan tidak ditemukan.');
  }

  const events = await tx
    .select({ kind: complaintEvents.kind, occurredAt: complaintEvents.occurredAt })
    .from(complaintEvents)
    .where(eq(complaintEvents.complaintId, complaintId))
    .orderBy(asc(complaintEvents.occurredAt), asc(complaintEvents.id));
  const columns = clockColumnsOf(complaint.receivedAt, events, settings);
  if (!sameClockColumns(complaint, columns)) {
    await tx.update(complaints).set(columns).where(eq(complaints.id, complaintId));
  }
}

/** Effect of a recomputation: complaints read and complaints whose stored columns changed. */
export interface Recomputation {
  checked: number;
  changed: number;
}

/**
 * Reload the holidays and targets, then recompute the clock columns of every complaint whose
 * clock runs, any that still has a due date stored, any stopped clock without its length, and,
 * for each date in `changedDates` (holidays added or deleted), every stopped clock whose span may
 * contain that date. Call it after the admin changed holidays or clock targets.
 */
export async function recomputeClocks(
  db: Database,
  changedDates: readonly string[] = [],
  batchSize = 200,
): Promise<Recomputation> {
  invalidateClockSettings();
  const settings = await loadClockSettings(db);
  const conditions = [
    inArray(complaints.status, [...RUNNING_CLOCK_STATUSES]),
    isNotNull(complaints.verificationDueAt),
    isNotNull(complaints.actionDueAt),
    missingLength(),
  ];
  const spans = spansCovering(changedDates, settings.calendar.timeZone);
  if (spans) {
    conditions.push(spans);
  }
  return recomputeWhere(db, or(...conditions)!, settings, batchSize);
}

/**
 * Measure every stopped clock whose length is not stored yet: the complaints of a database that
 * was migrated from before the lengths were kept. Cheap when there are none.
 */
export async function fillMissingClockLengths(db: Database, batchSize = 200): Promise<Recomputation> {
  return recomputeWhere(db, missingLength(), await loadClockSettings(db), batchSize);
}

/**
 * Rows are locked batch by batch, so a staff action on a complaint waits for its batch (and the
 * other way round) instead of being overwritten with an older timeline.
 */
async function recomputeWhere(db: Database, condition: SQL, settings: ClockSettings, batchSize: number): Promise<Recomputation> {
  const totals = { checked: 0, changed: 0 };
  let afterId = 0;
  for (;;) {
    const batch = await db.transaction((tx) => recomputeBatch(tx, condition, afterId, batchSize, settings));
    totals.checked += batch.checked;
    totals.changed += batch.changed;
    if (batch.lastId === null) {
      return totals;
    }
    afterId = batch.lastId;
  }
}

async function recomputeBatch(tx: Executor, condition: SQL, afterId: number, batchSize: number, settings: ClockSettings) {
  const rows = await tx
    .select({ id: complaints.id, receivedAt: complaints.receivedAt, ...CLOCK_COLUMNS })
    .from(complaints)
    .where(and(gt(complaints.id, afterId), condition))
    .orderBy(asc(complaints.id))
    .limit(batchSize)
    .for('update');
  if (rows.length === 0) {
    return { lastId: null, checked: 0, changed: 0 };
  }

  const timelines = await timelinesOf(
    tx,
    rows.map((row) => row.id),
  );
  let changed = 0;
  for (const row of rows) {
    const columns = clockColumnsOf(row.receivedAt, timelines.get(row.id) ?? [], settings);
    if (!sameClockColumns(row, columns)) {
      await tx.update(complaints).set(columns).where(eq(complaints.id, row.id));
      changed += 1;
    }
  }
  return { lastId: rows.length < batchSize ? null : rows[rows.length - 1]!.id, checked: rows.length, changed };
}

/** A clock has stopped (its end time is stored) but its length has not been measured. */
function missingLength(): SQL {
  return or(
    and(isNotNull(complaints.verifiedAt), isNull(complaints.verificationDays)),
    and(isNotNull(complaints.firstResponseAt), isNull(complaints.firstResponseDays)),
    and(isNotNull(complaints.resolvedAt), isNull(complaints.resolutionDays)),
  )!;
}

/**
 * Complaints with a stopped clock that may count one of `dates`. A clock counts the working days
 * after its start day up to its stop day, every clock starts at or after receipt, and each stops
 * at `verified_at`, `first_response_at` or `resolved_at`. So a complaint received before the
 * latest date whose last stop is on or after the earliest date covers every affected one.
 */
function spansCovering(dates: readonly string[], timeZone: string): SQL | null {
  if (dates.length === 0) {
    return null;
  }
  const sorted = [...dates].sort();
  const earliest = startOfLocalDay(sorted[0]!, timeZone);
  const latest = startOfLocalDay(sorted[sorted.length - 1]!, timeZone);
  const lastStop = sql`greatest(${complaints.verifiedAt}, ${complaints.firstResponseAt}, ${complaints.resolvedAt})`;
  return and(lt(complaints.receivedAt, latest), sql`${lastStop} >= ${earliest.toISOString()}::timestamptz`)!;
}

/** Events of several complaints, each timeline oldest first. */
async function timelinesOf(tx: Executor, complaintIds: number[]): Promise<Map<number, ClockEvent[]>> {
  const rows = await tx
    .select({ complaintId: complaintEvents.complaintId, kind: complaintEvents.kind, occurredAt: complaintEvents.occurredAt })
    .from(complaintEvents)
    .where(inArray(complaintEvents.complaintId, complaintIds))
    .orderBy(asc(complaintEvents.complaintId), asc(complaintEvents.occurredAt), asc(complaintEvents.id));
  const timelines = new Map<number, ClockEvent[]>();
  for (const row of rows) {
    const timeline = timelines.get(row.complaintId) ?? [];
    timeline.push({ kind: row.kind, occurredAt: row.occurredAt });
    timelines.set(row.complaintId, timeline);
  }
  return timelines;
}

/** Stored columns never depend on the current time: running clocks have no open pause, stopped ones have ended. */
function clockColumnsOf(receivedAt: Date, events: readonly ClockEvent[], settings: ClockSettings): ClockColumns {
  return {
    ...runningDeadlines(evaluateServiceClocks(receivedAt, events, settings, new Date())),
    ...clockLengths(receivedAt, events, settings.calendar),
  };
}

function sameClockColumns(stored: ClockColumns, computed: ClockColumns): boolean {
  return (
    stored.verificationDueAt?.getTime() === computed.verificationDueAt?.getTime() &&
    stored.actionDueAt?.getTime() === computed.actionDueAt?.getTime() &&
    stored.verificationDays === computed.verificationDays &&
    stored.firstResponseDays === computed.firstResponseDays &&
    stored.resolutionDays === computed.resolutionDays
  );
}
