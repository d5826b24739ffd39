/**
 * The stored due dates of complaints (`verification_due_at`, `action_due_at`): the deadline of
 * each service clock while it runs, null otherwise. The staff list sorts and flags complaints by
 * them; the clocks themselves are in `src/domain/working-days.ts`.
 */

import { and, asc, eq, gt, inArray, isNotNull, or } from 'drizzle-orm';
import type { Database, Executor } from '../../../db/client.ts';
import { complaintEvents, complaints } from '../../../db/schema/index.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { Status } from '../../domain/status.ts';
import {
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

type DueDates = ReturnType<typeof runningDeadlines>;

/**
 * Recompute the due dates of one complaint from its timeline. Call it inside the transaction
 * that changed the complaint, after its event was written.
 */
export async function refreshDueDates(tx: Executor, complaintId: number): Promise<void> {
  const settings = await loadClockSettings(tx);
  const [complaint] = await tx
    .select({
      receivedAt: complaints.receivedAt,
      verificationDueAt: complaints.verificationDueAt,
      actionDueAt: complaints.actionDueAt,
    })
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
  const due = deadlinesOf(complaint.receivedAt, events, settings);
  if (!sameDueDates(complaint, due)) {
    await tx.update(complaints).set(due).where(eq(complaints.id, complaintId));
  }
}

/**
 * Reload the holidays and targets, then recompute the due dates of every complaint whose clock
 * runs, plus any that still has a due date stored. Call it after the admin changed holidays or
 * clock targets. Rows are locked batch by batch, so a staff action on a complaint waits for its
 * batch (and the other way round) instead of being overwritten with an older timeline.
 */
export async function recomputeRunningDueDates(db: Database, batchSize = 200): Promise<{ checked: number; changed: number }> {
  invalidateClockSettings();
  const settings = await loadClockSettings(db);
  const totals = { checked: 0, changed: 0 };
  let afterId = 0;
  for (;;) {
    const batch = await db.transaction((tx) => recomputeBatch(tx, afterId, batchSize, settings));
    totals.checked += batch.checked;
    totals.changed += batch.changed;
    if (batch.lastId === null) {
      return totals;
    }
    afterId = batch.lastId;
  }
}

async function recomputeBatch(tx: Executor, afterId: number, batchSize: number, settings: ClockSettings) {
  const rows = await tx
    .select({
      id: complaints.id,
      receivedAt: complaints.receivedAt,
      verificationDueAt: complaints.verificationDueAt,
      actionDueAt: complaints.actionDueAt,
    })
    .from(complaints)
    .where(
      and(
        gt(complaints.id, afterId),
        or(
          inArray(complaints.status, [...RUNNING_CLOCK_STATUSES]),
          isNotNull(complaints.verificationDueAt),
          isNotNull(complaints.actionDueAt),
        ),
      ),
    )
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
    const due = deadlinesOf(row.receivedAt, timelines.get(row.id) ?? [], settings);
    if (!sameDueDates(row, due)) {
      await tx.update(complaints).set(due).where(eq(complaints.id, row.id));
      changed += 1;
    }
  }
  return { lastId: rows.length < batchSize ? null : rows[rows.length - 1]!.id, checked: rows.length, changed };
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

/** Stored due dates never depend on the current time: running clocks have no open pause. */
function deadlinesOf(receivedAt: Date, events: readonly ClockEvent[], settings: ClockSettings): DueDates {
  return runningDeadlines(evaluateServiceClocks(receivedAt, events, settings, new Date()));
}

function sameDueDates(stored: DueDates, computed: DueDates): boolean {
  return (
    stored.verificationDueAt?.getTime() === computed.verificationDueAt?.getTime() &&
    stored.actionDueAt?.getTime() === computed.actionDueAt?.getTime()
  );
}
